package org.tidewatch.sanctions.match;

import java.util.List;
import org.tidewatch.core.sanctions.EntityType;

/**
 * Compares two normalised names by aligning their tokens. Each query token is paired with at most
 * one listed-name token, best pairs first (so word order does not matter). Two tokens are the same
 * word when they are equal, when their phonetic folding keys are equal (romanisation variants:
 * CHON/CHEON, RI/LEE) or when they are within an edit budget of one edit per {@link
 * NameMatchTuning#editLength()} characters (typos: Scholz/Scholze); beyond it they are different
 * words (Federer/Federman, Sanchez/Sancho), however many letters they share. The score is a
 * weighted average in which substituted tokens (PAEK JIN HO vs PAEK CHANG HO) weigh more than
 * missing ones, extra listed tokens weigh little for people (a middle name the query left out) and
 * more for organisations, and legal forms almost nothing. Names that differ only by a number are
 * different vessels (JI SONG 6 is not JI SONG 8): when both carry numbers and they differ the score
 * is cut. A space-insensitive comparison catches word joining and splitting (CHONMASAN, SiemensAG).
 *
 * <p>{@link #score} is the allocation-light path used for ranking candidates; {@link #compare} adds
 * the human-readable explanation.
 */
public final class NameMatcher {

  private static final int MAX_TOKENS = 16;

  /**
   * Similarity of two words with the same consonant skeleton when one comes from Arabic or Hebrew
   * script and the other does not (محمد → mhmd ~ Mohamed, דוד → dwd ~ David).
   */
  static final double SKELETON_SIMILARITY = 0.85;

  /** Similarity of a short given name and its full form (Ted, Theodore). */
  static final double NICKNAME_SIMILARITY = 0.9;

  /**
   * Multiplier for organisation names whose only common words are generic words and legal forms
   * while one of them has a distinctive word the other lacks.
   */
  static final double GENERIC_ONLY_FACTOR = 0.6;

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

  /** Compares a query name with a listed name, with the explanation. */
  public NameComparison compare(NormalisedName q, NormalisedName r) {
    if (q.isEmpty() || r.isEmpty()) {
      return new NameComparison(0.0, "empty name");
    }
    int[] counts = new int[7];
    double s = run(q, r, counts);
    List<String> qn = q.numbers();
    List<String> rn = r.numbers();
    String numbers = "";
    if (!qn.isEmpty() && !rn.isEmpty() && !sameNumbers(q, r)) {
      numbers = "; numbers differ " + qn + " vs " + rn;
    } else if (qn.isEmpty() != rn.isEmpty()) {
      numbers = "; number on one side only";
    }
    String detail =
        counts[0]
            + " matched, "
            + counts[1]
            + " substituted, "
            + counts[2]
            + " extra in query, "
            + counts[3]
            + " extra in listed name"
            + (counts[4] == 1 ? "; reordered" : "")
            + (counts[5] == 1 ? "; joined spelling" : "")
            + (counts[6] == 1 ? "; acronym" : "")
            + numbers;
    return new NameComparison(s, detail);
  }

  /** The similarity of a query name and a listed name in [0, 1], without explanation. */
  public double score(NormalisedName q, NormalisedName r) {
    if (q.isEmpty() || r.isEmpty()) {
      return 0.0;
    }
    return run(q, r, null);
  }

  /** The comparison, and again with a word split joined on either side when one is found. */
  private double run(NormalisedName q, NormalisedName r, int[] counts) {
    double s = align(q, r, counts);
    if (s >= 1.0) {
      return s;
    }
    if (s < Acronyms.ACRONYM_SIMILARITY && Acronyms.either(q, r)) {
      if (counts != null) {
        java.util.Arrays.fill(counts, 0);
        counts[6] = 1;
      }
      return Acronyms.ACRONYM_SIMILARITY;
    }
    NormalisedName qj = WordSplits.joinedVariant(q, r, t.editLength());
    NormalisedName rj = WordSplits.joinedVariant(r, q, t.editLength());
    int[] c = counts == null ? null : new int[counts.length];
    if (qj != null) {
      double v = align(qj, r, c);
      if (v > s) {
        s = v;
        if (counts != null) {
          System.arraycopy(c, 0, counts, 0, c.length);
        }
      }
    }
    if (rj != null) {
      double v = align(q, rj, c);
      if (v > s) {
        s = v;
        if (counts != null) {
          System.arraycopy(c, 0, counts, 0, c.length);
        }
      }
    }
    return s;
  }

