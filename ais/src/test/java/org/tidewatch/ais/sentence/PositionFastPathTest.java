package org.tidewatch.ais.sentence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidewatch.ais.sentence.SentenceTestSupport.corpus;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tidewatch.ais.RejectReason;
import org.tidewatch.ais.encode.NmeaFramer;
import org.tidewatch.ais.message.AisMessage;
import org.tidewatch.ais.sentence.PositionEvents.Event;
import org.tidewatch.ais.sentence.PositionEvents.Fast;
import org.tidewatch.ais.sentence.PositionEvents.Plain;
import org.tidewatch.ais.sentence.PositionEvents.Pos;
import org.tidewatch.ais.sentence.PositionEvents.Rejected;

/**
 * The position fast path ({@link PositionFieldsListener}) gives exactly what the full decoder and
 * the engine's mapping give: on the whole AIS corpus and on hand-built edge cases.
 */
class PositionFastPathTest {

  private static List<Path> corpusFiles() throws IOException {
    try (Stream<Path> s = Files.walk(corpus())) {
      return s.filter(Files::isRegularFile)
          .filter(
              p ->
                  !p.toString()
                      .matches(".*(\\.chk|\\.json|\\.jsonl\\.gz|README\\.md|LICENSE|SHA256SUMS)$"))
          .sorted()
          .toList();
    }
  }

  @Test
  void everyCorpusFileGivesTheSameEventsOnBothPaths() throws IOException {
    List<Path> files = corpusFiles();
    assertThat(files).hasSizeGreaterThan(20);
    long positions = 0;
    for (AisReaderOptions options :
        List.of(
            AisReaderOptions.defaults(),
            AisReaderOptions.defaults().withAcceptBadChecksums(true))) {
      for (Path f : files) {
        Plain plain = new Plain();
        Fast fast = new Fast();
        new AisReader(options, plain).read(f);
        new AisReader(options, fast).read(f);
        assertThat(fast.events).as("events of %s", f).hasSameSizeAs(plain.events);
        for (int i = 0; i < plain.events.size(); i++) {
          assertThat(fast.events.get(i)).as("event %d of %s", i, f).isEqualTo(plain.events.get(i));
        }
        positions += plain.events.stream().filter(e -> e instanceof Pos).count();
      }
    }
    assertThat(positions).as("positions compared").isGreaterThan(100_000);
  }

  @Test
  void statsDecoratorCountsTheSameAndForwardsPositions() throws IOException {
    Path f = SentenceTestSupport.corpusFile("gpsd-aishub/ais-nmea-sample.log");
    AisStats plainStats = new AisStats(new Plain());
    Fast fast = new Fast();
    AisStats fastStats = new AisStats(fast);
    assertThat(plainStats.wantsPositionFields()).isFalse();
    assertThat(new AisStats().wantsPositionFields()).isFalse();
    assertThat(fastStats.wantsPositionFields()).isTrue();
    AisReader a = new AisReader(AisReaderOptions.defaults(), plainStats);
    AisReader b = new AisReader(AisReaderOptions.defaults(), fastStats);
    a.read(f);
    b.read(f);
    assertThat(fastStats.table()).isEqualTo(plainStats.table());
    fastStats.checkBalanced(b.linesRead());
    assertThat(fast.events.stream().filter(e -> e instanceof Pos).count())
        .isEqualTo(
            fastStats.messages(1)
                + fastStats.messages(2)
                + fastStats.messages(3)
                + fastStats.messages(18)
                + fastStats.messages(27))
        .isPositive();
  }

  @Test
  void aListenerThatDeclinesGetsMessages() throws IOException {
    Fast declining =
        new Fast() {
          @Override
          public boolean wantsPositionFields() {
            return false;
          }

          @Override
          public void onMessage(AisMessage m, Reception r) {
            events.add(new PositionEvents.Other(m, r));
          }
        };
    read(new PositionPayloads(1, 28).sentences(0, 1_700_000_000L), declining);
    assertThat(declining.events).singleElement().isInstanceOf(PositionEvents.Other.class);
  }

  // ---- hand-built edge cases ----

