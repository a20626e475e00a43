package org.tidewatch.sanctions.match;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Word splits inside a name: PATR USHEV for PATRUSHEV, MOHAMMAD HASNI for MOHAMMADHASNI. When two
 * adjacent words of one name, written together, are the same word as a word of the other name
 * (equal, or within one edit per {@code editLength} characters), the name is compared once more
 * with the two words joined. The space-free comparison covers splits only when the word counts
 * differ and nothing else does; this covers a split beside other differences.
 */
final class WordSplits {

  private WordSplits() {}

  /**
   * {@code a} with its first pair of adjacent words that, joined, match a word of {@code b} written
   * as one word, or null when there is no such pair.
   */
  static @Nullable NormalisedName joinedVariant(
      NormalisedName a, NormalisedName b, double editLength) {
    List<NameToken> at = a.tokens();
    List<NameToken> bt = b.tokens();
    for (int i = 0; i + 1 < at.size(); i++) {
      NameToken x = at.get(i);
      NameToken y = at.get(i + 1);
      if (x.kind() != NameToken.Kind.WORD
          && x.kind() != NameToken.Kind.INITIAL
          && x.kind() != NameToken.Kind.PARTICLE) {
        continue;
      }
      if (y.kind() != NameToken.Kind.WORD && y.kind() != NameToken.Kind.INITIAL) {
        continue;
      }
      int len = x.text().length() + y.text().length();
      for (NameToken z : bt) {
        if (z.kind() != NameToken.Kind.WORD || z.text().isEmpty()) {
          continue;
        }
        int longer = Math.max(len, z.text().length());
        int budget = (int) (longer / editLength);
        if (Math.abs(len - z.text().length()) > budget
            || z.text().charAt(0) != x.text().charAt(0)) {
          continue;
        }
        String joined = x.text() + y.text();
        if (StringSimilarity.damerauAtMost(joined, z.text(), budget) <= budget
            && !alone(x, z, editLength)
            && !alone(y, z, editLength)) {
          List<NameToken> merged = new ArrayList<>(at.size() - 1);
          merged.addAll(at.subList(0, i));
          merged.add(new NameToken(joined, NameNormaliser.fold(joined), NameToken.Kind.WORD));
          merged.addAll(at.subList(i + 2, at.size()));
          return new NormalisedName(
              a.original(), merged, a.joined(), a.type(), a.syllabic(), a.abjad());
        }
      }
    }
    return null;
  }

  /** One part alone is already the word (AL AOUADI against AOUADI is no split). */
  private static boolean alone(NameToken part, NameToken z, double editLength) {
    int budget = (int) (Math.max(part.text().length(), z.text().length()) / editLength);
    return StringSimilarity.damerauAtMost(part.text(), z.text(), budget) <= budget;
  }
}
