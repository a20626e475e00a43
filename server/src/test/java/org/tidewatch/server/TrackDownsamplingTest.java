package org.tidewatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.core.track.Position;
import org.tidewatch.server.auth.Principal;
import org.tidewatch.server.auth.Role;
import org.tidewatch.server.data.TrackService;
import org.tidewatch.store.duckdb.DuckDbTrackStore;

/**
 * The store-downsampled track served to fully cleared callers is the same list as the track
 * filtered and downsampled in Java (ties in time between two sources included: the mixed vessel has
 * reports from both sources at the same instants).
 */
class TrackDownsamplingTest {
  @TempDir Path dir;

  @Test
  void storeDownsamplingAnswersLikeJavaDownsampling() {
    try (DuckDbTrackStore store = DuckDbTrackStore.open(dir)) {
      TestWorld.fill(store);
      TrackService tracks = new TrackService(store);
      Principal all = new Principal("t", Role.ANALYST, Set.of("UNMARKED", TestWorld.SECRET));
      Instant t0 = TestWorld.T0;
      List<Instant[]> windows =
          List.of(
              new Instant[] {t0.minusSeconds(3600), t0.plus(Duration.ofDays(2))},
              new Instant[] {t0.plusSeconds(1234), t0.plusSeconds(40_000)},
              new Instant[] {t0.plusSeconds(301), t0.plusSeconds(302)});
      int compared = 0;
      for (int mmsi : new int[] {TestWorld.LISTED, TestWorld.MIXED, TestWorld.SECRET_ONLY}) {
        for (Instant[] w : windows) {
          for (long s : new long[] {1, 299, 300, 600, 1000, 3600, 25_200}) {
            Duration interval = Duration.ofSeconds(s);
            List<Position> expected = tracks.track(all, mmsi, w[0], w[1], interval);
            assertThat(tracks.trackFullyCleared(mmsi, w[0], w[1], interval))
                .as("%d %s..%s every %d s", mmsi, w[0], w[1], s)
                .isEqualTo(expected);
            compared += expected.size();
          }
        }
      }
      assertThat(compared).isGreaterThan(1000);
    }
  }
}
