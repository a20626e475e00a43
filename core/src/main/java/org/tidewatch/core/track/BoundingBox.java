package org.tidewatch.core.track;

/**
 * A latitude/longitude box. When {@code west > east} the box crosses the antimeridian (for example
 * west 170, east -170 is the 20°-wide box around 180°).
 *
 * @param south southern latitude, degrees
 * @param west western longitude, degrees
 * @param north northern latitude, degrees
 * @param east eastern longitude, degrees
 */
public record BoundingBox(double south, double west, double north, double east) {

  /** Validates the corners. */
  public BoundingBox {
    if (!(south >= -90 && north <= 90 && south <= north)) {
      throw new IllegalArgumentException("bad latitudes: south " + south + ", north " + north);
    }
    if (!(west >= -180 && west <= 180 && east >= -180 && east <= 180)) {
      throw new IllegalArgumentException("bad longitudes: west " + west + ", east " + east);
    }
  }

  /** True when the box crosses the antimeridian. */
  public boolean crossesAntimeridian() {
    return west > east;
  }

  /** Exact containment (edges included). */
  public boolean contains(double latitude_deg, double longitude_deg) {
    if (latitude_deg < south || latitude_deg > north) {
      return false;
    }
    return crossesAntimeridian()
        ? longitude_deg >= west || longitude_deg <= east
        : longitude_deg >= west && longitude_deg <= east;
  }
}
