package org.tidewatch.server;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.function.LongFunction;
import org.tidewatch.core.provenance.Provenance;
import org.tidewatch.core.track.Position;

/**
 * A synthetic but realistic vessel-month of a tanker for the load test (the simulator module is not
 * a dependency of the server): moored at Vostochny, a passage through the Sea of Japan and the
 * Korea Strait into the Yellow Sea, a day and a half drifting (a ship-to-ship transfer, with AIS
 * off for part of it), the ballast passage back, days at anchor swinging to the tide, a berth, a
 * laden passage to Zhoushan with a slow-down for weather, anchor, berth, and the start of the next
 * passage. Under way the heading wanders about the bearing to the next waypoint (autopilot yaw, set
 * and drift: a correlated error of about 2°), it alters course 10-40° for 15-50 min every few hours
 * (traffic), turns are limited to 0.3°/s, speed wanders about the passage speed, and every reported
 * position has about 8 m of GNSS noise. Reports every {@code report_s} seconds, with offshore
 * reception gaps of 3-7 h (satellite only) and 2 % of reports lost. Deterministic for a seed.
 */
final class TankerMonth {
  private static final double M_PER_DEG = 111_320;
  private static final double KN = 1852.0 / 3600;
  private static final double STEP_S = 10;

  private sealed interface Phase {}

  private record Moored(double lat, double lon, double hours) implements Phase {}

  private record Anchored(double lat, double lon, double hours) implements Phase {}

  private record Drift(double hours, double gapFromHour, double gapHours) implements Phase {}

  private record Sail(double speed_kn, double[]... waypoints) implements Phase {}

  private final SplittableRandom rnd;
  private final int mmsi;
  private final Instant t0;
  private final long end_s;
  private final long report_s;
  private final LongFunction<Provenance> provenance;
  private final List<Position> out = new ArrayList<>();

  private double lat;
  private double lon;
  private double heading_deg;
  private double speed_kn;
  private long t_s;
  private double yaw_deg; // correlated heading error (Ornstein-Uhlenbeck)
  private double speedNoise_kn;
  private long nextReport_s;

  private TankerMonth(
      long seed, int mmsi, Instant t0, long end_s, long report_s, LongFunction<Provenance> prov) {
    this.rnd = new SplittableRandom(seed);
    this.mmsi = mmsi;
    this.t0 = t0;
    this.end_s = end_s;
    this.report_s = report_s;
    this.provenance = prov;
  }

  /**
   * The reports of one tanker over {@code days} from {@code t0}, one every {@code report_s} seconds
   * where received; {@code provenance} gets the report's index.
   */
  static List<Position> generate(
      long seed,
      int mmsi,
      Instant t0,
      int days,
      long report_s,
      LongFunction<Provenance> provenance) {
    TankerMonth m = new TankerMonth(seed, mmsi, t0, days * 86_400L, report_s, provenance);
    m.run();
    return m.out;
  }

  private void run() {
    double[] vostochny = {42.7470, 133.0590};
    double[] nakhodkaAnchorage = {42.6900, 132.9700};
    double[] zhoushanAnchorage = {29.9300, 122.4300};
    double[] zhoushanBerth = {29.9800, 122.2700};
    List<Phase> plan =
        List.of(
            new Moored(vostochny[0], vostochny[1], 22),
            new Sail(
                12.5,
                p(42.70, 133.06),
                p(42.55, 133.15),
                p(41.40, 132.40),
                p(38.90, 131.10),
                p(36.20, 130.00),
                p(35.00, 129.50),
                p(34.30, 128.90),
                p(33.70, 127.60),
                p(33.90, 126.00),
                p(34.80, 125.20),
                p(36.60, 124.60),
                p(37.45, 124.25)),
            new Drift(36, 8, 14),
            new Sail(
                13.0,
                p(36.60, 124.70),
                p(34.80, 125.30),
                p(33.85, 126.20),
                p(33.75, 127.70),
                p(34.40, 129.00),
                p(35.10, 129.60),
                p(37.50, 130.60),
                p(41.20, 132.30),
                p(42.50, 132.90),
                nakhodkaAnchorage),
            new Anchored(nakhodkaAnchorage[0], nakhodkaAnchorage[1], 58),
            new Sail(5, p(42.72, 133.02), vostochny),
            new Moored(vostochny[0], vostochny[1], 30),
            new Sail(
                11.5,
                p(42.55, 133.15),
                p(41.20, 132.30),
                p(37.50, 130.55),
                p(35.10, 129.60),
                p(34.30, 128.90),
                p(33.40, 127.20),
                p(32.00, 125.20),
                p(30.60, 123.30),
                zhoushanAnchorage),
            new Anchored(zhoushanAnchorage[0], zhoushanAnchorage[1], 44),
            new Sail(6, p(29.96, 122.36), zhoushanBerth),
            new Moored(zhoushanBerth[0], zhoushanBerth[1], 34),
            new Sail(
                12.5,
                p(29.96, 122.36),
                p(30.60, 123.30),
                p(32.00, 125.20),
                p(33.40, 127.20),
                p(34.30, 128.90),
                p(35.10, 129.60),
                p(37.50, 130.55),
                p(41.20, 132.30)));
    lat = vostochny[0];
    lon = vostochny[1];
    heading_deg = 200;
    for (Phase phase : plan) {
      if (t_s >= end_s) {
        break;
      }
      switch (phase) {
        case Moored m -> moored(m);
        case Anchored a -> anchored(a);
        case Drift d -> drift(d);
        case Sail s -> sail(s);
      }
    }
    // whatever time is left (the plan is a little longer than a month): keep to the last berth
    while (t_s < end_s) {
      step(false);
    }
  }

