package org.tidewatch.cli.infer;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tidewatch.cli.UserError;
import org.tidewatch.core.delivery.Hull;
import org.tidewatch.core.detect.DetectedEvent;
import org.tidewatch.core.port.PlaceIndex;
import org.tidewatch.core.risk.RiskModel;
import org.tidewatch.engine.detect.DetectionRunner;
import org.tidewatch.engine.detect.EventJson;
import org.tidewatch.engine.detect.EventRow;
import org.tidewatch.engine.detect.Json;
import org.tidewatch.engine.infer.EventDecoder;
import org.tidewatch.engine.infer.FirstReports;
import org.tidewatch.engine.infer.InferenceEvaluator;
import org.tidewatch.engine.infer.InferenceRunner;
import org.tidewatch.engine.infer.RegistryCsv;
import org.tidewatch.engine.infer.TruthOps;
import org.tidewatch.sim.SimConfig;
import org.tidewatch.sim.Simulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tidewatch evaluate inference}: deliveries, volumes and risk ranking against simulator
 * truth, over simulation directories ({@code --sim DIR}, repeatable) or seeds simulated on the fly
 * ({@code --seeds 11,12,13 --days 30 --vessels 100 --work DIR}). Detection runs in memory on each
 * {@code ais.csv}. Targets (issue 7): every labelled delivery found; ≥ 90 % of deliveries within ±
 * 20 %; yearly total within ± 10 %; every evasion vessel above every clean one in ≥ 95 % of seeds.
 */
@Command(
    name = "inference",
    mixinStandardHelpOptions = true,
    description =
        "Score inferred deliveries, volumes and the risk ranking against simulator truth, per seed"
            + " and overall.")
