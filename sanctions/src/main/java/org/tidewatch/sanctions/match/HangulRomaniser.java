package org.tidewatch.sanctions.match;

/**
 * Romanises Hangul the way DPRK sanctions designations spell Korean names: a McCune-Reischauer
 * style without breves or apostrophes, one Latin word per syllable (천마산 → {@code chon ma san}, 김정은
 * → {@code kim jong un}, 리영호 → {@code ri yong ho}). ICU's Hangul-Latin gives Revised Romanization
 * ({@code cheonmasan}) and its BGN transform drops vowels, so neither matches the lists. Remaining
 * spelling differences (k/g, ch/j, p/b, joined syllables) are left to {@link
 * NameNormaliser#fold(String)} and the concatenated-name comparison.
 */
public final class HangulRomaniser {

  private static final String[] INITIAL = {
    "k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j", "tch", "ch", "k", "t", "p",
    "h"
  };
  private static final String[] MEDIAL = {
    "a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we",
    "wi", "yu", "u", "ui", "i"
  };
  private static final String[] FINAL = {
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "p", "l", "l", "p", "l", "m", "p", "p",
    "t", "t", "ng", "t", "t", "k", "t", "p", "t"
  };

  private HangulRomaniser() {}

  /** True when the text contains a precomposed Hangul syllable. */
  public static boolean containsHangul(String s) {
    return s.chars().anyMatch(HangulRomaniser::isSyllable);
  }

  /** Romanises Hangul syllables, each as its own word; other characters pass through. */
  public static String romanise(String s) {
    StringBuilder out = new StringBuilder(s.length() * 3);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSyllable(c)) {
        int x = c - 0xAC00;
        if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
          out.append(' ');
        }
        out.append(INITIAL[x / 588]).append(MEDIAL[(x % 588) / 28]).append(FINAL[x % 28]);
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString().strip();
  }

  private static boolean isSyllable(int c) {
    return c >= 0xAC00 && c <= 0xD7A3;
  }
}
