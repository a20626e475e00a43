package org.tidewatch.engine.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.core.store.VesselQuery;
import org.tidewatch.core.track.BoundingBox;
import org.tidewatch.core.track.ClaimKind;
import org.tidewatch.store.duckdb.DuckDbTrackStore;

/** Real files from the corpus (NOAA MarineCadastre, AISdb NMEA 4 tag blocks, AMSA, USCG). */
class CorpusIngestTest {
  @TempDir Path tmp;

  static Path corpus(String rel) {
    Path root = Path.of(System.getProperty("tidewatch.corpus", "../shared/corpus"));
    Path f = root.resolve(rel);
    assumeTrue(Files.isRegularFile(f), "corpus file absent, skipping: " + f);
    return f;
  }

  @Test
  void noaaMarineCadastreSnapshot_loadsAndQueries() {
    Path f = corpus("ais-tracks/aisdb/test_data_noaa_20230101.csv");
    try (DuckDbTrackStore s = DuckDbTrackStore.open(tmp)) {
      FileResult r = IngesterTest.ingest(s, IngestOptions.defaults(), f).files().get(0);
      assertThat(r.status()).isEqualTo(FileResult.Status.INGESTED);
      assertThat(r.positions() + r.badRowsTotal()).isEqualTo(1000);
      assertThat(r.positions()).isGreaterThan(990);
      assertThat(s.identities().search(VesselQuery.byName("MSC NAISHA"), 10))
          .singleElement()
          .satisfies(v -> assertThat(v.imo()).contains("9307839"));
      Instant at = Instant.parse("2023-01-11T00:00:00Z");
      // the Florida strait at the snapshot's second
      assertThat(
              s.positions()
                  .latestInBox(new BoundingBox(24, -82, 27, -79), at, Duration.ofMinutes(5)))
          .isNotEmpty()
          .allSatisfy(p -> assertThat(p.latitude_deg()).isBetween(24.0, 27.0));
    }
  }

  @Test
  void nmea4TagBlocks_loadWithTheirTimes() {
    Path f = corpus("ais-tracks/aisdb/test_data_20211101.nm4");
    try (DuckDbTrackStore s = DuckDbTrackStore.open(tmp)) {
      FileResult r = IngesterTest.ingest(s, IngestOptions.defaults(), f).files().get(0);
      assertThat(r.status()).isEqualTo(FileResult.Status.INGESTED);
      assertThat(r.positions()).isGreaterThan(300);
      assertThat(
              s.positions()
                  .dailyCounts(
                      Instant.parse("2021-10-31T00:00:00Z"), Instant.parse("2021-11-03T00:00:00Z")))
          .isNotEmpty()
          .allSatisfy(d -> assertThat(d.day().getYear()).isEqualTo(2021));
    }
  }

  @Test
  void gzippedSatelliteFeed_andUscgWrappers_load() {
    Path gz = corpus("ais/amsa-risky/ais.txt.gz");
    Path uscg = corpus("ais-tracks/aisdb/test_data_201201.nmea");
    try (DuckDbTrackStore s = DuckDbTrackStore.open(tmp)) {
      // the AMSA file has no receiver times: refused without --time-from, loaded with it
      assertThat(IngesterTest.ingest(s, IngestOptions.defaults(), gz).files().get(0).message())
          .hasValueSatisfying(m -> assertThat(m).contains("--time-from"));
      IngestReport r =
          IngesterTest.ingest(
              s,
              IngestOptions.defaults().withTimeFrom(Instant.parse("2015-01-01T00:00:00Z")),
              gz,
              uscg);
      assertThat(r.files())
          .allSatisfy(fr -> assertThat(fr.status()).isEqualTo(FileResult.Status.INGESTED));
      assertThat(r.files().get(1).positions()).isEqualTo(3);
      assertThat(r.files().get(1).badRows()).extracting(b -> b.line()).containsExactly(11L, 21L);
      assertThat(r.files().get(0).positions() + r.files().get(0).staticReports()).isPositive();
    }
  }

  @Test
  void gfwPointPair_mmsiSharedByTwoShips_showsBothIdentities() throws Exception {
    // 240000000: one MMSI used by two ships in one month (GFW gpsdio-segment fixtures);
    // the derived CSV is re-shaped into MarineCadastre columns by DuckDB for this test
    Path src = corpus("ais-tracks/gpsdio-segment/point-pair/240000000.msg.csv");
    Path csv = tmp.resolve("240000000-marinecadastre.csv");
    try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
        var st = c.createStatement()) {
      st.execute(
          "COPY (SELECT * EXCLUDE (has_position) FROM (SELECT mmsi AS MMSI,"
              + " strftime(timestamp::TIMESTAMP, '%Y-%m-%dT%H:%M:%S') AS BaseDateTime,"
              + " lat AS LAT, lon AS LON, speed AS SOG, course AS COG, heading AS Heading,"
              + " last_value(nullif(shipname, '') IGNORE NULLS) OVER w AS VesselName,"
              + " last_value(nullif(imo, '0') IGNORE NULLS) OVER w AS IMO,"
              + " last_value(nullif(callsign, '') IGNORE NULLS) OVER w AS CallSign,"
              + " NULL AS VesselType, status AS Status, NULL AS Length, NULL AS Width,"
              + " NULL AS Draft, NULL AS Cargo, 'A' AS TransceiverClass,"
              + " lat IS NOT NULL AND lat <> '' AS has_position"
              + " FROM read_csv('"
              + src
              + "', all_varchar = true)"
              + " WINDOW w AS (ORDER BY timestamp ROWS UNBOUNDED PRECEDING))"
              + " WHERE has_position ORDER BY BaseDateTime) TO '"
              + csv
              + "' (HEADER, DELIMITER ',')");
    }
    try (DuckDbTrackStore s = DuckDbTrackStore.open(tmp.resolve("data"))) {
      IngesterTest.ingest(s, IngestOptions.defaults(), csv);
      assertThat(s.identities().timeline(240000000).of(ClaimKind.NAME))
          .extracting(c -> c.value())
          .contains("IMPALA MAGDALENA", "WARSHIP M71");
      assertThat(s.identities().mmsisWithDistinct(ClaimKind.NAME, 2)).contains(240000000);
      assertThat(
              s.positions()
                  .track(
                      240000000,
                      Instant.parse("2015-01-01T00:00:00Z"),
                      Instant.parse("2015-02-01T00:00:00Z"),
                      Optional.of(Duration.ofHours(1))))
          .isNotEmpty();
    }
  }
}
