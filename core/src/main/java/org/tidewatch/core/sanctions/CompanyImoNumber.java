package org.tidewatch.core.sanctions;

import java.util.Optional;

/**
 * An IMO unique company and registered-owner identification number (IMO Resolution MSC.160(78)):
 * seven digits whose check digit is {@code (11 - (d1*8 + d2*6 + d3*4 + d4*2 + d5*9 + d6*7) mod 11)
 * mod 10}. Lists give it for ship-owning and ship-managing companies (the UN consolidated list
 * writes "IMO number: 5936312" in the comments of KOREA ACHIM SHIPPING CO). Sources sometimes drop
 * leading zeros, so five- and six-digit values are left-padded before checking.
 *
 * @param value the seven digits
 */
public record CompanyImoNumber(String value) {

  /** Validates the digits and the company check digit. */
  public CompanyImoNumber {
    if (!isValid(value)) {
      throw new IllegalArgumentException("not a valid IMO company number: " + value);
    }
  }

  private static final int[] WEIGHTS = {8, 6, 4, 2, 9, 7};

  /** True when {@code digits} is seven digits with a correct company check digit. */
  public static boolean isValid(String digits) {
    if (digits.length() != 7 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 6; i++) {
      sum += (digits.charAt(i) - '0') * WEIGHTS[i];
    }
    return (11 - sum % 11) % 10 == digits.charAt(6) - '0';
  }

  /** Reads a company number from bare digits (5 to 7, left-padded with zeros). */
  public static Optional<CompanyImoNumber> parse(String text) {
    String t = text.strip();
    if (t.length() < 5 || t.length() > 7 || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.empty();
    }
    String padded = "0".repeat(7 - t.length()) + t;
    return isValid(padded) ? Optional.of(new CompanyImoNumber(padded)) : Optional.empty();
  }

  @Override
  public String toString() {
    return "IMO company " + value;
  }
}
