package org.tidewatch.core.delivery;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Cargo volume from registry particulars and broadcast draught (README.md in this package).
 *
 * <ul>
 *   <li>{@link #fromLadenDraught}: laden fraction f = (T − T<sub>ballast</sub>) /
 *       (T<sub>summer</sub> − T<sub>ballast</sub>), cargo = capacity × f (draft-survey practice
 *       without hydrostatics, shared/guide/notes/behaviour-detection.md § 4). AIS draught has a
 *       resolution of 0.1 m (ITU-R M.1371-5 message 5), so the bounds take T ± 0.05 m, and the
 *       product's low and high barrel factors.
 *   <li>{@link #fromTransfer}: the giver's draught drop over an at-sea transfer times the giver's
 *       capacity; two roundings, so the bounds take the drop ± 0.1 m.
 *   <li>{@link #fused}: the giver's figure combined (inverse-variance weights) with a prior on the
 *       receiver's laden fraction, when the receiver is known but its laden draught never was.
 *   <li>{@link #scenarios}: without draught, one-third (low), half (central) and 90 % (high) of the
 *       capacity, as in the 2018 US submission to the 1718 Committee.
 * </ul>
 */
public final class VolumeEstimator {
  /** AIS draught resolution, m (ITU-R M.1371-5 message 5: 0.1 m). */
  public static final double DRAUGHT_RESOLUTION_M = 0.1;

  /** Prior mean of a receiver's laden fraction: midway between the half and 90 % scenarios. */
  public static final double PRIOR_LADEN = 0.7;

  /** Prior standard deviation of a receiver's laden fraction. */
  public static final double PRIOR_LADEN_SD = 0.12;

  /** A laden fraction never exceeds this (tankers keep ullage). */
  public static final double MAX_LADEN = 0.98;

  private VolumeEstimator() {}

  /** The carrier's laden draught against its registry draughts; scenarios without them. */
  public static VolumeEstimate fromLadenDraught(Hull h, double laden_m, Product p) {
    OptionalDouble cap = h.capacity_t();
    if (cap.isEmpty() || !h.hasDraughtRange()) {
      return scenarios(h, p);
    }
    double tb = h.ballastDraught_m().getAsDouble();
    double ts = h.summerDraught_m().getAsDouble();
    double half = DRAUGHT_RESOLUTION_M / 2;
    double f = clamp((laden_m - tb) / (ts - tb));
    double fLow = clamp((laden_m - half - tb) / (ts - tb));
    double fHigh = clamp((laden_m + half - tb) / (ts - tb));
    double c = cap.getAsDouble();
    String basis =
        String.format(
            Locale.ROOT,
            "laden draught %.1f m between ballast %.1f m and summer %.1f m: %.0f %% of %,.0f t"
                + " capacity%s",
            laden_m,
            tb,
            ts,
            100 * f,
            c,
            factorNote(p));
    return make(p, VolumeEstimate.Method.DRAUGHT, c * f, c * fLow, c * fHigh, f, cap, basis);
  }

  /** The giver's draught drop over a transfer, times the giver's capacity. */
  public static VolumeEstimate fromTransfer(
      Hull giver, double before_m, double after_m, Product p) {
    OptionalDouble cap = giver.capacity_t();
    if (cap.isEmpty() || !giver.hasDraughtRange()) {
      return unquantified(p, "giver's capacity or draught range unknown");
    }
    double range = giver.summerDraught_m().getAsDouble() - giver.ballastDraught_m().getAsDouble();
    double drop = Math.max(0, before_m - after_m);
    double c = cap.getAsDouble();
    double t = c * drop / range;
    double lo = c * Math.max(0, drop - DRAUGHT_RESOLUTION_M) / range;
    double hi = c * (drop + DRAUGHT_RESOLUTION_M) / range;
    String basis =
        String.format(
            Locale.ROOT,
            "giver's draught fell %.1f -> %.1f m over a %.1f m draught range: %.1f %% of its %,.0f t"
                + " capacity%s",
            before_m,
            after_m,
            range,
            100 * drop / range,
            c,
            factorNote(p));
    return make(
        p,
        VolumeEstimate.Method.TRANSFER_DRAUGHT_DROP,
        t,
        lo,
        hi,
        Double.NaN,
        OptionalDouble.empty(),
        basis);
  }

  /**
   * Combines a giver-side estimate with the prior on the receiver's laden fraction ({@link
   * #PRIOR_LADEN} ± {@link #PRIOR_LADEN_SD}), weighting each by the inverse of its variance (the
   * giver's from the 0.1 m draught resolution: two roundings, σ ≈ 0.041 m).
   */
  public static VolumeEstimate fused(VolumeEstimate giverSide, Hull giver, Hull receiver) {
    OptionalDouble rc = receiver.capacity_t();
    if (rc.isEmpty()) {
      return giverSide;
    }
    double cr = rc.getAsDouble();
    double priorT = cr * PRIOR_LADEN;
    double priorSd = cr * PRIOR_LADEN_SD;
    double t;
    double sd;
    if (giverSide.method() == VolumeEstimate.Method.TRANSFER_DRAUGHT_DROP
        && giver.hasDraughtRange()) {
      double range = giver.summerDraught_m().getAsDouble() - giver.ballastDraught_m().getAsDouble();
      double gSd = giver.capacity_t().getAsDouble() * 0.041 / range;
      double wg = 1 / (gSd * gSd);
      double wp = 1 / (priorSd * priorSd);
      t = (giverSide.tonnes() * wg + priorT * wp) / (wg + wp);
      sd = Math.sqrt(1 / (wg + wp));
    } else {
      t = priorT;
      sd = priorSd;
    }
    t = Math.min(t, cr * MAX_LADEN);
    double lo = Math.max(cr / 3, t - 2 * sd);
    double hi = Math.min(cr * MAX_LADEN, t + 2 * sd);
    lo = Math.min(lo, t);
    hi = Math.max(hi, t);
    Product p = giverSide.product();
    String basis =
        String.format(
            Locale.ROOT,
            "%s; combined with the receiver's %,.0f t capacity at a prior %.0f ± %.0f %% laden: %.0f"
                + " %% laden",
            giverSide.basis().replaceAll(" \\(.*bbl/t.*\\)$", ""),
            cr,
            100 * PRIOR_LADEN,
            100 * PRIOR_LADEN_SD,
            100 * t / cr);
    return make(
        p, VolumeEstimate.Method.TRANSFER_FUSED, t, lo, hi, t / cr, rc, basis + factorNote(p));
  }

  /** Without draught: one-third, half and 90 % of the capacity (low, central, high). */
  public static VolumeEstimate scenarios(Hull h, Product p) {
    OptionalDouble cap = h.capacity_t();
    if (cap.isEmpty()) {
      return unquantified(p, "capacity unknown");
    }
    double c = cap.getAsDouble();
    String basis =
        String.format(
            Locale.ROOT,
            "no usable draught: %,.0f t capacity at one-third / half / 90 %% laden%s",
            c,
            factorNote(p));
    return make(
        p,
        VolumeEstimate.Method.SCENARIO,
        c * LadenScenario.HALF.fraction,
        c * LadenScenario.ONE_THIRD.fraction,
        c * LadenScenario.NINETY_PERCENT.fraction,
        LadenScenario.HALF.fraction,
        cap,
        basis);
  }

  /**
   * A receiver whose laden draught was never broadcast and whose giver showed no draught change:
   * central at the prior laden fraction ({@link #PRIOR_LADEN}), bounds the one-third and 90 %
   * scenarios.
   */
  public static VolumeEstimate receiverPrior(Hull h, Product p) {
    OptionalDouble cap = h.capacity_t();
    if (cap.isEmpty()) {
      return unquantified(p, "capacity unknown");
    }
    double c = cap.getAsDouble();
    String basis =
        String.format(
            Locale.ROOT,
            "no draught seen: receiver's %,.0f t capacity at a prior %.0f %% laden, bounds one-third"
                + " and 90 %% laden%s",
            c,
            100 * PRIOR_LADEN,
            factorNote(p));
    return make(
        p,
        VolumeEstimate.Method.SCENARIO,
        c * PRIOR_LADEN,
        c * LadenScenario.ONE_THIRD.fraction,
        c * LadenScenario.NINETY_PERCENT.fraction,
        PRIOR_LADEN,
        cap,
        basis);
  }

  /** Counted but not quantified. */
  public static VolumeEstimate unquantified(Product p, String why) {
    return new VolumeEstimate(
        p,
        VolumeEstimate.Method.UNQUANTIFIED,
        0,
        0,
        0,
        0,
        p.barrelsPerTonne,
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        "not quantified: " + why);
  }

  /** Tonnes to the commodity's unit with the central, low or high factor. */
  private static VolumeEstimate make(
      Product p,
      VolumeEstimate.Method m,
      double t,
      double tLow,
      double tHigh,
      double f,
      OptionalDouble cap,
      String basis) {
    boolean tonnes = p.commodity.unit == Commodity.Unit.TONNES;
    double c = tonnes ? t : t * p.barrelsPerTonne;
    double lo = tonnes ? tLow : tLow * p.barrelsPerTonneLow;
    double hi = tonnes ? tHigh : tHigh * p.barrelsPerTonneHigh;
    return new VolumeEstimate(
        p,
        m,
        c,
        lo,
        hi,
        t,
        p.barrelsPerTonne,
        Double.isNaN(f) ? OptionalDouble.empty() : OptionalDouble.of(f),
        cap,
        basis);
  }

  private static String factorNote(Product p) {
    if (p.commodity.unit == Commodity.Unit.TONNES) {
      return "";
    }
    return p.barrelsPerTonneLow == p.barrelsPerTonneHigh
        ? String.format(
            Locale.ROOT, " (%s, %.2f bbl/t)", p.name().toLowerCase(Locale.ROOT), p.barrelsPerTonne)
        : String.format(
            Locale.ROOT,
            " (%s, %.2f bbl/t, bounds %.2f-%.2f)",
            p.name().toLowerCase(Locale.ROOT).replace('_', ' '),
            p.barrelsPerTonne,
            p.barrelsPerTonneLow,
            p.barrelsPerTonneHigh);
  }

  private static double clamp(double f) {
    return Math.max(0, Math.min(1, f));
  }
}
