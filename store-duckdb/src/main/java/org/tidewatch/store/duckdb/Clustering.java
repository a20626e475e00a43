package org.tidewatch.store.duckdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Keeps {@code positions} physically ordered by (mmsi, t, source_id, line), so that DuckDB's
 * row-group zone maps on {@code mmsi} let a vessel's track query skip the row groups of other
 * vessels. Ingest appends batches in file order (the cheapest way in); this rewrites the table in
 * key order when the unclustered tail has grown as large as the clustered part (and at least
 * {@value #MIN_TAIL_ROWS} rows, which a query scans in a few milliseconds). Each row is thus
 * rewritten about twice over its life, and a query never scans more than the tail plus the row
 * groups of its vessel.
 *
 * <p>The rewrite runs in the caller's transaction: a crash rolls it back and leaves the table as it
 * was. Its content (and so every query result) does not change, only the physical order.
 */
final class Clustering {
  /** The unclustered tail below which the table is left as it is. */
  static final long MIN_TAIL_ROWS = 1_000_000;

  private static final String KEY = "positions_clustered_rows";

  private Clustering() {}

  /** Clusters when the tail is large enough; returns whether it did. */
  static boolean maybeCluster(Connection c) throws SQLException {
    long total = total(c);
    long clustered = clusteredRows(c);
    long tail = total - clustered;
    if (tail < MIN_TAIL_ROWS || tail < clustered) {
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
  }

  private static long total(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM positions")) {
      r.next();
      return r.getLong(1);
    }
  }

  static long clusteredRows(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT value FROM meta WHERE key = '" + KEY + "'")) {
      return r.next() ? Long.parseLong(r.getString(1)) : 0;
    }
  }
}
