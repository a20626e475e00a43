package org.tidewatch.engine.screening;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress for people: on a terminal a bar redrawn in place with the rate and ETA, otherwise a log
 * line at most every 10 seconds.
 */
public final class ConsoleScreeningProgress implements ScreeningListener {
  private final PrintStream out;
  private final boolean terminal;
  private long start;
  private long lastPrint;

  public ConsoleScreeningProgress(PrintStream out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  @Override
  public void started(String reason, int vessels) {
    start = System.nanoTime();
    lastPrint = start;
    out.printf(
        Locale.ROOT, "screening %,d vessels against the lists in force (%s)%n", vessels, reason);
    out.flush();
  }

  @Override
  public void progress(int done, int total, int listed) {
    long now = System.nanoTime();
    if (now - lastPrint < (terminal ? 200_000_000L : 10_000_000_000L)) {
      return;
    }
    lastPrint = now;
    double secs = (now - start) / 1e9;
    double fraction = total == 0 ? 1 : (double) done / total;
    double eta = fraction > 0 ? secs * (1 - fraction) / fraction : Double.NaN;
    String text =
        String.format(
            Locale.ROOT,
            "%5.1f%% %,d/%,d vessels, %,d listed, %,.0f/s ETA %s",
            fraction * 100,
            done,
            total,
            listed,
            done / Math.max(secs, 1e-9),
            Double.isNaN(eta) ? "?" : String.format(Locale.ROOT, "%.0fs", eta));
    if (terminal) {
      int width = 30;
      int filled = (int) Math.round(fraction * width);
      out.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + text + "   ");
    } else {
      out.println("screening: " + text);
    }
    out.flush();
  }

  @Override
  public void finished(ScreeningResults r) {
    if (terminal) {
      out.print("\r" + " ".repeat(79) + "\r");
    }
    out.flush();
  }
}