  private double align(NormalisedName q, NormalisedName r, int[] counts) {
    List<NameToken> qt = q.tokens();
    List<NameToken> rt = r.tokens();
    int n = Math.min(qt.size(), MAX_TOKENS);
    int m = Math.min(rt.size(), MAX_TOKENS);
    double[] sim = new double[n * m];
    // one name from Arabic or Hebrew script, the other not: compare consonant skeletons too
    boolean cross = q.abjad() != r.abjad();
    boolean person = q.type() == EntityType.PERSON || r.type() == EntityType.PERSON;
    // given-name tables looked up once per token, not once per pair (short form, language group)
    int[] known = person ? givenNameCodes(qt, n, rt, m) : null;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        double v = tokenSimilarity(qt.get(i), rt.get(j));
        if (v < t.pairCut() && cross && sameSkeleton(qt.get(i).folded(), rt.get(j).folded())) {
          v = SKELETON_SIMILARITY;
        }
        if (v < t.pairCut() && known != null && sameGivenName(known, i, n + j, qt, rt, j)) {
          v = NICKNAME_SIMILARITY;
        }
        sim[i * m + j] = v;
      }
    }
    int usedQ = 0;
    int usedR = 0;
    int[] pairedWith = new int[n];
    java.util.Arrays.fill(pairedWith, -1);
    double num = 0;
    double den = 0;
    int matched = 0;
    int substituted = 0;
    boolean distinctiveMatched = false;
    for (int k = Math.min(n, m); k > 0; k--) {
      int bi = -1;
      int bj = -1;
      double best = -1;
      for (int i = 0; i < n; i++) {
        if ((usedQ & (1 << i)) != 0) {
          continue;
        }
        for (int j = 0; j < m; j++) {
          if ((usedR & (1 << j)) == 0 && sim[i * m + j] > best) {
            best = sim[i * m + j];
            bi = i;
            bj = j;
          }
        }
      }
      usedQ |= 1 << bi;
      usedR |= 1 << bj;
      double w = weight(qt.get(bi)) + weight(rt.get(bj));
      if (qt.get(bi).kind() == NameToken.Kind.NUMBER
          && rt.get(bj).kind() == NameToken.Kind.NUMBER) {
        if (best >= 1.0) {
          num += w;
          den += w;
          matched++;
          pairedWith[bi] = bj;
        }
        // two different numbers: judged by the number rule below, not as a substitution
        continue;
      }
      if (best >= t.pairCut()) {
        num += w * (t.sharpen() == 1.0 ? best : Math.pow(best, t.sharpen()));
        den += w;
        matched++;
        pairedWith[bi] = bj;
        distinctiveMatched |= distinctive(qt.get(bi)) || distinctive(rt.get(bj));
      } else {
        den += w * t.substitutionWeight();
        substituted++;
      }
    }
    int extraQ = 0;
    int extraR = 0;
    for (int i = 0; i < n; i++) {
      if ((usedQ & (1 << i)) == 0) {
        den += weight(qt.get(i)) * (person ? t.extraQueryWeight() : t.orgExtraQueryWeight());
        extraQ++;
      }
    }
    double extraWeight = person ? t.extraResultWeight() : t.orgExtraResultWeight();
    boolean distinctiveExtra = false;
    for (int j = 0; j < m; j++) {
      if ((usedR & (1 << j)) == 0) {
        den += weight(rt.get(j)) * extraWeight;
        extraR++;
        distinctiveExtra |= distinctive(rt.get(j));
      }
    }
    for (int i = 0; i < n; i++) {
      distinctiveExtra |= (usedQ & (1 << i)) == 0 && distinctive(qt.get(i));
    }
    double tokenScore = den == 0 ? 0 : num / den;
    if (!person && !distinctiveMatched && distinctiveExtra) {
      // only generic words and legal forms in common (MANAGEMENT CO vs WESTMINSTER MANAGEMENT CO):
      // the name that says which company it is was not matched
      tokenScore *= GENERIC_ONLY_FACTOR;
    }
    boolean reordered = false;
    int last = -1;
    for (int i = 0; i < n; i++) {
      // a legal form stands first in some languages and last in others (OOO X, X LLC): no reorder
      if (pairedWith[i] >= 0 && qt.get(i).kind() != NameToken.Kind.LEGAL_FORM) {
        reordered |= pairedWith[i] < last;
        last = pairedWith[i];
      }
    }
    if (reordered) {
      tokenScore *= t.reorderFactor();
      if (person && lineageSwapped(qt, rt, pairedWith)) {
        tokenScore *= t.lineageSwapFactor();
      }
    }
    double joinedScore = 0;
    if (n != m && !q.joined().isEmpty() && !r.joined().isEmpty()) {
      double j = withinBudget(q.joined(), r.joined());
      joinedScore = t.sharpen() == 1.0 ? j : Math.pow(j, t.sharpen());
    }
    if (cross
        && n != m
        && joinedScore < SKELETON_SIMILARITY
        && sameJoinedSkeleton(q.joined(), r.joined())) {
      joinedScore = Math.pow(SKELETON_SIMILARITY, t.sharpen());
    }
    double score = Math.max(tokenScore, joinedScore);
    boolean qHas = hasNumber(qt);
    boolean rHas = hasNumber(rt);
    if (qHas && rHas && !sameNumbers(q, r)) {
      boolean vessel = q.type() == EntityType.VESSEL || r.type() == EntityType.VESSEL;
      score *= vessel ? t.numberMismatchFactor() : t.orgNumberMismatchFactor();
    } else if (qHas != rHas) {
      score *= t.numberMissingFactor();
    }
    String qs = q.syllabic();
    String rs = r.syllabic();
    if (!qs.isEmpty() && !rs.isEmpty() && !qs.equals(rs)) {
      // same syllabic script on both sides: a different character is a different syllable
      int d = StringSimilarity.damerau(qs, rs);
      double f = 1.0 - (double) d / Math.max(qs.length(), rs.length());
      score *= f * f;
    }
    if (counts != null) {
      counts[0] = matched;
      counts[1] = substituted;
      counts[2] = extraQ;
      counts[3] = extraR;
      counts[4] = reordered ? 1 : 0;
      counts[5] = joinedScore > tokenScore ? 1 : 0;
    }
    return Math.min(1.0, Math.max(0.0, score));
  }

  /**
   * Per token (query tokens first, then listed ones): bit 0 set when it is a short form in {@link
   * Nicknames}, the bits above hold its {@link GivenNames} group + 1 (0: in none).
   */
  private static int[] givenNameCodes(List<NameToken> qt, int n, List<NameToken> rt, int m) {
    int[] c = new int[n + m];
    for (int k = 0; k < n + m; k++) {
      String w = k < n ? qt.get(k).text() : rt.get(k - n).text();
      c[k] = (Nicknames.isShortForm(w) ? 1 : 0) | ((GivenNames.group(w) + 1) << 1);
    }
    return c;
  }

  private static boolean sameGivenName(
      int[] known, int qi, int rk, List<NameToken> qt, List<NameToken> rt, int j) {
    int a = known[qi];
    int b = known[rk];
    if (((a | b) & 1) != 0 && Nicknames.same(qt.get(qi).text(), rt.get(j).text())) {
      return true;
    }
    return (a >>> 1) != 0 && (a >>> 1) == (b >>> 1);
  }

  /**
   * True when a name on one side of a lineage particle (bin, ibn, ben) is paired with a name on the
   * other side of it in the other name: ABDULLAH BIN OMAR (Abdullah, son of Omar) is not OMAR BIN
   * ABDULLAH.
   */
  private static boolean lineageSwapped(List<NameToken> qt, List<NameToken> rt, int[] pairedWith) {
    int p = lineage(qt);
    int s = lineage(rt);
    if (p < 0 || s < 0) {
      return false;
    }
    boolean beforeAfter = p > 0 && pairedWith[p - 1] > s;
    boolean afterBefore =
        p + 1 < pairedWith.length && pairedWith[p + 1] >= 0 && pairedWith[p + 1] < s;
    return beforeAfter || afterBefore;
  }

  private static int lineage(List<NameToken> ts) {
    for (int i = 1; i + 1 < Math.min(ts.size(), MAX_TOKENS); i++) {
      if (ts.get(i).kind() == NameToken.Kind.PARTICLE && ts.get(i).folded().equals("bin")) {
        return i;
      }
    }
    return -1;
  }

  /** A word that tells one organisation from another: not a legal form or a generic word. */
  private static boolean distinctive(NameToken x) {
    return x.kind() == NameToken.Kind.WORD || x.kind() == NameToken.Kind.NUMBER;
  }

  /**
   * The consonant skeletons of two words agree, with or without w and y (written for long vowels):
   * at least three consonants (two carry too little: SN is Son and Yasna), or fewer when both words
   * are of at most three letters (ly, Ali).
   */
  private static boolean sameSkeleton(String a, String b) {
    int min = a.length() <= 3 && b.length() <= 3 ? 1 : 3;
    String x = NameNormaliser.skeleton(a, false);
    if (x.length() >= min && x.equals(NameNormaliser.skeleton(b, false))) {
      return true;
    }
    String y = NameNormaliser.skeleton(a, true);
    return y.length() >= min && y.equals(NameNormaliser.skeleton(b, true));
  }

  /**
   * The same for two space-free names: only with w and y kept, and at least four consonants
   * (without them, ARSH MHYA HMYDY and RASEM AHMAD share RSMHMT).
   */
  private static boolean sameJoinedSkeleton(String a, String b) {
    String x = NameNormaliser.skeleton(a, false);
    return x.length() >= 4 && x.equals(NameNormaliser.skeleton(b, false));
  }

  private static boolean hasNumber(List<NameToken> ts) {
    for (NameToken x : ts) {
      if (x.kind() == NameToken.Kind.NUMBER) {
        return true;
      }
    }
    return false;
  }

  /** The sets of numbers are equal. */
  private static boolean sameNumbers(NormalisedName q, NormalisedName r) {
    for (NameToken a : q.tokens()) {
      if (a.kind() == NameToken.Kind.NUMBER && !containsNumber(r.tokens(), a.text())) {
        return false;
      }
    }
    for (NameToken b : r.tokens()) {
      if (b.kind() == NameToken.Kind.NUMBER && !containsNumber(q.tokens(), b.text())) {
        return false;
      }
    }
    return true;
  }

  private static boolean containsNumber(List<NameToken> ts, String v) {
    for (NameToken x : ts) {
      if (x.kind() == NameToken.Kind.NUMBER && x.text().equals(v)) {
        return true;
      }
    }
    return false;
  }

  /** Similarity of two tokens in [0, 1]; below {@link NameMatchTuning#pairCut()} is "different". */
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
    String x = a.text();
    String y = b.text();
    int len = Math.max(x.length(), y.length());
    int budget = (int) (len / t.editLength());
    if (Math.abs(x.length() - y.length()) > budget + 1) {
      return 0.0;
    }
    String fx = a.folded();
    String fy = b.folded();
    int lf = Math.max(fx.length(), fy.length());
    int budgetF = (int) (lf / t.editLength());
    // the letter sets bound the distances from below: skip the distance when it cannot be in budget
    int d =
        Integer.bitCount(a.textLetters() ^ b.textLetters()) > 2 * budget
            ? budget + 1
            : StringSimilarity.damerauAtMost(x, y, budget);
    int df =
        Integer.bitCount(a.foldedLetters() ^ b.foldedLetters()) > 2 * budgetF
            ? budgetF + 1
            : StringSimilarity.damerauAtMost(fx, fy, budgetF);
    if (d > budget && df > budgetF) {
      // too many edits for a typo or a spelling variant: a different word
      return 0.0;
    }
    return Math.max(1.0 - (double) d / len, lf == 0 ? 0 : 0.97 * (1.0 - (double) df / lf));
  }

  /** Levenshtein similarity of two space-free names, zero beyond the edit budget. */
  private double withinBudget(String a, String b) {
    int len = Math.max(a.length(), b.length());
    int budget = (int) (len / t.editLength());
    if (Math.abs(a.length() - b.length()) > budget) {
      return 0.0;
    }
    int d = StringSimilarity.damerauAtMost(a, b, budget);
    return d > budget ? 0.0 : 1.0 - (double) d / len;
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
