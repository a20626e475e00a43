package org.tidewatch.ais.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.tidewatch.ais.RejectReason;
import org.tidewatch.ais.message.AisMessage;

/**
 * Bad input never escapes as an exception, and every line is accounted for exactly once: random
 * bytes, and real sentences (copied from the corpus) truncated, mutated and shuffled together.
 */
class AisReaderProperties {
  private static final List<String> REAL =
      List.of(
          "!AIVDM,1,1,,A,13HOI:0P0000VOHLCnHQKwvL05Ip,0*23",
          "!AIVDM,2,1,1,A,55?MbV02;H;s<HtKR20EHE:0@T4@Dn2222222216L961O5Gf0NSQEp6ClRp8,0*1C",
          "!AIVDM,2,2,1,A,88888888880,2*25",
          "\\g:1-2-3985,s:rEV02,c:1334337317*2D\\!AIVDM,2,1,9,B,58KvN<42ACikUKW77F1H4hF0<PTp622222222216`0`cF5BF0RT13H0T,0*70",
          "\\g:2-2-3985*5A\\!AIVDM,2,2,9,B,PFRC88888888880,2*29",
          "\\c:1420030798*00\\!ABVDM,1,1,4,B,17P;HV?P008F98Il;EC1mOwL0@KP,0*22",
          "$PGHP,1,2008,5,9,0,0,0,10,338,2,,1,09*17",
          "!AIVDM,1,1,,B,15NBj>PP1gG>1PVKTDTUJOv00<0M,0*09",
          "!AIVDM,1,1,,A,403Ovl@000Htt<tSF0l4Q@100`Pq,0*28,d-109,S2105,t050056.00,T56.13718694,r003669946,1325394060,1325394001",
          "!AIVDM,1,1,,B,IFICEMae<`HfcEV4M8aEWM<2VH1j6?;6<t9>,0*51,1327992119173",
          "\\1G2:0125,c:1354719387*0D\\!AIVDM,2,1,4,A,539LiHP2;42`@pE<000<tq@V1<TpL4000000001?1SV@@73R0J0TQCAD,0*1E",
          "\\2G2:0125*7B\\!AIVDM,2,2,4,A,R0EQCP000000000,2*45",
          "!AIVDM,3,1,3,B,8>qc9wiKb`3ouOiE?l:q?AW5sW6R06@<<T02r3nV06P0a4`008PT000,0*7C",
          "!AIVDM,3,2,3,B,0hN3g?Up000000000000000000000000000000000000000000000000,0*7F",
          "!AIVDM,3,3,3,B,000000000000,2*76",
          "!AIVDM,1,1,,B,H3KLehQ=DtddT00000000000000,0*5F",
          "!AIVDM,1,1,,A,B3KLehP0B@LTN6`Vl;rrBE063P06,0*5A",
          "$GPGGA,184353.07,1929.045,S,02410.506,E,1,04,2.6,100.00,M,-33.9,M,,0000*6D",
          "# comment",
          "");

  private static final class Counter implements AisListener {
    long messageLines;
    long rejectedLines;
    long nonAis;

    @Override
    public void onMessage(AisMessage message, Reception reception) {
      assertThat(reception.sentenceCount()).isBetween(1, 9);
      assertThat(reception.firstLine()).isPositive();
      messageLines += reception.sentenceCount();
    }

    @Override
    public void onRejected(Rejection rejection) {
      assertThat(rejection.lineCount()).isPositive();
      assertThat(rejection.lineNumber()).isPositive();
      assertThat(rejection.detail()).isNotNull();
      assertThat(rejection.reason()).isNotEqualTo(RejectReason.DECODER_FAILURE);
      rejectedLines += rejection.lineCount();
    }

    @Override
    public void onNonAis(NonAisKind kind, long lineNumber) {
      nonAis++;
    }
  }

  private static void check(byte[] input, AisReaderOptions options) throws IOException {
    Counter counter = new Counter();
    AisStats stats = new AisStats(counter);
    AisReader reader = new AisReader(options, stats);
    reader.read(new ByteArrayInputStream(input), "property");
    long lines = reader.linesRead();
    assertThat(counter.messageLines + counter.rejectedLines + counter.nonAis).isEqualTo(lines);
    stats.checkBalanced(lines);
  }

  @Property(tries = 300)
  void randomBytesNeverThrowAndBalance(@ForAll("randomBytes") byte[] input) throws IOException {
    check(input, AisReaderOptions.defaults());
  }

  @Property(tries = 500)
  void mutatedRealSentencesNeverThrowAndBalance(
      @ForAll("mutatedLines") List<String> lines, @ForAll boolean lenient) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String l : lines) {
      out.writeBytes(l.getBytes(StandardCharsets.ISO_8859_1));
      out.write('\n');
    }
    AisReaderOptions options =
        AisReaderOptions.defaults()
            .withAcceptBadChecksums(lenient)
            .withMaxFragmentGap(lenient ? 2 : 8);
    check(out.toByteArray(), options);
  }

  @Provide
  Arbitrary<byte[]> randomBytes() {
    Arbitrary<Byte> anyByte = Arbitraries.bytes();
    byte[] alphabet = "!$\\*,\n\r0123456789ABVDMOcgs:-".getBytes(StandardCharsets.US_ASCII);
    Arbitrary<Byte> nmeaish =
        Arbitraries.integers().between(0, alphabet.length - 1).map(i -> alphabet[i]);
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(1, anyByte), net.jqwik.api.Tuple.of(3, nmeaish))
        .array(byte[].class)
        .ofMaxSize(2000);
  }

  @Provide
  Arbitrary<List<String>> mutatedLines() {
    Arbitrary<String> real = Arbitraries.of(REAL);
    Arbitrary<String> mutated =
        Combinators.combine(
                real,
                Arbitraries.integers().between(0, 200),
                Arbitraries.chars().range((char) 0, (char) 255),
                Arbitraries.integers().between(0, 3))
            .as(AisReaderProperties::mutate);
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(2, real), net.jqwik.api.Tuple.of(3, mutated))
        .list()
        .ofMaxSize(60);
  }

  private static String mutate(String s, int pos, char c, int op) {
    if (s.isEmpty()) {
      return String.valueOf(c);
    }
    int p = pos % s.length();
    return switch (op) {
      case 0 -> s.substring(0, p); // truncated
      case 1 -> s.substring(0, p) + c + s.substring(p + 1); // replaced
      case 2 -> s.substring(0, p) + c + s.substring(p); // inserted
      default -> s.substring(0, p) + s.substring(p + 1); // deleted
    };
  }
}
