package org.tidewatch.server.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.track.Position;

/** Screen-space simplification keeps the ends and stays within the tolerance. */
class ScreenSimplifierTest {
  static Position at(int i, double lat, double lon) {
    return new Position(
        1,
        Instant.parse("2024-01-01T00:00:00Z").plusSeconds(60L * i),
        lat,
        lon,
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        OptionalInt.empty(),
        OptionalInt.empty(),
        1,
        null);
  }

  @Test
  void aStraightLineKeepsItsEnds() {
    List<Position> line = new ArrayList<>();
    for (int i = 0; i < 4000; i++) {
      line.add(at(i, 30 + i * 0.0005, 120 + i * 0.00075));
    }
    List<Position> s = ScreenSimplifier.simplify(line, 8, 1);
    // straight in degrees is slightly curved in Mercator: a handful of reports remain
    assertThat(s.size()).isLessThanOrEqualTo(6);
    assertThat(s.get(0)).isEqualTo(line.get(0));
    assertThat(s.get(s.size() - 1)).isEqualTo(line.get(line.size() - 1));
  }

  @Test
  void aZigzagWiderThanAPixelIsKeptAndFinerOneIsDropped() {
    List<Position> zig = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      zig.add(at(i, 30 + (i % 2) * 0.01, 120 + i * 0.01));
    }
    // at zoom 8, 0.01 degree of latitude is about 4 px: every corner stays
    assertThat(ScreenSimplifier.simplify(zig, 8, 1)).hasSize(200);
    // at zoom 0 it is about 0.015 px: the zigzag collapses
    assertThat(ScreenSimplifier.simplify(zig, 0, 1).size()).isLessThan(5);
  }

  @Property(tries = 50)
  void everyDroppedReportIsNearTheDrawnLine(
      @ForAll @IntRange(min = 0, max = 14) int zoom, @ForAll @IntRange(min = 3, max = 400) int n) {
    java.util.Random r = new java.util.Random(zoom * 1000L + n);
    List<Position> walk = new ArrayList<>();
    double lat = 35;
    double lon = 125;
    for (int i = 0; i < n; i++) {
      lat += (r.nextDouble() - 0.5) * 0.02;
      lon += r.nextDouble() * 0.02;
      walk.add(at(i, lat, lon));
    }
    List<Position> s = ScreenSimplifier.simplify(walk, zoom, 1);
    assertThat(s.get(0)).isEqualTo(walk.get(0));
    assertThat(s.get(s.size() - 1)).isEqualTo(walk.get(n - 1));
    double w = ScreenSimplifier.worldPixels(zoom);
    for (Position p : walk) {
      double best = Double.MAX_VALUE;
      for (int i = 0; i + 1 < s.size(); i++) {
        best = Math.min(best, distancePx(p, s.get(i), s.get(i + 1), w));
      }
      // radial (1 px) then Douglas-Peucker (1 px): within 2 px of the drawn line
      assertThat(best).isLessThanOrEqualTo(2.0 + 1e-9);
    }
  }

  private static double[] xy(Position p, double w) {
    double s = Math.sin(Math.toRadians(p.latitude_deg()));
    return new double[] {
      (p.longitude_deg() + 180) / 360 * w, (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * w
    };
  }

  private static double distancePx(Position p, Position a, Position b, double w) {
    double[] q = xy(p, w);
    double[] u = xy(a, w);
    double[] v = xy(b, w);
    double dx = v[0] - u[0];
    double dy = v[1] - u[1];
    double t =
        dx == 0 && dy == 0 ? 0 : ((q[0] - u[0]) * dx + (q[1] - u[1]) * dy) / (dx * dx + dy * dy);
    t = Math.max(0, Math.min(1, t));
    return Math.hypot(q[0] - u[0] - t * dx, q[1] - u[1] - t * dy);
  }
}
