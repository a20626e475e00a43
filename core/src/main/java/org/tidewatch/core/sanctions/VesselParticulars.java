package org.tidewatch.core.sanctions;

import java.util.List;
import java.util.Optional;

/**
 * What a list says about a vessel beyond its names.
 *
 * @param imo the IMO ship number (check digit validated)
 * @param mmsis the MMSIs given (a vessel may carry several over time)
 * @param callSign the call sign
 * @param flag the current flag as published (country name)
 * @param formerFlags earlier flags as published
 * @param vesselType the vessel type as published ("Crude/Oil Products Tanker")
 */
public record VesselParticulars(
    Optional<ImoNumber> imo,
    List<Mmsi> mmsis,
    Optional<CallSign> callSign,
    Optional<String> flag,
    List<String> formerFlags,
    Optional<String> vesselType) {

  /** Copies the lists. */
  public VesselParticulars {
    mmsis = List.copyOf(mmsis);
    formerFlags = List.copyOf(formerFlags);
  }

  /** Particulars with nothing known. */
  public static VesselParticulars none() {
    return new VesselParticulars(
        Optional.empty(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty());
  }
}
