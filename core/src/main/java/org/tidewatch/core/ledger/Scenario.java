package org.tidewatch.core.ledger;

import org.tidewatch.core.delivery.LadenScenario;

/**
 * The ways the ledger totals deliveries: the estimate (central, low, high bounds) and the 2018
 * submission's laden scenarios applied to every delivery's capacity.
 */
public enum Scenario {
  CENTRAL("central estimate"),
  LOW("low bound"),
  HIGH("high bound"),
  ONE_THIRD(LadenScenario.ONE_THIRD.label),
  HALF(LadenScenario.HALF.label),
  NINETY_PERCENT(LadenScenario.NINETY_PERCENT.label);

  /** Label. */
  public final String label;

  Scenario(String label) {
    this.label = label;
  }

  /** The laden scenario behind it, or null for the estimate's own figures. */
  public LadenScenario laden() {
    return switch (this) {
      case ONE_THIRD -> LadenScenario.ONE_THIRD;
      case HALF -> LadenScenario.HALF;
      case NINETY_PERCENT -> LadenScenario.NINETY_PERCENT;
      default -> null;
    };
  }
}
