package org.tidewatch.store.duckdb;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.tidewatch.core.provenance.Releasability;
import org.tidewatch.core.store.BadRow;
import org.tidewatch.core.store.IngestBatch;
import org.tidewatch.core.store.IngestRun;
import org.tidewatch.core.store.IngestRunStore;
import org.tidewatch.core.store.SourceFile;
import org.tidewatch.core.store.SourceState;
import org.tidewatch.core.store.StaleCheckpointException;
import org.tidewatch.core.track.StaticReport;

/**
 * Runs, sources and the atomic batch commit. A commit is one DuckDB transaction: it first moves the
 * source's checkpoint (an optimistic {@code UPDATE ... WHERE committed_seq = before}, which also
 * opens the transaction so that the appenders below join it), then appends positions, static
 * reports, bad rows and the batch's identity aggregates ({@code identity_deltas}, folded into
 * {@code identity_claims} and {@code vessels} at the end of the run: {@link IdentityDeltas}). Any
 * failure rolls all of it back.
 */
final class DuckDbIngest implements IngestRunStore {
  private final DuckDbTrackStore db;
  private final PositionWriter positionWriter;
  // the writer's own batch files (the identity aggregates of each commit)
  private final BatchFiles aggregateFiles = BatchFiles.inTempDir();
  private final CommitTimings timings = new CommitTimings();

  /**
   * DuckDB's worker threads while a run is open (from {@link #beginRun} to {@link #finishRun},
   * which restores the default before clustering): 1, unless the system property {@code
   * tidewatch.store.ingestThreads} says otherwise ({@code default} leaves DuckDB's setting alone).
   * Why: the reader decodes on one core and the writer inserts on another; a second DuckDB thread
   * only competes with the reader, and the insert cost more process CPU per row with 2 threads than
   * with 1 (measured, store-duckdb/README.md). The setting is the database instance's, so queries
   * during an ingest run single-threaded too.
   */
  private static final java.util.OptionalInt INGEST_THREADS = ingestThreads();

  private static java.util.OptionalInt ingestThreads() {
    String v = System.getProperty("tidewatch.store.ingestThreads", "1");
    return v.equals("default")
        ? java.util.OptionalInt.empty()
        : java.util.OptionalInt.of(Integer.parseInt(v));
  }

  /**
   * DuckDB's checkpoint threshold (its WAL size that triggers a checkpoint at commit) while a run
   * is open: {@value #INGEST_CHECKPOINT_THRESHOLD} unless the system property {@code
   * tidewatch.store.ingestCheckpointThreshold} says otherwise ({@code default} leaves DuckDB's 16
   * MB). Why: a batch's positions are written to the database file as they are inserted (DuckDB's
   * optimistic writes of full row groups), but the static reports and the rest go to the WAL, which
   * passed 16 MB at almost every commit, so almost every commit also checkpointed: 0.2-0.25 µs of
   * CPU per position, against 0.03-0.05 without (measured, store-duckdb/README.md). Durability is
   * the same: a commit is in the WAL either way, and a killed run's WAL is replayed at the next
   * open. The setting is the database instance's, restored by {@link #finishRun}.
   */
  static final String INGEST_CHECKPOINT_THRESHOLD = "1GB";

  private static final java.util.Optional<String> CHECKPOINT_THRESHOLD =
      java.util.Optional.of(
              System.getProperty(
                  "tidewatch.store.ingestCheckpointThreshold", INGEST_CHECKPOINT_THRESHOLD))
          .filter(v -> !v.equals("default"));

  DuckDbIngest(DuckDbTrackStore db) {
    this.db = db;
    this.positionWriter = new PositionWriter();
  }

