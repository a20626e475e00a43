package org.tidewatch.sanctions.match;

import java.util.List;
import org.tidewatch.core.sanctions.EntityType;

/**
 * A name prepared for comparison.
 *
 * @param original the name as given
 * @param tokens the tokens, in order
 * @param joined the folded tokens joined without spaces (for word joining and splitting)
 * @param type the kind of party the name was normalised for (decides some weights)
 * @param syllabic the name's characters when it is written only in Han, Hangul or Kana (one
 *     character per syllable), else empty
 * @param abjad the name was written in a script that leaves short vowels out (Arabic, Hebrew): its
 *     romanisation is a consonant skeleton ({@code محمد} → {@code mhmd})
 */
public record NormalisedName(
    String original,
    List<NameToken> tokens,
    String joined,
    EntityType type,
    String syllabic,
    boolean abjad) {

  /** Copies the tokens. */
  public NormalisedName {
    tokens = List.copyOf(tokens);
  }

  /** The numbers in the name, as digit strings. */
  public List<String> numbers() {
    return tokens.stream()
        .filter(t -> t.kind() == NameToken.Kind.NUMBER)
        .map(NameToken::text)
        .toList();
  }

  /** True when no token is left. */
  public boolean isEmpty() {
    return tokens.isEmpty();
  }
}
