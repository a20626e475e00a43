package org.tidewatch.sanctions.match;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Compares two normalised names by aligning their tokens. Each query token is paired with at most
 * one listed-name token, best pairs first (so word order does not matter); a pair's similarity is
 * the best of Levenshtein on the tokens, Levenshtein on their phonetic folding keys and a
 * discounted Jaro-Winkler. The score is a weighted average in which near-miss pairs are sharpened
 * down, substituted tokens (PAEK JIN HO vs PAEK CHANG HO) weigh more than missing ones, extra
 * listed tokens weigh little (a middle name the query left out) and legal forms almost nothing.
 * Names that differ only by a number are different things (JI SONG 6 is not JI SONG 8): when both
 * carry numbers and they differ the score is cut. A space-insensitive comparison catches word
 * joining and splitting (CHONMASAN, SiemensAG).
 */
public final class NameMatcher {

  private final NameMatchTuning t;

  /** A matcher with the given constants. */
  public NameMatcher(NameMatchTuning tuning) {
    this.t = tuning;
  }

  /** A matcher with the default constants. */
  public NameMatcher() {
    this(NameMatchTuning.defaults());
  }

  /** The constants in use. */
  public NameMatchTuning tuning() {
    return t;
  }

  /** Compares a query name with a listed name. */
  public NameComparison compare(NormalisedName q, NormalisedName r) {
    if (q.isEmpty() || r.isEmpty()) {
      return new NameComparison(0.0, "empty name");
    }
    List<NameToken> qt = q.tokens();
    List<NameToken> rt = r.tokens();
    int n = qt.size();
    int m = rt.size();
    double[][] sim = new double[n][m];
    List<int[]> order = new ArrayList<>(n * m);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        sim[i][j] = tokenSimilarity(qt.get(i), rt.get(j));
        order.add(new int[] {i, j});
      }
    }
    order.sort((a, b) -> Double.compare(sim[b[0]][b[1]], sim[a[0]][a[1]]));
    boolean[] usedQ = new boolean[n];
    boolean[] usedR = new boolean[m];
    double num = 0;
    double den = 0;
    int matched = 0;
    int substituted = 0;
    int[] pairedWith = new int[n];
    java.util.Arrays.fill(pairedWith, -1);
    for (int[] p : order) {
      if (usedQ[p[0]] || usedR[p[1]]) {
        continue;
      }
      double s = sim[p[0]][p[1]];
      double w = weight(qt.get(p[0])) + weight(rt.get(p[1]));
      usedQ[p[0]] = true;
      usedR[p[1]] = true;
      if (s >= t.pairCut()) {
        num += w * Math.pow(s, t.sharpen());
        den += w;
        matched++;
        pairedWith[p[0]] = p[1];
      } else {
        den += w * t.substitutionWeight();
        substituted++;
      }
    }
    int extraQ = 0;
    int extraR = 0;
    for (int i = 0; i < n; i++) {
      if (!usedQ[i]) {
        den += weight(qt.get(i)) * t.extraQueryWeight();
        extraQ++;
      }
    }
    for (int j = 0; j < m; j++) {
      if (!usedR[j]) {
        den += weight(rt.get(j)) * t.extraResultWeight();
        extraR++;
      }
    }
    double tokenScore = den == 0 ? 0 : num / den;
    boolean reordered = false;
    int last = -1;
    for (int i = 0; i < n; i++) {
      if (pairedWith[i] >= 0) {
        reordered |= pairedWith[i] < last;
        last = pairedWith[i];
      }
    }
    if (reordered) {
      tokenScore *= t.reorderFactor();
    }
    double joinedScore = 0;
    if (n != m && !q.joined().isEmpty() && !r.joined().isEmpty()) {
      joinedScore =
          Math.pow(StringSimilarity.levenshteinRatio(q.joined(), r.joined()), t.sharpen());
    }
    double score = Math.max(tokenScore, joinedScore);
    String numbers = "";
    Set<String> qn = new HashSet<>(q.numbers());
    Set<String> rn = new HashSet<>(r.numbers());
    if (!qn.isEmpty() && !rn.isEmpty() && !qn.equals(rn)) {
      score *= t.numberMismatchFactor();
      numbers = "; numbers differ " + qn + " vs " + rn;
    } else if (qn.isEmpty() != rn.isEmpty()) {
      score *= t.numberMissingFactor();
      numbers = "; number on one side only";
    }
    String detail =
        String.format(
            "%d matched, %d substituted, %d extra in query, %d extra in listed name%s%s%s",
            matched,
            substituted,
            extraQ,
            extraR,
            reordered ? "; reordered" : "",
            joinedScore > tokenScore ? "; joined spelling" : "",
            numbers);
    return new NameComparison(Math.min(1.0, Math.max(0.0, score)), detail);
  }

  double tokenSimilarity(NameToken a, NameToken b) {
    if (a.kind() == NameToken.Kind.NUMBER || b.kind() == NameToken.Kind.NUMBER) {
      return a.text().equals(b.text()) ? 1.0 : 0.0;
    }
    if (a.kind() == NameToken.Kind.INITIAL || b.kind() == NameToken.Kind.INITIAL) {
      if (a.text().equals(b.text())) {
        return 1.0;
      }
      return a.text().charAt(0) == b.text().charAt(0) ? t.initialSimilarity() : 0.0;
    }
    if (a.text().equals(b.text())) {
      return 1.0;
    }
    if (a.folded().equals(b.folded())) {
      return 0.97;
    }
    double s = StringSimilarity.levenshteinRatio(a.text(), b.text());
    s = Math.max(s, 0.97 * StringSimilarity.levenshteinRatio(a.folded(), b.folded()));
    s = Math.max(s, StringSimilarity.jaroWinkler(a.text(), b.text()) - t.jaroWinklerPenalty());
    return Math.max(0.0, s);
  }

  private double weight(NameToken tok) {
    return switch (tok.kind()) {
      case WORD -> tok.text().length() <= 2 ? 0.7 : 1.0;
      case PARTICLE -> t.particleWeight();
      case NUMBER -> 1.0;
      case LEGAL_FORM -> t.legalFormWeight();
      case GENERIC -> t.genericWeight();
      case INITIAL -> 0.4;
    };
  }
}
