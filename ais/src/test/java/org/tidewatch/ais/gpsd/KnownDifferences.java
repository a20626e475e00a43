package org.tidewatch.ais.gpsd;

import java.util.Map;

/**
 * The inputs of the gpsd 3.22 differential test where tidewatch's output deliberately differs,
 * keyed by the first NMEA line of the group, each with its reason.
 */
final class KnownDifferences {
  private KnownDifferences() {}

  static void register(Map<String, String> m) {
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
