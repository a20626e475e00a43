package org.tidewatch.core.store;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A vessel search. Criteria combine with AND; an empty query matches every vessel.
 *
 * @param mmsi exact MMSI
 * @param imo exact IMO number (seven digits) ever claimed
 * @param nameContains case-insensitive substring of any name ever claimed
 */
public record VesselQuery(OptionalInt mmsi, Optional<String> imo, Optional<String> nameContains) {

  /** Normalises the name to upper case (AIS six-bit text is upper case). */
  public VesselQuery {
    nameContains = nameContains.map(n -> n.strip().toUpperCase(Locale.ROOT));
  }

  public static VesselQuery byMmsi(int mmsi) {
    return new VesselQuery(OptionalInt.of(mmsi), Optional.empty(), Optional.empty());
  }

  public static VesselQuery byImo(String imo) {
    return new VesselQuery(OptionalInt.empty(), Optional.of(imo), Optional.empty());
  }

  public static VesselQuery byName(String text) {
    return new VesselQuery(OptionalInt.empty(), Optional.empty(), Optional.of(text));
  }
}
