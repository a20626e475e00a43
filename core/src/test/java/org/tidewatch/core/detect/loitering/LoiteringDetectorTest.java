package org.tidewatch.core.detect.loitering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidewatch.core.detect.Reports.T0;
import static org.tidewatch.core.detect.Reports.pos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.detect.DetectedEvent;
import org.tidewatch.core.detect.Loitering;
import org.tidewatch.core.detect.VesselRegistry;
import org.tidewatch.core.port.PlaceIndex;

/** An STS giver stopped in Korea Bay for 11 h, reporting every 1-2 h, silent 4.5 h in between. */
class LoiteringDetectorTest {
  private static final int GIVER = 616_000_001;
  private final LoiteringDetector detector =
      new LoiteringDetector(
          LoiteringDetector.Params.DEFAULTS, PlaceIndex.reference(), new VesselRegistry());
  private final List<DetectedEvent> events = new ArrayList<>();

  private void stop(double driftDuringSilence_deg) {
    long t = 0;
    for (int i = 0; i < 6; i++, t += 1800) {
      detector.onPosition(pos(GIVER, t, 38.6 + i * 0.04, 123.0 + i * 0.09, 11.5), events::add);
    }
    long[] stopped = {15_000, 22_000, 26_800, 43_000, 50_200, 55_000};
    for (int i = 0; i < stopped.length; i++) {
      double shift = i >= 3 ? driftDuringSilence_deg : 0;
      detector.onPosition(
          pos(GIVER, stopped[i], 38.835 + 0.001 * (i % 2) + shift, 123.541, 0.1), events::add);
    }
    for (int i = 1; i <= 12; i++) {
      detector.onPosition(
          pos(GIVER, 55_000 + i * 1800L, 38.835 - i * 0.04, 123.541 - i * 0.09, 11.0), events::add);
    }
    detector.finish(T0.plusSeconds(80_000), events::add);
  }

  @Test
  void stopWithAStationarySilence_isOneLoitering() {
    stop(0);
    List<Loitering> l =
        events.stream().filter(Loitering.class::isInstance).map(e -> (Loitering) e).toList();
    assertThat(l).hasSize(1);
    assertThat(Duration.between(l.get(0).start(), l.get(0).end()).toHours())
        .isGreaterThanOrEqualTo(10);
  }

  @Test
  void vesselThatMovedDuringTheSilence_isNotJoinedAcrossIt() {
    stop(0.1); // 11 km north after the silence: two short stops, neither long enough
    assertThat(events).noneMatch(Loitering.class::isInstance);
  }

  @Test
  void reportUnderWayAfterTheStop_doesNotPullItsPlaceTowardsAnAnchorage() {
    // simulator seed 39 (OP-002): a giver stopped 12 h in Korea Bay 21.8 km from the Dalian
    // anchorage point, reporting every 1-2 h, silent 3.25 h, then first seen again 66 km west under
    // way. That report used to join the stop's mean position (pulled inside 20 km: no event) and
    // the stop began at the end of its first slow hour
    long t = 0;
    for (int i = 0; i < 8; i++, t += 1800) {
      detector.onPosition(pos(GIVER, t, 38.99, 122.60 + i * 0.07, 11.0), events::add);
    }
    long[] stopped = {24_000, 24_300, 28_800, 29_100, 36_000, 42_000, 48_600, 54_000, 62_400};
    for (long s : stopped) {
      detector.onPosition(pos(GIVER, s, 39.021, 123.437, 0.1), events::add);
    }
    for (int i = 0; i < 12; i++) {
      detector.onPosition(
          pos(GIVER, 74_100 + i * 300L, 38.98, 122.683 - i * 0.02, 10.8), events::add);
    }
    detector.finish(T0.plusSeconds(80_000), events::add);
    List<Loitering> l =
        events.stream().filter(Loitering.class::isInstance).map(e -> (Loitering) e).toList();
    assertThat(l)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.start()).isEqualTo(T0.plusSeconds(24_000));
              assertThat(x.end()).isEqualTo(T0.plusSeconds(62_400));
              assertThat(x.latitude_deg())
                  .isCloseTo(39.021, org.assertj.core.data.Offset.offset(1e-6));
              assertThat(x.longitude_deg())
                  .isCloseTo(123.437, org.assertj.core.data.Offset.offset(1e-6));
            });
  }
}
