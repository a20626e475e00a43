package org.tidewatch.core.sanctions;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An IMO ship identification number (IMO Resolution A.1117(30)): seven digits whose last is a check
 * digit, {@code (d1*7 + d2*6 + d3*5 + d4*4 + d5*3 + d6*2) mod 10}. The number stays with the hull
 * for life, through renames, reflaggings and changes of MMSI, which makes it the strongest
 * identifier a sanctions list can give for a vessel.
 *
 * <p>Company and registered-owner numbers look the same but use a different check digit: see {@link
 * CompanyImoNumber}.
 *
 * @param value the seven digits
 */
public record ImoNumber(String value) {

  private static final Pattern IN_TEXT =
      Pattern.compile("(?i)\\bIMO\\s*(?:no\\.?|number:?)?\\s*(\\d{7})\\b");

  /** Validates the digits and the check digit. */
  public ImoNumber {
    if (!isValid(value)) {
      throw new IllegalArgumentException("not a valid IMO ship number: " + value);
    }
  }

  /** True when {@code digits} is seven digits with a correct ship check digit. */
  public static boolean isValid(String digits) {
    if (digits.length() != 7 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 6; i++) {
      sum += (digits.charAt(i) - '0') * (7 - i);
    }
    return sum % 10 == digits.charAt(6) - '0';
  }

  /**
   * Reads an IMO ship number from free text: {@code "8660313"}, {@code "IMO 8660313"}, {@code
   * "IMO8660313"}. Empty when no seven-digit number with a valid ship check digit is present (for
   * example {@code "Does not exist"}).
   */
  public static Optional<ImoNumber> parse(String text) {
    String t = text.strip();
    if (isValid(t)) {
      return Optional.of(new ImoNumber(t));
    }
    Matcher m = IN_TEXT.matcher(t);
    while (m.find()) {
      if (isValid(m.group(1))) {
        return Optional.of(new ImoNumber(m.group(1)));
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "IMO " + value;
  }
}
