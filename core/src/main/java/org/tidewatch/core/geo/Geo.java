package org.tidewatch.core.geo;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicMask;

/**
 * Distances on the Earth. {@link #distance_m} is the exact WGS 84 geodesic (Karney 2013, through
 * GeographicLib) and is what events report; {@link #fastDistance_m} is the haversine on a sphere of
 * the WGS 84 mean radius (error below 0.6 %), used inside detectors' hot loops where only a
 * threshold is compared.
 */
public final class Geo {
  /** Mean Earth radius (IUGG, (2a + b) / 3 of WGS 84), metres. */
  public static final double MEAN_RADIUS_M = 6_371_008.8;

  /** One international nautical mile, metres. */
  public static final double NAUTICAL_MILE_M = 1852.0;

  /** Metres per second in one knot. */
  public static final double MPS_PER_KNOT = NAUTICAL_MILE_M / 3600.0;

  private Geo() {}

  /** The WGS 84 geodesic distance in metres. */
  public static double distance_m(double lat1, double lon1, double lat2, double lon2) {
    GeodesicData g = Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2, GeodesicMask.DISTANCE);
    return g.s12;
  }

  /**
   * The distance in metres on the mean sphere: for points within a degree of each other the
   * equirectangular approximation at the mid latitude (one cosine; it differs from the haversine by
   * less than 0.01 % there), else the haversine.
   */
  public static double fastDistance_m(double lat1, double lon1, double lat2, double lon2) {
    double dLat = lat2 - lat1;
    double dLon = lon2 - lon1;
    if (dLat < 1 && dLat > -1 && dLon < 1 && dLon > -1 && Math.abs(lat1) < 85) {
      double x = Math.toRadians(dLon) * Math.cos(Math.toRadians(0.5 * (lat1 + lat2)));
      double y = Math.toRadians(dLat);
      return MEAN_RADIUS_M * Math.sqrt(x * x + y * y);
    }
    return haversine_m(lat1, lon1, lat2, lon2);
  }

  /** The haversine distance in metres on the mean sphere. */
  static double haversine_m(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double sp = Math.sin(dp * 0.5);
    double sl = Math.sin(dl * 0.5);
    double h = sp * sp + Math.cos(p1) * Math.cos(p2) * sl * sl;
    return 2 * MEAN_RADIUS_M * asin(Math.min(1.0, Math.sqrt(h)));
  }

  /**
   * Arc sine; below 0.1 (distances under ~1,270 km) by its Taylor series to x⁹ (relative error
   * below 1e-10), since {@code Math.asin} is not an intrinsic and cost a third of the per-vessel
   * detectors' time.
   */
  static double asin(double x) {
    if (x >= 0.1) {
      return Math.asin(x);
    }
    double x2 = x * x;
    return x * (1 + x2 * (1.0 / 6 + x2 * (3.0 / 40 + x2 * (15.0 / 336 + x2 * (105.0 / 3456)))));
  }

  /** The speed in knots needed to cover {@code distance_m} in {@code seconds} (infinite at 0 s). */
  public static double impliedSpeed_kn(double distance_m, double seconds) {
    if (seconds <= 0) {
      return distance_m > 0 ? Double.POSITIVE_INFINITY : 0;
    }
    return distance_m / seconds / MPS_PER_KNOT;
  }

  /** Linear interpolation of a longitude across the antimeridian. */
  public static double interpolateLon(double lon1, double lon2, double f) {
    double d = lon2 - lon1;
    if (d > 180) {
      d -= 360;
    } else if (d < -180) {
      d += 360;
    }
    double lon = lon1 + f * d;
    if (lon > 180) {
      lon -= 360;
    } else if (lon < -180) {
      lon += 360;
    }
    return lon;
  }
}
