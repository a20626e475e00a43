package org.tidewatch.sim.world;

import java.util.Set;

/**
 * A port of the theatre: its World Port Index position (where ships lie at berth) and the water
 * cell ships use to reach it.
 *
 * @param gatewayLat_deg centre of the navigable grid cell nearest to the port (route end)
 * @param anchorageLat_deg where ships wait to enter: a navigable point a few km off the gateway
 */
public record Port(
    String id,
    String name,
    String iso3,
    String locode,
    double lat_deg,
    double lon_deg,
    Set<String> roles,
    int gatewayCell,
    double gatewayLat_deg,
    double gatewayLon_deg,
    double anchorageLat_deg,
    double anchorageLon_deg) {

  public boolean has(String role) {
    return roles.contains(role);
  }

  public boolean dprk() {
    return "PRK".equals(iso3);
  }
}