  private static double[] p(double lat, double lon) {
    return new double[] {lat, lon};
  }

  private void moored(Moored m) {
    lat = m.lat();
    lon = m.lon();
    speed_kn = 0;
    long until = t_s + (long) (m.hours() * 3600);
    while (t_s < until && t_s < end_s) {
      step(false);
    }
  }

  /** At anchor the hull swings round the anchor (about 250 m) with the tide (12.42 h). */
  private void anchored(Anchored a) {
    long start = t_s;
    long until = t_s + (long) (a.hours() * 3600);
    double base = rnd.nextDouble(360);
    double swing = 0;
    while (t_s < until && t_s < end_s) {
      swing = ou(swing, 15, 1800);
      double phase = 2 * Math.PI * (t_s - start) / (12.42 * 3600);
      double bearing = Math.toRadians(base + 160 * Math.sin(phase) + swing);
      double r_m = 250;
      lat = a.lat() + r_m * Math.cos(bearing) / M_PER_DEG;
      lon = a.lon() + r_m * Math.sin(bearing) / (M_PER_DEG * Math.cos(Math.toRadians(a.lat())));
      heading_deg = (Math.toDegrees(bearing) + 180 + 360) % 360;
      speed_kn = Math.abs(0.3 * Math.cos(phase));
      step(false);
    }
  }

  /** Drifting and manoeuvring slowly (alongside another ship), with AIS off for a while. */
  private void drift(Drift d) {
    long start = t_s;
    long until = t_s + (long) (d.hours() * 3600);
    double vn = 0;
    double ve = 0;
    while (t_s < until && t_s < end_s) {
      vn = ou(vn, 0.6, 3600);
      ve = ou(ve, 0.6, 3600);
      lat += vn * KN * STEP_S / M_PER_DEG;
      lon += ve * KN * STEP_S / (M_PER_DEG * Math.cos(Math.toRadians(lat)));
      speed_kn = Math.hypot(vn, ve);
      heading_deg = (Math.toDegrees(Math.atan2(ve, vn)) + 360) % 360;
      double h = (t_s - start) / 3600.0;
      step(h >= d.gapFromHour() && h < d.gapFromHour() + d.gapHours());
    }
  }

