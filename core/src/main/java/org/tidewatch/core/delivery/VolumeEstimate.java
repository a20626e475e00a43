package org.tidewatch.core.delivery;

import java.util.OptionalDouble;

/**
 * An estimated cargo volume with its bounds, in the unit of its commodity (barrels for oil, tonnes
 * for coal), and what it rests on.
 *
 * @param product the product (its factor was used for barrels)
 * @param method how the estimate was made
 * @param central the central estimate
 * @param low the low bound
 * @param high the high bound
 * @param tonnes central estimate in tonnes
 * @param barrelsPerTonne the central tonne-to-barrel factor used (NaN for coal)
 * @param ladenFraction the laden fraction behind the estimate, when one was derived
 * @param capacity_t the carrying hull's cargo capacity, when known (the ledger's scenarios use it)
 * @param basis one line that explains the figure (draughts, capacity, factor)
 */
public record VolumeEstimate(
    Product product,
    Method method,
    double central,
    double low,
    double high,
    double tonnes,
    double barrelsPerTonne,
    OptionalDouble ladenFraction,
    OptionalDouble capacity_t,
    String basis) {

  /** How a volume was estimated. */
  public enum Method {
    /** The carrier's laden draught against its registry ballast and summer draughts. */
    DRAUGHT,
    /** The giver's draught drop over an at-sea transfer, times the giver's capacity. */
    TRANSFER_DRAUGHT_DROP,
    /** The giver's draught drop combined with a prior on the receiver's laden fraction. */
    TRANSFER_FUSED,
    /** No usable draught: the one-third / half / 90 % laden scenarios of the capacity. */
    SCENARIO,
    /** Neither draught nor capacity: counted, not quantified. */
    UNQUANTIFIED
  }

  /** The commodity. */
  public Commodity commodity() {
    return product.commodity;
  }

  /** True unless {@link Method#UNQUANTIFIED}. */
  public boolean quantified() {
    return method != Method.UNQUANTIFIED;
  }

  /**
   * The volume under a laden scenario (capacity × fraction × factor), when the capacity is known.
   */
  public OptionalDouble scenario(LadenScenario s) {
    if (capacity_t.isEmpty()) {
      return OptionalDouble.empty();
    }
    double t = capacity_t.getAsDouble() * s.fraction;
    return OptionalDouble.of(
        product.commodity.unit == Commodity.Unit.TONNES ? t : t * barrelsPerTonne);
  }
}
