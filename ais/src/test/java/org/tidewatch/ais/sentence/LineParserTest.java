package org.tidewatch.ais.sentence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidewatch.ais.sentence.SentenceTestSupport.nmea;
import static org.tidewatch.ais.sentence.SentenceTestSupport.tag;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.tidewatch.ais.RejectReason;
import org.tidewatch.ais.sentence.LineParser.Kind;

class LineParserTest {
  private final LineParser parser = new LineParser(false, false);

  private Kind parse(String line) {
    byte[] b = ("xx" + line + "yy").getBytes(StandardCharsets.ISO_8859_1);
    return parser.parse(b, 2, b.length - 4); // offsets inside a larger buffer
  }

  @Test
  void classifiesLines() {
    assertThat(parse("   \t\r")).isEqualTo(Kind.BLANK);
    assertThat(parse("# x")).isEqualTo(Kind.COMMENT);
    assertThat(parse("$GPGGA,1*00")).isEqualTo(Kind.OTHER_NMEA);
    assertThat(parse("!AIPWR,UNIT=0,POWER=1*05")).isEqualTo(Kind.OTHER_NMEA);
    assertThat(parse("AIVDM,2,2,1,B,00000000000,2*26")).isEqualTo(Kind.OTHER);
    assertThat(parse(tag("c:1354719388"))).isEqualTo(Kind.TAG_BLOCK_ONLY);
    assertThat(parse("$PGHP,1,2008,5,9,0,0,0,10,338,2,,1,09*17")).isEqualTo(Kind.GATEHOUSE_HEADER);
    assertThat(parser.hasHeaderTime).isTrue();
    assertThat(Instant.ofEpochMilli(parser.headerTimeMillis))
        .isEqualTo(Instant.parse("2008-05-09T00:00:00.010Z"));
  }

  @Test
  void gatehouseHeaderWithImpossibleDateHasNoTime() {
    assertThat(parse("$PGHP,1,2008,2,31,0,0,0,10,338,2,,1,09*17")).isEqualTo(Kind.GATEHOUSE_HEADER);
    assertThat(parser.hasHeaderTime).isFalse();
  }

  @Test
  void sentenceFieldsInPlace() {
    assertThat(parse("  " + nmea("BSVDO,3,2,7,B,abc,4") + ",1327992119173  ")).isEqualTo(Kind.AIS);
    assertThat((char) parser.talker0).isEqualTo('B');
    assertThat(parser.own).isTrue();
    assertThat(parser.fragmentCount).isEqualTo(3);
    assertThat(parser.fragmentNumber).isEqualTo(2);
    assertThat(parser.sequenceId).isEqualTo(7);
    assertThat((char) parser.channel).isEqualTo('B');
    assertThat(parser.payloadLen).isEqualTo(3);
    assertThat(parser.fillBits).isEqualTo(4);
    assertThat(parser.hasTrailingTime).isTrue();
    assertThat(parser.trailingTimeMillis).isEqualTo(1_327_992_119_173L);
  }

  @Test
  void rejectsWithReasons() {
    assertThat(parse("!AIVDM,1,1,,A,13HOI:0P0000VOHLCnHQKwvL05Ip,0")).isEqualTo(Kind.REJECT);
    assertThat(parser.reason).isEqualTo(RejectReason.MALFORMED_SENTENCE);
    assertThat(parse("!AIVDM,1,1,,A,13HO,0*2")).isEqualTo(Kind.REJECT);
    assertThat(parser.reason).isEqualTo(RejectReason.MALFORMED_SENTENCE);
    assertThat(parse(nmea("AIVDM,1,1,,A,13HO,0,7"))).isEqualTo(Kind.REJECT);
    assertThat(parser.reason).isEqualTo(RejectReason.MALFORMED_SENTENCE);
    assertThat(parse(nmea("AAVDM,0,1,,B,16UK,0"))).isEqualTo(Kind.REJECT);
    assertThat(parser.reason).isEqualTo(RejectReason.BAD_FRAGMENT_NUMBER);
    assertThat(parse(nmea("AIVDM,2,3,,B,16UK,0"))).isEqualTo(Kind.REJECT);
    assertThat(parser.reason).isEqualTo(RejectReason.BAD_FRAGMENT_NUMBER);
    assertThat(parse(nmea("AIVDM,x,1,,B,16UK,0"))).isEqualTo(Kind.REJECT);
    assertThat(parser.reason).isEqualTo(RejectReason.MALFORMED_SENTENCE);
    assertThat(parse(nmea("AIVDM,1,1,,AB,16UK,0"))).isEqualTo(Kind.REJECT);
    assertThat(parser.reason).isEqualTo(RejectReason.MALFORMED_SENTENCE);
    assertThat(parse("\\c:1*00!AIVDM,1,1,,A,1,0*00")).isEqualTo(Kind.REJECT);
    assertThat(parser.reason).isEqualTo(RejectReason.MALFORMED_TAG_BLOCK);
    assertThat(parser.aisAttempt).isTrue();
    assertThat(parse("!AIVDM,1,1,,A,13HOI:0P0000VOHLCnHQKwvL05Ip,0*24")).isEqualTo(Kind.REJECT);
    assertThat(parser.reason).isEqualTo(RejectReason.BAD_CHECKSUM);
    assertThat(parser.detail).contains("*24", "computed 23");
  }

  @Test
  void tagBlockFields() {
    assertThat(
            parse(
                tag("g:1-2-1604,s:rORBCOMM008,c:1418169601,T:2014-12-10 00.00.01")
                    + nmea("AIVDM,2,1,6,A,53@o,0")))
        .isEqualTo(Kind.AIS);
    assertThat(parser.hasGroup).isTrue();
    assertThat(parser.groupSentence).isEqualTo(1);
    assertThat(parser.groupSize).isEqualTo(2);
    assertThat(parser.groupId).isEqualTo(1604);
    assertThat(parser.stationLen).isEqualTo("rORBCOMM008".length());
    assertThat(parser.tagTimeMillis).isEqualTo(1_418_169_601_000L);

    assertThat(parse(tag("c:1565218798123") + nmea("AIVDM,1,1,,A,1,0"))).isEqualTo(Kind.AIS);
    assertThat(parser.tagTimeMillis).isEqualTo(1_565_218_798_123L);

    // wrong tag-block checksum: accepted unless strict
    String wrong = "\\c:1420030798*00\\" + nmea("ABVDM,1,1,4,B,17P;HV?P008F98Il;EC1mOwL0@KP,0");
    assertThat(parse(wrong)).isEqualTo(Kind.AIS);
    LineParser strict = new LineParser(false, true);
    byte[] b = wrong.getBytes(StandardCharsets.ISO_8859_1);
    assertThat(strict.parse(b, 0, b.length)).isEqualTo(Kind.REJECT);
    assertThat(strict.reason).isEqualTo(RejectReason.MALFORMED_TAG_BLOCK);
    byte[] good =
        (tag("c:1420030798") + nmea("AIVDM,1,1,,A,1,0")).getBytes(StandardCharsets.ISO_8859_1);
    assertThat(strict.parse(good, 0, good.length)).isEqualTo(Kind.AIS);
  }
}
