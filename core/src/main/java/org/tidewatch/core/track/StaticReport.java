package org.tidewatch.core.track;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.tidewatch.core.provenance.ContentHash;
import org.tidewatch.core.provenance.Provenance;

/**
 * One stored static/voyage report: AIS message 5, either part of message 24, or the static columns
 * of a tabular row. Everything here is what the vessel <em>claims</em> (ITU-R M.1371 table 52);
 * these claims feed the {@link IdentityClaim identity timeline}.
 *
 * @param mmsi the sender's MMSI
 * @param time when the report was received
 * @param messageType 5 or 24, or 0 for a tabular source
 * @param name the ship name, empty when not sent or blank
 * @param callSign the call sign, empty when not sent or blank
 * @param imo the claimed IMO number as sent (check digit NOT verified; an invalid one is evidence)
 * @param shipType ITU-R M.1371 type of ship and cargo (1-99), empty when 0/not sent
 * @param length_m overall length (A + B), empty when not available
 * @param beam_m overall beam (C + D), empty when not available
 * @param draught_m present static draught, empty when not available
 * @param destination destination as typed by the crew, empty when blank
 * @param provenance where the record came from
 */
public record StaticReport(
    int mmsi,
    Instant time,
    int messageType,
    Optional<String> name,
    Optional<String> callSign,
    OptionalInt imo,
    OptionalInt shipType,
    OptionalInt length_m,
    OptionalInt beam_m,
    OptionalDouble draught_m,
    Optional<String> destination,
    Provenance provenance) {

  /** The content hash of the fields (not the provenance). */
  public static long contentHash(
      int mmsi,
      Instant time,
      Optional<String> name,
      Optional<String> callSign,
      OptionalInt imo,
      OptionalInt shipType,
      OptionalInt length_m,
      OptionalInt beam_m,
      OptionalDouble draught_m,
      Optional<String> destination) {
    return ContentHash.start()
        .add(mmsi)
        .add(time.getEpochSecond())
        .add(time.getNano())
        .add(name.orElse(null))
        .add(callSign.orElse(null))
        .add(imo.orElse(-1))
        .add(shipType.orElse(-1))
        .add(length_m.orElse(-1))
        .add(beam_m.orElse(-1))
        .add(draught_m.isPresent() ? draught_m.getAsDouble() : Double.NaN)
        .add(destination.orElse(null))
        .value();
  }
}
