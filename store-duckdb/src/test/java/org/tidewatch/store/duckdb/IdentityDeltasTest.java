package org.tidewatch.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.core.provenance.Provenance;
import org.tidewatch.core.provenance.Releasability;
import org.tidewatch.core.store.IngestBatch;
import org.tidewatch.core.store.IngestRun;
import org.tidewatch.core.store.SourceFile;
import org.tidewatch.core.store.SourceState;
import org.tidewatch.core.track.ClaimKind;
import org.tidewatch.core.track.IdentityClaim;
import org.tidewatch.core.track.Position;
import org.tidewatch.core.track.StaticReport;

/**
 * Batches append their identity aggregates to {@code identity_deltas}; however and whenever the
 * deltas are folded (at the end of the run, by a query, past the row limit, when a store left with
 * deltas is opened again), {@code identity_claims} and {@code vessels} end the same.
 */
class IdentityDeltasTest {
  private static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");
  private static final int[] MMSIS = {366000001, 235000002, 636000003, 441000004, 2000005};

  @TempDir Path dir;

  /** Four batches of positions and static reports of five vessels (one without a known MID). */
  private static List<List<Object>> batches(long run) {
    Random rnd = new Random(3);
    List<List<Object>> out = new ArrayList<>();
    long line = 0;
    for (int b = 0; b < 4; b++) {
      List<Position> ps = new ArrayList<>();
      List<StaticReport> ss = new ArrayList<>();
      for (int i = 0; i < 300; i++) {
        int mmsi = MMSIS[rnd.nextInt(MMSIS.length)];
        Instant t = T0.plusSeconds(rnd.nextInt(4 * 86400));
        line++;
        Provenance p = new Provenance("f", line, run, line, Releasability.UNMARKED);
        if (rnd.nextInt(5) == 0) {
          ss.add(
              new StaticReport(
                  mmsi,
                  t,
                  5,
                  Optional.of(rnd.nextBoolean() ? "SHIP " + mmsi % 10 : "RENAMED " + b),
                  Optional.of("CALL" + mmsi % 3),
                  OptionalInt.of(9074729),
                  OptionalInt.of(80),
                  OptionalInt.of(180),
                  OptionalInt.of(32),
                  OptionalDouble.empty(),
                  Optional.empty(),
                  p));
        } else {
          ps.add(
              new Position(
                  mmsi,
                  t,
                  40 + rnd.nextDouble(),
                  120 + rnd.nextDouble(),
                  OptionalDouble.of(10),
                  OptionalDouble.empty(),
                  OptionalInt.empty(),
                  OptionalInt.of(0),
                  1,
                  p));
        }
      }
      out.add(List.of(ps, ss, line));
    }
    return out;
  }

  private enum Fold {
    AT_THE_END,
    BY_A_QUERY_AFTER_EACH_BATCH,
    PAST_THE_ROW_LIMIT,
    ON_REOPENING_AFTER_A_KILL
  }

  @SuppressWarnings("unchecked")
  private String ingest(Fold how) throws SQLException {
    Path data = dir.resolve(how.name());
    DuckDbTrackStore s = DuckDbTrackStore.open(data);
    if (how == Fold.PAST_THE_ROW_LIMIT) {
      s.identityFoldRows = 5;
    }
    IngestRun run = s.ingest().beginRun("t", Releasability.UNMARKED, T0);
    SourceState src = s.ingest().openSource(new SourceFile("f", "d".repeat(64), 1, "test"));
    long before = 0;
    List<List<Object>> batches = batches(run.id());
    for (int b = 0; b < batches.size(); b++) {
      List<Object> batch = batches.get(b);
      long after = (Long) batch.get(2);
      s.ingest()
          .commit(
              new IngestBatch(
                  run.id(),
                  src.sourceId(),
                  before,
                  after,
                  b == batches.size() - 1,
                  (List<Position>) batch.get(0),
                  (List<StaticReport>) batch.get(1),
                  List.of()));
      before = after;
      synchronized (s) {
        long pending = IdentityDeltas.pending(s.connection);
        if (how == Fold.PAST_THE_ROW_LIMIT) {
          assertThat(pending).as("folded by the commit itself").isZero();
        } else {
          assertThat(pending).as("appended by the commit").isPositive();
        }
      }
      if (how == Fold.BY_A_QUERY_AFTER_EACH_BATCH) {
        List<IdentityClaim> claims = s.identities().timeline(MMSIS[0]).claims();
        assertThat(claims).extracting(IdentityClaim::kind).contains(ClaimKind.FLAG_MID);
        assertThat(IdentityDeltas.pending(s.connection)).isZero();
      }
    }
    if (how == Fold.ON_REOPENING_AFTER_A_KILL) {
      s.close(); // as a killed process leaves it: runs not finished, deltas not folded
      s = DuckDbTrackStore.open(data);
      assertThat(IdentityDeltas.pending(s.connection)).as("folded on open").isZero();
    } else {
      s.ingest().finishRun(run.id(), T0, "ok");
      assertThat(IdentityDeltas.pending(s.connection)).isZero();
    }
    try (Statement st = s.connection.createStatement();
        ResultSet r =
            st.executeQuery(
                "SELECT count(*) FILTER (c.first_seen <> v.first_seen OR c.last_seen <> v.last_seen"
                    + " OR c.reports <> v.positions + v.statics), count(*)"
                    + " FROM identity_claims c JOIN vessels v USING (mmsi)"
                    + " WHERE c.kind = 'FLAG_MID'")) {
      r.next();
      assertThat(r.getLong(1)).as("flag claims not spanning their vessel's reports").isZero();
      assertThat(r.getLong(2)).isEqualTo(4);
    }
    try {
      return table(s, "identity_claims") + table(s, "vessels");
    } finally {
      s.close();
    }
  }

  private static String table(DuckDbTrackStore s, String name) throws SQLException {
    StringBuilder out = new StringBuilder(name).append('\n');
    try (Statement st = s.connection.createStatement();
        ResultSet r = st.executeQuery("SELECT * FROM " + name + " ORDER BY ALL")) {
      ResultSetMetaData md = r.getMetaData();
      while (r.next()) {
        for (int c = 1; c <= md.getColumnCount(); c++) {
          out.append(r.getString(c)).append(c < md.getColumnCount() ? " | " : "\n");
        }
      }
    }
    return out.toString();
  }

  @Test
  void theTablesEndTheSameHoweverTheDeltasAreFolded() throws SQLException {
    String atTheEnd = ingest(Fold.AT_THE_END);
    // every vessel, its claims from static reports, and a flag claim for the MMSIs with a MID
    assertThat(atTheEnd.lines().filter(l -> l.contains("FLAG_MID"))).hasSize(4);
    assertThat(atTheEnd).contains("366000001 | FLAG_MID | US").contains("RENAMED 3");
    assertThat(atTheEnd)
        .doesNotContain("2000005 | FLAG_MID")
        .contains("\n2000005 | 2024"); // no MID
    for (Fold how : List.of(Fold.values()).subList(1, Fold.values().length)) {
      assertThat(ingest(how)).as(how.name()).isEqualTo(atTheEnd);
    }
  }
}
