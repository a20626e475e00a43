package org.tidewatch.cli.detect;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tidewatch.cli.UserError;
import org.tidewatch.core.detect.DetectedEvent;
import org.tidewatch.core.port.PlaceIndex;
import org.tidewatch.core.track.VesselSummary;
import org.tidewatch.engine.detect.DetectionRunner;
import org.tidewatch.engine.detect.EventJson;
import org.tidewatch.engine.detect.EventLog;
import org.tidewatch.engine.detect.EventRow;
import org.tidewatch.engine.evaluate.DetectionEvaluator;
import org.tidewatch.engine.evaluate.Metric;
import org.tidewatch.engine.evaluate.TruthEvent;
import org.tidewatch.store.duckdb.DuckDbTrackStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tidewatch evaluate detection}: scores detected events against simulator truth, per event
 * type. Either the events stored in a data directory ({@code --truth FILE --data DIR}, after {@code
 * tidewatch detect}), or simulation directories scored in memory ({@code --sim DIR}, repeatable:
 * detection runs on DIR/ais.csv and is scored against DIR/truth.json; the sums over all are shown).
 */
@Command(
    name = "detection",
    mixinStandardHelpOptions = true,
    description =
        "Score detected events against simulator truth: precision, recall, F1 and timing error per"
            + " event type, as a table and as JSON.")
public final class EvaluateDetectionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--truth", paramLabel = "FILE", description = "truth.json of a simulation")
  Path truth;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "tidewatch-data",
      description = "data directory with detected events (default: ${DEFAULT-VALUE})")
  Path dataDir;

  @Option(
      names = "--sim",
      paramLabel = "DIR",
      description = "simulation directory (ais.csv + truth.json), detected in memory; repeatable")
  List<Path> sims;

  @Option(names = "--json", paramLabel = "FILE", description = "also write the scores as JSON")
  Path jsonOut;

  @Option(
      names = "--events-out",
      paramLabel = "DIR",
      description = "with --sim: write each simulation's detected events to DIR/<sim>.events.jsonl")
  Path eventsOut;

  @Option(names = "--misses", description = "list missed truth events and unmatched detections")
  boolean showMisses;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PlaceIndex places = PlaceIndex.reference();
    Map<String, Metric> total = new LinkedHashMap<>();
    List<String> perRun = new ArrayList<>();
    if (sims != null && !sims.isEmpty()) {
      for (Path dir : sims) {
        Path csv = dir.resolve("ais.csv");
        Path tf = dir.resolve("truth.json");
        if (!Files.exists(csv) || !Files.exists(tf)) {
          throw new UserError(
              dir + ": expected ais.csv and truth.json (tidewatch simulate --out " + dir + ")");
        }
        DetectionRunner.CsvResult r = DetectionRunner.runCsv(csv, places, Duration.ofMinutes(10));
        List<EventRow> rows = new ArrayList<>();
        for (DetectedEvent e : r.events()) {
          rows.add(EventRow.parse(EventJson.line(e)));
        }
        if (eventsOut != null) {
          Files.createDirectories(eventsOut);
          Files.write(
              eventsOut.resolve(dir.getFileName() + ".events.jsonl"),
              rows.stream().map(EventRow::json).toList(),
              StandardCharsets.UTF_8);
        }
        DetectionEvaluator.Result res =
            DetectionEvaluator.evaluate(readTruth(tf), rows, r.firstSeen(), places);
        out.println("== " + dir + " (" + r.rows() + " rows, " + rows.size() + " events)");
        out.print(DetectionEvaluator.table(res.metrics()));
        if (showMisses) {
          res.misses().forEach(m -> out.println("  " + m));
        }
        perRun.add(
            "{\"sim\":"
                + org.tidewatch.engine.detect.Json.quote(dir.toString())
                + ",\"metrics\":"
                + DetectionEvaluator.json(res.metrics())
                + "}");
        for (Metric m : res.metrics()) {
          total.merge(m.name(), m, Metric::plus);
        }
      }
      if (sims.size() > 1) {
        out.println("== all " + sims.size() + " simulations");
        out.print(DetectionEvaluator.table(new ArrayList<>(total.values())));
      }
    } else {
      if (truth == null) {
        throw new UserError("give --truth FILE (with --data DIR) or --sim DIR");
      }
      EventLog log = new EventLog(dataDir);
      if (!Files.exists(log.eventsFile())) {
        throw new UserError(
            "no detected events in " + dataDir + " (run: tidewatch detect --data " + dataDir + ")");
      }
      String truthText = truthText(truth);
      List<TruthEvent> t = readTruth(truth, truthText);
      // the store may hold other data too: score only events inside the simulated period
      List<EventRow> rows = inPeriod(truth, truthText, new ArrayList<>(log.load().values()));
      Map<Integer, Instant> firstSeen = new HashMap<>();
      try (DuckDbTrackStore store = DetectOptions.openExisting(dataDir)) {
        for (TruthEvent e : t) {
          for (int m : e.mmsis()) {
            if (!firstSeen.containsKey(m)) {
              store
                  .identities()
                  .vessel(m)
                  .map(VesselSummary::firstSeen)
                  .ifPresent(f -> firstSeen.put(m, f));
            }
          }
        }
      }
      DetectionEvaluator.Result res = DetectionEvaluator.evaluate(t, rows, firstSeen, places);
      out.print(DetectionEvaluator.table(res.metrics()));
      if (showMisses) {
        res.misses().forEach(m -> out.println("  " + m));
      }
      res.metrics().forEach(m -> total.put(m.name(), m));
    }
    if (jsonOut != null) {
      String json =
          "{\"total\":"
              + DetectionEvaluator.json(new ArrayList<>(total.values()))
              + (perRun.isEmpty() ? "" : ",\"runs\":[" + String.join(",\n", perRun) + "]")
              + "}\n";
      Files.writeString(jsonOut, json, StandardCharsets.UTF_8);
      out.println("scores written to " + jsonOut);
    }
    return 0;
  }

  private static String truthText(Path f) throws IOException {
    if (!Files.exists(f)) {
      throw new UserError("no such truth file: " + f);
    }
    return Files.readString(f, StandardCharsets.UTF_8);
  }

  private static List<TruthEvent> readTruth(Path f) throws IOException {
    return readTruth(f, truthText(f));
  }

  private static List<TruthEvent> readTruth(Path f, String text) {
    try {
      return DetectionEvaluator.readTruth(text);
    } catch (IllegalArgumentException e) {
      throw new UserError(f + ": " + e.getMessage());
    }
  }

  private static List<EventRow> inPeriod(Path f, String text, List<EventRow> rows) {
    try {
      return DetectionEvaluator.inSimulatedPeriod(text, rows);
    } catch (IllegalArgumentException e) {
      throw new UserError(f + ": " + e.getMessage());
    }
  }
}
