package org.tidewatch.sanctions.match;

import java.util.List;
import org.tidewatch.core.sanctions.MergedEntity;

/**
 * A listed party that matched a query.
 *
 * @param entity the merged entity with every list entry that names it
 * @param score the final score in [0, 1]
 * @param matchedName the listed name that matched best (empty text for identifier-only matches)
 * @param features the per-feature explanation
 */
public record ScreeningMatch(
    MergedEntity entity, double score, String matchedName, List<FeatureScore> features) {

  /** Copies the features. */
  public ScreeningMatch {
    features = List.copyOf(features);
  }

  /** The explanation on one line: {@code feature=score (detail); ...}. */
  public String explanation() {
    StringBuilder b = new StringBuilder();
    for (FeatureScore f : features) {
      if (!b.isEmpty()) {
        b.append("; ");
      }
      b.append(f.feature())
          .append('=')
          .append(String.format(java.util.Locale.ROOT, "%.2f", f.score()));
      b.append(" (").append(f.detail()).append(')');
    }
    return b.toString();
  }
}
