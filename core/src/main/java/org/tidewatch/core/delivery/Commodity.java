package org.tidewatch.core.delivery;

/**
 * A commodity the ledger counts against a yearly cap.
 *
 * <ul>
 *   <li>{@link #REFINED}: refined petroleum products, capped at 500,000 barrels a year (UNSCR 2397
 *       (2017) OP 5).
 *   <li>{@link #CRUDE}: crude oil, capped at 4,000,000 barrels a year (UNSCR 2397 (2017) OP 4).
 *   <li>{@link #COAL}: coal, whose export by the DPRK is banned outright (UNSCR 2371 (2017) OP 8):
 *       a cap of zero tonnes.
 * </ul>
 */
public enum Commodity {
  REFINED(500_000, Unit.BARRELS, "UNSCR 2397 (2017) OP 5"),
  CRUDE(4_000_000, Unit.BARRELS, "UNSCR 2397 (2017) OP 4"),
  COAL(0, Unit.TONNES, "UNSCR 2371 (2017) OP 8 (ban)");

  /** Units of a ledger. */
  public enum Unit {
    BARRELS("bbl"),
    TONNES("t");

    /** Short symbol. */
    public final String symbol;

    Unit(String symbol) {
      this.symbol = symbol;
    }
  }

  /** The yearly cap in {@link #unit}. */
  public final double yearlyCap;

  /** Unit of volumes and cap. */
  public final Unit unit;

  /** Where the cap comes from. */
  public final String source;

  Commodity(double yearlyCap, Unit unit, String source) {
    this.yearlyCap = yearlyCap;
    this.unit = unit;
    this.source = source;
  }

  /** Parses {@code refined}, {@code crude} or {@code coal} (any case). */
  public static Commodity parse(String s) {
    return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
  }
}
