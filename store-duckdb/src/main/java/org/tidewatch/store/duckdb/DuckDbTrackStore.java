package org.tidewatch.store.duckdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.tidewatch.core.provenance.Releasability;
import org.tidewatch.core.store.EventStore;
import org.tidewatch.core.store.IdentityStore;
import org.tidewatch.core.store.IngestRunStore;
import org.tidewatch.core.store.PositionStore;
import org.tidewatch.core.store.StaticReportStore;
import org.tidewatch.core.store.TrackStore;

/**
 * The embedded {@link TrackStore}: one DuckDB database file, {@value #FILE_NAME}, in a data
 * directory (default {@code ./tidewatch-data}). One process may open a data directory at a time
 * (DuckDB's file lock); within the process the store is thread-safe: writes and most queries are
 * serialised on one connection; track queries run side by side on {@link ReadConnections}.
 */
public final class DuckDbTrackStore implements TrackStore {

  /** The database file inside the data directory. */
  public static final String FILE_NAME = "tidewatch.duckdb";

  /** The data directory used when none is given. */
  public static final Path DEFAULT_DATA_DIR = Path.of("tidewatch-data");

  final Connection connection;
  final ReadConnections readers;
  private final Path dataDir;
  private final Map<String, Short> markingIds = new HashMap<>();
  private final Map<Short, Releasability> markings = new HashMap<>();
  private final Map<Integer, String> sourceNames = new HashMap<>();
  private final DuckDbIngest ingest;
  private final DuckDbPositions positions;
  private final DuckDbStatics statics;
  private final DuckDbIdentities identities;
  private final DuckDbEvents events;

  private DuckDbTrackStore(Path dataDir, Connection connection) {
    this.dataDir = dataDir;
    this.connection = connection;
    this.readers = new ReadConnections(connection);
    this.ingest = new DuckDbIngest(this);
    this.positions = new DuckDbPositions(this);
    this.statics = new DuckDbStatics(this);
    this.identities = new DuckDbIdentities(this);
    this.events = new DuckDbEvents(this);
  }

