package org.tidewatch.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.core.provenance.Releasability;
import org.tidewatch.core.store.EventFilter;
import org.tidewatch.core.store.EventRecord;
import org.tidewatch.core.store.StoredEvent;

/** A data directory written before typed events opens, its summary rows kept. */
class EventMigrationTest {
  @TempDir Path dir;

  @Test
  void placeholderEventsTable_isMigratedOnOpen() throws Exception {
    DuckDbTrackStore.open(dir).close();
    // turn it back into a store of the placeholder era
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:duckdb:" + dir.resolve(DuckDbTrackStore.FILE_NAME).toAbsolutePath());
        Statement s = c.createStatement()) {
      for (String t :
          List.of(
              "events", "event_vessels", "event_evidence", "detection_runs", "stage_event_ids")) {
        s.execute("DROP TABLE " + t);
      }
      s.execute(
          """
          CREATE TABLE events (
            detector VARCHAR NOT NULL, mmsi INTEGER NOT NULL, t_start TIMESTAMP NOT NULL,
            t_end TIMESTAMP NOT NULL, lat DOUBLE NOT NULL, lon DOUBLE NOT NULL,
            summary VARCHAR NOT NULL, marking VARCHAR NOT NULL)""");
      s.execute(
          "INSERT INTO events VALUES"
              + " ('dark-period', 1, '2024-01-01 00:00:00', '2024-01-01 03:00:00', 1, 2, 'dark',"
              + " 'SECRET'),"
              + " ('sts', 2, '2024-01-01 01:00:00.5', '2024-01-01 02:00:00', 3, 4, 'sts',"
              + " 'UNMARKED'),"
              + " ('sts', 2, '2024-01-01 01:00:00.5', '2024-01-01 02:00:00', 3, 4, 'sts again',"
              + " 'UNMARKED')");
    }
    try (DuckDbTrackStore store = DuckDbTrackStore.open(dir)) {
      List<EventRecord> all = store.events().find(EventFilter.all());
      Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
      assertThat(all)
          .extracting(EventRecord::id)
          .containsExactly(
              "DARK_PERIOD:1:" + t0.getEpochSecond(), "STS:2:" + (t0.getEpochSecond() + 3600));
      assertThat(all.get(0).releasability()).isEqualTo(new Releasability("SECRET"));
      assertThat(store.events().events(1, t0, t0.plusSeconds(1)))
          .containsExactly(
              new StoredEvent(
                  "dark-period",
                  1,
                  t0,
                  t0.plusSeconds(3 * 3600),
                  1,
                  2,
                  "dark",
                  new Releasability("SECRET")));
      assertThat(store.events().find(EventFilter.all().involving(2))).hasSize(1);
      assertThat(store.identities().markings())
          .containsExactly(new Releasability("SECRET"), Releasability.UNMARKED);
    }
    // opening again changes nothing
    try (DuckDbTrackStore store = DuckDbTrackStore.open(dir)) {
      assertThat(store.events().find(EventFilter.all())).hasSize(2);
    }
  }

  @Test
  void evidenceWithoutContentHashColumn_getsItOnOpen() throws Exception {
    DuckDbTrackStore.open(dir).close();
    // a store of session 4: event evidence without the content hash column
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:duckdb:" + dir.resolve(DuckDbTrackStore.FILE_NAME).toAbsolutePath());
        Statement s = c.createStatement()) {
      s.execute("ALTER TABLE event_evidence DROP COLUMN content_hash");
    }
    Instant t0 = Instant.parse("2024-03-01T00:00:00Z");
    List<org.tidewatch.core.detect.DetectedEvent> all =
        org.tidewatch.core.store.EventFixtures.everyType(t0, 445539000);
    try (DuckDbTrackStore s = DuckDbTrackStore.open(dir)) {
      s.events()
          .replace(
              t0,
              t0.plusSeconds(86_400 * 30),
              all.stream()
                  .map(e -> new org.tidewatch.core.store.MarkedEvent(e, Releasability.UNMARKED))
                  .toList(),
              "test",
              java.util.Optional.empty());
      assertThat(s.events().find(EventFilter.all()))
          .extracting(r -> r.event().orElseThrow())
          .containsExactlyInAnyOrderElementsOf(all);
      try (Statement q = s.connection.createStatement();
          java.sql.ResultSet r = q.executeQuery("SELECT count(content_hash) FROM event_evidence")) {
        r.next();
        assertThat(r.getLong(1)).isPositive(); // the fixtures' evidence carries hashes
      }
    }
  }
}
