package org.tidewatch.core.detect;

import java.time.Instant;
import java.util.OptionalLong;
import org.tidewatch.core.provenance.Provenance;
import org.tidewatch.core.track.Position;
import org.tidewatch.core.track.StaticReport;

/**
 * One report that proves part of an event, named by its provenance so that an analyst can go back
 * to the exact line of the exact source.
 *
 * @param mmsi the sender
 * @param time report time
 * @param latitude_deg position (NaN for a static report)
 * @param longitude_deg position (NaN for a static report)
 * @param role what the report shows ({@code entry}, {@code went-dark}, {@code jump-out}, ...)
 * @param source source name
 * @param line line or row in the source
 * @param contentHash the content hash the report was stored with (its provenance's), so that the
 *     evidence can be checked against the stored record and the source line; empty in event logs
 *     written before it was recorded
 */
public record Evidence(
    int mmsi,
    Instant time,
    double latitude_deg,
    double longitude_deg,
    String role,
    String source,
    long line,
    OptionalLong contentHash) {

  /** Evidence from a position report. */
  public static Evidence of(Position p, String role) {
    Provenance pv = p.provenance();
    return new Evidence(
        p.mmsi(),
        p.time(),
        p.latitude_deg(),
        p.longitude_deg(),
        role,
        pv.source(),
        pv.line(),
        OptionalLong.of(pv.contentHash()));
  }

  /** Evidence from a static report. */
  public static Evidence of(StaticReport s, String role) {
    Provenance pv = s.provenance();
    return new Evidence(
        s.mmsi(),
        s.time(),
        Double.NaN,
        Double.NaN,
        role,
        pv.source(),
        pv.line(),
        OptionalLong.of(pv.contentHash()));
  }
}
