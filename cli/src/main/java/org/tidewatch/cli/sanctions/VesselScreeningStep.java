package org.tidewatch.cli.sanctions;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.tidewatch.core.store.TrackStore;
import org.tidewatch.engine.screening.ConsoleScreeningProgress;
import org.tidewatch.engine.screening.ScreeningFile;
import org.tidewatch.engine.screening.ScreeningListener;
import org.tidewatch.engine.screening.ScreeningResults;
import org.tidewatch.engine.screening.VesselScreeningJob;
import org.tidewatch.engine.screening.VesselScreeningJob.Options;
import org.tidewatch.engine.screening.VesselScreeningJob.Outcome;
import org.tidewatch.store.duckdb.DuckDbTrackStore;
import org.tidewatch.store.duckdb.StoreUnavailableException;

/**
 * Runs the vessel screening job for a command ({@code sanctions ingest}, {@code ingest ais}, {@code
 * demo}, {@code sanctions screen-vessels}) and says what it did in one or two lines.
 */
public final class VesselScreeningStep {
  private VesselScreeningStep() {}

  /**
   * Screens the vessels of an open store when stale.
   *
   * @param progress show progress on {@code System.err}
   * @param explicit the user asked for screening (else "no lists" is not worth a line)
   * @return the outcome (the job's own; an unwritable results file becomes a failure)
   */
  public static Outcome run(
      TrackStore store,
      Path data,
      Options options,
      boolean progress,
      boolean explicit,
      PrintWriter out) {
    ScreeningListener l =
        progress
            ? new ConsoleScreeningProgress(System.err, System.console() != null)
            : new ScreeningListener() {};
    Outcome o;
    try {
      o = VesselScreeningJob.run(store, data, options, l, Clock.systemUTC());
    } catch (IOException | RuntimeException e) {
      Optional<ScreeningResults> kept = Optional.empty();
      try {
        kept = ScreeningFile.read(ScreeningFile.of(data));
      } catch (IOException ignored) {
        // reported below as no results
      }
      o = new Outcome.Failed("vessel screening failed: " + e.getMessage(), kept);
    }
    if (explicit || !(o instanceof Outcome.NoLists)) {
      report(o, data, out);
    }
    return o;
  }

  /**
   * Screens the vessels of the store in {@code data} after the lists changed: opens the store when
   * there is one; a store in use (a running server) is left alone with a note.
   */
  public static Optional<Outcome> runAfterListsChanged(Path data, PrintWriter out) {
    if (!Files.exists(data.resolve(DuckDbTrackStore.FILE_NAME))) {
      out.println("no track store in " + data + " yet: vessels are screened after an AIS ingest");
      out.flush();
      return Optional.empty();
    }
    try (DuckDbTrackStore s = DuckDbTrackStore.open(data)) {
      return Optional.of(run(s, data, Options.defaults(), true, true, out));
    } catch (StoreUnavailableException e) {
      out.println(
          "vessels not screened now: "
              + e.getMessage()
              + " (a server running on it loads the new lists and screens them within a minute;"
              + " else run: tidewatch sanctions screen-vessels --data "
              + data
              + ")");
      out.flush();
      return Optional.empty();
    }
  }

  /** Prints what the job did. */
  static void report(Outcome o, Path data, PrintWriter out) {
    switch (o) {
      case Outcome.Screened s -> {
        ScreeningResults r = s.current();
        out.printf(
            Locale.ROOT,
            "vessel screening: %,d vessels, %,d listed (threshold %.2f, %s) in %.1f s; %,d screened,"
                + " %,d reused; CPU %.1f s in all, %.1f s of it screening -> %s%n",
            r.vessels().size(),
            r.listedCount(),
            r.basis().threshold(),
            s.reason(),
            r.elapsed_ms() / 1000.0,
            r.rescreened(),
            s.reused(),
            s.processCpu_ms() / 1000.0,
            s.screenCpu_ms() / 1000.0,
            ScreeningFile.of(data));
      }
      case Outcome.UpToDate u ->
          out.printf(
              Locale.ROOT,
              "vessel screening up to date: %,d vessels, %,d listed (made %s from the same lists"
                  + " and store)%n",
              u.current().vessels().size(),
              u.current().listedCount(),
              u.current().screenedAt());
      case Outcome.NoLists n ->
          out.println(
              "vessels not screened: no sanctions list ingested (tidewatch sanctions ingest"
                  + " FILE...)");
      case Outcome.Failed f -> {
        out.println("error: " + f.reason());
        out.println(
            f.previous()
                .map(
                    p ->
                        "the previous vessel screening (made "
                            + p.screenedAt()
                            + ", "
                            + p.listedCount()
                            + " listed) stays in force")
                .orElse("no vessel screening is in force"));
      }
    }
    out.flush();
  }

  /** A print writer on a stream (for the commands that print to {@code System.out}). */
  static PrintWriter writer(PrintStream s) {
    return new PrintWriter(s, true);
  }
}
