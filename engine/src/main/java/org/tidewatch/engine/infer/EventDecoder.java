package org.tidewatch.engine.infer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tidewatch.core.detect.DetectedEvent;
import org.tidewatch.core.detect.EventCodec;
import org.tidewatch.engine.detect.EventJson;
import org.tidewatch.engine.detect.EventRow;

/**
 * Rebuilds typed {@link DetectedEvent}s from the event log's JSON lines ({@link EventJson}) with
 * core's {@link EventCodec}: each record component is read by name from {@code detail} (or {@code
 * start}, {@code end}, {@code confidence}, {@code evidence} at the top level) and converted to its
 * declared type. An event of a family this does not know, or a line that no longer fits its record,
 * is skipped (counted).
 */
public final class EventDecoder {
  private EventDecoder() {}

  /** The events that could be decoded, and how many could not. */
  public record Decoded(List<DetectedEvent> events, int skipped) {}

  /** Decodes rows of the event log. */
  public static Decoded decode(List<EventRow> rows) {
    List<DetectedEvent> out = new ArrayList<>();
    int skipped = 0;
    for (EventRow r : rows) {
      Optional<DetectedEvent> e = decode(r);
      if (e.isPresent()) {
        out.add(e.get());
      } else {
        skipped++;
      }
    }
    return new Decoded(out, skipped);
  }

  /** Decodes one row; empty for an unknown family or a line that does not fit its record. */
  public static Optional<DetectedEvent> decode(EventRow r) {
    try {
      return Optional.of(EventCodec.decode(r.json()));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
