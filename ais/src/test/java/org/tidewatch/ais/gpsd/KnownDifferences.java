package org.tidewatch.ais.gpsd;

import java.util.Map;

/**
 * The inputs of the gpsd 3.22 differential test where tidewatch's output deliberately differs,
 * keyed by the first NMEA line of the group, each with its reason.
 */
final class KnownDifferences {
  private KnownDifferences() {}

  /**
   * ais.txt (amsa-risky): single-sentence messages whose channel field is {@code 0}. gpsd 3.22's
   * {@code aivdm_decode} keeps fragment contexts only for channels A/1, B/2 and empty, and drops
   * any other sentence; the reader takes the channel as informative (it only separates concurrent
   * multipart messages) and decodes them.
   */
  private static final String[] CHANNEL_ZERO = {
    "!ABVDM,1,1,9,0,555wq401pu91K@i0000Hu9ADpF1=@58000000016A0:<;4M`0>C0A@00000000000000000,2*56",
    "!ABVDM,1,1,9,0,58159Nh2@JDAKM@oV20eTuL618u<F22222222216=@C8=4N10@?T1p43kH8888888888880,2*02",
    "!ABVDM,1,1,0,0,54Rwqd42?vbaK8=S<00PtPD84pd0000000000016?P?=:4K50E30A@00000000000000000,2*77",
    "!ABVDM,1,1,1,0,58?O>Fh21vLe38p<001<E0Tf20<t5=@00000001?8h8854MV0:S0A@00000000000000000,2*7D",
    "!ABVDM,1,1,2,0,58?O>Fh21vLe38p<001<E0Tf20<t5=@00000001?8h8854MV0:S0A@00000000000000000,2*7E",
    "!ABVDM,1,1,3,0,58?O@H421vLU39KGCW=@t8tV1A84@E:2222222167PA684Gb07k0AH88888888888888880,2*6B",
    "!ABVDM,1,1,6,0,58155w@23AO5KLp?D01<4i@h4dD000000000001698H884F00>4P@PEC000000000000000,2*79",
    "!ABVDM,1,1,0,0,58159Nh2@JDAKM@oV20eTuL618u<F22222222216=@C8=4N10@?T1p43kH8888888888880,2*0B",
    "!ABVDM,1,1,4,0,58?O>Bh1vocA39KG3?DL5`DhhF0<t5=B22222216:PB:74KD0=S0AH88888888888888880,2*20",
    "!ABVDM,1,1,5,0,58JQTp02=>VWUIUW<0104>055DTh40000000001702J0I4LP0FS0A@00000000000000000,2*37",
    "!ABVDM,1,1,6,0,59NS=kh2?So@7Q5W:21<tI84p61@uE9HThhF2216@`;@64LGNCS0AH88888888888888880,2*60",
    "!ABVDM,1,1,7,0,58JKJF02?MEGUKOSW20<50F0p5@V22222222221?CPC4G4Mk0GS0AK43Qp8888888888880,2*67",
    "!ABVDM,1,1,8,0,55?Jg602<BuC<H<kL008iDF0huAE<00000000016>PB8=4Jb0A30AGl3Qh0000000000000,2*01",
    "!ABVDM,1,1,1,0,58159Nh2@JDAKM@oV20eTuL618u<F22222222216=@C8=4N10@?T1p43kH8888888888880,2*0A",
    "!ABVDM,1,1,9,0,58?O?<020EAQ39KG7?P8uDL4TqHThhF0<t5=@01698?:74Lf0=S@A0CQh00000000000000,2*11",
    "!ABVDM,1,1,2,0,5815;nD2@sgmKMP;H0044j1<TpL50u8D00000016EPED84IE0L5PDRH5PDR@00000000000,2*0E",
    "!ABVDM,1,1,3,0,5815;nD2@sgmKMP;H0044j1<TpL50u8D00000016EPED84IE0L5PDRH5PDR@00000000000,2*0F",
    "!ABVDM,1,1,4,0,58KgpV02?MF7UKSC?F0<50F0p5=<5F222222221?CPC4G4NV0E23kR@DPH8888888888880,2*33",
    "!ABVDM,1,1,5,0,576uOR427m4UI98<001051D4r0<PTDH000000016:1>A54LF0>D3kH88888888888888880,2*5F",
    "!ABVDM,1,1,6,0,54b5`h01jo:IK<i7>21A8TpUAV18EHUH4j22221J1Q0664Co0;D0D5@H3QEoimBCQ@H8880,2*24",
    "!ABVDM,1,1,7,0,53aN4v02@<i90Phb220@m>0ADppt<f222222220V10F367:j08D3lU83DQDhVK43Qp88880,2*42",
    "!ABVDM,1,1,8,0,58?O@8P26V=E39KG?OPlu8E<9V0EQ18E=<000016:@;>14LC:;l3k@00000000000000000,2*56",
    "!ABVDM,1,1,0,0,57u=;202;0NCULLw<00QD:0Dq`t000000000000A?PFD54RB0=T3lU82iC0CQh000000000,2*3D",
    "!ABVDM,1,1,9,0,57ldI=h2AiGA20n1>0d4hH61A84q>0AD400000166p<684Gp0743k@00000000000000008,2*19",
    "!AIVDM,1,1,1,0,57P73@02;gjqHpMT001=0U8UB0tJ1@5<l4pT634t1bn==4Mk0@3AC0SmDSQ@00000000000,2*49",
    "!AIVDM,1,1,2,0,57P73@02;gjqHpMT001=0U8UB0tJ1@5<l4pT634t1bn==4Mk0@3AC0SmDSQ@00000000000,2*4A",
    "!ABVDM,1,1,0,0,55Rf5V02>sco<DDs>20U1<Th4q@U>2222222221@98>3;4OT0=p3@A0CQp8888888888880,2*75",
    "!ABVDM,1,1,7,0,55D9Ur02<0>`S=10001<58tpT>085T0000000016<HS6<4Ad0A4P@PEC000000000000000,2*03",
    "!ABVDM,1,1,1,0,58?O@B@1lQ3139KGCCQLtl8V222222222222220l18?364Al0:l3lU83ClQDhVH88888888,2*6E",
    "!ABVDM,1,1,2,0,58?O?6@2<iPA39KG77PmJ0dTdu8V0<PTDJ222216000004J:0643lU83ClQDhVH88888888,2*2A",
    "!ABVDM,1,1,3,0,58?O>AP2;h3=390@001051D4r0<t5=@0000000168H<:64@m0<T3lU3ClQDhV@000000000,2*66",
    "!ABVDM,1,1,4,0,58?O>AP2;h3=390@001051D4r0<t5=@0000000168H<:64@m0<T3lU3ClQDhV@000000000,2*61",
    "!ABVDM,1,1,5,0,577DaT02:J7EI84G>20eL4pMADpN222222222216000004Kd0Il3lU83ClQDhVH88888888,2*7E",
    "!ABVDM,1,1,6,0,58;2O<02<6`TAPmJ220mJ0l4pLUDn22222222216:0D=54MmN;l1p43kH88888888888880,2*3A",
    "!ABVDM,1,1,7,0,54RkPf02>MRMK89GH01HDL60ITpDp00000000017A8:>94Lf0F43lU83ClQDhVK43Qh0000,2*0C",
    "!ABVDM,1,1,8,0,57qUhj01pcGiC<l@001QD60`T4r340000000000C98J7840000000000000000000000000,2*79",
    "!ABVDM,1,1,9,0,56U@hB01vm`lA<ls800nuJq<DTs0<D4p00000016:0L884F70=4P@PEC;T3Qh0000000000,2*7A",
    "!ABVDM,1,1,8,0,53:OV402AvMWD9Pg:204pj0eDmDj222222222216<0E=74MR0=l3lU83ClQDhVH88888880,2*1D",
    "!ABVDM,1,1,9,0,54`Wl442Ab@8?ITKF208M2118u=0D=@u:222221J5`o>:4KiEBF68666?VPH0l588888880,2*00",
    "!ABVDM,1,1,0,0,58I:Nb02NV2OUKKK;H1<l4MttB220<5=<4pA87834h:734HW06CClQDhV@0000000000000,2*2D",
    "!ABVDM,1,1,1,0,54VQfl029um8?HlKL01@u88Dr2221=0U8U@0001@IHaGA4G70ESl3;43lU83ClQDhV@0000,2*40",
    "!ABVDM,1,1,2,0,57f8A80252lPGEG;3S9<uE@PE8r1@T58F22222166p8846Tj0843lU83ClQDhVH88888888,2*14",
    "!ABVDM,1,1,1,0,58JQTp02=>VWUIUW<0104>055DTh40000000001702J0I4LP0FS0A@00000000000000000,2*33",
    "!ABVDM,1,1,3,0,57tCnc02=n8CTlLcP00hELDf0D4LhD000000001S20I664L=0:43k@00000000000000000,2*21",
    "!ABVDM,1,1,0,0,577Jjs02@87qI8HcJ20tt<j098U<84pF22222216Gq5;E4Pl0HwRT86Cjp11H8888888880,2*7E",
    "!AIVDM,1,1,3,0,57OhUh01r4R1Hd8J2208iDDHTr222222222222161@S8440Ht:0QC30PFH8888888888880,2*6F",
    "!AIVDM,1,1,4,0,57OhUh01r4R1Hd8J2208iDDHTr222222222222161@S8440Ht:0QC30PFH8888888888880,2*68",
    "!ABVDM,1,1,4,0,58USdB02AkpiTaIKF20@1<uE`61@T@F22222220l0pl364GR0;RmCEC843Qp88888888880,2*34",
    "!ABVDM,1,1,5,0,58L3RJ02;MSwUKWK;P1@Pu:1L5HD000000000016ChND:4K80ISClQDhV@0000000000000,2*17",
    "!ABVDM,1,1,6,0,53bWo`02<p4q08<f220l4L@4hDp60M8DDr222216@H<9=4LW0I43lU83ClQDhVH88888880,2*10",
    "!ABVDM,1,1,7,0,58?O@8P26V=E39KG?OPlu8E<9V0EQ18E=<000016:@;>14LC:;l3k@00000000000000000,2*59",
    "!ABVDM,1,1,8,0,55Dn1b02<P=<Q3WGK010DhT<4r1HDqAE8D0000001@DN`6gU06D3lU83ClQDhV@00000000,2*56",
    "!ABVDM,1,1,9,0,55T@j002BEaPQ3GCCN1Hn1=E10u9@E:2222222160`o4:4G3S;D0D5@H3QEp1mBCQ@H8880,2*20",
    "!ABVDM,1,1,1,0,58?O?v@0000139KG?C8mJp84p@400000000000164P9664EV05@SmAhBCURC31@00000000,2*2F",
    "!ABVDM,1,1,2,0,58?O>PRjvt=Q39KCSW8MDhJ0Lhu9V222222222166@:664K902l3lU83ClQDhVH88888880,2*26",
    "!ABVDM,1,1,2,0,55CrTv01rHtg<HM7N20hV1PT4v22222222222216@HN=<4W>0IOPk`6RQp8888888888880,2*59",
    "!AIVDM,1,1,5,0,5G7Qw502>8`uI8=3N220@4PhT622222222222218EpgC;4NWNG4nA3QFH88888888888880,2*70",
    "!ABVDM,1,1,3,0,55@<r201st17<DLsL01HUH6373H00000000000169@I<44I90>DP@PEC000000000000000,2*30",
    "!ABVDM,1,1,0,0,54RkPf02>MRMK89GH01HDL60ITpDp00000000017A8:>94Lf0F43lU83ClQDhVK43Qh0000,2*0B",
    "!ABVDM,1,1,3,0,54Rwqd42?vbaK8=S<00PtPD84pd0000000000016?P?=:4K50E30A@00000000000000000,2*74",
    "!ABVDM,1,1,4,0,58?O>Fh21vLe38p<001<E0Tf20<t5=@00000001?8h8854MV0:S0A@00000000000000000,2*78",
    "!ABVDM,1,1,5,0,58?O>Fh21vLe38p<001<E0Tf20<t5=@00000001?8h8854MV0:S0A@00000000000000000,2*79",
  };

