package org.tidewatch.core.track;

import java.time.Instant;
import java.util.Optional;

/**
 * One MMSI as the store knows it: how much was heard from it and its latest claimed identity.
 *
 * @param mmsi the MMSI
 * @param firstSeen first report (position or static)
 * @param lastSeen last report
 * @param positions number of stored position reports
 * @param name latest claimed name
 * @param callSign latest claimed call sign
 * @param imo latest claimed IMO number (seven digits)
 * @param shipType latest claimed ship type code
 */
public record VesselSummary(
    int mmsi,
    Instant firstSeen,
    Instant lastSeen,
    long positions,
    Optional<String> name,
    Optional<String> callSign,
    Optional<String> imo,
    Optional<String> shipType) {

  /** The flag given by the MMSI's MID. */
  public Optional<Flag> midFlag() {
    return Mids.flagOfMmsi(mmsi);
  }
}