  private void sail(Sail s) {
    double[][] wps = s.waypoints();
    double[] start = {lat, lon};
    double[] last = wps[wps.length - 1];
    // offshore reception gaps (satellite only): one every ~30 h under way, 3-7 h long
    long nextGap_s = t_s + (long) (rnd.nextDouble(18, 40) * 3600);
    long gapEnd_s = -1;
    // alterations of course for traffic (busy straits and lanes): every ~2.5 h, 10-40° for
    // 15-50 min
    long nextAlter_s = t_s + (long) (rnd.nextDouble(1, 4) * 3600);
    long alterEnd_s = -1;
    double alter_deg = 0;
    for (double[] wp : wps) {
      while (t_s < end_s) {
        double dist_m = distance_m(lat, lon, wp[0], wp[1]);
        boolean finalWp = wp == last;
        if (dist_m < (finalWp ? 150 : 1500)) {
          break;
        }
        double fromPort = distance_m(lat, lon, start[0], start[1]);
        double toPort = distance_m(lat, lon, last[0], last[1]);
        double target = s.speed_kn();
        if (Math.min(fromPort, toPort) < 15_000) {
          target = Math.min(target, 4 + Math.min(fromPort, toPort) / 15_000 * (target - 4));
        }
        // a day of weather on the long passages: slower
        if ((t_s / 3600) % 97 < 20 && s.speed_kn() > 10) {
          target -= 3;
        }
        speedNoise_kn = ou(speedNoise_kn, 0.4, 3 * 3600);
        double v = Math.max(1, target + speedNoise_kn);
        speed_kn += Math.max(-0.02, Math.min(0.02, v - speed_kn)); // inertia
        yaw_deg = ou(yaw_deg, 2, 2400);
        if (t_s >= nextAlter_s) {
          alter_deg = rnd.nextDouble(10, 40) * (rnd.nextBoolean() ? 1 : -1);
          alterEnd_s = t_s + (long) (rnd.nextDouble(15, 50) * 60);
          nextAlter_s = t_s + (long) (rnd.nextDouble(1, 4) * 3600);
        }
        double alter = t_s < alterEnd_s && dist_m > 10_000 ? alter_deg : 0;
        double want = bearing_deg(lat, lon, wp[0], wp[1]) + (dist_m > 5000 ? yaw_deg + alter : 0);
        double turn = ((want - heading_deg + 540) % 360) - 180;
        heading_deg = (heading_deg + Math.max(-3, Math.min(3, turn)) + 360) % 360; // 0.3°/s
        double h = Math.toRadians(heading_deg);
        lat += speed_kn * KN * STEP_S * Math.cos(h) / M_PER_DEG;
        lon += speed_kn * KN * STEP_S * Math.sin(h) / (M_PER_DEG * Math.cos(Math.toRadians(lat)));
        boolean offshore = Math.min(fromPort, toPort) > 80_000;
        if (gapEnd_s < 0 && offshore && t_s >= nextGap_s) {
          gapEnd_s = t_s + (long) (rnd.nextDouble(3, 7) * 3600);
        }
        boolean silent = gapEnd_s >= 0 && t_s < gapEnd_s;
        if (gapEnd_s >= 0 && t_s >= gapEnd_s) {
          gapEnd_s = -1;
          nextGap_s = t_s + (long) (rnd.nextDouble(18, 40) * 3600);
        }
        step(silent);
      }
    }
    speed_kn = 0;
  }

  /** Advances one step; reports (with GNSS noise) when a report is due and not lost. */
  private void step(boolean silent) {
    t_s += (long) STEP_S;
    if (t_s < nextReport_s) {
      return;
    }
    nextReport_s += report_s;
    if (silent || rnd.nextDouble() < 0.02) {
      return;
    }
    double noiseN = rnd.nextGaussian() * 8;
    double noiseE = rnd.nextGaussian() * 8;
    double rlat = lat + noiseN / M_PER_DEG;
    double rlon = lon + noiseE / (M_PER_DEG * Math.cos(Math.toRadians(lat)));
    int status = speed_kn < 0.5 ? (speed_kn == 0 ? 5 : 1) : 0;
    out.add(
        new Position(
            mmsi,
            t0.plusSeconds(t_s),
            rlat,
            rlon,
            OptionalDouble.of(Math.round(speed_kn * 10) / 10.0),
            OptionalDouble.of(Math.round(heading_deg * 10) / 10.0 % 360),
            OptionalInt.of((int) Math.round(heading_deg) % 360),
            OptionalInt.of(status),
            1,
            provenance.apply(out.size())));
  }

  /** One Ornstein-Uhlenbeck step of {@code STEP_S} with stationary deviation {@code sigma}. */
  private double ou(double x, double sigma, double tau_s) {
    double a = Math.exp(-STEP_S / tau_s);
    return x * a + sigma * Math.sqrt(1 - a * a) * rnd.nextGaussian();
  }

  private static double distance_m(double lat1, double lon1, double lat2, double lon2) {
    double dn = (lat2 - lat1) * M_PER_DEG;
    double de = (lon2 - lon1) * M_PER_DEG * Math.cos(Math.toRadians((lat1 + lat2) / 2));
    return Math.hypot(dn, de);
  }

  private static double bearing_deg(double lat1, double lon1, double lat2, double lon2) {
    double dn = lat2 - lat1;
    double de = (lon2 - lon1) * Math.cos(Math.toRadians((lat1 + lat2) / 2));
    return (Math.toDegrees(Math.atan2(de, dn)) + 360) % 360;
  }
}
