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
   * (the batching sink) takes the fields without the records being built. The time is an {@link
   * Instant}'s seconds and nanoseconds; an absent speed or course is {@code NaN}, an absent heading
   * or navigation status {@code -1} (as in {@link Position#contentHash(int, long, int, double,
   * double, double, double, int, int)}).
   */
  default void position(
      int mmsi,
      long epochSecond,
      int nano,
      double latitude_deg,
      double longitude_deg,
      double speedOverGround_kn,
      double courseOverGround_deg,
      int trueHeading_deg,
      int navigationStatus,
      int messageType,
      String source,
      long line,
      long ingestRun,
      long contentHash,
      Releasability releasability) {
    position(
        new Position(
            mmsi,
            Instant.ofEpochSecond(epochSecond, nano),
            latitude_deg,
            longitude_deg,
            Double.isNaN(speedOverGround_kn)
                ? OptionalDouble.empty()
                : OptionalDouble.of(speedOverGround_kn),
            Double.isNaN(courseOverGround_deg)
                ? OptionalDouble.empty()
                : OptionalDouble.of(courseOverGround_deg),
            trueHeading_deg < 0 ? OptionalInt.empty() : OptionalInt.of(trueHeading_deg),
            navigationStatus < 0 ? OptionalInt.empty() : OptionalInt.of(navigationStatus),
            messageType,
            new Provenance(source, line, ingestRun, contentHash, releasability)));
  }

  void staticReport(StaticReport s);

  void bad(long line, String reason);
}
