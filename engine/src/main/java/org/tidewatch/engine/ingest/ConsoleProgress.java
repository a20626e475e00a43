package org.tidewatch.engine.ingest;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Progress for people: on a terminal a one-line bar with rate and ETA redrawn in place; otherwise
 * (pipes, CI logs) a plain log line at most every 10 seconds.
 */
public final class ConsoleProgress implements IngestListener {
  private final PrintStream out;
  private final boolean terminal;
  private long fileStart;
  private long lastPrint;

  public ConsoleProgress(PrintStream out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  @Override
  public void fileStarted(Path file, InputFormat format, long resumeFrom) {
    fileStart = System.nanoTime();
    lastPrint = fileStart;
    out.println(
        "ingesting "
            + file
            + " ("
            + format.id()
            + ")"
            + (resumeFrom > 0 ? ", resuming after " + resumeFrom + " committed records" : ""));
  }

  @Override
  public void progress(Path file, long bytesRead, long totalBytes, long records) {
    long now = System.nanoTime();
    long every = terminal ? 200_000_000L : 10_000_000_000L;
    if (now - lastPrint < every) {
      return;
    }
    lastPrint = now;
    double secs = (now - fileStart) / 1e9;
    double fraction = totalBytes > 0 ? Math.min(1, (double) bytesRead / totalBytes) : 0;
    double rate = records / Math.max(secs, 1e-9);
    double eta = fraction > 0 ? secs * (1 - fraction) / fraction : Double.NaN;
    String text =
        String.format(
            Locale.ROOT,
            "%5.1f%% %,d records %,.0f/s ETA %s",
            fraction * 100,
            records,
            rate,
            Double.isNaN(eta) ? "?" : String.format(Locale.ROOT, "%.0fs", eta));
    if (terminal) {
      int width = 30;
      int done = (int) Math.round(fraction * width);
      out.print("\r[" + "#".repeat(done) + " ".repeat(width - done) + "] " + text + "   ");
      out.flush();
    } else {
      out.println(file.getFileName() + ": " + text);
    }
  }

  @Override
  public void fileFinished(FileResult r) {
    if (terminal) {
      out.print("\r" + " ".repeat(79) + "\r");
    }
    out.println(
        String.format(
            Locale.ROOT,
            "%s: %s, %,d positions, %,d static reports, %,d bad rows%s",
            r.file(),
            r.status().name().toLowerCase(Locale.ROOT).replace('_', ' '),
            r.positions(),
            r.staticReports(),
            r.badRowsTotal(),
            r.message().map(m -> " (" + m + ")").orElse("")));
  }

  @Override
  public void finishing() {
    out.println("ending the run (the store may reorganise its positions by vessel)...");
  }
}
