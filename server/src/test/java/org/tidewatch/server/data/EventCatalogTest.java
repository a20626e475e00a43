package org.tidewatch.server.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.core.detect.Encounter;
import org.tidewatch.core.detect.EventType;
import org.tidewatch.core.detect.IdentityChange;
import org.tidewatch.core.provenance.Releasability;
import org.tidewatch.core.store.MarkedEvent;
import org.tidewatch.core.track.BoundingBox;
import org.tidewatch.server.auth.Principal;
import org.tidewatch.server.auth.Role;
import org.tidewatch.store.duckdb.DuckDbTrackStore;

/** The catalog serves the store's typed events: both sides of an encounter, markings enforced. */
class EventCatalogTest {
  private static final Instant T0 = Instant.parse("2024-03-01T00:00:00Z");
  private static final Releasability SECRET = new Releasability("SECRET");
  private static final int A = 352000001;
  private static final int B = 441000002;
  private static final int C = 273000003;

  @Test
  void typedEvents_areFoundFromEitherVessel_andOnlyByCallersClearedForThem(@TempDir Path dir) {
    Encounter sts =
        new Encounter(
            EventType.STS,
            A,
            B,
            T0,
            T0.plusSeconds(4 * 3600),
            38.9,
            124.1,
            150,
            0.5,
            24,
            30_000,
            0.9,
            List.of());
    IdentityChange idc =
        new IdentityChange(
            IdentityChange.Kind.NAME,
            List.of(C),
            T0.plusSeconds(3600),
            T0.plusSeconds(7200),
            Double.NaN,
            Double.NaN,
            "OLD",
            "NEW",
            0.8,
            List.of());
    EventCatalog catalog;
    try (DuckDbTrackStore s = DuckDbTrackStore.open(dir)) {
      s.events()
          .replace(
              T0,
              T0.plusSeconds(86_400),
              List.of(new MarkedEvent(sts, Releasability.UNMARKED), new MarkedEvent(idc, SECRET)),
              "test",
              Optional.empty());
      catalog = new EventCatalog(s, List.of(A, B, C));
    }
    Principal open = new Principal("ana", Role.ANALYST, Set.of("UNMARKED"));
    Principal cleared = new Principal("sec", Role.ANALYST, Set.of("UNMARKED", "SECRET"));
    EventCatalog.Filter byB =
        new EventCatalog.Filter(
            List.of(), Optional.of(B), Optional.empty(), Optional.empty(), Optional.empty());
    assertThat(catalog.find(open, byB)).extracting(EventView::id).containsExactly(sts.id());
    assertThat(catalog.find(open, byB).get(0).mmsis()).containsExactly(A, B);
    assertThat(catalog.find(open, EventCatalog.Filter.all()))
        .extracting(EventView::type)
        .containsExactly("STS");
    assertThat(catalog.find(cleared, EventCatalog.Filter.all()))
        .extracting(EventView::type)
        .containsExactly("STS", "IDENTITY_CHANGE");
    assertThat(catalog.get(open, idc.id())).isEmpty();
    assertThat(catalog.get(cleared, idc.id())).isPresent();
    assertThat(catalog.types(open)).containsExactly("STS");
    // an event without a position is never inside a box
    assertThat(
            catalog.find(
                cleared,
                new EventCatalog.Filter(
                    List.of(),
                    Optional.empty(),
                    Optional.of(new BoundingBox(-90, -180, 90, 180)),
                    Optional.empty(),
                    Optional.empty())))
        .extracting(EventView::type)
        .containsExactly("STS");
    // markings by the real id and by the subject-only form
    assertThat(catalog.markings(sts.id())).containsExactly("UNMARKED");
    assertThat(catalog.markings("STS:" + A + ":" + T0.getEpochSecond()))
        .containsExactly("UNMARKED");
    assertThat(catalog.markings(idc.id())).containsExactly("SECRET");
  }
}
