package org.tidewatch.sim.motion;

import org.tidewatch.sim.geo.GeoMath;

/** One piece of a hull's true movement, between two instants (Unix seconds). */
public sealed interface Leg permits Leg.Stay, Leg.Sail, Leg.Loiter {
  long start_s();

  long end_s();

  /** Fills the true state at {@code t} (start ≤ t ≤ end; calls come in time order). */
  void state(long t, KState out);

  /** Deterministic noise in [-1, 1) from a key and a time (no shared random state). */
  static double noise(long key, long t) {
    long z = key * 0x9E3779B97F4A7C15L + t * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z ^= z >>> 31;
    return (z >>> 11) * 0x1.0p-52 - 1.0;
  }

  /** At berth (moored) or at anchor: small swinging, speed 0-0.2 kn. */
  record Stay(
      double lat_deg,
      double lon_deg,
      long start_s,
      long end_s,
      int navStatus,
      double draught_m,
      String portId,
      long key)
      implements Leg {
    @Override
    public void state(long t, KState s) {
      double swing = navStatus == 1 ? 60 : 8; // metres
      double a = (t / 3600.0) * 0.6 + key % 7;
      s.lat_deg = GeoMath.offsetLat(lat_deg, 0, swing * Math.sin(a));
      s.lon_deg = GeoMath.offsetLon(lat_deg, lon_deg, 90, swing * Math.cos(a));
      s.speed_kn = Math.abs(noise(key, t)) * 0.2;
      s.heading_deg = ((key % 360) + 30 * Math.sin(a)) % 360;
      if (s.heading_deg < 0) {
        s.heading_deg += 360;
      }
      s.course_deg = (s.heading_deg + 360 + 40 * noise(key, t + 1)) % 360;
      s.navStatus = navStatus;
      s.draught_m = draught_m;
      s.portId = portId;
    }
  }

  /** Sailing a polyline [lat, lon, ...] at constant speed from {@code start_s}. */
  final class Sail implements Leg {
    private final double[] path;
    private final double[] cumulative_m;
    private final long start_s;
    private final long end_s;
    private final double speed_kn;
    private final double draught_m;
    private final long key;
    private int cursor;

    public Sail(double[] path, long start_s, double speed_kn, double draught_m, long key) {
      this.path = path;
      this.start_s = start_s;
      this.speed_kn = speed_kn;
      this.draught_m = draught_m;
      this.key = key;
      int n = path.length / 2;
      cumulative_m = new double[n];
      for (int i = 1; i < n; i++) {
        cumulative_m[i] =
            cumulative_m[i - 1]
                + GeoMath.distance_m(
                    path[2 * i - 2], path[2 * i - 1], path[2 * i], path[2 * i + 1]);
      }
      end_s = start_s + (long) Math.ceil(length_m() / (speed_kn * GeoMath.METRES_PER_NM / 3600));
    }

    public double length_m() {
      return cumulative_m[cumulative_m.length - 1];
    }

    public double[] path() {
      return path;
    }

    @Override
    public long start_s() {
      return start_s;
    }

    @Override
    public long end_s() {
      return end_s;
    }

    @Override
    public void state(long t, KState s) {
      double d =
          Math.max(
              0, Math.min(length_m(), (t - start_s) * speed_kn * GeoMath.METRES_PER_NM / 3600));
      // the cursor is only a hint: out-of-order queries (truth labelling, timeWithin) must not
      // leave
      // it past the segment holding d, or earlier instants would all map onto one waypoint
      while (cursor > 0 && cumulative_m[cursor] > d) {
        cursor--;
      }
      while (cursor < cumulative_m.length - 2 && cumulative_m[cursor + 1] < d) {
        cursor++;
      }
      int i = cursor;
      double segLen = cumulative_m[i + 1] - cumulative_m[i];
      double f = segLen <= 0 ? 1 : (d - cumulative_m[i]) / segLen;
      f = Math.max(0, Math.min(1, f));
      double lat1 = path[2 * i];
      double lon1 = path[2 * i + 1];
      double lat2 = path[2 * i + 2];
      double lon2 = path[2 * i + 3];
      s.lat_deg = lat1 + f * (lat2 - lat1);
      s.lon_deg = lon1 + f * (lon2 - lon1);
      double brg = GeoMath.bearing_deg(lat1, lon1, lat2, lon2);
      s.course_deg = (brg + 2 * noise(key, t) + 360) % 360;
      s.heading_deg = (brg + 3 * noise(key, t + 7) + 360) % 360;
      // slow down in the first and last 3 km (harbour manoeuvring)
      double edge = Math.min(d, length_m() - d);
      double v = edge < 3000 ? Math.max(3, speed_kn * (0.3 + 0.7 * edge / 3000)) : speed_kn;
      s.speed_kn = Math.max(0, v + 0.3 * noise(key, t + 3));
      s.navStatus = 0;
      s.draught_m = draught_m;
      s.portId = null;
    }
  }

  /**
   * Slow manoeuvring around a centre within {@code radius_m}: fishing (status 7), drifting or lying
   * alongside another ship (status 0). Two hulls given the same centre, radius, phase key and
   * {@code offset_m} apart stay within about {@code offset_m} of each other.
   */
  record Loiter(
      double lat_deg,
      double lon_deg,
      double radius_m,
      double period_s,
      long start_s,
      long end_s,
      int navStatus,
      double draught_m,
      double offset_m,
      long key)
      implements Leg {
    @Override
    public void state(long t, KState s) {
      double w = 2 * Math.PI / period_s;
      double phase = (key % 1000) / 159.0;
      double a = w * (t - start_s) + phase;
      double north = radius_m * Math.sin(a);
      double east = radius_m * Math.sin(0.5 * a + phase) + offset_m;
      s.lat_deg = GeoMath.offsetLat(lat_deg, 0, north);
      s.lon_deg = GeoMath.offsetLon(lat_deg, lon_deg, 90, east);
      double vn = radius_m * w * Math.cos(a);
      double ve = radius_m * 0.5 * w * Math.cos(0.5 * a + phase);
      s.speed_kn = Math.hypot(vn, ve) * 3600 / GeoMath.METRES_PER_NM;
      double c = Math.toDegrees(Math.atan2(ve, vn));
      s.course_deg = (c + 360) % 360;
      s.heading_deg = (c + 5 * noise(key, t) + 360) % 360;
      s.navStatus = navStatus;
      s.draught_m = draught_m;
      s.portId = null;
    }
  }
}
