package org.tidewatch.sim.fleet;

/**
 * One hull of the simulated fleet and its registry record (what a ship register would hold). The
 * AIS identity it broadcasts may differ (identity laundering, shared MMSI): see the operation that
 * owns it.
 *
 * @param index stable index in the fleet (0-based; determines its random stream)
 * @param imo IMO number with a valid check digit
 * @param cargoCapacity_t cargo the hull can carry (≈ 0.95 × deadweight for tankers)
 * @param ballastDraught_m draught in ballast
 * @param summerDraught_m draught fully laden (summer load line)
 * @param classB whether it carries a Class B (CS) transponder
 */
public record Vessel(
    int index,
    int imo,
    int mmsi,
    String name,
    String callSign,
    String flag,
    Kind kind,
    int length_m,
    int beam_m,
    int deadweight_t,
    int cargoCapacity_t,
    double ballastDraught_m,
    double summerDraught_m,
    String owner,
    String manager,
    int buildYear,
    boolean classB) {

  /** Draught for a laden fraction between 0 (ballast) and 1 (summer draught), to 0.1 m. */
  public double draughtAt(double ladenFraction) {
    double d = ballastDraught_m + ladenFraction * (summerDraught_m - ballastDraught_m);
    return Math.round(d * 10) / 10.0;
  }

  /** Laden fraction implied by a draught (inverse of {@link #draughtAt}). */
  public double ladenFractionAt(double draught_m) {
    return (draught_m - ballastDraught_m) / (summerDraught_m - ballastDraught_m);
  }

  public Vessel withIdentity(int newMmsi, String newName, String newCallSign, String newFlag) {
    return new Vessel(
        index,
        imo,
        newMmsi,
        newName,
        newCallSign,
        newFlag,
        kind,
        length_m,
        beam_m,
        deadweight_t,
        cargoCapacity_t,
        ballastDraught_m,
        summerDraught_m,
        owner,
        manager,
        buildYear,
        classB);
  }
}
