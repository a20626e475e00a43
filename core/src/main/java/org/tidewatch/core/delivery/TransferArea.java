package org.tidewatch.core.delivery;

import org.tidewatch.core.geo.Geo;

/**
 * A known ship-to-ship transfer area (UN Panel of Experts reports: Korea Bay, the Yellow Sea west
 * of Nampo, off Zhoushan, …), a circle. Inside one, an anchorage near a fall of draught is no alibi
 * for an ordinary discharge: transfers happen at those anchorages.
 *
 * @param name area name
 * @param latitude_deg centre
 * @param longitude_deg centre
 * @param radius_m radius
 */
public record TransferArea(
    String name, double latitude_deg, double longitude_deg, double radius_m) {
  /** Whether the point lies inside. */
  public boolean contains(double lat, double lon) {
    return Geo.distance_m(latitude_deg, longitude_deg, lat, lon) <= radius_m;
  }
}
