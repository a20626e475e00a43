package org.tidewatch.core.detect.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidewatch.core.detect.Reports.T0;
import static org.tidewatch.core.detect.Reports.pos;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.detect.AisGap;
import org.tidewatch.core.detect.DetectedEvent;
import org.tidewatch.core.detect.EventType;
import org.tidewatch.core.detect.VesselRegistry;

class GapDetectorTest {
  private static final int WATCHED = 445_000_001;
  private static final int NEIGHBOUR = 445_000_002;

  private final GapDetector detector =
      new GapDetector(GapDetector.Params.DEFAULTS, new VesselRegistry(), new ReceptionModel());
  private final List<DetectedEvent> events = new ArrayList<>();

  /**
   * Both vessels report every 10 minutes from 0 to {@code until_s}, sailing across the same cell
   * again and again (7 h per crossing).
   */
  private void denseCoverage(long until_s, long watchedSilentFrom_s, long watchedBack_s) {
    for (long t = 0; t <= until_s; t += 600) {
      double lon = 130.0 + 0.15 * ((t % 25_200) / 25_200.0);
      detector.onPosition(pos(NEIGHBOUR, t, 39.05, lon, 6), events::add);
      if (t < watchedSilentFrom_s || t >= watchedBack_s) {
        detector.onPosition(pos(WATCHED, t + 30, 39.1, lon, 6), events::add);
      }
    }
  }

  private List<AisGap> gaps(int mmsi) {
    return events.stream()
        .filter(e -> e instanceof AisGap g && g.mmsis().contains(mmsi))
        .map(e -> (AisGap) e)
        .toList();
  }

  @Test
  void tenHourSilence_inDenseCoverage_isDark() {
    denseCoverage(4 * 86_400, 2 * 86_400, 2 * 86_400 + 10 * 3600);
    detector.finish(T0.plusSeconds(4 * 86_400 + 600), events::add);
    List<AisGap> g = gaps(WATCHED);
    assertThat(g).hasSize(1);
    assertThat(g.get(0).type()).isEqualTo(EventType.DARK_PERIOD);
    assertThat(g.get(0).open()).isFalse();
    assertThat(g.get(0).expectedSilence_s()).isPresent();
    assertThat(g.get(0).confidence()).isGreaterThan(GapDetector.OPEN_CONFIDENCE);
  }

  @Test
  void openSilence_inDenseCoverage_isDark_withCappedConfidence() {
    denseCoverage(4 * 86_400, 3 * 86_400, Long.MAX_VALUE);
    detector.finish(T0.plusSeconds(4 * 86_400 + 600), events::add);
    List<AisGap> g = gaps(WATCHED);
    assertThat(g).hasSize(1);
    assertThat(g.get(0).type()).isEqualTo(EventType.DARK_PERIOD);
    assertThat(g.get(0).open()).isTrue();
    assertThat(g.get(0).confidence()).isLessThanOrEqualTo(GapDetector.OPEN_CONFIDENCE);
  }

  @Test
  void openSilence_whereReceptionIsUnknown_isOnlyARawGap() {
    // a lone vessel far from everyone: its cell never gathers enough intervals to be trusted
    for (long t = 0; t < 86_400; t += 600) {
      detector.onPosition(pos(WATCHED, t, 45.0 + t * 1e-5, 150.0, 12), events::add);
    }
    detector.finish(T0.plusSeconds(4 * 86_400), events::add);
    List<AisGap> g = gaps(WATCHED);
    assertThat(g).hasSize(1);
    assertThat(g.get(0).type()).isEqualTo(EventType.AIS_GAP);
    assertThat(g.get(0).open()).isTrue();
    assertThat(g.get(0).expectedSilence_s()).isEmpty();
  }

  @Test
  void silenceOfAMooredVessel_isJudgedAgainstTheUnknownReceptionThreshold() {
    // moored, reporting every 10 minutes, then silent 8 h and 14 h at the same berth
    for (long t = 0; t <= 10 * 86_400; t += 600) {
      detector.onPosition(pos(NEIGHBOUR, t, 39.05, 130.0 + t * 1e-6, 6), events::add);
      boolean silent =
          (t >= 2 * 86_400 && t < 2 * 86_400 + 8 * 3600)
              || (t >= 5 * 86_400 && t < 5 * 86_400 + 14 * 3600);
      if (!silent) {
        detector.onPosition(pos(WATCHED, t + 30, 39.1, 130.1, 0), events::add);
      }
    }
    List<AisGap> g = gaps(WATCHED);
    assertThat(g)
        .extracting(AisGap::type)
        .containsExactly(EventType.AIS_GAP, EventType.DARK_PERIOD);
    assertThat(g.get(1).expectedSilence_s()).isEmpty();
  }

  @Test
  void silenceExplainedBySparseReception_isNotDark() {
    // satellite-like reception: a report every 2 h for both; an 8 h silence is within 5 x 2 h
    for (long t = 0; t <= 60 * 86_400; t += 7200) {
      detector.onPosition(pos(NEIGHBOUR, t, 39.0, 130.0 + t * 2e-6, 8), events::add);
      if (t < 50 * 86_400 || t >= 50 * 86_400 + 5 * 3600) {
        detector.onPosition(pos(WATCHED, t + 60, 39.01, 130.01 + t * 2e-6, 8), events::add);
      }
    }
    detector.finish(T0.plusSeconds(60 * 86_400 + 3600), events::add);
    List<AisGap> g = gaps(WATCHED);
    assertThat(g).singleElement().extracting(AisGap::type).isEqualTo(EventType.AIS_GAP);
  }

  @Test
  void tenHourSilence_beforeTheModelKnowsTheArea_isHeldAndJudgedOnceItDoes() {
    // silent from 2 h to 12 h: no cell on the way is known yet (12 h threshold then); once the
    // model has learned the area (10-minute reception) the silence is judged against it
    denseCoverage(5 * 86_400, 2 * 3600, 12 * 3600);
    assertThat(gaps(WATCHED)).isEmpty(); // held: the model knew nothing of the way at its end
    detector.onWatermark(T0.plusSeconds(5 * 86_400), events::add);
    List<AisGap> g = gaps(WATCHED);
    assertThat(g).singleElement().extracting(AisGap::type).isEqualTo(EventType.DARK_PERIOD);
    assertThat(g.get(0).expectedSilence_s()).isPresent();
    detector.finish(T0.plusSeconds(5 * 86_400 + 600), events::add);
    assertThat(gaps(WATCHED)).hasSize(1);
  }

  @Test
  void heldSilence_whereTheAreaStaysUnknown_isJudgedAsBeforeAtTheEnd() {
    // a lone vessel far from everyone, silent 10 h: never dark against the 12 h threshold
    for (long t = 0; t < 2 * 86_400; t += 600) {
      if (t < 86_400 || t >= 86_400 + 10 * 3600) {
        detector.onPosition(pos(WATCHED, t, 45.0 + t * 1e-5, 150.0, 12), events::add);
      }
    }
    detector.finish(T0.plusSeconds(2 * 86_400), events::add);
    assertThat(gaps(WATCHED))
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.type()).isEqualTo(EventType.AIS_GAP);
              assertThat(g.expectedSilence_s()).isEmpty();
            });
  }
}
