package org.tidewatch.engine.ingest;

import org.tidewatch.core.track.Position;
import org.tidewatch.core.track.StaticReport;

/**
 * Where a format reader puts what it makes of a source. Every call is one record of the source's
 * sequence; readers are deterministic, so the n-th record is the same on every run over the same
 * bytes (which is what resuming relies on).
 */
interface RecordSink {
  void position(Position p);

  void staticReport(StaticReport s);

  void bad(long line, String reason);
}
