package org.tidewatch.server.data;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.tidewatch.core.store.StoredEvent;
import org.tidewatch.core.store.TrackStore;
import org.tidewatch.core.track.BoundingBox;
import org.tidewatch.server.auth.Principal;

/**
 * The detected events, loaded once from the store's {@link org.tidewatch.core.store.EventStore}
 * (which today answers per vessel only) and filtered here by type, vessel, box, time and, always,
 * by the caller's clearances.
 */
public final class EventCatalog {
  static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
  static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

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

  EventCatalog(TrackStore store, Iterable<Integer> mmsis) {
    List<EventView> all = new ArrayList<>();
    for (int mmsi : mmsis) {
      for (StoredEvent e : store.events().events(mmsi, EARLIEST, LATEST)) {
        all.add(EventView.of(e));
      }
    }
    all.sort(Comparator.comparing(EventView::start).thenComparing(EventView::id));
    for (EventView e : all) {
      byId.putIfAbsent(e.id(), e);
      markingsById.computeIfAbsent(e.id(), k -> new HashSet<>()).add(e.marking());
    }
  }

  /**
   * The markings of the stored events with this id ({@code TYPE:subjectMmsi:startEpochSecond}), all
   * of them when the store holds more than one; empty when no stored event has it.
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
