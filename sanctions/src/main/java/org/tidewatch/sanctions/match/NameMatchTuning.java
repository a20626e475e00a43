package org.tidewatch.sanctions.match;

/**
 * The constants of {@link NameMatcher}. The defaults were chosen by a random search on the even
 * rows of nomenklatura's {@code cases.csv} (see the module README); the odd rows were held out.
 *
 * @param pairCut token pairs less similar than this count as a substitution, not a match
 * @param sharpen exponent applied to a matched pair's similarity (higher punishes near misses)
 * @param substitutionWeight weight of a substituted pair relative to a matched one
 * @param extraQueryWeight weight of a query token with no counterpart (people)
 * @param orgExtraQueryWeight the same for organisation and vessel names (CRYSTALORD SYSTEMS is not
 *     CRYSTALORD LTD); chosen on the even rows by hand after the random search
 * @param extraResultWeight weight of a listed person-name token with no counterpart (a middle name
 *     the query left out)
 * @param orgExtraResultWeight the same for organisation and vessel names, where an extra word (a
 *     country, a brand) usually names a different party
 * @param legalFormWeight weight of a legal-form token (ltd, co, jsc)
 * @param genericWeight weight of a generic organisation word (shipping, trading)
 * @param initialSimilarity similarity of an initial to a word it begins
 * @param editLength characters per allowed edit: two tokens further apart than {@code length /
 *     editLength} edits (on the text or on the folding keys) are different words, not a typo
 * @param numberMismatchFactor multiplier when both vessel names carry numbers and they differ (JI
 *     SONG 6 is not JI SONG 8)
 * @param orgNumberMismatchFactor the same for organisations (fund and trust series of one sponsor:
 *     Carlyle Partners VII and VIII are screened as related)
 * @param numberMissingFactor multiplier when only one name carries numbers
 * @param particleWeight weight of a name particle (al, bin, abu, van)
 * @param reorderFactor multiplier when matched tokens appear in a different order
 * @param lineageSwapFactor further multiplier for people when a reordering moves a name across a
 *     lineage particle (ABDULLAH BIN OMAR vs OMAR BIN ABDULLAH: father and son); chosen on the even
 *     rows only, by hand, not by the random search
 */
public record NameMatchTuning(
    double pairCut,
    double sharpen,
    double substitutionWeight,
    double extraQueryWeight,
    double orgExtraQueryWeight,
    double extraResultWeight,
    double orgExtraResultWeight,
    double legalFormWeight,
    double genericWeight,
    double initialSimilarity,
    double editLength,
    double numberMismatchFactor,
    double orgNumberMismatchFactor,
    double numberMissingFactor,
    double particleWeight,
    double reorderFactor,
    double lineageSwapFactor) {

  /** The tuned defaults. */
  public static NameMatchTuning defaults() {
    return new NameMatchTuning(
        0.74, 1.1, 2.5, 0.75, 1.25, 0.2, 0.44, 0.37, 0.9, 0.79, 4.0, 0.3, 1.0, 0.6, 0.39, 0.83,
        0.7);
  }
}