  @Override
  public IngestRun beginRun(String description, Releasability releasability, Instant startedAt) {
    synchronized (db) {
      try (Statement s = db.connection.createStatement();
          PreparedStatement p =
              db.connection.prepareStatement(
                  "INSERT INTO runs VALUES (?, ?, ?, " + Micros.PARAM + ", NULL, NULL)")) {
        long id;
        try (ResultSet r = s.executeQuery("SELECT coalesce(max(run_id), 0) + 1 FROM runs")) {
          r.next();
          id = r.getLong(1);
        }
        p.setLong(1, id);
        p.setString(2, description);
        p.setString(3, releasability.marking());
        p.setLong(4, Micros.of(startedAt));
        p.executeUpdate();
        db.connection.commit();
        if (INGEST_THREADS.isPresent()) {
          s.execute("SET threads = " + INGEST_THREADS.getAsInt());
          db.connection.commit();
        }
        if (CHECKPOINT_THRESHOLD.isPresent()) {
          // a size such as 1GB (only its letters, digits and dots are kept)
          s.execute(
              "SET checkpoint_threshold = '"
                  + CHECKPOINT_THRESHOLD.get().replaceAll("[^0-9A-Za-z. ]", "")
                  + "'");
          db.connection.commit();
        }
        return new IngestRun(
            id, description, releasability, startedAt, Optional.empty(), Optional.empty());
      } catch (SQLException e) {
        db.rollbackQuietly(e);
        throw new UncheckedSqlException(e);
      }
    }
  }

  @Override
  public void finishRun(long runId, Instant finishedAt, String outcome) {
    synchronized (db) {
      try (PreparedStatement p =
          db.connection.prepareStatement(
              "UPDATE runs SET finished_at = " + Micros.PARAM + ", outcome = ? WHERE run_id = ?")) {
        p.setLong(1, Micros.of(finishedAt));
        p.setString(2, outcome);
        p.setLong(3, runId);
        p.executeUpdate();
        db.connection.commit();
      } catch (SQLException e) {
        db.rollbackQuietly(e);
        throw new UncheckedSqlException(e);
      }
      try {
        long t0 = timings.start();
        db.foldIdentities();
        timings.add(CommitTimings.FOLD, t0);
      } catch (SQLException e) {
        throw new UncheckedSqlException(e);
      }
      timings.report();
      try (Statement s = db.connection.createStatement()) {
        if (INGEST_THREADS.isPresent()) {
          s.execute("RESET threads");
        }
        if (CHECKPOINT_THRESHOLD.isPresent()) {
          s.execute("RESET checkpoint_threshold");
        }
        db.connection.commit();
      } catch (SQLException e) {
        throw new UncheckedSqlException(e);
      }
      // then, in its own transaction, re-cluster positions by vessel if the run added enough
      try {
        if (Clustering.maybeCluster(db.connection)) {
          db.connection.commit();
        }
      } catch (SQLException e) {
        db.rollbackQuietly(e);
        throw new UncheckedSqlException(e);
      }
    }
  }

  @Override
  public List<IngestRun> runs() {
    synchronized (db) {
      List<IngestRun> out = new ArrayList<>();
      try (Statement s = db.connection.createStatement();
          ResultSet r =
              s.executeQuery(
                  "SELECT run_id, description, marking, epoch_us(started_at),"
                      + " epoch_us(finished_at), outcome FROM runs ORDER BY run_id")) {
        while (r.next()) {
          long fin = r.getLong(5);
          boolean finished = !r.wasNull();
          out.add(
              new IngestRun(
                  r.getLong(1),
                  r.getString(2),
                  new Releasability(r.getString(3)),
                  Micros.instant(r.getLong(4)),
                  finished ? Optional.of(Micros.instant(fin)) : Optional.empty(),
                  Optional.ofNullable(r.getString(6))));
        }
        return out;
      } catch (SQLException e) {
        throw new UncheckedSqlException(e);
      }
    }
  }

  @Override
  public SourceState openSource(SourceFile file) {
    synchronized (db) {
      Optional<SourceState> known = source(file.sha256());
      if (known.isPresent()) {
        return known.get();
      }
      try (Statement s = db.connection.createStatement();
          PreparedStatement p =
              db.connection.prepareStatement(
                  "INSERT INTO sources VALUES (?, ?, ?, ?, ?, 0, false, 0, 0, 0)")) {
        long id;
        try (ResultSet r = s.executeQuery("SELECT coalesce(max(source_id), 0) + 1 FROM sources")) {
          r.next();
          id = r.getLong(1);
        }
        p.setLong(1, id);
        p.setString(2, file.sha256());
        p.setString(3, file.name());
        p.setLong(4, file.size_bytes());
        p.setString(5, file.format());
        p.executeUpdate();
        db.invalidateCaches();
        db.connection.commit();
        return new SourceState(id, file, 0, false, 0, 0, 0);
      } catch (SQLException e) {
        db.rollbackQuietly(e);
        throw new UncheckedSqlException(e);
      }
    }
  }

