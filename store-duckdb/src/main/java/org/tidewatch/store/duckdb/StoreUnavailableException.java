package org.tidewatch.store.duckdb;

/** The data directory cannot be opened (missing permissions, or another process holds it). */
public final class StoreUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
