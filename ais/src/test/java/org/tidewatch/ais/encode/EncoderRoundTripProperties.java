package org.tidewatch.ais.encode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.tidewatch.ais.message.AisMessage;
import org.tidewatch.ais.message.ClassBPositionReport;
import org.tidewatch.ais.message.PositionReport;
import org.tidewatch.ais.message.StaticAndVoyageData;
import org.tidewatch.ais.message.StaticDataReportA;
import org.tidewatch.ais.message.StaticDataReportB;
import org.tidewatch.ais.sentence.AisListener;
import org.tidewatch.ais.sentence.AisReader;
import org.tidewatch.ais.sentence.AisReaderOptions;
import org.tidewatch.ais.sentence.Reception;
import org.tidewatch.ais.sentence.Rejection;

/**
 * decode ∘ encode is the identity, up to the field resolutions of ITU-R M.1371: what the simulator
 * writes is what the decoder reads back, through the real sentence layer (checksums, tag blocks,
 * multipart framing).
 */
class EncoderRoundTripProperties {
  private static final long TIME = 1_704_067_200L; // 2024-01-01T00:00:00Z

  @Property(tries = 300)
  void classAPositionReports(@ForAll("positionsA") AisPayloads.PositionA p) throws IOException {
    Decoded d = roundTrip(new AisPayloads().encode(p), 'A');
    PositionReport r = (PositionReport) d.message;
    assertThat(r.messageType()).isEqualTo(p.messageType());
    assertThat(r.mmsi()).isEqualTo(p.mmsi());
    assertThat(r.navigationStatusCode()).isEqualTo(p.navigationStatus());
    assertThat(r.rateOfTurnCode()).isEqualTo(p.rateOfTurnCode());
    assertThat(r.speedOverGround_kn().getAsDouble())
        .isCloseTo(p.speedOverGround_kn(), within(0.05));
    assertThat(r.longitude_deg().getAsDouble()).isCloseTo(p.longitude_deg(), within(1e-6));
    assertThat(r.latitude_deg().getAsDouble()).isCloseTo(p.latitude_deg(), within(1e-6));
    assertThat(r.courseOverGround_deg().getAsDouble())
        .isCloseTo(p.courseOverGround_deg(), within(0.05));
    assertThat(r.trueHeading_deg().getAsInt())
        .isEqualTo((int) Math.round(p.trueHeading_deg()) % 360);
    assertThat(r.timeStamp()).isEqualTo(p.utcSecond());
    assertThat(r.positionAccuracy()).isEqualTo(p.positionAccuracy());
    assertThat(d.reception.receivedAt()).contains(Instant.ofEpochSecond(TIME));
    assertThat(d.reception.station()).contains("sim1");
  }

  @Property(tries = 200)
  void staticAndVoyageData(@ForAll("statics") AisPayloads.StaticVoyage s) throws IOException {
    Decoded d = roundTrip(new AisPayloads().encode(s), 'B');
    StaticAndVoyageData r = (StaticAndVoyageData) d.message;
    assertThat(d.reception.sentenceCount()).isEqualTo(2);
    assertThat(r.mmsi()).isEqualTo(s.mmsi());
    assertThat(r.imoNumber().getAsInt()).isEqualTo(s.imoNumber());
    assertThat(r.shipName()).isEqualTo(s.shipName());
    assertThat(r.callSign()).isEqualTo(s.callSign());
    assertThat(r.destination()).isEqualTo(s.destination());
    assertThat(r.shipTypeCode()).isEqualTo(s.shipTypeCode());
    assertThat(List.of(r.toBow_m(), r.toStern_m(), r.toPort_m(), r.toStarboard_m()))
        .containsExactly(s.toBow_m(), s.toStern_m(), s.toPort_m(), s.toStarboard_m());
    assertThat(r.draught_m().getAsDouble()).isCloseTo(s.draught_m(), within(0.05));
    assertThat(r.etaMonth().getAsInt()).isEqualTo(s.etaMonth());
    assertThat(r.etaDay().getAsInt()).isEqualTo(s.etaDay());
  }

