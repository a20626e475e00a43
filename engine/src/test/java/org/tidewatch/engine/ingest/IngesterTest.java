package org.tidewatch.engine.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.core.store.BadRow;
import org.tidewatch.core.store.VesselQuery;
import org.tidewatch.core.track.ClaimKind;
import org.tidewatch.core.track.IdentityClaim;
import org.tidewatch.core.track.Position;
import org.tidewatch.store.duckdb.DuckDbTrackStore;

class IngesterTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
  @TempDir Path tmp;

  static Path fixture(Path dir) throws IOException {
    Path f = dir.resolve("marinecadastre-sample.csv");
    try (InputStream in = IngesterTest.class.getResourceAsStream("marinecadastre-sample.csv")) {
      Files.copy(in, f);
    }
    return f;
  }

  static IngestReport ingest(DuckDbTrackStore s, IngestOptions o, Path... files) {
    return new Ingester(s, o, new IngestListener() {}, CLOCK).ingest(List.of(files), "test");
  }

  @Test
  void csv_goodRowsStored_badRowsCountedWithLine_andSecondRunAddsNothing() throws IOException {
    Path csv = fixture(tmp);
    try (DuckDbTrackStore s = DuckDbTrackStore.open(tmp.resolve("data"))) {
      IngestReport r = ingest(s, IngestOptions.defaults(), csv);
      FileResult f = r.files().get(0);
      assertThat(f.status()).isEqualTo(FileResult.Status.INGESTED);
      assertThat(f.format()).contains(InputFormat.CSV);
      assertThat(f.positions()).isEqualTo(13);
      assertThat(f.staticReports()).isEqualTo(6);
      assertThat(f.badRows()).extracting(BadRow::line).containsExactly(9L, 11L, 16L);
      assertThat(f.badRows().get(0).reason()).contains("impossible coordinates");
      assertThat(f.badRows().get(0).source()).endsWith("marinecadastre-sample.csv");
      assertThat(s.positions().count()).isEqualTo(13);

      IngestReport again = ingest(s, IngestOptions.defaults(), csv);
      assertThat(again.files().get(0).status()).isEqualTo(FileResult.Status.ALREADY_INGESTED);
      assertThat(again.files().get(0).badRowsTotal()).isEqualTo(3);
      assertThat(s.positions().count()).isEqualTo(13);
      assertThat(s.staticReports().count()).isEqualTo(6);

      // a vessel renamed mid-file shows both names in its identity timeline
      assertThat(s.identities().timeline(538004505).of(ClaimKind.NAME))
          .extracting(IdentityClaim::value)
          .containsExactly("OCEAN GLORY", "SEA GLORY");
      assertThat(s.identities().search(VesselQuery.byImo("9307839"), 10)).hasSize(1);
      List<Position> track =
          s.positions()
              .track(
                  636021061,
                  Instant.parse("2023-01-11T00:00:00Z"),
                  Instant.parse("2023-01-13T00:00:00Z"),
                  Optional.empty());
      assertThat(track).hasSize(5);
      assertThat(track.get(0).speedOverGround_kn()).hasValue(8.8);
      assertThat(
              s.positions()
                  .track(367752440, StoreSnapshot.FROM, StoreSnapshot.TO, Optional.empty())
                  .get(0)
                  .trueHeading_deg())
          .isEmpty(); // 511 = not available
    }
  }

  /**
   * A file of a size no stored file has is new: it is hashed while it is read. One of a size
   * already stored is hashed first (it may be the same content, or a resume): a different file of
   * the same size is still stored, under its own hash.
   */
  @Test
  void aFileOfAKnownSizeButOtherContent_isStoredUnderItsOwnHash() throws IOException {
    Path csv = fixture(tmp);
    String text = Files.readString(csv);
    // the same size, one vessel's name changed (letters for letters)
    Path other =
        Files.writeString(tmp.resolve("other.csv"), text.replace("OCEAN GLORY", "OCEAN GLOWS"));
    assertThat(Files.size(other)).isEqualTo(Files.size(csv));
    assertThat(Files.readString(other)).isNotEqualTo(text);
    try (DuckDbTrackStore s = DuckDbTrackStore.open(tmp.resolve("data"))) {
      IngestReport r = ingest(s, IngestOptions.defaults(), csv, other);
      assertThat(r.files())
          .extracting(FileResult::status)
          .containsExactly(FileResult.Status.INGESTED, FileResult.Status.INGESTED);
      assertThat(s.ingest().sources())
          .extracting(st -> st.file().sha256())
          .containsExactly(Ingester.sha256(csv), Ingester.sha256(other));
      assertThat(s.ingest().sources()).allMatch(st -> st.complete());
      assertThat(s.identities().timeline(538004505).of(ClaimKind.NAME))
          .extracting(IdentityClaim::value)
          .contains("OCEAN GLOWS", "OCEAN GLORY");
    }
  }

  @Test
  void theSameContentUnderAnotherName_isNotStoredTwice() throws IOException {
    Path csv = fixture(tmp);
    Path copy = Files.copy(csv, tmp.resolve("renamed.txt"));
    try (DuckDbTrackStore s = DuckDbTrackStore.open(tmp.resolve("data"))) {
      IngestReport r = ingest(s, IngestOptions.defaults(), csv, copy);
      assertThat(r.files().get(1).status()).isEqualTo(FileResult.Status.ALREADY_INGESTED);
      assertThat(s.positions().count()).isEqualTo(13);
    }
  }

  @Test
  void resultDoesNotDependOnBatchSize() throws IOException {
    Path csv = fixture(tmp);
    try (DuckDbTrackStore one = DuckDbTrackStore.open(tmp.resolve("one"));
        DuckDbTrackStore small = DuckDbTrackStore.open(tmp.resolve("small"))) {
      ingest(one, IngestOptions.defaults(), csv);
      ingest(small, IngestOptions.defaults().withBatchSize(4), csv);
      assertThat(StoreSnapshot.of(small)).isEqualTo(StoreSnapshot.of(one));
    }
  }

  @Test
  void truncatedGzip_keepsTheGoodRowsBeforeTheBreak_andReportsIt() throws IOException {
    Path csv = fixture(tmp);
    byte[] gz;
    try (var bytes = new java.io.ByteArrayOutputStream();
        OutputStream out = new GZIPOutputStream(bytes)) {
      // repeat the rows so the stream is long enough to cut mid-way
      String text = Files.readString(csv);
      String body = text.substring(text.indexOf('\n') + 1);
      StringBuilder sb = new StringBuilder(text);
      for (int i = 0; i < 200; i++) {
        sb.append(body.replace("2023-01-11T00:0", "2023-01-11T0" + (i % 10) + ":" + (i / 10 % 6)));
      }
      out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
      out.close();
      gz = bytes.toByteArray();
    }
    Path cut = tmp.resolve("cut.csv.gz");
    Files.write(cut, java.util.Arrays.copyOf(gz, gz.length / 2));
    try (DuckDbTrackStore s = DuckDbTrackStore.open(tmp.resolve("data"))) {
      FileResult f = ingest(s, IngestOptions.defaults(), cut).files().get(0);
      assertThat(f.status()).isEqualTo(FileResult.Status.INGESTED);
      assertThat(f.positions()).isGreaterThan(100);
      assertThat(f.badRowsTotal())
          .isGreaterThan(f.badRows().size()); // the report lists the first 20
      long sourceId = s.ingest().sources().get(0).sourceId();
      List<BadRow> all = s.ingest().badRows(sourceId);
      assertThat(all.get(all.size() - 1).reason()).contains("truncated or corrupt");
    }
  }

  @Test
  void parquet_withTheSameColumns_givesTheSameStoreAsTheCsv() throws IOException, SQLException {
    Path csv = fixture(tmp);
    Path parquet = tmp.resolve("sample.parquet");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement()) {
      st.execute(
          "COPY (SELECT * FROM read_csv('"
              + csv
              + "', all_varchar = true, ignore_errors = true, null_padding = false))"
              + " TO '"
              + parquet
              + "' (FORMAT parquet)");
    }
    try (DuckDbTrackStore s = DuckDbTrackStore.open(tmp.resolve("data"))) {
      FileResult f = ingest(s, IngestOptions.defaults(), parquet).files().get(0);
      assertThat(f.format()).contains(InputFormat.PARQUET);
      assertThat(f.status()).isEqualTo(FileResult.Status.INGESTED);
      assertThat(f.positions()).isGreaterThanOrEqualTo(12);
      assertThat(s.identities().timeline(538004505).of(ClaimKind.NAME)).hasSize(2);
    }
  }

  @Test
  void nmeaWithoutTimes_isRefusedClearly_andAcceptedWithTimeFrom() throws IOException {
    Path nmea = tmp.resolve("plain.nmea");
    Files.writeString(
        nmea,
        "!AIVDM,1,1,,B,13aDp<PP000IwSlN?Wm@0?wN2<1T,0*29\n"
            + "!AIVDM,1,1,,B,13aGrVHP000J8VDN?5B@0?wR06bL,0*29\n");
    try (DuckDbTrackStore s = DuckDbTrackStore.open(tmp.resolve("data"))) {
      FileResult f = ingest(s, IngestOptions.defaults(), nmea).files().get(0);
      assertThat(f.status()).isEqualTo(FileResult.Status.REFUSED);
      assertThat(f.message().orElseThrow()).contains("--time-from").contains("line 1");
      Instant t = Instant.parse("2020-05-01T12:00:00Z");
      FileResult ok = ingest(s, IngestOptions.defaults().withTimeFrom(t), nmea).files().get(0);
      assertThat(ok.status()).isEqualTo(FileResult.Status.INGESTED);
      assertThat(ok.positions()).isEqualTo(2);
      assertThat(s.positions().dailyCounts(t.minus(Duration.ofDays(1)), t.plus(Duration.ofDays(1))))
          .singleElement()
          .satisfies(d -> assertThat(d.positions()).isEqualTo(2));
    }
  }

  @Test
  void aRunThatFailsIsEndedAsFailed_andTheCommittedBatchesStay() throws IOException {
    Path csv = fixture(tmp);
    try (DuckDbTrackStore s = DuckDbTrackStore.open(tmp.resolve("data"))) {
      org.tidewatch.core.store.TrackStore failing = failingOnCommit(s, 3);
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () ->
                  new Ingester(
                          failing,
                          IngestOptions.defaults().withBatchSize(4),
                          new IngestListener() {},
                          CLOCK)
                      .ingest(List.of(csv), "test"))
          .hasMessageContaining("disk full");
      org.tidewatch.core.store.IngestRun run = s.ingest().runs().get(0);
      assertThat(run.finishedAt()).isPresent();
      assertThat(run.outcome())
          .hasValueSatisfying(o -> assertThat(o).contains("failed", "disk full"));
      assertThat(s.positions().count()).isPositive(); // the two batches committed before
      // and a rerun completes the file
      IngestReport again = ingest(s, IngestOptions.defaults().withBatchSize(4), csv);
      assertThat(again.files().get(0).status()).isEqualTo(FileResult.Status.INGESTED);
      assertThat(s.positions().count()).isEqualTo(13);
    }
  }

  /** The store, whose {@code n}-th commit fails. */
  private static org.tidewatch.core.store.TrackStore failingOnCommit(DuckDbTrackStore s, int n) {
    org.tidewatch.core.store.IngestRunStore in = s.ingest();
    org.tidewatch.core.store.IngestRunStore failing =
        (org.tidewatch.core.store.IngestRunStore)
            java.lang.reflect.Proxy.newProxyInstance(
                IngesterTest.class.getClassLoader(),
                new Class<?>[] {org.tidewatch.core.store.IngestRunStore.class},
                new java.lang.reflect.InvocationHandler() {
                  private int commits;

                  @Override
                  public Object invoke(Object p, java.lang.reflect.Method m, Object[] a)
                      throws Throwable {
                    if (m.getName().equals("commit") && ++commits == n) {
                      throw new IllegalStateException("disk full");
                    }
                    try {
                      return m.invoke(in, a);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                      throw e.getCause();
                    }
                  }
                });
    return (org.tidewatch.core.store.TrackStore)
        java.lang.reflect.Proxy.newProxyInstance(
            IngesterTest.class.getClassLoader(),
            new Class<?>[] {org.tidewatch.core.store.TrackStore.class},
            (p, m, a) -> {
              if (m.getName().equals("ingest")) {
                return failing;
              }
              try {
                return m.invoke(s, a);
              } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }
}
