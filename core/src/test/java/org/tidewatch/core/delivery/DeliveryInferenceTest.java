package org.tidewatch.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.detect.AisGap;
import org.tidewatch.core.detect.DetectedEvent;
import org.tidewatch.core.detect.DraughtChange;
import org.tidewatch.core.detect.Encounter;
import org.tidewatch.core.detect.EventType;
import org.tidewatch.core.detect.PortCall;
import org.tidewatch.core.port.PlaceIndex;

/** Hand-built event sequences of the simulator's operations (sim/README.md). */
class DeliveryInferenceTest {
  static final PlaceIndex PLACES = PlaceIndex.reference();
  static final int DPRK = 445_030_000;
  static final int GIVER = 457_782_000;
  static final int PLAIN = 636_846_000;

  static Instant t(String s) {
    return Instant.parse("2024-01-" + s + ":00Z");
  }

  static PortCall call(
      int mmsi,
      String from,
      String to,
      String id,
      String name,
      String interest,
      double lat,
      double lon,
      double in,
      double out) {
    return new PortCall(
        mmsi,
        t(from),
        t(to),
        id,
        name,
        Optional.ofNullable(interest),
        lat,
        lon,
        true,
        false,
        false,
        OptionalDouble.of(in),
        OptionalDouble.of(out),
        1,
        List.of());
  }

  static DraughtChange draught(
      int mmsi,
      String from,
      String to,
      double lat,
      double lon,
      double before,
      double after,
      String place) {
    return new DraughtChange(
        mmsi, t(from), t(to), lat, lon, before, after, Optional.ofNullable(place), 1, List.of());
  }

  static AisGap dark(
      int mmsi, String from, String to, double lat0, double lon0, double lat1, double lon1) {
    double h = (t(to).getEpochSecond() - t(from).getEpochSecond());
    return new AisGap(
        true,
        mmsi,
        t(from),
        t(to),
        false,
        lat0,
        lon0,
        lat1,
        lon1,
        12_000,
        0.1,
        h * 11 * 0.5144,
        OptionalDouble.of(3 * 3600),
        0.9,
        List.of());
  }

  static DeliveryInference inference(Map<Integer, Hull> hulls) {
    return new DeliveryInference(
        DeliveryInference.Params.DEFAULTS, PLACES, m -> Optional.ofNullable(hulls.get(m)));
  }

  @Test
  void directRunLoadingAtVostochnyDarkNearNajin() {
    Hull h = Hulls.tanker(DPRK, "PRK", 3990, 3.6, 7.9);
    List<DetectedEvent> ev =
        List.of(
            call(
                DPRK,
                "24T07:35",
                "25T18:35",
                "WPI-60725",
                "Vostochnyy",
                "RUS_OIL_TERMINAL",
                42.75,
                133.083,
                3.8,
                6.6),
            draught(DPRK, "24T07:35", "25T01:08", 42.75, 133.08, 3.8, 6.6, "Vostochnyy WPI-60725"),
            dark(DPRK, "26T03:43", "29T00:26", 42.361, 131.377, 42.326, 131.232),
            draught(DPRK, "25T01:08", "29T00:26", 42.326, 131.232, 6.6, 3.8, null));
    List<Delivery> ds = inference(Map.of(DPRK, h)).infer(ev);
    assertThat(ds).hasSize(1);
    Delivery d = ds.get(0);
    assertThat(d.mode()).isEqualTo(Delivery.Mode.DARK_DISCHARGE);
    assertThat(d.carrier()).hasValue(DPRK);
    assertThat(d.loadingPlace()).contains("Vostochnyy");
    assertThat(d.dischargePlace()).contains("Najin");
    assertThat(d.volume().tonnes()).isCloseTo(2784, within(30.0));
    assertThat(d.confidence()).isGreaterThan(0.7);
    assertThat(d.reasons()).anyMatch(r -> r.contains("oil terminal of interest"));
    assertThat(d.eventIds()).hasSize(4);
  }