  private static final String SOURCE_COLUMNS =
      "source_id, name, sha256, size_bytes, format, committed_seq, complete, positions, statics,"
          + " bad_rows";

  private static SourceState sourceState(ResultSet r) throws SQLException {
    return new SourceState(
        r.getLong(1),
        new SourceFile(r.getString(2), r.getString(3), r.getLong(4), r.getString(5)),
        r.getLong(6),
        r.getBoolean(7),
        r.getLong(8),
        r.getLong(9),
        r.getLong(10));
  }

  @Override
  public Optional<SourceState> source(String sha256) {
    synchronized (db) {
      try (PreparedStatement p =
          db.connection.prepareStatement(
              "SELECT " + SOURCE_COLUMNS + " FROM sources WHERE sha256 = ?")) {
        p.setString(1, sha256);
        try (ResultSet r = p.executeQuery()) {
          return r.next() ? Optional.of(sourceState(r)) : Optional.empty();
        }
      } catch (SQLException e) {
        throw new UncheckedSqlException(e);
      }
    }
  }

  @Override
  public List<SourceState> sources() {
    synchronized (db) {
      List<SourceState> out = new ArrayList<>();
      try (Statement s = db.connection.createStatement();
          ResultSet r =
              s.executeQuery("SELECT " + SOURCE_COLUMNS + " FROM sources ORDER BY source_id")) {
        while (r.next()) {
          out.add(sourceState(r));
        }
        return out;
      } catch (SQLException e) {
        throw new UncheckedSqlException(e);
      }
    }
  }

