package org.tidewatch.server.data;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.tidewatch.core.store.EventFilter;
import org.tidewatch.core.store.EventRecord;
import org.tidewatch.core.store.TrackStore;
import org.tidewatch.core.track.BoundingBox;
import org.tidewatch.server.auth.Principal;

/**
 * The detected events, loaded once at start-up from the store's {@link
 * org.tidewatch.core.store.EventStore} (one query; the server holds the data directory, so nothing
 * changes them while it runs) and filtered here by type, vessel (either side of an encounter), box,
 * time and, always, by the caller's clearances.
 */
public final class EventCatalog {
  /** An event filter; empty fields do not filter. */
  public record Filter(
      List<String> types,
      Optional<Integer> mmsi,
      Optional<BoundingBox> box,
      Optional<Instant> from,
      Optional<Instant> to) {

    /** Copies the types. */
    public Filter {
      types = List.copyOf(types);
    }

    /** No filter. */
    public static Filter all() {
      return new Filter(
          List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
  }

  private final Map<String, EventView> byId = new LinkedHashMap<>();
  private final Map<String, Set<String>> markingsById = new HashMap<>();

  /**
   * Loads the events of these vessels (an event is kept when any of its vessels is one of them)
   * with one {@link org.tidewatch.core.store.EventStore#summaries} query: the typed events' ids
   * ({@code TYPE:mmsi[+mmsi]:startEpochSecond}, both vessels of an encounter) and the summary rows.
   */
  EventCatalog(TrackStore store, Iterable<Integer> mmsis) {
    Set<Integer> vessels = new HashSet<>();
    mmsis.forEach(vessels::add);
    for (EventRecord r : store.events().summaries(EventFilter.all())) {
      if (r.mmsis().stream().noneMatch(vessels::contains)) {
        continue;
      }
      EventView e =
          new EventView(
              r.id(),
              r.type(),
              r.mmsis(),
              r.start(),
              r.end(),
              r.latitude_deg(),
              r.longitude_deg(),
              r.summary(),
              r.releasability().marking());
      byId.putIfAbsent(e.id(), e);
      markingsById.computeIfAbsent(e.id(), k -> new HashSet<>()).add(e.marking());
      // also under the subject-only form (TYPE:subject:startEpochSecond) that callers built
      // when the store kept one vessel per event
      String subjectId = e.type() + ":" + e.mmsi() + ":" + e.start().getEpochSecond();
      if (!subjectId.equals(e.id())) {
        markingsById.computeIfAbsent(subjectId, k -> new HashSet<>()).add(e.marking());
      }
    }
  }

  /**
   * The markings of the stored events with this id ({@code TYPE:mmsi[+mmsi]:startEpochSecond}, or
   * the subject-only form {@code TYPE:subjectMmsi:startEpochSecond}), all of them when the id
   * stands for more than one; empty when no stored event has it.
   */
  public Set<String> markings(String id) {
    Set<String> m = markingsById.get(id);
    return m == null ? Set.of() : Set.copyOf(m);
  }

  /** The events the caller is cleared for that pass the filter, by start time. */
  public List<EventView> find(Principal p, Filter f) {
    Predicate<EventView> keep =
        e ->
            p.isClearedFor(e.marking())
                && (f.types().isEmpty() || f.types().contains(e.type()))
                && f.mmsi().map(m -> e.mmsis().contains(m)).orElse(true)
                && f.box().map(b -> b.contains(e.latitude_deg(), e.longitude_deg())).orElse(true)
                && f.from().map(t -> !e.end().isBefore(t)).orElse(true)
                && f.to().map(t -> e.start().isBefore(t)).orElse(true);
    return byId.values().stream().filter(keep).toList();
  }

  /** One event, when it exists and the caller is cleared for it. */
  public Optional<EventView> get(Principal p, String id) {
    return Optional.ofNullable(byId.get(id)).filter(e -> p.isClearedFor(e.marking()));
  }

  /** The event types present (for filters in the UI), judged on the caller's events. */
  public List<String> types(Principal p) {
    return byId.values().stream()
        .filter(e -> p.isClearedFor(e.marking()))
        .map(EventView::type)
        .distinct()
        .sorted()
        .toList();
  }
}
