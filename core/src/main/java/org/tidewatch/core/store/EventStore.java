package org.tidewatch.core.store;

import java.time.Instant;
import java.util.List;

/** Detected events (a minimal placeholder until the detectors define their outputs). */
public interface EventStore {

  /** Appends events atomically. */
  void append(List<StoredEvent> events);

  /** A vessel's events overlapping {@code [from, to)}, by start. */
  List<StoredEvent> events(int mmsi, Instant from, Instant to);
}