  @Property(tries = 200)
  void classBReports(@ForAll("positionsB") AisPayloads.PositionB p) throws IOException {
    ClassBPositionReport r =
        (ClassBPositionReport) roundTrip(new AisPayloads().encode(p), 'A').message;
    assertThat(r.mmsi()).isEqualTo(p.mmsi());
    assertThat(r.longitude_deg().getAsDouble()).isCloseTo(p.longitude_deg(), within(1e-6));
    assertThat(r.latitude_deg().getAsDouble()).isCloseTo(p.latitude_deg(), within(1e-6));
    assertThat(r.speedOverGround_kn().getAsDouble())
        .isCloseTo(p.speedOverGround_kn(), within(0.05));
  }

  @Property(tries = 100)
  void staticDataReports(@ForAll("names") String name, @ForAll("mmsis") int mmsi)
      throws IOException {
    StaticDataReportA a =
        (StaticDataReportA) roundTrip(new AisPayloads().encodeStaticA(mmsi, name), 'A').message;
    assertThat(a.mmsi()).isEqualTo(mmsi);
    assertThat(a.shipName()).isEqualTo(name);
    AisPayloads.StaticB b = new AisPayloads.StaticB(mmsi, 80, "ABC", 1, 2, "CALL1", 100, 20, 5, 6);
    StaticDataReportB rb = (StaticDataReportB) roundTrip(new AisPayloads().encode(b), 'B').message;
    assertThat(rb.callSign()).isEqualTo("CALL1");
    assertThat(rb.shipTypeCode()).isEqualTo(80);
    assertThat(rb.toBow_m()).isEqualTo(100);
  }

  @Provide
  Arbitrary<Integer> mmsis() {
    return Arbitraries.integers().between(200_000_000, 775_999_999);
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.strings()
        .withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ")
        .ofMinLength(1)
        .ofMaxLength(20)
        .map(String::strip)
        .filter(s -> !s.isEmpty());
  }

  @Provide
  Arbitrary<AisPayloads.PositionA> positionsA() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 3),
            mmsis(),
            Arbitraries.integers().between(0, 15),
            Arbitraries.integers().between(-127, 127),
            Arbitraries.doubles().between(0, 102.2),
            Arbitraries.doubles().between(-180, 180),
            Arbitraries.doubles().between(-90, 90),
            Arbitraries.doubles().between(0, 359.9))
        .as(
            (type, mmsi, status, rot, sog, lon, lat, cog) ->
                new AisPayloads.PositionA(
                    type, mmsi, status, rot, sog, true, lon, lat, cog, Math.floor(cog), 42, 0));
  }

  @Provide
  Arbitrary<AisPayloads.PositionB> positionsB() {
    return Combinators.combine(
            mmsis(),
            Arbitraries.doubles().between(0, 102.2),
            Arbitraries.doubles().between(-180, 180),
            Arbitraries.doubles().between(-90, 90))
        .as(
            (mmsi, sog, lon, lat) ->
                new AisPayloads.PositionB(mmsi, sog, false, lon, lat, 90, 91, 7));
  }

  @Provide
  Arbitrary<AisPayloads.StaticVoyage> statics() {
    return Combinators.combine(
            mmsis(),
            Arbitraries.integers().between(1_000_000, 9_999_999),
            names(),
            names(),
            Arbitraries.integers().between(1, 99),
            Arbitraries.doubles().between(0.1, 25.5),
            Arbitraries.integers().between(1, 12),
            Arbitraries.integers().between(1, 31))
        .as(
            (mmsi, imo, name, dest, type, draught, month, day) ->
                new AisPayloads.StaticVoyage(
                    mmsi,
                    imo,
                    name.length() > 7 ? name.substring(0, 7).strip() : name,
                    name,
                    type,
                    120,
                    30,
                    10,
                    12,
                    1,
                    month,
                    day,
                    12,
                    30,
                    draught,
                    dest));
  }

  private record Decoded(AisMessage message, Reception reception) {}

  private static Decoded roundTrip(Payload payload, char channel) throws IOException {
    String text = new NmeaFramer().frame(payload, channel, TIME, "sim1");
    List<Decoded> out = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    AisReader reader =
        new AisReader(
            AisReaderOptions.defaults(),
            new AisListener() {
              @Override
              public void onMessage(AisMessage message, Reception reception) {
                out.add(new Decoded(message, reception));
              }

              @Override
              public void onRejected(Rejection rejection) {
                rejected.add(rejection);
              }
            });
    reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)), "encoded");
    assertThat(rejected).as(text).isEmpty();
    assertThat(out).as(text).hasSize(1);
    return out.get(0);
  }
}
