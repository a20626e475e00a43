package org.tidewatch.core.store;

/**
 * A batch did not continue from the source's committed checkpoint: another process is ingesting the
 * same source, or the caller replayed a batch. Nothing of the batch was stored.
 */
public final class StaleCheckpointException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StaleCheckpointException(String message) {
    super(message);
  }
}
