package org.tidewatch.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidewatch.core.delivery.DeliveryInferenceTest.PLACES;
import static org.tidewatch.core.delivery.DeliveryInferenceTest.call;
import static org.tidewatch.core.delivery.DeliveryInferenceTest.dark;
import static org.tidewatch.core.delivery.DeliveryInferenceTest.draught;
import static org.tidewatch.core.delivery.DeliveryInferenceTest.t;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.detect.AisGap;
import org.tidewatch.core.detect.DetectedEvent;

/**
 * Pass 4 on a silence in which the giver all but stopped (simulator seeds 30 and 45, OP-015): a
 * tanker loaded at Ningbo goes silent for 10 h off Zhoushan where reception is unknown (an ordinary
 * gap, not a dark period), 14 km from a GFW anchorage inside the known transfer area, while a DPRK
 * tanker is dark for a week from Nampo and back.
 */
class StopTransfersTest {
  static final int GIVER = 674_655_816;
  static final int DPRK = 445_170_491;
  static final TransferArea OFF_ZHOUSHAN = new TransferArea("OFF_ZHOUSHAN", 30.7, 123.4, 90_000);

  static AisGap silence(double impliedSpeed_kn, double onLat, double onLon, double distance_m) {
    return new AisGap(
        false,
        GIVER,
        t("04T15:41"),
        t("05T01:47"),
        false,
        30.675,
        123.199,
        onLat,
        onLon,
        distance_m,
        impliedSpeed_kn,
        10.1 * 3600 * 11 * 0.5144,
        OptionalDouble.empty(),
        0.28,
        List.of());
  }

  static List<DetectedEvent> events(AisGap giverSilence) {
    return List.of(
        call(GIVER, "01T00:03", "04T05:51", "WPI-59940", "Ningbo", null, 29.88, 121.55, 7.3, 13.3),
        draught(GIVER, "03T09:45", "03T09:51", 29.88, 121.55, 7.3, 13.3, "Ningbo WPI-59940"),
        giverSilence,
        draught(DPRK, "01T01:57", "01T02:03", 38.717, 125.4, 3.5, 3.5, "Nampo WPI-60280"),
        dark(DPRK, "02T01:45", "09T03:13", 38.717, 125.4, 38.717, 125.4));
  }

  static List<Delivery> infer(List<DetectedEvent> ev, List<TransferArea> areas) {
    Map<Integer, Hull> hulls =
        Map.of(
            GIVER, Hulls.tanker(GIVER, "TZA", 45_000, 7.0, 13.5),
            DPRK, Hulls.tanker(DPRK, "PRK", 1_710, 3.3, 6.8));
    return new DeliveryInference(
            DeliveryInference.Params.DEFAULTS,
            PLACES,
            m -> Optional.ofNullable(hulls.get(m)),
            areas)
        .infer(ev);
  }

  @Test
  void aSilentStopInATransferAreaGivesTheDarkReceiverItsCargo() {
    List<Delivery> ds = infer(events(silence(0.7, 30.556, 123.197, 13_000)), List.of(OFF_ZHOUSHAN));
    assertThat(ds).hasSize(1);
    Delivery d = ds.get(0);
    assertThat(d.mode()).isEqualTo(Delivery.Mode.STS_DARK_RECEIVER);
    assertThat(d.carrier()).hasValue(DPRK);
    assertThat(d.giver()).hasValue(GIVER);
    assertThat(d.volume().low()).isLessThanOrEqualTo(d.volume().central());
  }

  @Test
  void aSilenceCrossedUnderWayIsNoStop() {
    // the same 10 h, but 190 km made good at 10 kn: a reception hole crossed on passage
    assertThat(infer(events(silence(10.2, 32.3, 123.9, 190_000)), List.of(OFF_ZHOUSHAN))).isEmpty();
  }

  @Test
  void outsideAKnownTransferAreaTheNearbyAnchorageIsAnAlibi() {
    assertThat(infer(events(silence(0.7, 30.556, 123.197, 13_000)), List.of())).isEmpty();
  }
}
