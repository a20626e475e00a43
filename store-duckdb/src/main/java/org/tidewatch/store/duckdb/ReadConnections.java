package org.tidewatch.store.duckdb;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.concurrent.Semaphore;
import org.duckdb.DuckDBConnection;

/**
 * Connections for read-only queries that may run side by side: duplicates of the store's connection
 * ({@link DuckDBConnection#duplicate()}: the same database instance, its own client context), in
 * auto-commit mode, so each query reads the latest committed state. At most {@link #MAX} run at
 * once (more would only share the same cores); callers beyond that wait. Writes and every other
 * query stay on the store's one connection, under its lock.
 */
final class ReadConnections implements AutoCloseable {
  /** Concurrent readers: the processors, at least 2, at most 8. */
  static final int MAX = Math.max(2, Math.min(8, Runtime.getRuntime().availableProcessors()));

  private final Connection main;
  private final Semaphore permits = new Semaphore(MAX, true);
  private final ArrayDeque<Connection> idle = new ArrayDeque<>();
  private boolean closed;

  ReadConnections(Connection main) {
    this.main = main;
  }

  /** A read connection; give it back with {@link #release}. */
  Connection acquire() throws SQLException {
    permits.acquireUninterruptibly();
    try {
      synchronized (idle) {
        if (closed) {
          throw new SQLException("the store is closed");
        }
        Connection c = idle.pollFirst();
        if (c != null) {
          return c;
        }
      }
      Connection c = main.unwrap(DuckDBConnection.class).duplicate();
      c.setAutoCommit(true);
      return c;
    } catch (SQLException | RuntimeException e) {
      permits.release();
      throw e;
    }
  }

  /** Gives back a connection from {@link #acquire}. */
  void release(Connection c) {
    try {
      synchronized (idle) {
        if (!closed) {
          idle.addFirst(c);
          return;
        }
      }
      closeQuietly(c);
    } finally {
      permits.release();
    }
  }

  @Override
  public void close() {
    synchronized (idle) {
      closed = true;
      for (Connection c : idle) {
        closeQuietly(c);
      }
      idle.clear();
    }
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // closing a read-only connection: nothing to keep
    }
  }
}
