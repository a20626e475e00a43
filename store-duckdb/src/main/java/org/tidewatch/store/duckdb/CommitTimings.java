package org.tidewatch.store.duckdb;

import java.util.Locale;

/**
 * Wall-clock time spent in each step of the batch commits, for profiling: printed to standard error
 * at the end of a run when the system property {@code tidewatch.store.timings} is {@code true},
 * otherwise neither printed nor kept (the steps still read the clock, a few calls a batch).
 */
final class CommitTimings {
  static final int CHECKPOINT = 0;
  static final int MARKINGS = 1;
  static final int POSITIONS = 2;
  static final int STATICS = 3;
  static final int BAD_ROWS = 4;
  static final int IDENTITIES = 5;
  static final int COMMIT = 6;
  static final int FOLD = 7;
  private static final String[] NAMES = {
    "checkpoint update",
    "markings",
    "positions",
    "static reports",
    "bad rows",
    "identities",
    "commit",
    "identity fold"
  };

  private final boolean enabled = Boolean.getBoolean("tidewatch.store.timings");
  private final long[] nanos = new long[NAMES.length];
  private final long[] cpuNanos = new long[NAMES.length];
  private final java.lang.management.ThreadMXBean threads =
      java.lang.management.ManagementFactory.getThreadMXBean();
  private long lastCpu = -1;
  private long batches;

  /**
   * Adds the time since {@code since} to a step (and, when enabled, the thread's CPU time since the
   * previous step or {@link #start}); returns now.
   */
  long add(int step, long since) {
    long now = System.nanoTime();
    nanos[step] += now - since;
    if (enabled) {
      long cpu = threads.getCurrentThreadCpuTime();
      if (lastCpu >= 0) {
        cpuNanos[step] += cpu - lastCpu;
      }
      lastCpu = cpu;
    }
    if (step == COMMIT) {
      batches++;
    }
    return now;
  }

  /** Marks the start of a commit on this thread (for the CPU times); returns now. */
  long start() {
    if (enabled) {
      lastCpu = threads.getCurrentThreadCpuTime();
    }
    return System.nanoTime();
  }

  /** Prints and resets the totals (if enabled). */
  void report() {
    if (enabled && batches > 0) {
      StringBuilder s = new StringBuilder("store commit timings over " + batches + " batches:");
      for (int i = 0; i < NAMES.length; i++) {
        s.append(
            String.format(
                Locale.ROOT,
                " %s %.2f s (thread CPU %.2f s);",
                NAMES[i],
                nanos[i] / 1e9,
                cpuNanos[i] / 1e9));
      }
      System.err.println(s);
    }
    java.util.Arrays.fill(nanos, 0);
    java.util.Arrays.fill(cpuNanos, 0);
    batches = 0;
  }
}
