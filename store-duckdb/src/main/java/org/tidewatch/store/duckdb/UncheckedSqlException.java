package org.tidewatch.store.duckdb;

import java.sql.SQLException;

/** A database error the caller cannot fix (disk full, corrupt file, a bug). */
public final class UncheckedSqlException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UncheckedSqlException(SQLException cause) {
    super(cause.getMessage(), cause);
  }
}
