package org.tidewatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.core.track.Position;
import org.tidewatch.server.auth.Principal;
import org.tidewatch.server.auth.Role;
import org.tidewatch.server.data.TrackColumns;
import org.tidewatch.server.data.TrackService;
import org.tidewatch.store.duckdb.DuckDbTrackStore;

/**
 * Tracks cut from the cached vessel-months (columns) are the reports the reference definition keeps
 * from the store's raw track of the window ({@link TrackService#downsample}: filter by clearance,
 * then first report per interval and the last), for callers cleared for all, some or none of a
 * vessel's markings, windows inside one month and across a month boundary (the test world starts on
 * 1 March), and ties in time between two sources (the mixed vessel).
 */
class TrackDownsamplingTest {
  @TempDir Path dir;

  @Test
  void cachedColumnsAnswerLikeTheReferenceDownsampling() {
    try (DuckDbTrackStore store = DuckDbTrackStore.open(dir)) {
      TestWorld.fill(store);
      TrackService tracks = new TrackService(store);
      List<Principal> callers =
          List.of(
              new Principal("all", Role.ANALYST, Set.of("UNMARKED", TestWorld.SECRET)),
              new Principal("unmarked", Role.ANALYST, Set.of("UNMARKED")),
              new Principal("secret", Role.ANALYST, Set.of(TestWorld.SECRET)));
      Instant t0 = TestWorld.T0;
      List<Instant[]> windows =
          List.of(
              new Instant[] {t0.minusSeconds(3600), t0.plus(Duration.ofDays(2))},
              new Instant[] {t0.minus(Duration.ofDays(40)), t0.plus(Duration.ofDays(40))},
              new Instant[] {t0.plusSeconds(1234), t0.plusSeconds(40_000)},
              new Instant[] {t0.plusSeconds(301), t0.plusSeconds(302)},
              new Instant[] {t0.plusNanos(1), t0.plusSeconds(3600).plusNanos(1)});
      int compared = 0;
      for (int mmsi : new int[] {TestWorld.LISTED, TestWorld.MIXED, TestWorld.SECRET_ONLY}) {
        for (Instant[] w : windows) {
          List<Position> raw = store.positions().track(mmsi, w[0], w[1], Optional.empty());
          for (Principal p : callers) {
            for (long s : new long[] {0, 1, 299, 300, 600, 1000, 3600, 25_200}) {
              Duration interval = Duration.ofSeconds(s);
              List<Position> expected = TrackService.downsample(raw, p, interval);
              TrackColumns got = tracks.track(p, mmsi, w[0], w[1], interval);
              assertThat(asRows(got))
                  .as("%d %s %s..%s every %d s", mmsi, p.name(), w[0], w[1], s)
                  .isEqualTo(asRows(expected));
              compared += expected.size();
            }
          }
        }
      }
      assertThat(compared).isGreaterThan(1000);
    }
  }

  private static List<String> asRows(TrackColumns c) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < c.size(); i++) {
      out.add(
          c.time(i)
              + " "
              + c.latitude_deg(i)
              + " "
              + c.longitude_deg(i)
              + " "
              + c.speedOverGround_kn(i)
              + " "
              + c.courseOverGround_deg(i)
              + " "
              + c.trueHeading_deg(i));
    }
    return out;
  }

  private static List<String> asRows(List<Position> ps) {
    List<String> out = new ArrayList<>();
    for (Position p : ps) {
      out.add(
          p.time()
              + " "
              + p.latitude_deg()
              + " "
              + p.longitude_deg()
              + " "
              + p.speedOverGround_kn()
              + " "
              + p.courseOverGround_deg()
              + " "
              + p.trueHeading_deg());
    }
    return out;
  }
}
