package org.tidewatch.core.sanctions;

import java.util.List;
import java.util.Optional;

/**
 * A postal address as a list gives it: free lines (street, city, region, postal code as published)
 * and the country when it is stated.
 *
 * @param lines the non-blank address parts, in list order
 * @param country the country name as published
 */
public record Address(List<String> lines, Optional<String> country) {

  /** Copies the lines. */
  public Address {
    lines = lines.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** The address on one line, country last. */
  public String oneLine() {
    var all = new java.util.ArrayList<>(lines);
    country.ifPresent(all::add);
    return String.join(", ", all);
  }
}
