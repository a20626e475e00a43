package org.tidewatch.engine.ingest;

/** An NMEA file has messages without any receiver time, and no {@code --time-from} was given. */
public final class MissingTimesException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MissingTimesException(String message) {
    super(message);
  }
}
