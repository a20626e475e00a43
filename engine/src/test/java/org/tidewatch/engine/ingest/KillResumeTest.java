package org.tidewatch.engine.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.store.duckdb.DuckDbTrackStore;

/**
 * Kills an ingest running in another JVM (SIGKILL, no shutdown hooks) after some batches are
 * committed, resumes it in this JVM, and checks that the store equals one made by a single
 * uninterrupted ingest.
 */
class KillResumeTest {
  @TempDir Path tmp;

  /** A synthetic MarineCadastre file: 300 vessels, with renames and a bad row every 997 lines. */
  static Path synthetic(Path dir, int rows) throws IOException {
    Path f = dir.resolve("synthetic.csv");
    Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
    try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
      w.write(
          "MMSI,BaseDateTime,LAT,LON,SOG,COG,Heading,VesselName,IMO,CallSign,VesselType,Status,"
              + "Length,Width,Draft,Cargo,TransceiverClass\n");
      for (int i = 0; i < rows; i++) {
        int v = i % 300;
        int mmsi = 636_000_000 + v;
        String t = t0.plusSeconds(i).toString().replace("Z", "");
        double lat = 10 + v * 0.1 + i * 1e-6;
        double lon = 20 + i * 1e-6;
        if (i % 997 == 500) {
          lat = 123; // impossible
        }
        String name = "VESSEL " + v + (i > rows / 2 && v % 7 == 0 ? " II" : "");
        w.write(
            String.format(
                Locale.ROOT,
                "%d,%s,%.6f,%.6f,%.1f,%.1f,%d,%s,IMO%07d,CS%d,70,0,%d,30,8.0,70,A\n",
                mmsi,
                t,
                lat,
                lon,
                (i % 150) / 10.0,
                (i % 3600) / 10.0,
                i % 360,
                name,
                9_000_000 + v,
                v,
                100 + v % 50));
      }
    }
    return f;
  }

  @Test
  void killedIngest_resumes_toExactlyTheStoreOfOneRun() throws Exception {
    Path file = synthetic(tmp, 200_000);
    int batch = 5_000;
    Path killed = tmp.resolve("killed");
    String java = ProcessHandle.current().info().command().orElse("java");
    Process child =
        new ProcessBuilder(
                java,
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                IngestChild.class.getName(),
                killed.toString(),
                file.toString(),
                Integer.toString(batch))
            .redirectErrorStream(true)
            .start();
    long lastCommitted = -1;
    boolean finished = false;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith("committed ")) {
          lastCommitted = Long.parseLong(line.substring(10));
          if (lastCommitted >= 8L * batch) {
            child.destroyForcibly(); // SIGKILL: in the middle of the next batches
            break;
          }
        } else if (line.equals("done")) {
          finished = true;
        }
      }
    }
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(finished).as("the child must be killed before it finishes").isFalse();
    assertThat(lastCommitted).isGreaterThan(0);

    try (DuckDbTrackStore resumed = DuckDbTrackStore.open(killed);
        DuckDbTrackStore once = DuckDbTrackStore.open(tmp.resolve("once"))) {
      long before = resumed.ingest().sources().get(0).committedSequence();
      assertThat(before).isGreaterThanOrEqualTo(lastCommitted);
      assertThat(resumed.ingest().sources().get(0).complete()).isFalse();
      FileResult r =
          IngesterTest.ingest(resumed, IngestOptions.defaults().withBatchSize(batch), file)
              .files()
              .get(0);
      assertThat(r.resumedFrom()).isEqualTo(before);
      IngesterTest.ingest(once, IngestOptions.defaults(), file);

      StoreSnapshot a = StoreSnapshot.of(resumed);
      StoreSnapshot b = StoreSnapshot.of(once);
      assertThat(a.positions()).hasSize(b.positions().size());
      assertThat(a.positions()).isEqualTo(b.positions());
      assertThat(a.statics()).isEqualTo(b.statics());
      assertThat(a.identities()).isEqualTo(b.identities());
      assertThat(a.badRows()).isEqualTo(b.badRows());
      assertThat(a.sources()).isEqualTo(b.sources());
      assertThat(a.positions().size() + a.badRows().get(0).size()).isEqualTo(200_000);
      assertThat(List.of(resumed.ingest().runs().size())).containsExactly(2);
    }
  }
}
