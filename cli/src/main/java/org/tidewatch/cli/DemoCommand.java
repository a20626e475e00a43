package org.tidewatch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.tidewatch.ais.sentence.AisReader;
import org.tidewatch.ais.sentence.AisReaderOptions;
import org.tidewatch.ais.sentence.AisStats;
import org.tidewatch.cli.sanctions.DemoWatchList;
import org.tidewatch.cli.server.ServeCommand;
import org.tidewatch.engine.ingest.ConsoleProgress;
import org.tidewatch.engine.ingest.IngestListener;
import org.tidewatch.engine.ingest.IngestOptions;
import org.tidewatch.engine.ingest.IngestReport;
import org.tidewatch.engine.ingest.Ingester;
import org.tidewatch.sim.SimConfig;
import org.tidewatch.sim.Simulator;
import org.tidewatch.store.duckdb.DuckDbTrackStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tidewatch demo}: the main job on bundled and simulated data. It decodes the bundled AIS
 * samples and prints their statistics, loads them into an embedded store, simulates a week of the
 * theatre (fixed seed) and loads that too. It grows with each capability (detectors, ledger,
 * workspace).
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Run the tidewatch pipeline on bundled and simulated data and print what it found.")
public final class DemoCommand implements Callable<Integer> {
  /** Bundled samples (see NOTICE for their sources and licences). */
  static final String[][] SAMPLES = {
    {"sample.aivdm", "gpsd's hand-checked AIVDM regression load, all 27 message types (BSD-2)"},
    {
      "Ais1000Lines.nm4",
      "Norwegian Coastal Administration open feed, 1,000 tag-blocked lines (NLOD 2.0)"
    }
  };

  /** The demo theatre: fixed, so every run tells the same story. */
  static final long SEED = 7;

