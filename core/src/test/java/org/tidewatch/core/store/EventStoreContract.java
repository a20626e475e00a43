package org.tidewatch.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.detect.DetectedEvent;
import org.tidewatch.core.detect.EventType;
import org.tidewatch.core.provenance.Releasability;
import org.tidewatch.core.track.BoundingBox;

/**
 * The typed-event part of the store contract ({@link EventStore}); {@link TrackStoreContract}
 * implements it, so a backend that runs that contract runs these tests too.
 */
public interface EventStoreContract {
  Instant E0 = Instant.parse("2024-05-01T00:00:00Z");
  Releasability SECRET = new Releasability("SECRET REL TO GBR, USA");
  int SUBJECT = 273_000_001;

  /** The store under test (new and empty for each test). */
  TrackStore eventStore();

  /** Closes the store and opens the same data again. */
  TrackStore reopenEventStore();

  private static List<MarkedEvent> marked(List<DetectedEvent> es, Releasability r) {
    return es.stream().map(e -> new MarkedEvent(e, r)).toList();
  }

  private static Instant day(int d) {
    return E0.plusSeconds(86_400L * d);
  }

  @Test
  default void typedEvents_roundTripEveryType_andSurviveReopening() {
    List<DetectedEvent> all = EventFixtures.everyType(E0, SUBJECT);
    assertThat(all.stream().map(DetectedEvent::type).distinct()).hasSize(10);
    eventStore().events().replace(day(0), day(2), marked(all, SECRET), "test-1", Optional.empty());
    List<EventRecord> found = reopenEventStore().events().find(EventFilter.all());
    assertThat(found).hasSize(all.size());
    assertThat(found.stream().map(r -> r.event().orElseThrow()).toList())
        .containsExactlyInAnyOrderElementsOf(all);
    for (EventRecord r : found) {
      DetectedEvent e = r.event().orElseThrow();
      assertThat(r).isEqualTo(EventRecord.of(new MarkedEvent(e, SECRET)));
    }
    DetectedEvent sts = all.get(1);
    assertThat(reopenEventStore().events().event(sts.id()).orElseThrow().event()).contains(sts);
    assertThat(eventStore().events().event("STS:1:2")).isEmpty();
  }

  @Test
  default void find_ordersByStartThenId_andAppliesEveryFilter() {
    List<DetectedEvent> all = EventFixtures.everyType(E0, SUBJECT);
    EventStore s = eventStore().events();
    s.replace(day(0), day(2), marked(all, SECRET), "test-1", Optional.empty());
    List<EventRecord> found = s.find(EventFilter.all());
    assertThat(found)
        .isSortedAccordingTo(
            java.util.Comparator.comparing(EventRecord::start).thenComparing(EventRecord::id));
    assertThat(s.find(EventFilter.all().withTypes(Set.of(EventType.STS, EventType.DARK_PERIOD))))
        .extracting(EventRecord::type)
        .containsExactly("STS", "DARK_PERIOD");
    // [from, to): events ending at or after from, starting before to
    assertThat(s.find(EventFilter.all().overlapping(E0.plusSeconds(7200), E0.plusSeconds(7201))))
        .extracting(EventRecord::type)
        .containsExactly("PORT_CALL", "STS", "POSSIBLE_STS");
    assertThat(s.find(EventFilter.all().withMinConfidence(0.87)))
        .extracting(EventRecord::type)
        .containsExactly("STS", "DARK_PERIOD", "SHARED_MMSI", "IDENTITY_CHANGE");
    // a box across the antimeridian takes both gaps (lon 179.9 and -179.9), nothing else
    assertThat(s.find(EventFilter.all().inside(new BoundingBox(9, 179, 11, -179))))
        .extracting(EventRecord::type)
        .containsExactly("DARK_PERIOD", "AIS_GAP");
    assertThat(s.find(EventFilter.all().inside(new BoundingBox(34, 124, 36, 126)).limitedTo(1)))
        .extracting(EventRecord::type)
        .containsExactly("STS");
    assertThat(s.find(EventFilter.all().limitedTo(0))).isEmpty();
    assertThat(s.find(EventFilter.all().limitedTo(3))).isEqualTo(found.subList(0, 3));
    // summaries: the same records without the typed events
    assertThat(s.summaries(EventFilter.all().withMinConfidence(0.87)))
        .isEqualTo(
            s.find(EventFilter.all().withMinConfidence(0.87)).stream()
                .map(
                    r ->
                        new EventRecord(
                            r.id(),
                            r.type(),
                            r.mmsis(),
                            r.start(),
                            r.end(),
                            r.latitude_deg(),
                            r.longitude_deg(),
                            r.confidence(),
                            r.summary(),
                            r.releasability(),
                            Optional.empty()))
                .toList());
  }

