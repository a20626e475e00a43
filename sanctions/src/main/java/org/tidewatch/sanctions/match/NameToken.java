package org.tidewatch.sanctions.match;

/**
 * One token of a normalised name.
 *
 * @param text the normalised token (lower-case ASCII letters and digits)
 * @param folded the phonetic folding key ({@link NameNormaliser#fold(String)})
 * @param kind word, number, legal form, generic organisation word or initial
 */
public record NameToken(String text, String folded, Kind kind) {

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
