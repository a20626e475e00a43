package org.tidewatch.engine.screening;

/** Hears what the vessel screening job does (progress for people, logs for the server). */
public interface ScreeningListener {
  /** Screening starts: why, and how many vessels there are. */
  default void started(String reason, int vessels) {}

  /** Some vessels are done; {@code listed} of them matched a listed party so far. */
  default void progress(int done, int total, int listed) {}

  /** Screening finished (called before the results are written). */
  default void finished(ScreeningResults results) {}
}