  @Test
  default void find_byMmsi_findsBothSidesOfAnEncounter() {
    EventStore s = eventStore().events();
    s.replace(
        day(0),
        day(2),
        marked(EventFixtures.everyType(E0, SUBJECT), SECRET),
        "test-1",
        Optional.empty());
    assertThat(s.find(EventFilter.all().involving(SUBJECT + 1)))
        .extracting(EventRecord::id)
        .containsExactly(
            "STS:" + SUBJECT + "+" + (SUBJECT + 1) + ":" + (E0.getEpochSecond() + 3600));
    assertThat(s.find(EventFilter.all().involving(SUBJECT + 3)))
        .extracting(EventRecord::type)
        .containsExactly("IDENTITY_CHANGE");
    assertThat(s.find(EventFilter.all().involving(SUBJECT))).hasSize(10);
    assertThat(s.events(SUBJECT + 1, E0, day(1)))
        .extracting(StoredEvent::detector, StoredEvent::mmsi)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("STS", SUBJECT));
    assertThat(s.find(EventFilter.all().involving(999))).isEmpty();
  }

  @Test
  default void replace_isIdempotent_replacesItsWindowOnly_andStoresTheCheckpoint() {
    EventStore s = eventStore().events();
    List<DetectedEvent> day0 = EventFixtures.everyType(day(0), SUBJECT);
    List<DetectedEvent> day1 = EventFixtures.everyType(day(1), SUBJECT);
    DetectionCheckpoint cp1 =
        new DetectionCheckpoint(day(2), new java.util.TreeMap<>(Map.of(19844L, 10L, 19845L, 20L)));
    int run1 =
        s.replace(
            day(0),
            day(2),
            marked(concat(day0, day1), Releasability.UNMARKED),
            "v1",
            Optional.of(cp1));
    List<EventRecord> once = s.find(EventFilter.all());
    assertThat(once).hasSize(20);
    int run2 =
        s.replace(
            day(0),
            day(2),
            marked(concat(day0, day1), Releasability.UNMARKED),
            "v1",
            Optional.of(cp1));
    assertThat(run2).isGreaterThan(run1);
    assertThat(s.find(EventFilter.all())).isEqualTo(once);
    assertThat(s.checkpoint()).contains(cp1);
    // a rerun of day 1 that finds only the port call: day 0 kept, day 1 replaced
    DetectionCheckpoint cp2 =
        new DetectionCheckpoint(day(3), new java.util.TreeMap<>(Map.of(19846L, 5L)));
    s.replace(day(1), day(2), marked(day1.subList(0, 1), SECRET), "v2", Optional.of(cp2));
    List<EventRecord> after = s.find(EventFilter.all());
    assertThat(after).hasSize(11);
    assertThat(after.subList(0, 10)).isEqualTo(once.subList(0, 10));
    assertThat(after.get(10).event()).contains(day1.get(0));
    assertThat(after.get(10).releasability()).isEqualTo(SECRET);
    assertThat(reopenEventStore().events().checkpoint()).contains(cp2);
  }

  @Test
  default void replace_updatesAnEventThatStartedBeforeTheWindow_andRefusesDuplicateIds() {
    EventStore s = eventStore().events();
    DetectedEvent gap = EventFixtures.everyType(day(0), SUBJECT).get(4);
    s.replace(day(0), day(1), marked(List.of(gap), SECRET), "v1", Optional.empty());
    assertThat(s.checkpoint()).isEmpty();
    // a later window closes the open gap that started in day 0: same id, new content
    DetectedEvent closed = EventFixtures.everyType(day(0), SUBJECT).get(5);
    DetectedEvent reopened =
        new org.tidewatch.core.detect.AisGap(
            true,
            SUBJECT,
            gap.start(),
            gap.end().plusSeconds(600),
            false,
            10,
            179.9,
            11,
            179.95,
            1000,
            1,
            2,
            java.util.OptionalDouble.of(5),
            0.99,
            List.of());
    s.replace(day(1), day(2), marked(List.of(reopened), SECRET), "v1", Optional.empty());
    assertThat(s.find(EventFilter.all()))
        .extracting(r -> r.event().orElseThrow())
        .containsExactly(reopened);
    assertThatThrownBy(
            () ->
                s.replace(
                    day(0),
                    day(9),
                    marked(List.of(closed, closed), SECRET),
                    "v1",
                    Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(s.find(EventFilter.all())).hasSize(1);
  }

  @Test
  default void summaryRows_andTypedEvents_shareTheStore() {
    EventStore s = eventStore().events();
    StoredEvent row =
        new StoredEvent(
            "dark-period", SUBJECT, E0, E0.plusSeconds(7200), 50, 1, "dark 2 h", SECRET);
    s.append(List.of(row));
    EventRecord r = s.find(EventFilter.all()).get(0);
    assertThat(r.id()).isEqualTo("DARK_PERIOD:" + SUBJECT + ":" + E0.getEpochSecond());
    assertThat(r.type()).isEqualTo("DARK_PERIOD");
    assertThat(r.event()).isEmpty();
    assertThat(r.confidence()).isEmpty();
    assertThat(s.find(EventFilter.all().withMinConfidence(0))).isEmpty();
    assertThat(s.find(EventFilter.all().withTypes(Set.of(EventType.DARK_PERIOD)))).hasSize(1);
    assertThat(s.events(SUBJECT, E0, E0.plusSeconds(1))).containsExactly(row);
    // appending the same id again replaces it
    s.append(List.of(row));
    assertThat(s.find(EventFilter.all())).hasSize(1);
    // a detection window covering it replaces it too
    s.replace(day(0), day(1), List.of(), "v1", Optional.empty());
    assertThat(s.find(EventFilter.all())).isEmpty();
  }

  @Test
  default void markings_listEveryMarkingRecorded_byText() {
    TrackStore st = eventStore();
    assertThat(st.identities().markings()).isEmpty();
    st.events()
        .replace(
            day(0),
            day(1),
            marked(EventFixtures.everyType(E0, SUBJECT).subList(0, 1), SECRET),
            "v1",
            Optional.empty());
    st.events()
        .append(
            List.of(
                new StoredEvent("sts", SUBJECT, E0, E0, 1, 1, "x", new Releasability("ALPHA"))));
    assertThat(reopenEventStore().identities().markings())
        .containsExactly(new Releasability("ALPHA"), SECRET);
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