  private static final String CHANNEL_ZERO_REASON =
      "channel field '0': gpsd 3.22's aivdm_decode drops sentences whose channel is not A, B, 1,"
          + " 2 or empty; the reader keeps the channel as written and decodes the message"
          + " (sentence layer, decoder not involved)";

  static void register(Map<String, String> m) {
    for (String line : CHANNEL_ZERO) {
      m.put(line, CHANNEL_ZERO_REASON);
    }
    // ais-nmea-sample.log
    m.put(
        "!AIVDM,2,1,6,2,E02E381`60b37a6h6Lh@@@@@@@@0;FdI?Ede`00003v000,4*7F",
        "first fragment declares 4 fill bits: gpsd 3.22 subtracts fill bits per fragment and ORs the next fragment over them, corrupting the name extension; we apply the fill bits of the last fragment only (IEC 61162-1)");
    m.put(
        "!AIVDM,2,1,8,2,E02E381`60b37a6h6Lh@@@@@@@@0;FdI?Ede`00003v000,4*71",
        "first fragment declares 4 fill bits: gpsd 3.22 subtracts fill bits per fragment and ORs the next fragment over them, corrupting the name extension; we apply the fill bits of the last fragment only (IEC 61162-1)");
    // ais.txt
    m.put(
        "!AIVDM,1,1,,A,?NrPP160:`226t11857lKrOH:R<THDiq098RB28P3T3VI;lu,0*64",
        "type 15 of 288 bits: gpsd 3.22 rejects more than 168 (RANGE_CHECK); we decode and flag the length (payloadBits)");
    m.put(
        "!AIVDM,1,1,,A,D?Vc8001A160D8?MKSi8D1j?2J3DdJP2:=3@0:P0KH20qiGHRbQ4,0*6E",
        "type 20 of 312 bits: gpsd 3.22 rejects more than 186 (RANGE_CHECK); we decode and flag the length (payloadBits)");
    m.put(
        "!AIVDM,1,1,,A,D4He:`B5BGJ5E@Q?Q5212dPD254P0F5A@0gQC6bebq;i,0*76",
        "type 20 of 264 bits: gpsd 3.22 rejects more than 186 (RANGE_CHECK); we decode and flag the length (payloadBits)");
    m.put(
        "!AIVDM,1,1,,B,75cmVc<OI=SbvgU7FH@eoNHDhWQMlSP,2*11",
        "type 7 of 184 bits: gpsd 3.22 rejects more than 168 (RANGE_CHECK); we decode and flag the length (payloadBits)");
    m.put(
        "!AIVDM,1,1,,A,=<==hm`D4<9TDbJTH3Q1:e1aJmF7mIQ1e;HhlE`,2*68",
        "type 13 of 232 bits: gpsd 3.22 rejects more than 168 (RANGE_CHECK); we decode and flag the length (payloadBits)");
    m.put(
        "!AIVDM,1,1,,A,IpHqI3SWjn5RNLlEmSVD>uL:mianW6d,2*0D",
        "type 25 of 184 bits: gpsd 3.22 rejects more than 168 (RANGE_CHECK); we decode and flag the length (payloadBits)");
    m.put(
        "!AIVDM,1,1,,B,@p1cIaPmJC>aGj>3L?I4AHJf5:PoFP,4*2D",
        "type 16 of 176 bits: gpsd 3.22 rejects more than 168 (RANGE_CHECK); we decode and flag the length (payloadBits)");
    m.put(
        "!AIVDM,1,1,,B,@M=GVTjnWOlBIl<;Lac=hVo>0RhKVmD,2*60",
        "type 16 of 184 bits: gpsd 3.22 rejects more than 168 (RANGE_CHECK); we decode and flag the length (payloadBits)");
    m.put(
        "!AIVDM,1,1,,B,?IuQdJC4M7UEaMWEf;IKuq1LmiFWL@,4*41",
        "type 15 of 176 bits: gpsd 3.22 rejects more than 168 (RANGE_CHECK); we decode and flag the length (payloadBits)");
    // exact-earth-augmented.txt
    m.put(
        "!AIVDM,1,1,,B,IFICEMae<`HfcEV4M8aEWM<2VH1j6?;6<t9>,0*51,1327992119173",
        "type 25 of 216 bits: gpsd 3.22 rejects more than 168 (RANGE_CHECK); we decode and flag the length (payloadBits)");
    m.put(
        "!AIVDM,1,1,,A,K57?Dpi<WrTIRqjDHTQ=;LnkROd6mdV`uhIiepn;OkTa6>TKu9bjJBvf,0*51,1327992179427",
        "type 27 of 336 bits: gpsd 3.22 accepts only 96 or 168; we decode the first 96 and flag the length");
    m.put(
        "!AIVDM,1,1,,A,7>F0@r:FLk2o83LnQJU?hh<>aOPV0ri1n6HSBo;4,0*64,1327992179443",
        "type 7 of 240 bits: gpsd 3.22 rejects more than 168 (RANGE_CHECK); we decode and flag the length (payloadBits)");
    m.put(
        "!AIVDM,1,1,,A,Dbf4W3FHSUW:vm6H`FnifjRB<PE4=RG5W0n>22l,2*52,1327992440913",
        "type 20 of 232 bits: gpsd 3.22 rejects more than 186 (RANGE_CHECK); we decode and flag the length (payloadBits)");
    m.put(
        "!AIVDM,1,1,,B,787Hk@1RqtCop9m09Notf@V<LwEREG;HP3BnT9UT9g==,0*20,1327992621338",
        "type 7 of 264 bits: gpsd 3.22 rejects more than 168 (RANGE_CHECK); we decode and flag the length (payloadBits)");
    m.put(
        "!AIVDM,1,1,,A,?=bPak?FE8foCESC>7>nPMgOTrL1FW<,2*1F,1327992621338",
        "type 15 of 184 bits: gpsd 3.22 rejects more than 168 (RANGE_CHECK); we decode and flag the length (payloadBits)");
    m.put(
        "!AIVDM,1,1,,B,Ids<k2T<tEqdh<<mA5fNNu:8Ids<k9jIdBaQqFLP3tH,2*11,1327992682037",
        "type 25 of 256 bits: gpsd 3.22 rejects more than 168 (RANGE_CHECK); we decode and flag the length (payloadBits)");
    m.put(
        "!AIVDM,1,1,,A,@IHth:c>I;Qv0r1B6N=kUGO;01o<S<V3aP2bBcH,2*62,1327992752582",
        "type 16 of 232 bits: gpsd 3.22 rejects more than 168 (RANGE_CHECK); we decode and flag the length (payloadBits)");
    m.put(
        "!AIVDM,1,1,,A,@1Bl5Bv3F3P40PHQAHQhW1B1@a;LiPpehfBTJQR4,0*19,1327992812931",
        "type 16 of 240 bits: gpsd 3.22 rejects more than 168 (RANGE_CHECK); we decode and flag the length (payloadBits)");
    m.put(
        "!AIVDM,1,1,,A,@Ja22HBnM:eIg<gUTUpmODC1O5cC>4`,2*4C,1327993003990",
        "type 16 of 184 bits: gpsd 3.22 rejects more than 168 (RANGE_CHECK); we decode and flag the length (payloadBits)");
    m.put(
        "!AIVDM,1,1,,B,@VF4<82CkSGTd3`pmibB`oaHJwH<j2C=C@,4*32,1327993124634",
        "type 16 of 200 bits: gpsd 3.22 rejects more than 168 (RANGE_CHECK); we decode and flag the length (payloadBits)");
    m.put(
        "!AIVDM,1,1,,A,=VLH>r?<`P0LFBJABv0lVQt6R5Cb?<EIg<4H31kQ2<<`87msHP,4*61,1327993184831",
        "type 13 of 296 bits: gpsd 3.22 rejects more than 168 (RANGE_CHECK); we decode and flag the length (payloadBits)");
    m.put(
        "!AIVDM,1,1,,A,@`iJ0Jf@:7@T`Pm8D;`Ch01h@0N40PM00>n01p1@mnLdGqD`lPQ9,0*42,1327993184859",
        "type 16 of 312 bits: gpsd 3.22 rejects more than 168 (RANGE_CHECK); we decode and flag the length (payloadBits)");
    // stream_example.txt
    m.put(
        "!BYVDM,2,1,2,B,53Aa3J02;bPPuaA?:21@u:098U@4ppT622222200>IB==5Uh0@ES0@Dc,0*21",
        "gpsd 3.22's NMEA lexer drops talker ID BY; the sentence layer accepts it (decoder not involved)");
    m.put(
        "!BYVDM,2,1,4,A,53UhmH02?A2M=H5?R20lTp@u8v2222222222221@HpeAI4B@0RlkmE25,0*5B",
        "gpsd 3.22's NMEA lexer drops talker ID BY; the sentence layer accepts it (decoder not involved)");
    m.put(
        "!BYVDM,1,1,,A,4h2=aGAuaUceH07pN4N6SVQ00<0j,0*49",
        "gpsd 3.22's NMEA lexer drops talker ID BY; the sentence layer accepts it (decoder not involved)");
    m.put(
        "!SSVDM,1,1,,A,13P;BWP000OaCS4MUB7nGr0T0<0G,0*11",
        "gpsd 3.22's NMEA lexer drops talker ID SS; the sentence layer accepts it (decoder not involved)");
    m.put(
        "!SSVDM,1,1,,A,D02HVu1Q`Dfr<TE6ErdE6D0,2*1E",
        "gpsd 3.22's NMEA lexer drops talker ID SS; the sentence layer accepts it (decoder not involved)");
    m.put(
        "!SSVDM,2,1,8,B,53P;Ct@2@3`S88TKR21=HUA`E:0dTi8ttn22220l28F865R00B3BC1Sl,0*76",
        "gpsd 3.22's NMEA lexer drops talker ID SS; the sentence layer accepts it (decoder not involved)");
    m.put(
        "!BYVDM,2,1,5,A,53P;4KP1aTJ3858wL01LTpB1<tiE@Ttp0000000t3qL=65US0=QlQ@E1,0*7B",
        "gpsd 3.22's NMEA lexer drops talker ID BY; the sentence layer accepts it (decoder not involved)");
    m.put(
        "!BYVDM,1,1,,A,13KNHh002f09o3PN0uk8NVdn05Jl,0*2A",
        "gpsd 3.22's NMEA lexer drops talker ID BY; the sentence layer accepts it (decoder not involved)");
    m.put(
        "!BYVDM,2,1,8,A,53P7B9D00001a557D01<584R0M8ET0000000000l2P:1<56Gj5SBDm31,0*69",
        "gpsd 3.22's NMEA lexer drops talker ID BY; the sentence layer accepts it (decoder not involved)");
    m.put(
        "!SSVDO,1,1,,B,Dh2=aCiDlN?`00N01>9N000,2*4A",
        "gpsd 3.22's NMEA lexer drops talker ID SS; the sentence layer accepts it (decoder not involved)");
    m.put(
        "!SSVDM,2,1,0,B,54W=SP01`9>L?HqKT00IDM8v0lE8<5@u8000001J0190<5Mm0?jSh`4j,0*64",
        "gpsd 3.22's NMEA lexer drops talker ID SS; the sentence layer accepts it (decoder not involved)");
    m.put(
        "!SSVDM,2,1,1,A,53Hl:>000000HM9:220U8tU<F22222222222220N2P:334o80;ACQhAi,0*55",
        "gpsd 3.22's NMEA lexer drops talker ID SS; the sentence layer accepts it (decoder not involved)");
    m.put(
        "!BYVDM,1,1,,B,33P:o7m000P5Cw4Mikk86nG:P000,0*65",
        "gpsd 3.22's NMEA lexer drops talker ID BY; the sentence layer accepts it (decoder not involved)");
    m.put(
        "!BYVDM,2,1,1,A,53bpan02?69u0PMN221@Q8E<PE:222222222221I:0D655Un07jCCBCQ,0*42",
        "gpsd 3.22's NMEA lexer drops talker ID BY; the sentence layer accepts it (decoder not involved)");
    m.put(
        "!SSVDM,1,1,,B,13P;:;P000O`kIhMU7i7IJ1D00R=,0*28",
        "gpsd 3.22's NMEA lexer drops talker ID SS; the sentence layer accepts it (decoder not involved)");
  }
}
