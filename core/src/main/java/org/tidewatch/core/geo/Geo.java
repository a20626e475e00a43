package org.tidewatch.core.geo;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicMask;

/**
 * Distances on the Earth. {@link #distance_m} is the exact WGS 84 geodesic (Karney 2013, through
 * GeographicLib) and is what events report; {@link #fastDistance_m} is the haversine on a sphere of
 * the WGS 84 mean radius (error below 0.5 %), used inside detectors' hot loops where only a
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

  /** The haversine distance in metres on the mean sphere. */
  public static double fastDistance_m(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double sp = Math.sin(dp * 0.5);
    double sl = Math.sin(dl * 0.5);
    double h = sp * sp + Math.cos(p1) * Math.cos(p2) * sl * sl;
    return 2 * MEAN_RADIUS_M * Math.asin(Math.min(1.0, Math.sqrt(h)));
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
