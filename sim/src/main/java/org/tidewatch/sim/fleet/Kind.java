package org.tidewatch.sim.fleet;

/**
 * Vessel kinds of the simulated fleet with their AIS ship-type code (ITU-R M.1371-5 table 53),
 * service speed (kn) and size ranges.
 */
public enum Kind {
  CONTAINER("Container Ship", 71, 14, 19, 140, 300, 12_000, 110_000, "CONT"),
  BULK("Bulk Carrier", 70, 10, 14, 110, 290, 8_000, 180_000, "BULK"),
  TANKER("Oil/Chemical Tanker", 80, 10, 14, 70, 250, 2_000, 110_000, "TANK"),
  SMALL_TANKER("Product Tanker", 80, 8, 11, 60, 110, 1_000, 6_000, "TANK"),
  GENERAL_CARGO("General Cargo", 70, 9, 12, 70, 140, 2_000, 12_000, "BULK"),
  FERRY("Passenger/Ro-Ro Ferry", 60, 16, 20, 120, 200, 5_000, 12_000, "FERRY"),
  FISHING("Fishing Vessel", 30, 7, 10, 25, 60, 100, 600, "FISH");

  public final String label;
  public final int aisTypeCode;
  public final double minSpeed_kn;
  public final double maxSpeed_kn;
  public final int minLength_m;
  public final int maxLength_m;
  public final int minDwt_t;
  public final int maxDwt_t;
  public final String portRole;

  Kind(
      String label,
      int aisTypeCode,
      double minSpeed_kn,
      double maxSpeed_kn,
      int minLength_m,
      int maxLength_m,
      int minDwt_t,
      int maxDwt_t,
      String portRole) {
    this.label = label;
    this.aisTypeCode = aisTypeCode;
    this.minSpeed_kn = minSpeed_kn;
    this.maxSpeed_kn = maxSpeed_kn;
    this.minLength_m = minLength_m;
    this.maxLength_m = maxLength_m;
    this.minDwt_t = minDwt_t;
    this.maxDwt_t = maxDwt_t;
    this.portRole = portRole;
  }

  public boolean tanker() {
    return this == TANKER || this == SMALL_TANKER;
  }
}
