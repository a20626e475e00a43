package org.tidewatch.sanctions.match;

/** Character-level string similarities in [0, 1]. */
public final class StringSimilarity {

  private StringSimilarity() {}

  /** Levenshtein distance (insertions, deletions, substitutions cost 1). */
  public static int levenshtein(String a, String b) {
    if (a.equals(b)) {
      return 0;
    }
    int n = a.length();
    int m = b.length();
    if (n == 0) {
      return m;
    }
    if (m == 0) {
      return n;
    }
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      cur[0] = i;
      char ca = a.charAt(i - 1);
      for (int j = 1; j <= m; j++) {
        int cost = ca == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[m];
  }

  /**
   * Optimal-string-alignment distance: Levenshtein plus the transposition of two adjacent letters
   * as one edit (Schloz/Scholz, Marcon/Macron).
   */
  public static int damerau(String a, String b) {
    if (a.equals(b)) {
      return 0;
    }
    int n = a.length();
    int m = b.length();
    if (n == 0 || m == 0) {
      return Math.max(n, m);
    }
    int[] pp = new int[m + 1];
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      cur[0] = i;
      char ca = a.charAt(i - 1);
      for (int j = 1; j <= m; j++) {
        char cb = b.charAt(j - 1);
        int v = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (ca == cb ? 0 : 1));
        if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
          v = Math.min(v, pp[j - 2] + 1);
        }
        cur[j] = v;
      }
      int[] t = pp;
      pp = prev;
      prev = cur;
      cur = t;
    }
    return prev[m];
  }

  private static final ThreadLocal<int[][]> ROWS = ThreadLocal.withInitial(() -> new int[3][65]);

  /**
   * {@link #damerau(String, String)} when it is at most {@code max}, else {@code max + 1}; stops as
   * soon as every cell of a row exceeds {@code max}, and reuses per-thread rows.
   */
  public static int damerauAtMost(String a, String b, int max) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > max) {
      return max + 1;
    }
    if (n == 0 || m == 0) {
      return Math.max(n, m);
    }
    int[][] rows = m < 64 ? ROWS.get() : new int[3][m + 1];
    int[] pp = rows[0];
    int[] prev = rows[1];
    int[] cur = rows[2];
    for (int j = 0; j <= m; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      cur[0] = i;
      int rowMin = i;
      char ca = a.charAt(i - 1);
      for (int j = 1; j <= m; j++) {
        char cb = b.charAt(j - 1);
        int v = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (ca == cb ? 0 : 1));
        if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
          v = Math.min(v, pp[j - 2] + 1);
        }
        cur[j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] t = pp;
      pp = prev;
      prev = cur;
      cur = t;
    }
    return Math.min(prev[m], max + 1);
  }

  /** {@code 1 - distance / longer length}. */
  public static double levenshteinRatio(String a, String b) {
    int max = Math.max(a.length(), b.length());
    return max == 0 ? 1.0 : 1.0 - (double) levenshtein(a, b) / max;
  }

  /** Jaro-Winkler similarity (prefix scale 0.1, prefix up to 4). */
  public static double jaroWinkler(String a, String b) {
    if (a.equals(b)) {
      return 1.0;
    }
    int la = a.length();
    int lb = b.length();
    if (la == 0 || lb == 0) {
      return 0.0;
    }
    int window = Math.max(0, Math.max(la, lb) / 2 - 1);
    boolean[] ma = new boolean[la];
    boolean[] mb = new boolean[lb];
    int matches = 0;
    for (int i = 0; i < la; i++) {
      int lo = Math.max(0, i - window);
      int hi = Math.min(lb - 1, i + window);
      for (int j = lo; j <= hi; j++) {
        if (!mb[j] && a.charAt(i) == b.charAt(j)) {
          ma[i] = true;
          mb[j] = true;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0.0;
    }
    int t = 0;
    int k = 0;
    for (int i = 0; i < la; i++) {
      if (ma[i]) {
        while (!mb[k]) {
          k++;
        }
        if (a.charAt(i) != b.charAt(k)) {
          t++;
        }
        k++;
      }
    }
    double m = matches;
    double jaro = (m / la + m / lb + (m - t / 2.0) / m) / 3.0;
    int prefix = 0;
    for (int i = 0; i < Math.min(4, Math.min(la, lb)); i++) {
      if (a.charAt(i) == b.charAt(i)) {
        prefix++;
      } else {
        break;
      }
    }
    return jaro + prefix * 0.1 * (1 - jaro);
  }
}
