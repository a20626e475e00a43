package org.tidewatch.cli.detect;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tidewatch.core.port.PlaceIndex;
import org.tidewatch.engine.detect.DetectionRunner;
import org.tidewatch.store.duckdb.DuckDbTrackStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tidewatch detect}: runs the behaviour detectors over the store, incrementally. */
@Command(
    name = "detect",
    mixinStandardHelpOptions = true,
    description =
        "Run the behaviour detectors (port calls, STS/encounters, loitering, AIS gaps and dark"
            + " periods, spoofing, shared MMSIs, identity and draught changes) over the store."
            + " The typed events go into the store with the detection checkpoint, in one"
            + " transaction; DIR/detect/events.jsonl is rewritten from the store as the export."
            + " Incremental: a rerun processes only new or changed days (after a warm-up replay).")
public final class DetectCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "tidewatch-data",
      description = "data directory (default: ${DEFAULT-VALUE})")
  Path dataDir;

  @Option(
      names = "--from",
      paramLabel = "TIME",
      description = "only events starting at or after (2024-03-01 or 2024-03-01T12:00:00Z)")
  String from;

  @Option(names = "--to", paramLabel = "TIME", description = "only reports before")
  String to;

  @Option(
      names = "--lateness-minutes",
      defaultValue = "10",
      description = "out-of-order tolerance of the event-time buffer (default: ${DEFAULT-VALUE})")
  long latenessMinutes;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    DetectionRunner.Options o =
        new DetectionRunner.Options(
            Optional.ofNullable(from).map(f -> DetectOptions.instant(f, "--from")),
            Optional.ofNullable(to).map(t -> DetectOptions.instant(t, "--to")),
            Duration.ofMinutes(latenessMinutes),
            Duration.ofDays(7));
    try (DuckDbTrackStore store = DetectOptions.openExisting(dataDir)) {
      DetectionRunner.Report r = DetectionRunner.run(store, dataDir, o, PlaceIndex.reference());
      if (r.upToDate()) {
        out.println(
            "detect: up to date (no new data since the last run); " + r.total() + " events");
        return 0;
      }
      out.printf(
          "detect: %s .. %s (new from %s): %,d positions, %,d static reports, %d late%n",
          r.from(), r.to(), r.trustedFrom(), r.positions(), r.statics(), r.late());
      r.byType().forEach((k, v) -> out.printf("  %-16s %,6d%n", k, v));
      out.printf(
          "events: %,d new, %,d updated, %,d in the store (exported to %s)%n",
          r.added(), r.replaced(), r.total(), dataDir.resolve("detect/events.jsonl"));
    }
    return 0;
  }
}
