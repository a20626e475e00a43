package org.tidewatch.sanctions.match;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tidewatch.core.sanctions.EntityType;

/**
 * Acronyms of organisation names: PLA for People's Liberation Army, BMW for Bayerische Motoren
 * Werke. A one-word name of two to six letters is the acronym of a name of as many words when it is
 * their initials, in order; stop words are already gone from the tokens, legal forms are left out
 * on both sides (IRGC Ltd ~ Islamic Revolutionary Guard Corps). People's names are never read as
 * acronyms (a short given name is no acronym).
 */
final class Acronyms {

  /**
   * The score of a name against a name it is the acronym of; with the screener's 0.85 for a
   * one-word listed name inside a longer query it is still above the default threshold.
   */
  static final double ACRONYM_SIMILARITY = 0.85;

  private static final int MIN_LETTERS = 2;
  private static final int MAX_LETTERS = 6;

  private Acronyms() {}

  /** True when one name is the acronym of the other (organisations and unknown parties only). */
  static boolean either(NormalisedName a, NormalisedName b) {
    if (a.type() == EntityType.PERSON || b.type() == EntityType.PERSON) {
      return false;
    }
    return isAcronymOf(a, b) || isAcronymOf(b, a);
  }

  private static boolean isAcronymOf(NormalisedName shortName, NormalisedName longName) {
    String acronym = single(shortName.tokens());
    if (acronym == null) {
      return false;
    }
    String initials = initials(longName.tokens());
    return initials != null && initials.equals(acronym);
  }

  /**
   * The one word of a name besides its legal forms, when it is 2-6 letters long, else null.
   * Package-private: a query of one such word looks up the acronym keys of the index.
   */
  static @Nullable String single(List<NameToken> tokens) {
    String word = null;
    for (NameToken t : tokens) {
      if (t.kind() == NameToken.Kind.LEGAL_FORM) {
        continue;
      }
      if (word != null || t.kind() == NameToken.Kind.NUMBER) {
        return null;
      }
      word = t.text();
    }
    if (word == null || word.length() < MIN_LETTERS || word.length() > MAX_LETTERS) {
      return null;
    }
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) < 'a' || word.charAt(i) > 'z') {
        return null;
      }
    }
    return word;
  }

  /**
   * The initials of the words of a name of two to six words besides its legal forms, or null.
   * Package-private: the index keys organisation names by it.
   */
  static @Nullable String initials(List<NameToken> tokens) {
    StringBuilder b = new StringBuilder(MAX_LETTERS);
    for (NameToken t : tokens) {
      if (t.kind() == NameToken.Kind.LEGAL_FORM) {
        continue;
      }
      if (t.kind() == NameToken.Kind.NUMBER || b.length() == MAX_LETTERS) {
        return null;
      }
      b.append(t.text().charAt(0));
    }
    return b.length() >= MIN_LETTERS ? b.toString() : null;
  }
}
