package org.tidewatch.core.delivery;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A hull's registry particulars, as far as volume estimation and risk need them (a registry
 * extract, the simulator's {@code registry.csv}, or a list entry's particulars).
 *
 * @param imo IMO number, if known
 * @param mmsi the registry MMSI
 * @param name registered name
 * @param flag ISO 3166 alpha-3 flag ({@code PRK} for the DPRK), empty string when unknown
 * @param shipType registry ship type ({@code Product Tanker}, ...)
 * @param deadweight_t deadweight, if known
 * @param cargoCapacity_t cargo capacity in tonnes, if known (≈ 0.95 × deadweight for tankers)
 * @param ballastDraught_m draught in ballast, if known
 * @param summerDraught_m summer load-line draught, if known
 * @param owner registered owner, if known
 * @param manager manager, if known
 */
public record Hull(
    OptionalInt imo,
    int mmsi,
    String name,
    String flag,
    String shipType,
    OptionalDouble deadweight_t,
    OptionalDouble cargoCapacity_t,
    OptionalDouble ballastDraught_m,
    OptionalDouble summerDraught_m,
    Optional<String> owner,
    Optional<String> manager) {

  /** Cargo capacity, or 0.95 × deadweight when only that is known (tanker practice). */
  public OptionalDouble capacity_t() {
    if (cargoCapacity_t.isPresent()) {
      return cargoCapacity_t;
    }
    return deadweight_t.isPresent()
        ? OptionalDouble.of(0.95 * deadweight_t.getAsDouble())
        : OptionalDouble.empty();
  }

  /** True when the registry gives both ballast and summer draught (and they differ). */
  public boolean hasDraughtRange() {
    return ballastDraught_m.isPresent()
        && summerDraught_m.isPresent()
        && summerDraught_m.getAsDouble() > ballastDraught_m.getAsDouble() + 0.2;
  }

  /** True for tankers (by registry type). */
  public boolean tanker() {
    return shipType.toLowerCase(java.util.Locale.ROOT).contains("tanker");
  }

  /** True for dry-cargo hulls that carry bulk (general cargo, bulk carriers). */
  public boolean dryBulk() {
    String t = shipType.toLowerCase(java.util.Locale.ROOT);
    return t.contains("bulk") || t.contains("general cargo");
  }
}
