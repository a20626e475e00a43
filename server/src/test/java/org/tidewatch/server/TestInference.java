package org.tidewatch.server;

import static org.tidewatch.server.TestWorld.LISTED;
import static org.tidewatch.server.TestWorld.MIXED;
import static org.tidewatch.server.TestWorld.SECRET_ONLY;
import static org.tidewatch.server.TestWorld.T0;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.tidewatch.core.delivery.Delivery;
import org.tidewatch.core.delivery.Hull;
import org.tidewatch.core.delivery.Product;
import org.tidewatch.core.delivery.VolumeEstimate;
import org.tidewatch.core.detect.AisGap;
import org.tidewatch.core.detect.DetectedEvent;
import org.tidewatch.core.detect.Encounter;
import org.tidewatch.core.detect.EventType;
import org.tidewatch.core.detect.Evidence;
import org.tidewatch.server.data.Inference;

/**
 * Inference over {@link TestWorld}: events whose ids match the stored events (so they take their
 * markings), one event the store lacks (judged by its vessel's reports), and three deliveries:
 * {@link #D_UNMARKED} on unmarked events, {@link #D_SECRET} on a SECRET event, {@link #D_MIXED} on
 * one of each.
 */
final class TestInference {
  private TestInference() {}

  static final String D_UNMARKED = "DLV:" + LISTED + ":" + T0.plusSeconds(40_000).getEpochSecond();
  static final String D_SECRET =
      "DLV:" + SECRET_ONLY + ":" + T0.plusSeconds(30_000).getEpochSecond();
  static final String D_MIXED = "DLV:" + MIXED + ":" + T0.plusSeconds(50_000).getEpochSecond();

  /** A partner seen only in a SECRET event, never in the store. */
  static final int PARTNER = 700000001;

  static Inference build() {
    Encounter e1 = sts(LISTED, MIXED, T0.plusSeconds(3600), 38.95, 124.05);
    AisGap e2 = dark(SECRET_ONLY, T0.plusSeconds(7200), 36.1, 123.1);
    Encounter e3 = sts(MIXED, PARTNER, T0.plusSeconds(5000), 35.5, 125.5);
    AisGap e4 = dark(LISTED, T0.plusSeconds(30_000), 38.99, 124.2);
    List<DetectedEvent> events = List.of(e1, e2, e3, e4);
    List<Delivery> ds =
        List.of(
            delivery(
                D_UNMARKED,
                LISTED,
                T0.plusSeconds(40_000),
                300_000,
                "draught fell across an unmarked dark period",
                List.of(e1.id(), e4.id()),
                "unmarked.nmea"),
            delivery(
                D_SECRET,
                SECRET_ONLY,
                T0.plusSeconds(30_000),
                100_000,
                "HIDDEN TANKER went dark off Nampo",
                List.of(e2.id()),
                "secret.nmea"),
            delivery(
                D_MIXED,
                MIXED,
                T0.plusSeconds(50_000),
                250_000,
                "COVERT NAME took cargo alongside " + PARTNER,
                List.of(e1.id(), e3.id()),
                "secret.nmea"));
    Map<Integer, Hull> registry =
        Map.of(
            LISTED, hull(LISTED, 8660313, "CHON MA SAN", "PRK"),
            MIXED, hull(MIXED, 9074729, "REGISTRY STAR", "PAN"),
            SECRET_ONLY, hull(SECRET_ONLY, 9120994, "HIDDEN TANKER", "PRK"));
    return new Inference(events, ds, registry, List.of(), List.of(), 0);
  }

  private static Encounter sts(int a, int b, Instant start, double lat, double lon) {
    return new Encounter(
        EventType.STS,
        a,
        b,
        start,
        start.plusSeconds(7200),
        lat,
        lon,
        120,
        0.5,
        12,
        40_000,
        0.9,
        List.of());
  }

  private static AisGap dark(int mmsi, Instant start, double lat, double lon) {
    return new AisGap(
        true,
        mmsi,
        start,
        start.plusSeconds(12_800),
        false,
        lat,
        lon,
        lat + 0.1,
        lon + 0.1,
        15_000,
        2.5,
        80_000,
        OptionalDouble.empty(),
        0.8,
        List.of());
  }

  private static Delivery delivery(
      String id,
      int carrier,
      Instant at,
      double barrels,
      String reason,
      List<String> events,
      String source) {
    VolumeEstimate v =
        new VolumeEstimate(
            Product.REFINED_UNSPECIFIED,
            VolumeEstimate.Method.DRAUGHT,
            barrels,
            barrels * 0.9,
            barrels * 1.1,
            barrels / 7.8,
            7.8,
            OptionalDouble.of(0.8),
            OptionalDouble.of(barrels / 7.8 / 0.8),
            "laden draught 9.5 m of 5.0-10.0 m");
    return new Delivery(
        id,
        Delivery.Mode.DARK_DISCHARGE,
        OptionalInt.of(carrier),
        OptionalInt.empty(),
        "Vostochnyy (WPI-60725)",
        Optional.of(at.minusSeconds(86_400)),
        Optional.empty(),
        "Nampo",
        at,
        38.7,
        125.3,
        v,
        0.8,
        List.of(reason),
        events,
        List.of(
            new Evidence(
                carrier, at, 38.7, 125.3, "went-dark", source, 7, java.util.OptionalLong.of(7))));
  }

  private static Hull hull(int mmsi, int imo, String name, String flag) {
    return new Hull(
        OptionalInt.of(imo),
        mmsi,
        name,
        flag,
        "tanker",
        OptionalDouble.of(5000),
        OptionalDouble.of(4500),
        OptionalDouble.of(5.0),
        OptionalDouble.of(10.0),
        Optional.empty(),
        Optional.empty());
  }
}
