package org.tidewatch.store.duckdb;

import java.sql.SQLException;
import java.util.Map;
import org.tidewatch.core.provenance.Releasability;

/** Source names and markings by their ids in the database, as a query's rows are turned back. */
interface Names {
  String sourceName(int sourceId) throws SQLException;

  Releasability marking(short markingId) throws SQLException;

  /**
   * An immutable copy of the store's caches, for reading rows outside the store's lock; an id the
   * copy lacks (committed after it was taken) is looked up in the store under its lock.
   */
  record Snapshot(
      DuckDbTrackStore db, Map<Integer, String> sources, Map<Short, Releasability> markings)
      implements Names {
    @Override
    public String sourceName(int sourceId) throws SQLException {
      String n = sources.get(sourceId);
      if (n != null) {
        return n;
      }
      synchronized (db) {
        return db.sourceName(sourceId);
      }
    }

    @Override
    public Releasability marking(short markingId) throws SQLException {
      Releasability r = markings.get(markingId);
      if (r != null) {
        return r;
      }
      synchronized (db) {
        return db.marking(markingId);
      }
    }
  }
}