  private static List<Event> read(String nmea, PositionEvents.Recorder listener)
      throws IOException {
    AisReader reader = new AisReader(AisReaderOptions.defaults(), listener);
    reader.read(new ByteArrayInputStream(nmea.getBytes(StandardCharsets.US_ASCII)), "test");
    return listener.events;
  }

  /** Both paths on one input; returns the (equal) events. */
  private static List<Event> same(String nmea) throws IOException {
    List<Event> plain = read(nmea, new Plain());
    List<Event> fast = read(nmea, new Fast());
    assertThat(fast).as(nmea).isEqualTo(plain);
    return fast;
  }

  private static Pos onlyPosition(String nmea) throws IOException {
    List<Event> events = same(nmea);
    assertThat(events).as(nmea).singleElement().isInstanceOf(Pos.class);
    return (Pos) events.get(0);
  }

  private static PositionPayloads notAvailable(int type) {
    return notAvailable(type, type == 27 ? 16 : 28);
  }

  private static PositionPayloads notAvailable(int type, int chars) {
    int[][] l = PositionPayloads.layout(type);
    boolean coarse = type == 27;
    PositionPayloads p = new PositionPayloads(type, chars);
    p.set(8, 30, 244_123_456);
    p.set(l[0][0], l[0][1], coarse ? 91 * 600 : 91 * 600_000);
    p.set(l[1][0], l[1][1], coarse ? 181 * 600 : 181 * 600_000);
    p.set(l[2][0], l[2][1], coarse ? 63 : 1023);
    p.set(l[3][0], l[3][1], coarse ? 511 : 3600);
    if (l[4][0] >= 0) {
      p.set(l[4][0], l[4][1], 511);
    }
    if (l[5][0] >= 0) {
      p.set(l[5][0], l[5][1], 15);
    }
    return p;
  }

  @Test
  void notAvailableValuesAreNaNAndMinusOne() throws IOException {
    for (int type : new int[] {1, 2, 3, 18, 27}) {
      Pos p = onlyPosition(notAvailable(type).sentences(0, 1_700_000_000L));
      assertThat(p.type()).isEqualTo(type);
      assertThat(p.mmsi()).isEqualTo(244_123_456);
      assertThat(p.lat()).isNaN();
      assertThat(p.lon()).isNaN();
      assertThat(p.sog()).isNaN();
      assertThat(p.cog()).isNaN();
      assertThat(p.heading()).isEqualTo(-1);
      assertThat(p.status()).isEqualTo(type == 18 ? -1 : 15);
      assertThat(p.time_ms()).isEqualTo(1_700_000_000_000L);
      assertThat(p.hasTime()).isTrue();
    }
  }

  @Test
  void valuesAtTheEdgesOfTheirRanges() throws IOException {
    for (int type : new int[] {1, 18, 27}) {
      int[][] l = PositionPayloads.layout(type);
      boolean coarse = type == 27;
      PositionPayloads p = new PositionPayloads(type, type == 27 ? 16 : 28);
      p.set(8, 30, (1 << 30) - 1);
      p.set(l[0][0], l[0][1], coarse ? -90 * 600 : -90 * 600_000); // south pole
      p.set(l[1][0], l[1][1], coarse ? -180 * 600 + 1 : -180 * 600_000 + 1);
      p.set(l[2][0], l[2][1], coarse ? 62 : 1022);
      p.set(l[3][0], l[3][1], coarse ? 510 : 4095); // above 360 degrees: passed through
      if (l[4][0] >= 0) {
        p.set(l[4][0], l[4][1], 510);
      }
      Pos pos = onlyPosition(p.sentences(0, -1));
      assertThat(pos.mmsi()).isEqualTo((1 << 30) - 1);
      assertThat(pos.lat()).isEqualTo(-90.0);
      assertThat(pos.sog()).isEqualTo(coarse ? 62.0 : 102.2);
      assertThat(pos.cog()).isEqualTo(coarse ? 510.0 : 409.5);
      assertThat(pos.heading()).isEqualTo(coarse ? -1 : 510);
      assertThat(pos.hasTime()).isFalse();
      assertThat(pos.time_ms()).isZero();
    }
  }

