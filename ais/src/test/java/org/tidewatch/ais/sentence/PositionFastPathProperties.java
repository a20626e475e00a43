package org.tidewatch.ais.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.tidewatch.ais.AisDecodeException;
import org.tidewatch.ais.encode.NmeaFramer;
import org.tidewatch.ais.message.AisMessage;
import org.tidewatch.ais.message.AisMessageDecoder;
import org.tidewatch.ais.message.PositionFields;
import org.tidewatch.ais.sentence.PositionEvents.Event;
import org.tidewatch.ais.sentence.PositionEvents.Pos;

/**
 * Random position payloads (any length, any fill bits, random bits with the "not available" and
 * boundary codes mixed in): {@link AisMessageDecoder#decodePosition} agrees with {@link
 * AisMessageDecoder#decode} and the engine's mapping, and the two reader paths agree.
 */
class PositionFastPathProperties {

  /** A payload: armoured characters and declared fill bits. */
  record Sample(String armoured, int fillBits) {}

  @Provide
  Arbitrary<Sample> positions() {
    Arbitrary<Integer> type = Arbitraries.of(1, 2, 3, 18, 27, 19, 5, 0, 63, 28);
    // mostly around the position lengths (96 bits = 16 characters, 163-168 bits = 28)
    Arbitrary<Integer> chars =
        Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.integers().between(0, 40)),
            Tuple.of(2, Arbitraries.integers().between(15, 17)),
            Tuple.of(3, Arbitraries.integers().between(27, 33)));
    Arbitrary<Long> seed = Arbitraries.longs();
    Arbitrary<Integer> fill = Arbitraries.integers().between(0, 7);
    Arbitrary<Integer> specials =
        Arbitraries.integers().between(0, 63); // which fields get specials
    return Combinators.combine(type, chars, seed, fill, specials)
        .as(PositionFastPathProperties::build);
  }

  private static Sample build(int type, int chars, long seed, int fill, int specials) {
    Random r = new Random(seed);
    PositionPayloads p = new PositionPayloads(type, chars);
    for (int i = 6; i < chars * 6; i++) {
      p.bit(i, r.nextBoolean());
    }
    int[][] l = PositionPayloads.layout(type);
    boolean coarse = type == 27;
    long[][] special = {
      coarse
          ? new long[] {91 * 600, 90 * 600, -90 * 600}
          : new long[] {91 * 600_000, -91 * 600_000},
      coarse
          ? new long[] {181 * 600, 180 * 600, -180 * 600}
          : new long[] {181 * 600_000, -181 * 600_000},
      coarse ? new long[] {63, 62, 0} : new long[] {1023, 1022, 0},
      coarse ? new long[] {511, 360, 0} : new long[] {3600, 3601, 4095, 0},
      {511, 510, 360, 0},
      {0, 15}
    };
    for (int f = 0; f < 6; f++) {
      if ((specials & (1 << f)) != 0 && l[f][0] >= 0) {
        long[] v = special[f];
        p.set(l[f][0], l[f][1], v[r.nextInt(v.length)]);
      }
    }
    return new Sample(p.armoured(), fill);
  }

  @Property(tries = 3000)
  void decodePositionAgreesWithDecode(@ForAll("positions") Sample s) {
    byte[] b = ("xx" + s.armoured() + "yy").getBytes(StandardCharsets.US_ASCII);
    int len = s.armoured().length();
    AisMessageDecoder decoder = new AisMessageDecoder();
    PositionFields out = new PositionFields();
    boolean fast = decoder.decodePosition(b, 2, len, s.fillBits(), out);
    Statistics.label("fast path").collect(fast ? "position" : "not a position");
    AisMessage full;
    try {
      full = new AisMessageDecoder().decode(b, 2, len, s.fillBits());
    } catch (AisDecodeException e) {
      assertThat(fast).as("%s rejected as %s", s, e.reason()).isFalse();
      return;
    }
    PositionEvents.Plain plain = new PositionEvents.Plain();
    plain.onMessage(
        full,
        new Reception(
            "t",
            1,
            1,
            "AI",
            false,
            'A',
            Optional.empty(),
            Reception.TimeSource.NONE,
            Optional.empty(),
            Optional.empty(),
            true));
    Event mapped = plain.events.get(0);
    if (!(mapped instanceof Pos expected)) {
      assertThat(fast).as("%s is %s", s, full).isFalse();
      return;
    }
    assertThat(fast).as("%s is %s", s, full).isTrue();
    Pos actual =
        new Pos(
            out.messageType(),
            out.mmsi(),
            out.latitude_deg(),
            out.longitude_deg(),
            out.speedOverGround_kn(),
            out.courseOverGround_deg(),
            out.trueHeading_deg(),
            out.navigationStatus(),
            1,
            1,
            0,
            false);
    assertThat(actual).as("%s", s).isEqualTo(expected);
  }

  @Property(tries = 300)
  void readersAgreeOnStreamsOfRandomPositions(
      @ForAll("streams") List<Sample> samples, @ForAll boolean tagBlocks) throws IOException {
    StringBuilder nmea = new StringBuilder();
    long t = 1_700_000_000L;
    for (Sample s : samples) {
      String body = "AIVDM,1,1,,B," + s.armoured() + "," + s.fillBits();
      int x = NmeaFramer.checksum(body, 0, body.length());
      if (tagBlocks) {
        String tag = "c:" + t++;
        int tx = NmeaFramer.checksum(tag, 0, tag.length());
        nmea.append(String.format("\\%s*%02X\\", tag, tx));
      }
      nmea.append(String.format("!%s*%02X%n", body, x));
    }
    byte[] bytes = nmea.toString().getBytes(StandardCharsets.US_ASCII);
    PositionEvents.Plain plain = new PositionEvents.Plain();
    PositionEvents.Fast fast = new PositionEvents.Fast();
    new AisReader(AisReaderOptions.defaults(), plain).read(new ByteArrayInputStream(bytes), "p");
    new AisReader(AisReaderOptions.defaults(), fast).read(new ByteArrayInputStream(bytes), "p");
    assertThat(fast.events).isEqualTo(plain.events);
  }

  @Provide
  Arbitrary<List<Sample>> streams() {
    return positions().list().ofMaxSize(30);
  }
}
