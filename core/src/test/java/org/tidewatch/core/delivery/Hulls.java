package org.tidewatch.core.delivery;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Test hulls. */
final class Hulls {
  private Hulls() {}

  static Hull tanker(int mmsi, String flag, double capacity_t, double ballast_m, double summer_m) {
    return new Hull(
        OptionalInt.of(9_000_000 + mmsi % 1_000_000),
        mmsi,
        "TANKER " + mmsi,
        flag,
        "Product Tanker",
        OptionalDouble.of(capacity_t / 0.95),
        OptionalDouble.of(capacity_t),
        OptionalDouble.of(ballast_m),
        OptionalDouble.of(summer_m),
        Optional.empty(),
        Optional.empty());
  }

  static Hull capacityOnly(int mmsi, double capacity_t) {
    return new Hull(
        OptionalInt.empty(),
        mmsi,
        "T" + mmsi,
        "",
        "Product Tanker",
        OptionalDouble.empty(),
        OptionalDouble.of(capacity_t),
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        Optional.empty(),
        Optional.empty());
  }
}