  /**
   * Opens (creating when needed) the store in a data directory.
   *
   * @throws StoreUnavailableException when the directory cannot be created or another process has
   *     the store open
   */
  public static DuckDbTrackStore open(Path dataDir) {
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new StoreUnavailableException("cannot create data directory " + dataDir + ": " + e, e);
    }
    Path file = dataDir.resolve(FILE_NAME);
    Connection c;
    try {
      Properties p = new Properties();
      p.setProperty("jdbc_stream_results", "true");
      c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), p);
    } catch (SQLException e) {
      String m = String.valueOf(e.getMessage());
      if (m.contains("lock")) {
        throw new StoreUnavailableException(
            "the data directory " + dataDir + " is in use by another tidewatch process", e);
      }
      throw new StoreUnavailableException("cannot open " + file + ": " + m, e);
    }
    try {
      Schema.apply(c);
      c.setAutoCommit(false);
      DuckDbTrackStore store = new DuckDbTrackStore(dataDir, c);
      // the deltas a killed run left, folded now (queries would fold them anyway)
      store.identityDeltas = IdentityDeltas.pending(c);
      store.foldIdentities();
      return store;
    } catch (SQLException | RuntimeException e) {
      try {
        c.close();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      if (e instanceof SQLException s) {
        throw new StoreUnavailableException("cannot prepare " + file + ": " + s.getMessage(), s);
      }
      throw (RuntimeException) e;
    }
  }

  /** The data directory. */
  public Path dataDir() {
    return dataDir;
  }

  @Override
  public IngestRunStore ingest() {
    return ingest;
  }

  @Override
  public PositionStore positions() {
    return positions;
  }

  @Override
  public StaticReportStore staticReports() {
    return statics;
  }

  @Override
  public IdentityStore identities() {
    return identities;
  }

  @Override
  public EventStore events() {
    return events;
  }

  /**
   * Runs a SQL query that writes its result to a file (for example {@code COPY (...) TO 'x.parquet'
   * (FORMAT parquet)}); for exports that DuckDB does natively.
   */
  public synchronized void copy(String sql) {
    try (Statement s = connection.createStatement()) {
      foldIdentities(); // the query may read the identity tables
      s.execute(sql);
      connection.commit();
    } catch (SQLException e) {
      rollbackQuietly(e);
      throw new UncheckedSqlException(e);
    }
  }

  /** What the store holds and how its positions are laid out. */
  public synchronized StoreStatus status() {
    try (Statement s = connection.createStatement()) {
      foldIdentities();
      long[] n = new long[8];
      String[] counts = {
        "SELECT count(*) FROM positions",
        "SELECT count(*) FROM static_reports",
        "SELECT count(*) FROM vessels",
        "SELECT count(*) FROM identity_claims",
        "SELECT count(*) FROM events",
        "SELECT count(*) FROM bad_rows",
        "SELECT coalesce(epoch_us(min(t)), 0) FROM positions",
        "SELECT coalesce(epoch_us(max(t)), 0) FROM positions"
      };
      for (int i = 0; i < counts.length; i++) {
        try (ResultSet r = s.executeQuery(counts[i])) {
          r.next();
          n[i] = r.getLong(1);
        }
      }
      List<StoreStatus.Run> runs = new ArrayList<>();
      for (var run : ingest.runs()) {
        runs.add(new StoreStatus.Run(run.id(), run.description(), run.startedAt(), run.outcome()));
      }
      List<StoreStatus.IncompleteSource> incomplete = new ArrayList<>();
      for (var src : ingest.sources()) {
        if (!src.complete()) {
          incomplete.add(
              new StoreStatus.IncompleteSource(
                  src.file().name(), src.committedSequence(), src.file().size_bytes()));
        }
      }
      Path file = dataDir.resolve(FILE_NAME);
      Path wal = dataDir.resolve(FILE_NAME + ".wal");
      long free = 0;
      try (ResultSet r =
          s.executeQuery(
              "SELECT free_blocks * block_size FROM pragma_database_size()"
                  + " WHERE database_name = current_database()")) {
        if (r.next()) {
          free = r.getLong(1);
        }
      }
      return new StoreStatus(
          Files.size(file),
          free,
          Files.exists(wal) ? Files.size(wal) : 0,
          n[0],
          Clustering.clusteredRows(connection),
          Clustering.sortedTailRows(connection),
          n[1],
          n[2],
          n[3],
          n[4],
          n[5],
          n[0] == 0 ? Optional.empty() : Optional.of(Micros.instant(n[6])),
          n[0] == 0 ? Optional.empty() : Optional.of(Micros.instant(n[7])),
          List.copyOf(runs),
          List.copyOf(incomplete));
    } catch (SQLException e) {
      throw new UncheckedSqlException(e);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Rewrites the positions in vessel order now (whatever the size of the tail, if there is one; see
   * {@link Clustering}) and checkpoints the database, so that the WAL is folded into the file.
   * Queries answer the same before and after; only their speed changes.
   */
  public synchronized void optimize() {
    try (Statement s = connection.createStatement()) {
      long rows;
      try (ResultSet r = s.executeQuery("SELECT count(*) FROM positions")) {
        r.next();
        rows = r.getLong(1);
      }
      if (rows > Clustering.clusteredRows(connection)) { // else already in vessel order
        Clustering.cluster(connection);
      }
      connection.commit();
      s.execute("CHECKPOINT");
      connection.commit();
    } catch (SQLException e) {
      rollbackQuietly(e);
      throw new UncheckedSqlException(e);
    }
  }

  /** What {@link #compact} did: the database file's size before and after. */
  public record Compaction(long bytesBefore, long bytesAfter) {}

  /**
   * Rewrites the database file of a data directory into a new file holding only its live blocks,
   * then puts it in place of the old one, for a store that no process has open. DuckDB keeps the
   * blocks a rewrite (clustering, {@link #optimize}) frees for its later writes instead of
   * returning them: the file grows by about the size of the positions at each rewrite (37 → 61 MB
   * on the benchmark store). Safe at every step: the new file ({@value #FILE_NAME}{@code .compact})
   * is written and checked (the same row count in every table) before one atomic rename replaces
   * the old file; a crash before that leaves the old file, and the next compaction deletes the
   * partial one. A store with a WAL is first opened and checkpointed, so nothing committed is left
   * behind.
   *
   * @throws StoreUnavailableException when another process has the store open, or the copy fails
   */
  public static Compaction compact(Path dataDir) {
    Path file = dataDir.resolve(FILE_NAME);
    Path fresh = dataDir.resolve(FILE_NAME + ".compact");
    if (!Files.exists(file)) {
      throw new StoreUnavailableException("no tidewatch store in " + dataDir, null);
    }
    if (Files.exists(dataDir.resolve(FILE_NAME + ".wal"))) {
      try (DuckDbTrackStore s = open(dataDir);
          Statement st = s.connection.createStatement()) {
        st.execute("CHECKPOINT");
        s.connection.commit();
      } catch (SQLException e) {
        throw new StoreUnavailableException("cannot checkpoint " + file + ": " + e.getMessage(), e);
      }
    }
    try {
      long before = Files.size(file);
      Files.deleteIfExists(fresh);
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
          Statement st = c.createStatement()) {
        st.execute("ATTACH " + quoted(file) + " AS src (READ_ONLY)");
        st.execute("ATTACH " + quoted(fresh) + " AS dst");
        st.execute("COPY FROM DATABASE src TO dst");
        List<String> tables = new ArrayList<>();
        try (ResultSet r =
            st.executeQuery(
                "SELECT table_name FROM duckdb_tables() WHERE database_name = 'src'"
                    + " ORDER BY table_name")) {
          while (r.next()) {
            tables.add(r.getString(1));
          }
        }
        for (String t : tables) {
          String q = "\"" + t.replace("\"", "\"\"") + "\"";
          try (ResultSet r =
              st.executeQuery(
                  "SELECT (SELECT count(*) FROM src."
                      + q
                      + "), (SELECT count(*) FROM dst."
                      + q
                      + ")")) {
            r.next();
            if (r.getLong(1) != r.getLong(2)) {
              throw new SQLException(
                  "table " + t + ": " + r.getLong(1) + " rows, the copy has " + r.getLong(2));
            }
          }
        }
        st.execute("DETACH dst");
        st.execute("DETACH src");
      }
      Files.move(
          fresh,
          file,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      return new Compaction(before, Files.size(file));
    } catch (SQLException e) {
      deleteQuietly(fresh);
      String m = String.valueOf(e.getMessage());
      if (m.contains("lock")) {
        throw new StoreUnavailableException(
            "the data directory " + dataDir + " is in use by another tidewatch process", e);
      }
      throw new StoreUnavailableException("cannot compact " + file + ": " + m, e);
    } catch (IOException e) {
      deleteQuietly(fresh);
      throw new StoreUnavailableException("cannot compact " + file + ": " + e, e);
    }
  }

  private static String quoted(Path p) {
    return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // a leftover .compact file is deleted by the next compaction
    }
  }

  @Override
  public synchronized void close() {
    readers.close();
    try {
      if (!connection.isClosed()) {
        connection.rollback();
        connection.close();
      }
    } catch (SQLException e) {
      throw new UncheckedSqlException(e);
    }
  }

  // ---- shared helpers ------------------------------------------------------------------------

  // rows in identity_deltas (committed, not yet folded); guarded by this
  private long identityDeltas;

  /**
   * Delta rows after which a commit folds them ({@link IdentityDeltas#FOLD_ROWS}; tests lower it).
   */
  long identityFoldRows = IdentityDeltas.FOLD_ROWS;

  /** Notes rows appended to {@code identity_deltas} by a committed batch. */
  void identityDeltasAppended(long rows) {
    identityDeltas += rows;
  }

  /** Rows in {@code identity_deltas}. */
  long identityDeltas() {
    return identityDeltas;
  }

  /**
   * Folds {@code identity_deltas} into {@code identity_claims} and {@code vessels} in a transaction
   * of its own, when there are any; every identity and vessel query calls this first. The caller
   * holds the store's lock and has no uncommitted work on the connection.
   */
  void foldIdentities() throws SQLException {
    if (identityDeltas == 0) {
      return;
    }
    try {
      IdentityDeltas.fold(connection);
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      rollbackQuietly(e);
      throw e;
    }
    identityDeltas = 0;
  }

  short markingId(Releasability r) throws SQLException {
    Short id = markingIds.get(r.marking());
    if (id != null) {
      return id;
    }
    loadMarkings();
    id = markingIds.get(r.marking());
    if (id != null) {
      return id;
    }
    short next = (short) (markings.size() + 1);
    try (PreparedStatement p = connection.prepareStatement("INSERT INTO markings VALUES (?, ?)")) {
      p.setShort(1, next);
      p.setString(2, r.marking());
      p.executeUpdate();
    }
    cachesStale = true;
    return next;
  }

  Releasability marking(short id) throws SQLException {
    Releasability r = markings.get(id);
    if (r == null) {
      loadMarkings();
      r = markings.get(id);
    }
    if (r == null) {
      throw new IllegalStateException("unknown marking id " + id);
    }
    return r;
  }

  private void loadMarkings() throws SQLException {
    markingIds.clear();
    markings.clear();
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT marking_id, marking FROM markings")) {
      while (r.next()) {
        markingIds.put(r.getString(2), r.getShort(1));
        markings.put(r.getShort(1), new Releasability(r.getString(2)));
      }
    }
  }

  private boolean cachesStale = true;

  /**
   * Loads the marking and source-name caches when they may be stale. Query methods call this before
   * executing: results are streamed, and a second statement on the connection would close the
   * pending result.
   */
  void primeCaches() throws SQLException {
    if (cachesStale) {
      loadMarkings();
      sourceNames.clear();
      try (Statement s = connection.createStatement();
          ResultSet r = s.executeQuery("SELECT source_id, name FROM sources")) {
        while (r.next()) {
          sourceNames.put(r.getInt(1), r.getString(2));
        }
      }
      cachesStale = false;
    }
  }

  /** A copy of the source-name and marking caches, for reading rows outside the lock. */
  synchronized Names.Snapshot names() throws SQLException {
    primeCaches();
    return new Names.Snapshot(this, Map.copyOf(sourceNames), Map.copyOf(markings));
  }

  void invalidateCaches() {
    cachesStale = true;
  }

  String sourceName(int sourceId) throws SQLException {
    String n = sourceNames.get(sourceId);
    if (n == null) {
      try (Statement s = connection.createStatement();
          ResultSet r = s.executeQuery("SELECT source_id, name FROM sources")) {
        while (r.next()) {
          sourceNames.put(r.getInt(1), r.getString(2));
        }
      }
      n = sourceNames.get(sourceId);
    }
    if (n == null) {
      throw new IllegalStateException("unknown source id " + sourceId);
    }
    return n;
  }

  void rollbackQuietly(Exception cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
    // ids inserted by the failed transaction are gone: forget them
    markingIds.clear();
    markings.clear();
    sourceNames.clear();
    cachesStale = true;
  }
}
