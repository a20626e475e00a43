package org.tidewatch.core.detect.spoofing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidewatch.core.detect.Reports.T0;
import static org.tidewatch.core.detect.Reports.pos;
import static org.tidewatch.core.detect.Reports.stat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.detect.DetectedEvent;
import org.tidewatch.core.detect.Spoofing;

/**
 * The pattern of an STS giver in the simulator (and of the spoofing the UN Panel of Experts
 * describes): the ship goes quiet on its lane, a track of slow circles appears ~68 km away at a
 * speed the ship could just make, then the ship is back on its lane after a jump it cannot make.
 */
class SpoofingDetectorTest {
  private static final int TANKER = 312_000_001;
  private static final double LANE_LAT = 38.925;
  private static final double DEG_LON_PER_10_MIN_AT_11_KN = 0.0393;

  private final SpoofingDetector detector = new SpoofingDetector(SpoofingDetector.Params.DEFAULTS);
  private final List<DetectedEvent> events = new ArrayList<>();

  private void report(long t, double lat, double lon, double sog) {
    detector.onPosition(pos(TANKER, t, lat, lon, sog), events::add);
  }

  /** A day east along the lane at 11 kn from 121.0 E; returns the last time. */
  private long sailEast() {
    long t = 0;
    for (int i = 0; i < 144; i++, t += 600) {
      report(t, LANE_LAT, 121.0 + i * DEG_LON_PER_10_MIN_AT_11_KN, 11);
    }
    return t - 600;
  }

  /** Ten hours of slow circles (one report an hour) about 68 km south of the lane. */
  private long circles(long from, double lon) {
    long t = from;
    for (int i = 0; i < 10; i++) {
      t = from + i * 3600;
      report(t, 38.315 + 0.02 * Math.sin(i), lon + 0.03 * Math.cos(i), 4.5);
    }
    return t;
  }

  @Test
  void excursionWithAnImpossibleReturn_isSpoofing() {
    long left = sailEast();
    double lon = 121.0 + 143 * DEG_LON_PER_10_MIN_AT_11_KN;
    // out: 68 km in 2.6 h (14 kn, possible); back: 66 km in 1.4 h (25 kn, not for an 11-kn ship)
    long last = circles(left + 9_360, lon + 0.06);
    report(last + 5_100, LANE_LAT, lon + 0.07, 11);
    for (int i = 1; i <= 100; i++) {
      report(last + 5_100 + i * 600, LANE_LAT, lon + 0.07 - i * DEG_LON_PER_10_MIN_AT_11_KN, 11);
    }
    detector.finish(T0.plusSeconds(last + 5_100 + 100 * 600), events::add);

    List<Spoofing> s =
        events.stream().filter(Spoofing.class::isInstance).map(e -> (Spoofing) e).toList();
    assertThat(s).hasSize(1);
    assertThat(s.get(0).start()).isEqualTo(T0.plusSeconds(left + 9_360));
    assertThat(s.get(0).end()).isEqualTo(T0.plusSeconds(last));
    assertThat(s.get(0).latitude_deg()).isBetween(38.29, 38.34);
  }

  @Test
  void excursionWithPossibleJumpsBothWays_isNotSpoofing() {
    long left = sailEast();
    double lon = 121.0 + 143 * DEG_LON_PER_10_MIN_AT_11_KN;
    // out and back both 68 km in 6.5 h (5.6 kn): a ship can do that
    long last = circles(left + 23_400, lon + 0.06);
    report(last + 23_400, LANE_LAT, lon + 0.07, 11);
    for (int i = 1; i <= 100; i++) {
      report(last + 23_400 + i * 600, LANE_LAT, lon + 0.07 - i * DEG_LON_PER_10_MIN_AT_11_KN, 11);
    }
    detector.finish(T0.plusSeconds(last + 23_400 + 100 * 600), events::add);

    assertThat(events).noneMatch(Spoofing.class::isInstance);
  }

  private List<Spoofing> spoofs() {
    return events.stream().filter(Spoofing.class::isInstance).map(e -> (Spoofing) e).toList();
  }

  @Test
  void tankerCirclingWithWayOn_isCircles_andNotAlsoAnExcursion() {
    detector.onStatic(stat(TANKER, 0, "SILVER 8", "A8ZZ", 0, 80, 6.0), events::add);
    long left = sailEast();
    double lon = 121.0 + 143 * DEG_LON_PER_10_MIN_AT_11_KN;
    long last = circles(left + 9_360, lon + 0.06);
    report(last + 5_100, LANE_LAT, lon + 0.07, 11);
    detector.finish(T0.plusSeconds(last + 5_100), events::add);

    assertThat(spoofs())
        .singleElement()
        .extracting(Spoofing::pattern)
        .isEqualTo(Spoofing.Pattern.CIRCLES);
    Spoofing c = spoofs().get(0);
    assertThat(c.start()).isEqualTo(T0.plusSeconds(left + 9_360));
    assertThat(c.end()).isEqualTo(T0.plusSeconds(last));
    assertThat(c.jumpOutSpeed_kn()).isEqualTo(4.5);
    assertThat(c.evidence()).extracting(e -> e.role()).contains("before-jump", "jump-back");
  }

  @Test
  void tankerAtAnchor_isNotCircles() {
    detector.onStatic(stat(TANKER, 0, "SILVER 8", "A8ZZ", 0, 80, 6.0), events::add);
    long left = sailEast();
    double lon = 121.0 + 143 * DEG_LON_PER_10_MIN_AT_11_KN;
    for (int i = 1; i <= 60; i++) {
      report(left + i * 600, LANE_LAT + 0.001 * Math.sin(i), lon + 0.001 * Math.cos(i), 0.3);
    }
    detector.finish(T0.plusSeconds(left + 60 * 600), events::add);
    assertThat(spoofs()).isEmpty();
  }
}
