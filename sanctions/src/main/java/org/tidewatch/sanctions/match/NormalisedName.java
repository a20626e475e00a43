package org.tidewatch.sanctions.match;

import java.util.List;

/**
 * A name prepared for comparison.
 *
 * @param original the name as given
 * @param tokens the tokens, in order
 * @param joined the folded tokens joined without spaces (for word joining and splitting)
 */
public record NormalisedName(String original, List<NameToken> tokens, String joined) {

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
