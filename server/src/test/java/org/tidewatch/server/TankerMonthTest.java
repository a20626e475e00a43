package org.tidewatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.track.Position;
import org.tidewatch.server.data.ScreenSimplifier;
import org.tidewatch.server.data.TrackService;

/** The load test's synthetic tanker behaves like a ship and does not collapse when simplified. */
class TankerMonthTest {
  static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

  @Test
  void aTankerMonthKeepsHundredsOfPointsAtZoomEight() {
    List<Position> month = TankerMonth.generate(8, 477000001, T0, 30, 120, i -> null);
    // 21,600 report slots, less offshore gaps and 2 % lost
    assertThat(month.size()).isBetween(17_000, 21_600);
    double maxSpeed_kn = 0;
    int gaps = 0;
    for (int i = 1; i < month.size(); i++) {
      Position a = month.get(i - 1);
      Position b = month.get(i);
      long dt_s = Duration.between(a.time(), b.time()).toSeconds();
      assertThat(dt_s).isPositive();
      if (dt_s > 10_800) {
        gaps++;
      }
      double dn = (b.latitude_deg() - a.latitude_deg()) * 111_320;
      double de =
          (b.longitude_deg() - a.longitude_deg())
              * 111_320
              * Math.cos(Math.toRadians(a.latitude_deg()));
      maxSpeed_kn = Math.max(maxSpeed_kn, Math.hypot(dn, de) / dt_s * 3600 / 1852);
    }
    assertThat(maxSpeed_kn).isLessThan(20);
    assertThat(gaps).isBetween(3, 20);

    int drawn = drawnAtZoom(month, 8);
    System.out.printf(
        "tanker month: %d reports, %d gaps over 3 h, max implied speed %.1f kn, %d drawn at zoom"
            + " 8%n",
        month.size(), gaps, maxSpeed_kn, drawn);
    assertThat(drawn).isBetween(200, 4_000);
  }

  /** The server's path: time downsampling at the zoom, split at 3 h gaps, screen simplification. */
  static int drawnAtZoom(List<Position> track, int zoom) {
    long step = TrackService.interval(T0, T0.plus(Duration.ofDays(30)), zoom).toMillis();
    List<List<Position>> pieces = new ArrayList<>();
    List<Position> piece = null;
    Position prev = null;
    long lastBucket = Long.MIN_VALUE;
    for (Position p : track) {
      long bucket = Math.floorDiv(p.time().toEpochMilli(), step);
      if (bucket == lastBucket) {
        continue;
      }
      lastBucket = bucket;
      if (prev == null || Duration.between(prev.time(), p.time()).toSeconds() > 10_800) {
        piece = new ArrayList<>();
        pieces.add(piece);
      }
      piece.add(p);
      prev = p;
    }
    int n = 0;
    for (List<Position> pc : pieces) {
      n += ScreenSimplifier.simplify(pc, zoom, ScreenSimplifier.DEFAULT_TOLERANCE_PX).size();
    }
    return n;
  }
}
