package org.tidewatch.sanctions.match;

/**
 * One token of a normalised name.
 *
 * @param text the normalised token (lower-case ASCII letters and digits)
 * @param folded the phonetic folding key ({@link NameNormaliser#fold(String)})
 * @param kind word, number, legal form, generic organisation word or initial
 * @param textLetters the set of characters of {@code text} as a bit mask ({@link #letters})
 * @param foldedLetters the same for {@code folded}
 */
public record NameToken(String text, String folded, Kind kind, int textLetters, int foldedLetters) {

  /** A token; the letter masks are computed. */
  public NameToken(String text, String folded, Kind kind) {
    this(text, folded, kind, letters(text), letters(folded));
  }

  /**
   * The characters of {@code s} as a 32-bit set (letters a-z on bits 0-25, anything else folded
   * onto the remaining bits). Every edit changes the symmetric difference of two such sets by at
   * most two bits, so {@code bitCount(a ^ b) / 2} is a lower bound of the edit distance: a cheap
   * test that two tokens are too far apart before the distance is computed.
   */
  static int letters(String s) {
    int m = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      m |= 1 << (c >= 'a' && c <= 'z' ? c - 'a' : 26 + c % 6);
    }
    return m;
  }

  /** What a token is, which decides how much it weighs and how it compares. */
  public enum Kind {
    /** An ordinary name word. */
    WORD,
    /** A number (digits, or a Roman or spelled-out number turned into digits). */
    NUMBER,
    /** A legal form (ltd, co, corp, llc, jsc, gmbh ...): weighs little. */
    LEGAL_FORM,
    /** A generic organisation word (shipping, trading, group, international ...). */
    GENERIC,
    /** A name particle (al, bin, ibn, abu, van, von, da): weighs little. */
    PARTICLE,
    /** A single letter, read as an initial. */
    INITIAL
  }
}
