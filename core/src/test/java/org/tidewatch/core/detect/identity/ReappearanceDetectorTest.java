package org.tidewatch.core.detect.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidewatch.core.detect.Reports.T0;
import static org.tidewatch.core.detect.Reports.pos;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.detect.DetectedEvent;
import org.tidewatch.core.detect.IdentityChange;
import org.tidewatch.core.detect.VesselRegistry;
import org.tidewatch.core.provenance.Provenance;
import org.tidewatch.core.provenance.Releasability;
import org.tidewatch.core.track.StaticReport;

class ReappearanceDetectorTest {
  private static final int OLD = 341_000_001;
  private static final int NEW = 667_000_002;
  private static final int OTHER = 412_000_003;
  private static final long DAY = 86_400;

  private final VesselRegistry registry = new VesselRegistry();
  // NEW known to a store long before this run's input (a warm-up replay met it late)
  private boolean newKnownFromBefore;
  private final ReappearanceDetector detector =
      new ReappearanceDetector(
          ReappearanceDetector.Params.DEFAULTS,
          registry,
          m ->
              m == NEW && newKnownFromBefore
                  ? java.util.Optional.of(T0.minusSeconds(30 * DAY))
                  : java.util.Optional.empty());
  private final List<DetectedEvent> events = new ArrayList<>();

  private void stat(int mmsi, long t, int length, int beam, int type, int imo) {
    detector.onStatic(
        new StaticReport(
            mmsi,
            T0.plusSeconds(t),
            5,
            Optional.of("SHIP " + mmsi),
            Optional.empty(),
            imo > 0 ? OptionalInt.of(imo) : OptionalInt.empty(),
            OptionalInt.of(type),
            OptionalInt.of(length),
            OptionalInt.of(beam),
            OptionalDouble.empty(),
            Optional.empty(),
            new Provenance("test", 1, 0, 0, Releasability.UNMARKED)),
        events::add);
  }

  /** Reports every 30 min from {@code from} to {@code to} (s), sailing north at about 10 kn. */
  private void sail(int mmsi, long from, long to, double lat0, double lon) {
    for (long t = from; t <= to; t += 1800) {
      registry.speed(mmsi, 10);
      detector.onPosition(pos(mmsi, t, lat0 + (t - from) * 8.6e-5 / 1.8, lon, 10), events::add);
    }
  }

  /**
   * OLD sails two days and goes silent; 10 h later NEW appears 100 km on with the same hull; OTHER
   * (another size) sails throughout.
   */
  private void laundering(int newLength, int newImo, boolean oldComesBack) {
    stat(OLD, 0, 120, 20, 80, 0);
    stat(OTHER, 0, 180, 30, 80, 0);
    sail(OTHER, 0, 8 * DAY, 35.0, 125.0);
    sail(OLD, 0, 2 * DAY, 36.0, 124.0);
    double lat = 36.0 + 2 * DAY * 8.6e-5 / 1.8 + 0.9;
    stat(NEW, 2 * DAY + 10 * 3600, newLength, 20, 81, newImo);
    sail(NEW, 2 * DAY + 10 * 3600, 8 * DAY, lat, 124.0);
    if (oldComesBack) {
      sail(OLD, 4 * DAY, 8 * DAY, 30.0, 130.0);
    }
    detector.finish(T0.plusSeconds(8 * DAY), events::add);
  }

  private List<IdentityChange> stitched() {
    return events.stream()
        .filter(
            e -> e instanceof IdentityChange c && c.kind() == IdentityChange.Kind.MMSI_REAPPEARED)
        .map(e -> (IdentityChange) e)
        .toList();
  }

  @Test
  void sameHullAppearingWhereAnotherVanished_isStitched() {
    laundering(121, 0, false);
    List<IdentityChange> s = stitched();
    assertThat(s).hasSize(1);
    assertThat(s.get(0).mmsis()).containsExactly(OLD, NEW);
    assertThat(s.get(0).start()).isEqualTo(T0.plusSeconds(2 * DAY));
    assertThat(s.get(0).end()).isEqualTo(T0.plusSeconds(2 * DAY + 10 * 3600));
    assertThat(s.get(0).after()).contains("1 candidate");
  }

  @Test
  void mmsiTheStoreKnewFromBefore_isNotANewcomer() {
    newKnownFromBefore = true;
    laundering(121, 0, false);
    assertThat(stitched()).isEmpty();
  }

  @Test
  void anotherSize_isNotStitched() {
    laundering(150, 0, false);
    assertThat(stitched()).isEmpty();
  }

  @Test
  void oldMmsiHeardAgain_isNotStitched() {
    laundering(121, 0, true);
    assertThat(stitched()).isEmpty();
  }

  @Test
  void twoValidImoNumbers_areTwoHulls() {
    stat(OLD, 0, 120, 20, 80, 9_074_729);
    laundering(121, 9_210_232, false);
    assertThat(stitched()).isEmpty();
  }
}
