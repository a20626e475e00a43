package org.tidewatch.engine.ingest;

import java.nio.file.Path;
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
