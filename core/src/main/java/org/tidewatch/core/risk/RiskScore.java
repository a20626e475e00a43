package org.tidewatch.core.risk;

import java.util.List;
import java.util.Locale;

/**
 * A vessel's score with the factors behind it.
 *
 * @param vessel the vessel's id ({@code IMO 9474125} or {@code MMSI 445030000})
 * @param name its name, if known (else empty)
 * @param mmsis the MMSIs it used
 * @param score 0-100
 * @param factors the factors present, largest contribution first
 */
public record RiskScore(
    String vessel, String name, List<Integer> mmsis, double score, List<FactorScore> factors) {

  /**
   * One factor's part.
   *
   * @param factor the factor
   * @param weight its configured weight
   * @param strength noisy-OR of its observations' strengths
   * @param points its share of the score (the score split in proportion to −ln(1 − weight ×
   *     strength))
   * @param evidence the observations
   */
  public record FactorScore(
      RiskFactor factor, double weight, double strength, double points, List<String> evidence) {}

  /** Copies the lists. */
  public RiskScore {
    mmsis = List.copyOf(mmsis);
    factors = List.copyOf(factors);
  }

  /** The explanation an analyst can paste into a report. */
  public String explanation() {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "%s%s: risk %.0f/100",
            vessel,
            name.isEmpty() ? "" : " (" + name + ")",
            score));
    b.append(String.format(Locale.ROOT, "%nMMSIs used: %s%n", mmsis));
    if (factors.isEmpty()) {
      b.append("No risk factor observed.\n");
    }
    for (FactorScore f : factors) {
      b.append(
          String.format(
              Locale.ROOT,
              "- %s: %.0f points (weight %.2f x strength %.2f)%n",
              f.factor().label,
              f.points(),
              f.weight(),
              f.strength()));
      int n = 0;
      for (String e : f.evidence()) {
        if (n++ == 8) {
          b.append(String.format(Locale.ROOT, "    ... and %d more%n", f.evidence().size() - 8));
          break;
        }
        b.append("    ").append(e).append('\n');
      }
    }
    return b.toString();
  }
}
