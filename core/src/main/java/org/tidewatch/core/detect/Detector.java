package org.tidewatch.core.detect;

import java.time.Instant;
import java.util.function.Consumer;
import org.tidewatch.core.track.Position;
import org.tidewatch.core.track.StaticReport;

/**
 * The detector contract (architecture.md): a deterministic state machine fed reports in event-time
 * order. It never reads a clock and never makes randomness; its state is plain data keyed by MMSI
 * (or vessel pair). The same class runs in the embedded runner, in a stream processor and in a unit
 * test, and gives the same events.
 */
public interface Detector {

  /** A position report, in event-time order. */
  void onPosition(Position p, Consumer<DetectedEvent> out);

  /** A static/voyage report, in event-time order. */
  default void onStatic(StaticReport s, Consumer<DetectedEvent> out) {}

  /**
   * Event time has advanced to {@code watermark}: no report older than it will come. Detectors
   * close what can no longer change.
   */
  default void onWatermark(Instant watermark, Consumer<DetectedEvent> out) {}

  /**
   * End of the data at {@code end}: emit what is still open (open gaps, visits in progress), marked
   * as such.
   */
  default void finish(Instant end, Consumer<DetectedEvent> out) {}
}
