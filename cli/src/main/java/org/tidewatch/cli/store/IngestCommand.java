package org.tidewatch.cli.store;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tidewatch.cli.UserError;
import org.tidewatch.cli.sanctions.VesselScreeningStep;
import org.tidewatch.core.provenance.Releasability;
import org.tidewatch.core.store.BadRow;
import org.tidewatch.engine.ingest.ConsoleProgress;
import org.tidewatch.engine.ingest.FileResult;
import org.tidewatch.engine.ingest.IngestOptions;
import org.tidewatch.engine.ingest.IngestReport;
import org.tidewatch.engine.ingest.Ingester;
import org.tidewatch.engine.screening.VesselScreeningJob;
import org.tidewatch.store.duckdb.DuckDbTrackStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tidewatch ingest}: loads data into the store. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = "Load data into the tidewatch store.",
    subcommands = {IngestCommand.Ais.class})
public final class IngestCommand implements Runnable {
  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code tidewatch ingest ais FILE...}. */
  @Command(
      name = "ais",
      mixinStandardHelpOptions = true,
      description = {
        "Load AIS files: NMEA (tag blocks or receiver times), MarineCadastre CSV, or Parquet with"
            + " the same columns; plain or .gz, format detected from content.",
        "Idempotent (a file already loaded adds nothing) and resumable (rerun after an"
            + " interruption to finish exactly once)."
      })
  public static final class Ais implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin StoreOptions store;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "files to load")
    List<Path> files;

    @Option(
        names = "--time-from",
        paramLabel = "TIME",
        description =
            "time of NMEA messages before the first receiver time in a file (files without"
                + " times are refused otherwise), e.g. 2024-03-01T00:00:00Z")
    String timeFrom;

    @Option(
        names = "--marking",
        paramLabel = "TEXT",
        description = "releasability marking of the loaded records (default: ${DEFAULT-VALUE})",
        defaultValue = "UNMARKED")
    String marking;

    @Option(
        names = "--batch-size",
        paramLabel = "N",
        description = "records per atomic batch (default: ${DEFAULT-VALUE})",
        defaultValue = "" + IngestOptions.DEFAULT_BATCH_SIZE)
    int batchSize;

    @Option(names = "--accept-bad-checksums", description = "store NMEA with wrong checksums")
    boolean acceptBadChecksums;

    @Option(names = "--no-progress", description = "no progress display")
    boolean noProgress;

    @Option(
        names = "--no-screen",
        description =
            "do not screen the store's vessels against the sanctions lists afterwards (see"
                + " tidewatch sanctions screen-vessels)")
    boolean noScreen;

    @Override
    public Integer call() {
      Releasability r;
      try {
        r = new Releasability(marking);
      } catch (IllegalArgumentException e) {
        throw new UserError("--marking: " + e.getMessage());
      }
      if (batchSize < 1) {
        throw new UserError("--batch-size must be at least 1");
      }
      IngestOptions o =
          new IngestOptions(
              r,
              Optional.ofNullable(timeFrom).map(t -> StoreOptions.instant(t, "--time-from")),
              batchSize,
              acceptBadChecksums);
      PrintWriter out = spec.commandLine().getOut();
      var progress =
          noProgress
              ? new org.tidewatch.engine.ingest.IngestListener() {}
              : new ConsoleProgress(System.err, System.console() != null);
      IngestReport report;
      try (DuckDbTrackStore s = store.open()) {
        report =
            new Ingester(s, o, progress, Clock.systemUTC())
                .ingest(
                    files,
                    "ingest ais " + String.join(" ", files.stream().map(Path::toString).toList()));
        printReport(report, out);
        org.tidewatch.store.duckdb.StoreStatus st = s.status();
        if (st.freeBytes() > st.databaseBytes() / 5) {
          // the end-of-run rewrite by vessel freed the old table's blocks
          out.printf(
              "the database file holds %s, %s of it free for later writes ('tidewatch store"
                  + " optimize --data %s' gives it back)%n",
              StoreCommand.size(st.databaseBytes()),
              StoreCommand.size(st.freeBytes()),
              s.dataDir());
        }
        if (!noScreen) {
          // the store changed: screen the vessels again (only those whose claims changed)
          VesselScreeningStep.run(
              s, s.dataDir(), VesselScreeningJob.Options.defaults(), !noProgress, false, out);
        }
      }
      return report.anyRefused() ? 1 : 0;
    }

    private static void printReport(IngestReport report, PrintWriter out) {
      for (FileResult f : report.files()) {
        out.printf(
            "%s: %s, %,d positions, %,d static reports, %,d bad rows%s%n",
            f.file(),
            f.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
            f.positions(),
            f.staticReports(),
            f.badRowsTotal(),
            f.message().map(m -> " (" + m + ")").orElse(""));
        for (BadRow b : f.badRows()) {
          out.printf("  %s:%d: %s%n", b.source(), b.line(), b.reason());
        }
        if (f.badRowsTotal() > f.badRows().size()) {
          out.printf("  ... and %,d more bad rows%n", f.badRowsTotal() - f.badRows().size());
        }
      }
      double secs = report.elapsed().toNanos() / 1e9;
      double finishing = report.finishing().toNanos() / 1e9;
      out.printf(
          "run %d: %,d positions, %,d static reports in %.1f s (%,.0f positions/s); end of run"
              + " %.1f s (%,.0f positions/s in all)%n",
          report.runId(),
          report.positions(),
          report.staticReports(),
          secs,
          report.positions() / Math.max(secs, 1e-9),
          finishing,
          report.positions() / Math.max(secs + finishing, 1e-9));
      out.flush();
    }
  }
}
