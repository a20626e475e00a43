package org.tidewatch.engine.screening;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A screening of every vessel of a store.
 *
 * @param basis the lists, store state and threshold it was made from
 * @param screenedAt when it was made
 * @param elapsed_ms how long it took
 * @param rescreened how many vessels were screened in this run (the others were reused from the
 *     previous run because neither the lists nor their claims changed)
 * @param vessels the result of every MMSI of the store, listed or not, by MMSI
 */
public record ScreeningResults(
    ScreeningBasis basis,
    Instant screenedAt,
    long elapsed_ms,
    int rescreened,
    Map<Integer, VesselResult> vessels) {

  /** Copies the vessels, sorted by MMSI. */
  public ScreeningResults {
    vessels = Collections.unmodifiableMap(new TreeMap<>(vessels));
  }

  /** One vessel's result (empty when the MMSI was not in the store at the time). */
  public Optional<VesselResult> vessel(int mmsi) {
    return Optional.ofNullable(vessels.get(mmsi));
  }

  /** How many vessels matched a listed party. */
  public int listedCount() {
    return (int) vessels.values().stream().filter(VesselResult::listed).count();
  }
}
