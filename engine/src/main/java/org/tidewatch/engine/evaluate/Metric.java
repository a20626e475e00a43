package org.tidewatch.engine.evaluate;

/**
 * The score of one event type.
 *
 * @param name what is scored
 * @param truth truth events of the type
 * @param detectable truth events the AIS can show (the recall denominator)
 * @param found detectable truth events matched by a detection
 * @param detected detections in the precision scope
 * @param correct detections in scope that match a truth event
 * @param precision correct / detected (NaN when nothing detected)
 * @param recall found / detectable (NaN when nothing detectable)
 * @param f1 harmonic mean
 * @param startError_min median |detected start − truth start| of matches, minutes
 * @param endError_min median |detected end − truth end| of matches, minutes
 * @param note how it is scored
 */
public record Metric(
    String name,
    int truth,
    int detectable,
    int found,
    int detected,
    int correct,
    double precision,
    double recall,
    double f1,
    double startError_min,
    double endError_min,
    String note) {

  static Metric of(
      String name,
      int truth,
      int detectable,
      int found,
      int detected,
      int correct,
      double startErr,
      double endErr,
      String note) {
    double p = detected == 0 ? Double.NaN : correct / (double) detected;
    double r = detectable == 0 ? Double.NaN : found / (double) detectable;
    double f = Double.isNaN(p) || Double.isNaN(r) || p + r == 0 ? Double.NaN : 2 * p * r / (p + r);
    return new Metric(
        name, truth, detectable, found, detected, correct, p, r, f, startErr, endErr, note);
  }

  /** Adds two scores of the same name (sums counts, recomputes ratios; timing errors averaged). */
  public Metric plus(Metric o) {
    return of(
        name,
        truth + o.truth,
        detectable + o.detectable,
        found + o.found,
        detected + o.detected,
        correct + o.correct,
        avg(startError_min, o.startError_min),
        avg(endError_min, o.endError_min),
        note);
  }

  private static double avg(double a, double b) {
    if (Double.isNaN(a)) {
      return b;
    }
    if (Double.isNaN(b)) {
      return a;
    }
    return (a + b) / 2;
  }
}
