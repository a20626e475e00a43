package org.tidewatch.core.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Detected events: typed events with their marking, written a detection window at a time ({@link
 * #replace}) with the detection checkpoint in the same transaction, and queried by type, time, box,
 * confidence and vessel ({@link #find}). An event involves every vessel in its {@code mmsis} (both
 * sides of an encounter), and {@link #find} by MMSI finds it from either side.
 *
 * <p>The older summary rows ({@link #append}: detector name, one vessel, no typed payload) are kept
 * for importers and fixtures; they share the id space ({@code TYPE:mmsi:startEpochSecond}).
 */
public interface EventStore {

  /**
   * Appends summary rows atomically (no typed payload, no confidence). A row whose id is already
   * stored replaces it.
   */
  void append(List<StoredEvent> events);

  /**
   * A vessel's events overlapping {@code [from, to)}, by start, as summary rows (a typed event's
   * detector is its type name, its MMSI the subject's). Prefer {@link #find}.
   */
  List<StoredEvent> events(int mmsi, Instant from, Instant to);

  /**
   * Replaces a detection window, in one transaction: removes every stored event that starts in
   * {@code [from, to)} and every stored event with the id of one given, stores the given events
   * (which may start outside the window: an event of an earlier window that this run changed, an
   * open event that closed), records the detection run and, when given, stores the checkpoint.
   * Running the same detection twice therefore leaves the same events.
   *
   * @param from window start (inclusive)
   * @param to window end (exclusive)
   * @param events the events detected for the window; ids must be distinct
   * @param detectorVersion which detectors produced them (stored with each event)
   * @param checkpoint the detection checkpoint after this run, if it moves
   * @return the detection run's number (1, 2, ... per store)
   * @throws IllegalArgumentException when two events share an id
   */
  int replace(
      Instant from,
      Instant to,
      List<MarkedEvent> events,
      String detectorVersion,
      Optional<DetectionCheckpoint> checkpoint);

  /** The events passing a filter, ordered by start then id. */
  List<EventRecord> find(EventFilter filter);

  /**
   * The same events as {@link #find}, without their typed payloads: every record's {@link
   * EventRecord#event()} is empty (its other fields are complete). Much cheaper for long lists that
   * show only the common fields.
   */
  List<EventRecord> summaries(EventFilter filter);

  /** One event by id. */
  Optional<EventRecord> event(String id);

  /** The detection checkpoint last stored by {@link #replace}, if any. */
  Optional<DetectionCheckpoint> checkpoint();
}
