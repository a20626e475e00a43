package org.tidewatch.sanctions.match;

/**
 * The constants of {@link NameMatcher}. The defaults were chosen by a grid search on the even rows
 * of nomenklatura's {@code cases.csv} (see the module README); the odd rows were held out.
 *
 * @param pairCut token pairs less similar than this count as a substitution, not a match
 * @param sharpen exponent applied to a matched pair's similarity (higher punishes near misses)
 * @param substitutionWeight weight of a substituted pair relative to a matched one
 * @param extraQueryWeight weight of a query token with no counterpart
 * @param extraResultWeight weight of a listed-name token with no counterpart
 * @param legalFormWeight weight of a legal-form token (ltd, co, jsc)
 * @param genericWeight weight of a generic organisation word (shipping, trading)
 * @param initialSimilarity similarity of an initial to a word it begins
 * @param jaroWinklerPenalty Jaro-Winkler counts only after subtracting this
 * @param numberMismatchFactor multiplier when both names carry numbers and they differ
 * @param numberMissingFactor multiplier when only one name carries numbers
 * @param particleWeight weight of a name particle (al, bin, abu, van)
 * @param reorderFactor multiplier when matched tokens appear in a different order
 */
public record NameMatchTuning(
    double pairCut,
    double sharpen,
    double substitutionWeight,
    double extraQueryWeight,
    double extraResultWeight,
    double legalFormWeight,
    double genericWeight,
    double initialSimilarity,
    double jaroWinklerPenalty,
    double numberMismatchFactor,
    double numberMissingFactor,
    double particleWeight,
    double reorderFactor) {

  /** The tuned defaults. */
  public static NameMatchTuning defaults() {
    return new NameMatchTuning(0.65, 1.0, 2.5, 0.4, 0.2, 0.2, 1.0, 0.85, 0.2, 0.3, 0.9, 0.3, 0.9);
  }
}