  @Test
  void stsWithAVisibleReceiverThenDischargeAtNampo() {
    Hull g = Hulls.tanker(GIVER, "KNA", 18_000, 5, 11);
    Hull r = Hulls.tanker(DPRK, "PRK", 1007, 2.7, 5.9);
    List<DetectedEvent> ev =
        List.of(
            draught(
                GIVER, "12T11:00", "13T06:00", 36.07, 120.32, 6.2, 10.8, "Qingdao Gang WPI-60140"),
            new Encounter(
                EventType.STS,
                GIVER,
                DPRK,
                t("14T19:20"),
                t("14T23:50"),
                37.3,
                123.9,
                61,
                0,
                27,
                99_000,
                0.9,
                List.of()),
            draught(DPRK, "10T00:00", "15T01:41", 37.3, 123.9, 2.9, 5.3, null),
            draught(GIVER, "13T06:00", "15T02:00", 37.3, 123.9, 10.8, 10.4, null),
            call(
                DPRK,
                "17T01:10",
                "20T00:00",
                "WPI-60280",
                "Nampo",
                "DPRK_PORT",
                38.7167,
                125.4,
                2.9,
                2.9),
            draught(DPRK, "15T01:41", "17T01:10", 38.717, 125.4, 5.3, 2.9, "Nampo WPI-60280"));
    List<Delivery> ds = inference(Map.of(GIVER, g, DPRK, r)).infer(ev);
    assertThat(ds).hasSize(1);
    Delivery d = ds.get(0);
    assertThat(d.mode()).isEqualTo(Delivery.Mode.STS);
    assertThat(d.carrier()).hasValue(DPRK);
    assertThat(d.giver()).hasValue(GIVER);
    assertThat(d.dischargePlace()).contains("Nampo");
    // the receiver's own laden draught: (5.3 - 2.7) / 3.2 of 1,007 t
    assertThat(d.volume().method()).isEqualTo(VolumeEstimate.Method.DRAUGHT);
    assertThat(d.volume().tonnes()).isCloseTo(1007 * 2.6 / 3.2, within(1.0));
  }

  @Test
  void ordinaryTradeIsNoDelivery() {
    Hull h = Hulls.tanker(PLAIN, "LBR", 9000, 4, 9);
    List<DetectedEvent> ev =
        List.of(
            call(
                PLAIN,
                "02T00:00",
                "03T00:00",
                "WPI-60725",
                "Vostochnyy",
                "RUS_OIL_TERMINAL",
                42.75,
                133.083,
                4.5,
                8.5),
            draught(PLAIN, "02T00:00", "02T12:00", 42.75, 133.08, 4.5, 8.5, "Vostochnyy WPI-60725"),
            call(
                PLAIN,
                "06T00:00",
                "07T00:00",
                "WPI-60140",
                "Qingdao Gang",
                null,
                36.083,
                120.317,
                8.5,
                4.5),
            draught(
                PLAIN, "02T12:00", "06T12:00", 36.08, 120.31, 8.5, 4.5, "Qingdao Gang WPI-60140"));
    assertThat(inference(Map.of(PLAIN, h)).infer(ev)).isEmpty();
  }

  @Test
  void darkReceiverFoundByReachability() {
    Hull g = Hulls.tanker(GIVER, "MNG", 18_383, 4.3, 9.6);
    Hull r = Hulls.tanker(DPRK, "PRK", 1872, 3.3, 6.5);
    List<DetectedEvent> ev =
        List.of(
            draught(
                GIVER, "03T16:00", "04T11:08", 37.63, 120.28, 5.3, 9.6, "Longkou Gang WPI-60170"),
            draught(DPRK, "01T00:00", "02T00:00", 38.7167, 125.4, 3.6, 3.5, "Nampo WPI-60280"),
            dark(DPRK, "04T04:29", "07T20:59", 38.721, 125.318, 38.717, 125.4),
            new org.tidewatch.core.detect.Loitering(
                GIVER,
                t("06T00:38"),
                t("06T05:18"),
                38.95,
                123.55,
                0.08,
                20_000,
                80,
                0.8,
                List.of()),
            draught(GIVER, "04T11:08", "06T08:28", 38.95, 123.55, 9.6, 9.2, null));
    List<Delivery> ds = inference(Map.of(GIVER, g, DPRK, r)).infer(ev);
    assertThat(ds).hasSize(1);
    Delivery d = ds.get(0);
    assertThat(d.mode()).isEqualTo(Delivery.Mode.STS_DARK_RECEIVER);
    assertThat(d.carrier()).hasValue(DPRK);
    assertThat(d.giver()).hasValue(GIVER);
    assertThat(d.volume().method()).isEqualTo(VolumeEstimate.Method.TRANSFER_FUSED);
    assertThat(d.volume().low()).isLessThanOrEqualTo(d.volume().central());
    assertThat(d.reasons()).anyMatch(x -> x.contains("could reach the transfer point"));
  }
}