  static final int DAYS = 7;
  static final int VESSELS = 300;
  static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "tidewatch-demo",
      description = "demo data directory, rebuilt on each run (default: ${DEFAULT-VALUE})")
  Path data;

  @Option(names = "--days", defaultValue = "7", description = "days of theatre to simulate")
  int days = DAYS;

  @Option(names = "--vessels", defaultValue = "300", description = "background vessels")
  int vessels = VESSELS;

  @Option(
      names = "--no-serve",
      description = "print the summary and exit instead of serving the workspace (for scripts)")
  boolean noServe;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "workspace port (default: ${DEFAULT-VALUE}; 0 for any free port)")
  int port;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    prepare(data);
    out.println("tidewatch demo (data in " + data.toAbsolutePath() + ")");
    out.println();
    out.println("1. Decoding the bundled AIS samples");
    List<Path> samples = decodeSamples(out);

    out.println();
    out.println(
        "2. Simulating the theatre: seed "
            + SEED
            + ", "
            + days
            + " days, "
            + vessels
            + " background vessels");
    Path theatre = data.resolve("theatre");
    Simulator.Result sim = new Simulator(SimConfig.of(SEED, days, vessels, START, theatre)).run();
    out.printf(
        "   %,d vessels, %,d position reports, %,d NMEA sentences, %d labelled operations -> %s%n",
        sim.vessels(), sim.positions(), sim.sentences(), sim.operations(), theatre);
    out.flush();

    out.println();
    out.println("3. Loading into the embedded store");
    IngestListener progress = new ConsoleProgress(System.err, System.console() != null);
    try (DuckDbTrackStore store = DuckDbTrackStore.open(data)) {
      Ingester ingester =
          new Ingester(store, IngestOptions.defaults(), progress, Clock.systemUTC());
      // sample.aivdm carries no receiver times; the Norwegian sample has tag-block times
      IngestReport r1 = ingester.ingest(List.of(samples.get(1)), "demo: bundled sample");
      IngestReport r2 =
          ingester.ingest(List.of(theatre.resolve("ais.nmea.gz")), "demo: simulated theatre");
      out.printf(
          "   bundled sample: %,d positions, %,d static reports%n",
          r1.positions(), r1.staticReports());
      out.printf(
          "   theatre: %,d positions, %,d static reports, %,d bad rows (the simulator corrupts a"
              + " few on purpose)%n",
          r2.positions(), r2.staticReports(), r2.badRows());
    }
    Files.copy(
        theatre.resolve("registry.csv"),
        data.resolve("registry.csv"),
        StandardCopyOption.REPLACE_EXISTING);

    out.println();
    out.println(
        "4. Screening the store's vessels against a watch list (synthetic: some of the"
            + " simulated evasion hulls, by IMO number and name or by name alone)");
    Path watchList = data.resolve("demo-watchlist.ftm.jsonl");
    int listedHulls = DemoWatchList.write(theatre.resolve("truth.json"), watchList);
    out.printf("   %d hulls on the watch list -> %s%n", listedHulls, watchList);
    out.flush();
    run("sanctions", "ingest", "--data", data.toString(), watchList.toString());

    out.println();
    out.println("5. Detecting behaviour over the store");
    run("detect", "--data", data.toString());

    out.println();
    out.println("6. Detected events against the simulator's truth");
    run(
        "evaluate",
        "detection",
        "--truth",
        theatre.resolve("truth.json").toString(),
        "--data",
        data.toString());

    out.println();
    out.println("7. Deliveries against the UN cap (refined products), simulated year");
    run(
        "ledger",
        "--year",
        Integer.toString(START.atZone(java.time.ZoneOffset.UTC).getYear()),
        "--chart",
        data.resolve("ledger.svg").toString(),
        "--data",
        data.toString());

    out.println();
    out.println("8. Vessels ranked by risk");
    run("risk", "--top", "10", "--data", data.toString());

    out.println();
    out.println("Explore: tidewatch vessels --data " + data + " --name ...");
    out.println("         tidewatch events --data " + data + " --type STS");
    out.println("         tidewatch risk --data " + data + " --vessel MMSI");
    out.println("         tidewatch sanctions screen-vessels --data " + data);
    out.flush();
    if (!noServe) {
      ServeCommand.serveDemo(data, port, out);
    }
    return 0;
  }

  /** Runs one tidewatch command as a step of the demo, with the demo's output streams. */
  private void run(String... args) {
    picocli.CommandLine cl = TidewatchCommand.commandLine();
    cl.setOut(spec.commandLine().getOut());
    cl.setErr(spec.commandLine().getErr());
    int code = cl.execute(args);
    if (code != 0) {
      throw new IllegalStateException(
          "demo step failed (exit " + code + "): tidewatch " + String.join(" ", args));
    }
  }

  /** Starts from an empty demo directory so that every run is the same. */
  private static void prepare(Path dir) throws IOException {
    if (Files.exists(dir)) {
      if (!Files.exists(dir.resolve(".tidewatch-demo"))) {
        throw new UserError(
            dir + " exists and is not a tidewatch demo directory; choose another with --data");
      }
      try (var paths = Files.walk(dir)) {
        for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(".tidewatch-demo"), "created by tidewatch demo\n");
  }

  private List<Path> decodeSamples(PrintWriter out) throws IOException {
    long totalLines = 0;
    long totalMessages = 0;
    Path dir = Files.createDirectories(data.resolve("samples"));
    List<Path> files = new java.util.ArrayList<>();
    for (String[] sample : SAMPLES) {
      Path file = dir.resolve(sample[0]);
      try (InputStream in = DemoCommand.class.getResourceAsStream("demo/" + sample[0])) {
        if (in == null) {
          throw new IllegalStateException("bundled sample missing from the build: " + sample[0]);
        }
        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      }
      files.add(file);
      AisStats stats = new AisStats();
      AisReader reader = new AisReader(AisReaderOptions.defaults(), stats);
      reader.read(file);
      stats.checkBalanced(reader.linesRead());
      out.println();
      out.printf("== %s: %s%n", sample[0], sample[1]);
      out.print(stats.table());
      totalLines += reader.linesRead();
      totalMessages += stats.messages();
    }
    out.println();
    out.printf(
        "   decoded %,d messages from %,d lines; every line accounted for.%n",
        totalMessages, totalLines);
    out.flush();
    return files;
  }
}
