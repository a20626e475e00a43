package org.tidewatch.store.duckdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Keeps {@code positions} physically ordered by vessel, so that DuckDB's row-group zone maps on
 * {@code mmsi} let a vessel's track query skip the row groups of other vessels.
 *
 * <p>The table is a clustered part, ordered by (mmsi, t, source_id, line), followed by a tail of
 * the batches appended since. A prepared ingest batch (a {@link PositionColumns} written to its
 * Parquet file in that same order by {@link BatchFiles}) arrives as a <em>sorted run</em>: a
 * vessel's rows in it are contiguous, so a track query reads only a few vectors of it. Rows that
 * arrive any other way (records appended one by one, or runs under {@value #MIN_RUN_ROWS} rows,
 * whose row groups mix several runs) are <em>unsorted</em>: a query must read them all.
 *
 * <p>At the end of an ingest run the table is rewritten in key order when either
 *
 * <ul>
 *   <li>the unsorted tail has grown as large as the clustered part and to at least {@value
 *       #MIN_UNSORTED_ROWS} rows (which a query scans in a few milliseconds), or
 *   <li>the whole tail has grown as large as the clustered part and to at least {@value
 *       #MIN_SORTED_TAIL_ROWS} rows: sorted runs cost a query little (a vessel-year track over a
 *       5.2 M-row tail of 26 runs: 31 ms median, against 27 ms clustered and 130 ms unsorted;
 *       store-duckdb/README.md), but their row groups mix runs, so a tail of many runs is merged.
 * </ul>
 *
 * Each row is thus rewritten about twice over its life on a large store (the tail grows to the
 * clustered size before a rewrite); a single ingest of fewer than {@value #MIN_SORTED_TAIL_ROWS}
 * prepared positions into a new store is not rewritten at all.
 *
 * <p>The rewrite runs in the caller's transaction: a crash rolls it back and leaves the table as it
 * was. Its content (and so every query result) does not change, only the physical order.
 */
final class Clustering {
  /** The unsorted tail below which the table is left as it is. */
  static final long MIN_UNSORTED_ROWS = 1_000_000;

  /** The tail of sorted runs below which the table is left as it is. */
  static final long MIN_SORTED_TAIL_ROWS = 4_000_000;

  /**
   * The fewest rows a batch must bring to count as a sorted run: the size of a DuckDB row group
   * (122,880 rows) rounded down, so that most of a run's row groups hold no other run.
   */
  static final long MIN_RUN_ROWS = 100_000;

  private static final String KEY = "positions_clustered_rows";

  /** Rows of the tail that arrived in sorted runs (absent: none, as before this key existed). */
  private static final String SORTED_KEY = "positions_sorted_tail_rows";

  private Clustering() {}

  /**
   * Records, in the caller's transaction, that {@code rows} rows were appended to the tail; {@code
   * sorted} when they were appended in (mmsi, t, source_id, line) order.
   */
  static void appended(Connection c, long rows, boolean sorted) throws SQLException {
    appended(c, rows, sorted, MIN_RUN_ROWS);
  }

  static void appended(Connection c, long rows, boolean sorted, long minRunRows)
      throws SQLException {
    if (!sorted || rows < minRunRows) {
      return; // unsorted: the tail minus the sorted rows
    }
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO meta VALUES ('"
                + SORTED_KEY
                + "', ?) ON CONFLICT (key) DO UPDATE SET value ="
                + " CAST(CAST(meta.value AS BIGINT) + CAST(excluded.value AS BIGINT) AS VARCHAR)")) {
      p.setString(1, Long.toString(rows));
      p.executeUpdate();
    }
  }

  /** Clusters when the tail calls for it (see the class comment); returns whether it did. */
  static boolean maybeCluster(Connection c) throws SQLException {
    return maybeCluster(c, MIN_UNSORTED_ROWS, MIN_SORTED_TAIL_ROWS);
  }

  /** As {@link #maybeCluster(Connection)}, with the two minimums given (for tests). */
  static boolean maybeCluster(Connection c, long minUnsortedRows, long minSortedTailRows)
      throws SQLException {
    long total = total(c);
    long clustered = clusteredRows(c);
    long tail = total - clustered;
    long unsorted = tail - Math.min(tail, sortedTailRows(c));
    boolean unsortedTooLarge = unsorted >= minUnsortedRows && unsorted >= clustered;
    boolean tailTooLarge = tail >= minSortedTailRows && tail >= clustered;
    if (!unsortedTooLarge && !tailTooLarge) {
      return false;
    }
    cluster(c, total);
    return true;
  }

  /** Rewrites the whole table in key order. */
  static void cluster(Connection c) throws SQLException {
    cluster(c, total(c));
  }

  private static void cluster(Connection c, long total) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS positions_clustered");
      s.execute("CREATE TABLE positions_clustered " + Schema.POSITION_COLUMNS);
      s.execute(
          "INSERT INTO positions_clustered SELECT * FROM positions"
              + " ORDER BY mmsi, t, source_id, line");
      s.execute("DROP TABLE positions");
      s.execute("ALTER TABLE positions_clustered RENAME TO positions");
    }
    try (PreparedStatement p =
        c.prepareStatement("INSERT OR REPLACE INTO meta VALUES ('" + KEY + "', ?)")) {
      p.setString(1, Long.toString(total));
      p.executeUpdate();
    }
    try (Statement s = c.createStatement()) {
      s.execute("DELETE FROM meta WHERE key = '" + SORTED_KEY + "'");
    }
  }

  private static long total(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM positions")) {
      r.next();
      return r.getLong(1);
    }
  }

  static long clusteredRows(Connection c) throws SQLException {
    return metaLong(c, KEY);
  }

  static long sortedTailRows(Connection c) throws SQLException {
    return metaLong(c, SORTED_KEY);
  }

  private static long metaLong(Connection c, String key) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT value FROM meta WHERE key = '" + key + "'")) {
      return r.next() ? Long.parseLong(r.getString(1)) : 0;
    }
  }
}
