package org.tidewatch.core.delivery;

/**
 * The laden-fraction scenarios of the 2018 US submission to the 1718 Committee: every delivery
 * assumed one-third laden (the conservative floor), half laden, or about 90 % laden (a full load).
 */
public enum LadenScenario {
  ONE_THIRD(1.0 / 3.0, "one-third laden"),
  HALF(0.5, "half laden"),
  NINETY_PERCENT(0.9, "90 % laden");

  /** Fraction of the cargo capacity carried. */
  public final double fraction;

  /** Label. */
  public final String label;

  LadenScenario(double fraction, String label) {
    this.fraction = fraction;
    this.label = label;
  }
}
