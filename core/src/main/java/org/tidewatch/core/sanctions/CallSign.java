package org.tidewatch.core.sanctions;

import java.util.Locale;
import java.util.Optional;

/**
 * A radio call sign as listed (upper-case letters and digits, 3 to 10 characters, spaces and
 * hyphens removed). Call signs change with the flag, so they identify a vessel only for a time.
 *
 * @param value the normalised call sign
 */
public record CallSign(String value) {

  /** Validates the normalised form. */
  public CallSign {
    if (!value.matches("[A-Z0-9]{3,10}")) {
      throw new IllegalArgumentException("not a call sign: " + value);
    }
  }

  /** Normalises (upper case, no spaces or hyphens) and validates; empty when not a call sign. */
  public static Optional<CallSign> parse(String text) {
    String t = text.strip().replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    return t.matches("[A-Z0-9]{3,10}") ? Optional.of(new CallSign(t)) : Optional.empty();
  }

  @Override
  public String toString() {
    return value;
  }
}
