package org.tidewatch.core.sanctions;

import java.util.Optional;

/**
 * A Maritime Mobile Service Identity as given on a sanctions list (ITU-R M.585): nine digits whose
 * first three, for a ship station, are the Maritime Identification Digits of the flag (445 = DPRK).
 * Weaker than the IMO number: it changes with the flag and is easily spoofed.
 *
 * @param value the nine digits
 */
public record Mmsi(String value) {

  /** Validates the nine digits. */
  public Mmsi {
    if (value.length() != 9 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("not a nine-digit MMSI: " + value);
    }
  }

  /** Reads nine digits, tolerating surrounding space; empty otherwise. */
  public static Optional<Mmsi> parse(String text) {
    String t = text.strip();
    return t.length() == 9 && t.chars().allMatch(c -> c >= '0' && c <= '9')
        ? Optional.of(new Mmsi(t))
        : Optional.empty();
  }

  /** The Maritime Identification Digits (the first three digits of a ship station MMSI). */
  public String maritimeIdentificationDigits() {
    return value.substring(0, 3);
  }

  @Override
  public String toString() {
    return value;
  }
}