  @Override
  public List<BadRow> badRows(long sourceId) {
    synchronized (db) {
      List<BadRow> out = new ArrayList<>();
      try (PreparedStatement p =
          db.connection.prepareStatement(
              "SELECT s.name, b.line, b.reason FROM bad_rows b JOIN sources s USING (source_id)"
                  + " WHERE b.source_id = ? ORDER BY b.line, b.reason")) {
        p.setLong(1, sourceId);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            out.add(new BadRow(r.getString(1), r.getLong(2), r.getString(3)));
          }
        }
        return out;
      } catch (SQLException e) {
        throw new UncheckedSqlException(e);
      }
    }
  }

  @Override
  public void commit(IngestBatch b) {
    synchronized (db) {
      try {
        int deltas = commitInTransaction(b);
        long t0 = System.nanoTime();
        db.connection.commit();
        timings.add(CommitTimings.COMMIT, t0);
        db.identityDeltasAppended(deltas);
        if (db.identityDeltas() >= db.identityFoldRows) {
          t0 = timings.start();
          db.foldIdentities(); // a long run (a live feed): keep the deltas bounded
          timings.add(CommitTimings.FOLD, t0);
        }
      } catch (SQLException e) {
        db.rollbackQuietly(e);
        throw new UncheckedSqlException(e);
      } catch (RuntimeException e) {
        db.rollbackQuietly(e);
        throw e;
      } finally {
        if (b.positions() instanceof PositionColumns c) {
          c.discard(); // its temporary file, if it was prepared and not inserted
        }
        if (b.staticReports() instanceof StaticReportRows r) {
          r.discard();
        }
      }
    }
  }

  /** Returns the rows appended to {@code identity_deltas}. */
  private int commitInTransaction(IngestBatch b) throws SQLException {
    long t0 = timings.start();
    // 1. the checkpoint, first: it opens the transaction the appenders then join
    try (PreparedStatement p =
        db.connection.prepareStatement(
            "UPDATE sources SET committed_seq = ?, complete = ?, positions = positions + ?,"
                + " statics = statics + ?, bad_rows = bad_rows + ?"
                + " WHERE source_id = ? AND committed_seq = ?")) {
      p.setLong(1, b.sequenceAfter());
      p.setBoolean(2, b.sourceComplete());
      p.setLong(3, b.positions().size());
      p.setLong(4, b.staticReports().size());
      p.setLong(5, b.badRows().size());
      p.setLong(6, b.sourceId());
      p.setLong(7, b.sequenceBefore());
      if (p.executeUpdate() != 1) {
        throw new StaleCheckpointException(
            "source "
                + b.sourceId()
                + " is not at sequence "
                + b.sequenceBefore()
                + " (is another ingest of the same file running?)");
      }
    }
    t0 = timings.add(CommitTimings.CHECKPOINT, t0);
    // marking ids first (may insert a marking row): no statements while appenders are open
    PositionWriter.registerMarkings(db, b.positions());
    if (b.staticReports() instanceof StaticReportRows r && r.file != null) {
      for (Releasability m : r.file.markings()) {
        db.markingId(m); // the prepared file's markings: no pass over the reports
      }
    } else {
      for (StaticReport s : b.staticReports()) {
        db.markingId(s.provenance().releasability());
      }
    }
    DuckDBConnection dc = db.connection.unwrap(DuckDBConnection.class);
    IdentityAggregator agg = new IdentityAggregator();
    t0 = timings.add(CommitTimings.MARKINGS, t0);
    positionWriter.append(db, dc, b, agg);
    t0 = timings.add(CommitTimings.POSITIONS, t0);
    // static reports folded as they were added to the batch (see StaticReportRows)
    boolean folded = b.staticReports() instanceof StaticReportRows;
    if (b.staticReports() instanceof StaticReportRows r) {
      agg.merge(r.identities);
    }
    if (b.staticReports() instanceof StaticReportRows r && r.file != null) {
      insertStatics(r, (int) b.sourceId());
    } else if (!b.staticReports().isEmpty()) {
      try (DuckDBAppender a = dc.createAppender("main", "static_reports")) {
        for (StaticReport s : b.staticReports()) {
          short markingId = db.markingId(s.provenance().releasability());
          a.beginRow()
              .append(s.mmsi())
              .appendEpochMicros(Micros.of(s.time()))
              .append((byte) s.messageType());
          appendText(a, s.name());
          appendText(a, s.callSign());
          appendInt(a, s.imo());
          appendShort(a, s.shipType());
          appendShort(a, s.length_m());
          appendShort(a, s.beam_m());
          if (s.draught_m().isPresent()) {
            a.append(s.draught_m().getAsDouble());
          } else {
            a.appendNull();
          }
          appendText(a, s.destination());
          a.append((int) b.sourceId())
              .append(s.provenance().line())
              .append((int) s.provenance().ingestRun())
              .append(s.provenance().contentHash())
              .append(markingId)
              .endRow();
          if (!folded) {
            agg.staticReport(s);
          }
        }
        a.flush();
      }
    }
    t0 = timings.add(CommitTimings.STATICS, t0);
    if (!b.badRows().isEmpty()) {
      try (DuckDBAppender a = dc.createAppender("main", "bad_rows")) {
        for (BadRow r : b.badRows()) {
          a.beginRow().append((int) b.sourceId()).append(r.line()).append(r.reason()).endRow();
        }
        a.flush();
      }
    }
    t0 = timings.add(CommitTimings.BAD_ROWS, t0);
    int deltas = agg.append(db.connection, aggregateFiles);
    timings.add(CommitTimings.IDENTITIES, t0);
    return deltas;
  }

  /** Inserts prepared static reports from their Parquet file, then deletes the file. */
  private void insertStatics(StaticReportRows r, int sourceId) throws SQLException {
    try (PreparedStatement p =
        db.connection.prepareStatement(
            "INSERT INTO static_reports SELECT mmsi, make_timestamp(t), msg_type, name, call_sign,"
                + " imo, ship_type, length_m, beam_m, draught_m, destination, ?, line, run_id,"
                + " content_hash, "
                + BatchFiles.markingIds(db, r.file)
                + " FROM read_parquet(?)")) {
      p.setInt(1, sourceId);
      p.setString(2, r.file.path().toString());
      int n = p.executeUpdate();
      if (n != r.size()) {
        throw new SQLException("inserted " + n + " static reports of a batch of " + r.size());
      }
    } finally {
      r.discard();
    }
  }

  private static void appendText(DuckDBAppender a, Optional<String> v) throws SQLException {
    if (v.isPresent()) {
      a.append(v.get());
    } else {
      a.appendNull();
    }
  }

  private static void appendInt(DuckDBAppender a, java.util.OptionalInt v) throws SQLException {
    if (v.isPresent()) {
      a.append(v.getAsInt());
    } else {
      a.appendNull();
    }
  }

  private static void appendShort(DuckDBAppender a, java.util.OptionalInt v) throws SQLException {
    if (v.isPresent()) {
      a.append((short) v.getAsInt());
    } else {
      a.appendNull();
    }
  }
}
