package org.tidewatch.engine.ingest;

import java.time.Instant;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.tidewatch.core.provenance.Provenance;
import org.tidewatch.core.provenance.Releasability;
import org.tidewatch.core.track.Position;
import org.tidewatch.core.track.StaticReport;

/**
 * Where a format reader puts what it makes of a source. Every call is one record of the source's
 * sequence; readers are deterministic, so the n-th record is the same on every run over the same
 * bytes (which is what resuming relies on).
 */
interface RecordSink {
  void position(Position p);

  /**
   * A position given field by field, with its provenance's fields: the same record as {@link
   * #position(Position)} of what they make. The NMEA reader's hot path; a sink that stores columns
   * (the batching sink) takes the fields without the records being built.
   */
  default void position(
      int mmsi,
      Instant time,
      double latitude_deg,
      double longitude_deg,
      OptionalDouble speedOverGround_kn,
      OptionalDouble courseOverGround_deg,
      OptionalInt trueHeading_deg,
      OptionalInt navigationStatus,
      int messageType,
      String source,
      long line,
      long ingestRun,
      long contentHash,
      Releasability releasability) {
    position(
        new Position(
            mmsi,
            time,
            latitude_deg,
            longitude_deg,
            speedOverGround_kn,
            courseOverGround_deg,
            trueHeading_deg,
            navigationStatus,
            messageType,
            new Provenance(source, line, ingestRun, contentHash, releasability)));
  }

  void staticReport(StaticReport s);

  void bad(long line, String reason);
}
