package org.tidewatch.engine.ingest;

import java.nio.file.Path;
import org.tidewatch.core.provenance.Releasability;
import org.tidewatch.core.track.Position;
import org.tidewatch.core.track.StaticReport;

/** Calls {@link IngestListener#progress} every 64 k records (cheap enough to be always on). */
final class Progress {
  private final IngestListener listener;
  private final Path file;
  private final CountingInputStream counted;
  private final long total;
  private final BatchingSink sink;

  Progress(
      IngestListener listener,
      Path file,
      CountingInputStream counted,
      long total,
      BatchingSink sink) {
    this.listener = listener;
    this.file = file;
    this.counted = counted;
    this.total = total;
    this.sink = sink;
  }

  RecordSink wrap(RecordSink inner) {
    return new RecordSink() {
      private void tick() {
        if ((sink.sequence() & 0xFFFF) == 0) {
          listener.progress(file, counted.count(), total, sink.sequence());
        }
      }

      @Override
      public void position(Position p) {
        inner.position(p);
        tick();
      }

      @Override
      public void position(
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
        inner.position(
            mmsi,
            epochSecond,
            nano,
            latitude_deg,
            longitude_deg,
            speedOverGround_kn,
            courseOverGround_deg,
            trueHeading_deg,
            navigationStatus,
            messageType,
            source,
            line,
            ingestRun,
            contentHash,
            releasability);
        tick();
      }

      @Override
      public void staticReport(StaticReport s) {
        inner.staticReport(s);
        tick();
      }

      @Override
      public void bad(long line, String reason) {
        inner.bad(line, reason);
        tick();
      }
    };
  }
}