  @Test
  void shortPayloadsAreRejectedAlikeAndJustLongEnoughOnesDecoded() throws IOException {
    int[][] cases = {{1, 163}, {2, 163}, {3, 163}, {18, 168}, {27, 96}};
    for (int[] c : cases) {
      int type = c[0];
      int min = c[1];
      for (int bits = 0; bits <= min + 12; bits++) {
        int chars = (bits + 5) / 6;
        int fill = chars * 6 - bits;
        PositionPayloads p = notAvailable(type, 32);
        String a = p.armoured();
        String nmea =
            chars == 0
                ? new PositionPayloads(type, 0).sentences(0, -1)
                : new NmeaFramerLine(a.substring(0, Math.min(chars, a.length())), fill).text;
        List<Event> events = same(nmea);
        assertThat(events).as("type %d, %d bits", type, bits).hasSize(1);
        if (bits >= min) {
          assertThat(events.get(0)).as("type %d, %d bits", type, bits).isInstanceOf(Pos.class);
        } else {
          assertThat(events.get(0)).isInstanceOf(Rejected.class);
          RejectReason r = ((Rejected) events.get(0)).rejection().reason();
          assertThat(r)
              .as("type %d, %d bits", type, bits)
              .isIn(RejectReason.TOO_SHORT, RejectReason.EMPTY_PAYLOAD);
        }
      }
    }
  }

  @Test
  void fillBitsCarryingOnesAreReadAsGpsdReadsThem() throws IOException {
    // a 27-character type 1 (162 bits) is too short whatever; 28 characters minus 0-5 fill bits
    // keep 163-168 bits: the heading and later fields are read from the fill bits as sent
    for (int fill = 0; fill <= 5; fill++) {
      PositionPayloads p = notAvailable(1);
      p.set(162, 6, 0b111111); // last character all ones
      p.set(128, 9, 300);
      same(p.sentences(fill, 1_600_000_000L));
    }
  }

  @Test
  void multipartPositionsKeepTheirFirstLineAndSentenceCount() throws IOException {
    // a type 1 padded to 70 characters goes out in two fragments
    PositionPayloads p = new PositionPayloads(1, 70);
    p.set(8, 30, 123_456_789).set(89, 27, 3_000_000).set(61, 28, -6_000_000);
    String nmea = "# header\n" + p.sentences(0, 1_500_000_000L);
    List<Event> events = same(nmea);
    Pos pos = (Pos) events.get(1);
    assertThat(pos.firstLine()).isEqualTo(2);
    assertThat(pos.sentenceCount()).isEqualTo(2);
    assertThat(pos.lat()).isEqualTo(5.0);
    assertThat(pos.lon()).isEqualTo(-10.0);
  }

  @Test
  void badCharactersUnknownTypesAndOtherMessagesTakeTheNormalPath() throws IOException {
    String badChar = new NmeaFramerLine("1" + "X".repeat(27), 0).text; // 'X' is not armouring
    List<Event> events = same(badChar);
    assertThat(((Rejected) events.get(0)).rejection().reason())
        .isEqualTo(RejectReason.BAD_PAYLOAD_CHARACTER);
    List<Event> unknown = same(new NmeaFramerLine("w" + "0".repeat(27), 0).text); // type 63
    assertThat(((Rejected) unknown.get(0)).rejection().reason())
        .isEqualTo(RejectReason.UNKNOWN_MESSAGE_TYPE);
    // a type 19 (position and static data) stays a message
    PositionPayloads t19 = new PositionPayloads(19, 52);
    assertThat(same(t19.sentences(0, -1))).singleElement().isInstanceOf(PositionEvents.Other.class);
  }

  /** One sentence for an arbitrary payload string (any characters, fill 0-5). */
  private record NmeaFramerLine(String text) {
    NmeaFramerLine(String armoured, int fill) {
      this(frame(armoured, fill));
    }

    private static String frame(String armoured, int fill) {
      String body = "AIVDM,1,1,,A," + armoured + "," + fill;
      int x = NmeaFramer.checksum(body, 0, body.length());
      return String.format("!%s*%02X%n", body, x);
    }
  }
}
