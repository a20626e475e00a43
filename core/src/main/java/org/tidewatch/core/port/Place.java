package org.tidewatch.core.port;

import java.util.Optional;

/**
 * A port (World Port Index) or anchorage point (Global Fishing Watch) that port-call detection
 * measures distances to.
 *
 * @param id stable id ({@code WPI-<index number>} or {@code GFW-<S2 token>}, or user-given)
 * @param name the port or anchorage name
 * @param country country (WPI name) or ISO 3166 alpha-3 code (GFW)
 * @param locode UN/LOCODE when known, else empty string
 * @param latitude_deg WGS 84 latitude
 * @param longitude_deg WGS 84 longitude
 * @param kind port or anchorage
 * @param interest the area-of-interest tag (for example {@code DPRK_PORT}) when this place is of
 *     interest to the sanctions mission
 */
public record Place(
    String id,
    String name,
    String country,
    String locode,
    double latitude_deg,
    double longitude_deg,
    Kind kind,
    Optional<String> interest) {

  /** What a place is. */
  public enum Kind {
    PORT,
    ANCHORAGE
  }

  /** True when the place carries an interest tag. */
  public boolean ofInterest() {
    return interest.isPresent();
  }
}
