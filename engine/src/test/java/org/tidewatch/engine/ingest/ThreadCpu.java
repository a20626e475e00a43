package org.tidewatch.engine.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per-thread CPU time of this process from {@code /proc/self/task/<tid>/stat} (Linux only; empty
 * elsewhere), for the benchmark's breakdown: reader (the calling thread), writer, DuckDB's worker
 * threads, GC and JIT. Threads that ended between two snapshots (the store writer, which lives for
 * one ingest) show as "exited", the process total minus the threads still alive.
 */
final class ThreadCpu {
  private static final double TICK_S = 0.01; // USER_HZ is 100 on Linux

  private final long readerTid = currentTid();
  private final Map<Long, String> names = new HashMap<>();
  private final Map<Long, Long> ticks = new HashMap<>();

  /** Takes a snapshot now. */
  ThreadCpu() {
    read(names, ticks);
  }

  private static long currentTid() {
    try {
      String link = Files.readSymbolicLink(Path.of("/proc/thread-self")).toString();
      return Long.parseLong(link.substring(link.lastIndexOf('/') + 1));
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private static void read(Map<Long, String> names, Map<Long, Long> ticks) {
    try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
      for (Path t : tasks) {
        try {
          String stat = Files.readString(t.resolve("stat"));
          int open = stat.indexOf('(');
          int close = stat.lastIndexOf(')');
          String[] f = stat.substring(close + 2).split(" ");
          long tid = Long.parseLong(t.getFileName().toString());
          names.put(tid, stat.substring(open + 1, close));
          ticks.put(tid, Long.parseLong(f[11]) + Long.parseLong(f[12])); // utime + stime
        } catch (IOException | RuntimeException e) {
          // the thread ended while listing
        }
      }
    } catch (IOException e) {
      // not Linux
    }
  }

  /** CPU seconds per thread group since this snapshot, given the process CPU over the interval. */
  Map<String, Double> since(double processCpu_s) {
    Map<Long, String> n = new HashMap<>();
    Map<Long, Long> t = new HashMap<>();
    read(n, t);
    Map<String, Double> groups = new TreeMap<>();
    double alive = 0;
    for (Map.Entry<Long, Long> e : t.entrySet()) {
      double s = (e.getValue() - ticks.getOrDefault(e.getKey(), 0L)) * TICK_S;
      alive += s;
      groups.merge(group(e.getKey(), n.get(e.getKey())), s, Double::sum);
    }
    groups.put("exited (writer, prepare)", Math.max(0, processCpu_s - alive));
    return groups;
  }

  private String group(long tid, String name) {
    if (tid == readerTid) {
      return "reader";
    }
    if (name.startsWith("tidewatch-store")) {
      return "writer";
    }
    if (name.startsWith("tidewatch-inges")) { // /proc truncates names to 15 characters
      return "prepare";
    }
    if (name.startsWith("GC ") || name.startsWith("G1 ") || name.contains("GC")) {
      return "gc";
    }
    if (name.startsWith("C1 ") || name.startsWith("C2 ")) {
      return "jit";
    }
    if (name.equals("java")) {
      return "duckdb/native";
    }
    return "jvm other";
  }

  /** One line: group CPU in µs per row. */
  static String perRow(Map<String, Double> groups, long rows) {
    StringBuilder b = new StringBuilder();
    groups.forEach((g, s) -> b.append(String.format("%s %.2f; ", g, s * 1e6 / rows)));
    return b.toString();
  }
}