public final class EvaluateInferenceCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--sim", paramLabel = "DIR", description = "simulation directory; repeatable")
  List<Path> sims;

  @Option(names = "--seeds", split = ",", description = "simulate these seeds (into --work)")
  List<Long> seeds;

  @Option(names = "--days", defaultValue = "30", description = "days per simulated seed")
  int days;

  @Option(names = "--vessels", defaultValue = "100", description = "background vessels per seed")
  int vessels;

  @Option(
      names = "--work",
      defaultValue = "tidewatch-eval",
      description = "where seeds are simulated")
  Path work;

  @Option(names = "--json", paramLabel = "FILE", description = "also write the scores as JSON")
  Path jsonOut;

  @Option(names = "--details", description = "list every labelled delivery and every extra one")
  boolean details;

  @Option(
      names = "--reuse-events",
      description =
          "keep the detected events of each simulation in DIR/"
              + EVENTS_CACHE
              + " and reuse them on later runs (for iterating on inference; delete the file after"
              + " a detector change)")
  boolean reuseEvents;

  /** Where {@code --reuse-events} keeps a simulation's detected events. */
  static final String EVENTS_CACHE = "inference-events.jsonl";

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<Path> dirs = new ArrayList<>();
    if (sims != null) {
      dirs.addAll(sims);
    }
    if (seeds != null) {
      for (long s : seeds) {
        Path d = work.resolve(String.format(Locale.ROOT, "seed-%d-%dd-%dv", s, days, vessels));
        if (!Files.exists(d.resolve("truth.json"))) {
          out.printf(
              Locale.ROOT, "simulating seed %d (%d days, %d vessels) -> %s%n", s, days, vessels, d);
          out.flush();
          new Simulator(SimConfig.of(s, days, vessels, Instant.parse("2024-01-01T00:00:00Z"), d))
              .run();
        }
        dirs.add(d);
      }
    }
    if (dirs.isEmpty()) {
      throw new UserError("give --sim DIR or --seeds N,N,...");
    }
    out.printf(
        Locale.ROOT,
        "%-28s %5s %5s %7s %9s %11s %11s %7s %5s %6s %4s %5s%n",
        "simulation",
        "deliv",
        "found",
        "±20 %",
        "in bounds",
        "truth bbl",
        "inferred",
        "total",
        "extra",
        "AUC",
        "all",
        "coal");
    List<String> json = new ArrayList<>();
    int lab = 0,
        found = 0,
        w20 = 0,
        inb = 0,
        extra = 0,
        allAbove = 0,
        coal = 0,
        coalF = 0,
        totalOk = 0;
    for (Path d : dirs) {
      InferenceEvaluator.Scores s = evaluate(d, reuseEvents);
      lab += s.labelled();
      found += s.found();
      w20 += s.within20();
      inb += s.withinBounds();
      extra += s.extra();
      allAbove += s.allAbove() ? 1 : 0;
      coal += s.coalRuns();
      coalF += s.coalFound();
      totalOk += Math.abs(s.totalError()) <= 0.10 ? 1 : 0;
      out.printf(
          Locale.ROOT,
          "%-28s %5d %5d %7d %9d %,11.0f %,11.0f %+6.1f%% %5d %6.3f %4s %2d/%d%n",
          d.getFileName(),
          s.labelled(),
          s.found(),
          s.within20(),
          s.withinBounds(),
          s.truthTotal(),
          s.inferredTotal(),
          100 * s.totalError(),
          s.extra(),
          s.auc(),
          s.allAbove() ? "yes" : "no",
          s.coalFound(),
          s.coalRuns());
      if (details || !s.allAbove()) {
        out.println(
            "    lowest evasion vessel " + s.worstEvasion() + "; highest clean " + s.bestClean());
      }
      if (details) {
        for (InferenceEvaluator.Match m : s.matches()) {
          out.printf(
              Locale.ROOT,
              "    %-26s truth %,8.0f inferred %,8.0f [%,.0f-%,.0f] %+6.1f%% %s%n",
              m.opId(),
              m.truthBarrels(),
              m.inferredBarrels(),
              m.low(),
              m.high(),
              100 * m.error(),
              m.method());
        }
        s.extraLines().forEach(x -> out.println("    extra: " + x));
      }
      json.add(
          String.format(
              Locale.ROOT,
              "{\"sim\":%s,\"labelled\":%d,\"found\":%d,\"within20\":%d,\"withinBounds\":%d,\"truthBarrels\":%s,\"inferredBarrels\":%s,\"totalError\":%s,\"extra\":%d,\"auc\":%s,\"allAbove\":%s,\"coalRuns\":%d,\"coalFound\":%d}",
              Json.quote(d.toString()),
              s.labelled(),
              s.found(),
              s.within20(),
              s.withinBounds(),
              Json.number(s.truthTotal()),
              Json.number(Math.round(s.inferredTotal())),
              Json.number(s.totalError()),
              s.extra(),
              Json.number(s.auc()),
              s.allAbove(),
              s.coalRuns(),
              s.coalFound()));
      out.flush();
    }
    out.printf(
        Locale.ROOT,
        "overall: %d/%d labelled deliveries found; %d/%d (%.1f %%) within ±20 %%; %d/%d within their bounds; yearly total within ±10 %% in %d/%d runs; %d extra deliveries; every evasion vessel above every clean one in %d/%d runs; coal runs %d/%d%n",
        found,
        lab,
        w20,
        lab,
        lab == 0 ? 0 : 100.0 * w20 / lab,
        inb,
        found,
        totalOk,
        dirs.size(),
        extra,
        allAbove,
        dirs.size(),
        coalF,
        coal);
    if (jsonOut != null) {
      Files.writeString(
          jsonOut, "{\"runs\":[" + String.join(",\n", json) + "]}\n", StandardCharsets.UTF_8);
      out.println("scores written to " + jsonOut);
    }
    out.flush();
    return 0;
  }

  @SuppressWarnings("unchecked")
  static InferenceEvaluator.Scores evaluate(Path dir, boolean reuseEvents) throws IOException {
    Path csv = dir.resolve("ais.csv");
    Path tf = dir.resolve("truth.json");
    Path rf = dir.resolve("registry.csv");
    if (!Files.exists(csv) || !Files.exists(tf) || !Files.exists(rf)) {
      throw new UserError(
          dir + ": expected ais.csv, registry.csv and truth.json (tidewatch simulate)");
    }
    PlaceIndex places = PlaceIndex.reference();
    List<DetectedEvent> events = detect(dir, csv, places, reuseEvents);
    Map<Integer, Hull> reg = RegistryCsv.read(rf);
    InferenceRunner.Result r =
        InferenceRunner.run(
            events, reg, List.of(), places, RiskModel.defaults(), FirstReports.fromCsv(csv));
    List<TruthOps> ops =
        TruthOps.read(
            (Map<String, Object>) Json.parse(Files.readString(tf, StandardCharsets.UTF_8)));
    return InferenceEvaluator.evaluate(ops, r.deliveries(), r.risk(), reg.keySet());
  }

  /** Detects in memory, or reads the events kept by an earlier run with {@code --reuse-events}. */
  private static List<DetectedEvent> detect(
      Path dir, Path csv, PlaceIndex places, boolean reuseEvents) throws IOException {
    Path cache = dir.resolve(EVENTS_CACHE);
    if (reuseEvents && Files.exists(cache)) {
      List<EventRow> rows = new ArrayList<>();
      for (String line : Files.readAllLines(cache, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          rows.add(EventRow.parse(line));
        }
      }
      return EventDecoder.decode(rows).events();
    }
    List<DetectedEvent> events =
        DetectionRunner.runCsv(csv, places, Duration.ofMinutes(10)).events();
    if (reuseEvents) {
      List<String> lines = new ArrayList<>();
      for (DetectedEvent e : events) {
        lines.add(EventJson.line(e));
      }
      Files.write(cache, lines, StandardCharsets.UTF_8);
    }
    return events;
  }
}
