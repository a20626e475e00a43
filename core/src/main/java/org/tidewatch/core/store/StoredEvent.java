package org.tidewatch.core.store;

import java.time.Instant;
import org.tidewatch.core.provenance.Releasability;

/**
 * A detected behaviour as stored (placeholder shape until the detectors land): which detector,
 * which vessel, when and where, a one-line summary, and the marking.
 *
 * @param detector the detector's name ({@code ais-gap}, {@code sts}, ...)
 * @param mmsi the vessel
 * @param start event start
 * @param end event end
 * @param latitude_deg representative latitude
 * @param longitude_deg representative longitude
 * @param summary one human-readable line
 * @param releasability the marking (the most restrictive of the evidence)
 */
public record StoredEvent(
    String detector,
    int mmsi,
    Instant start,
    Instant end,
    double latitude_deg,
    double longitude_deg,
    String summary,
    Releasability releasability) {}
