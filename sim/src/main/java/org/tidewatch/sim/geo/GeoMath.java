package org.tidewatch.sim.geo;

/** Spherical-earth helpers (mean radius 6 371 km); accurate enough for simulation at sea. */
public final class GeoMath {
  public static final double EARTH_RADIUS_M = 6_371_000.0;
  public static final double METRES_PER_NM = 1852.0;

  private GeoMath() {}

  /** Great-circle distance in metres (haversine). */
  public static double distance_m(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double a =
        Math.sin(dp / 2) * Math.sin(dp / 2)
            + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
  }

  /** Initial bearing in degrees [0, 360). */
  public static double bearing_deg(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dl = Math.toRadians(lon2 - lon1);
    double y = Math.sin(dl) * Math.cos(p2);
    double x = Math.cos(p1) * Math.sin(p2) - Math.sin(p1) * Math.cos(p2) * Math.cos(dl);
    double b = Math.toDegrees(Math.atan2(y, x));
    return b < 0 ? b + 360 : b;
  }

  /** Latitude of the point {@code distance_m} away along {@code bearing_deg} (flat-earth step). */
  public static double offsetLat(double lat, double bearing_deg, double distance_m) {
    return lat
        + Math.toDegrees(distance_m * Math.cos(Math.toRadians(bearing_deg)) / EARTH_RADIUS_M);
  }

  /** Longitude of the point {@code distance_m} away along {@code bearing_deg} (flat-earth step). */
  public static double offsetLon(double lat, double lon, double bearing_deg, double distance_m) {
    return lon
        + Math.toDegrees(
            distance_m
                * Math.sin(Math.toRadians(bearing_deg))
                / (EARTH_RADIUS_M * Math.cos(Math.toRadians(lat))));
  }
}
