package org.tidewatch.cli.infer;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tidewatch.cli.UserError;
import org.tidewatch.core.delivery.Commodity;
import org.tidewatch.core.delivery.Delivery;
import org.tidewatch.core.delivery.Hull;
import org.tidewatch.core.ledger.Ledger;
import org.tidewatch.core.ledger.ReportedCsv;
import org.tidewatch.core.ledger.ReportedDelivery;
import org.tidewatch.core.port.PlaceIndex;
import org.tidewatch.core.risk.RiskModel;
import org.tidewatch.engine.detect.DetectionRunner;
import org.tidewatch.engine.infer.FirstReports;
import org.tidewatch.engine.infer.InferenceRunner;
import org.tidewatch.engine.infer.RegistryCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tidewatch ledger --year Y [--product refined|crude|coal] [--format table|json] [--chart
 * FILE.svg|png] [--reported FILE.csv] --data DIR}: the deliveries inferred from the detected events
 * of a data directory, counted against the yearly cap, with the reported figures beside them.
 */
@Command(
    name = "ledger",
    mixinStandardHelpOptions = true,
    description =
        "Yearly ledger of inferred deliveries against the UN cap (refined 500,000 bbl, crude"
            + " 4,000,000 bbl, coal 0 t): central/low/high and laden scenarios, cumulative, date the"
            + " cap was passed, reported figures beside them.")
public final class LedgerCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--year", required = true, description = "calendar year (UTC)")
  int year;

  @Option(
      names = "--product",
      defaultValue = "refined",
      description = "refined, crude or coal (default: ${DEFAULT-VALUE})")
  String product;

  @Option(names = "--format", defaultValue = "table", description = "table or json")
  String format;

  @Option(names = "--chart", paramLabel = "FILE", description = "write a chart (.svg or .png)")
  Path chart;

  @Option(
      names = "--reported",
      paramLabel = "FILE",
      description = "reported deliveries (CSV: date,commodity,barrels|tonnes,reporter,source)")
  Path reported;

  @Option(
      names = "--registry",
      paramLabel = "FILE",
      description = "hull registry CSV (default: DIR/registry.csv)")
  Path registry;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "tidewatch-data",
      description = "data directory with detected events (default: ${DEFAULT-VALUE})")
  Path data;

  @Override
  public Integer call() throws IOException {
    Commodity c = LedgerFormat.commodity(product);
    InferenceRunner.Result r = InferenceSession.open(data, Optional.ofNullable(registry));
    Ledger l = Ledger.build(year, c, r.deliveries(), readReported(reported));
    print(l, spec.commandLine().getOut());
    if (chart != null) {
      LedgerChart.write(l, chart);
      spec.commandLine().getOut().println("chart written to " + chart);
    }
    return 0;
  }

  private void print(Ledger l, PrintWriter out) {
    switch (format) {
      case "table" -> out.print(LedgerFormat.table(l));
      case "json" -> out.println(LedgerFormat.json(l));
      default -> throw new UserError("--format: table or json");
    }
    out.flush();
  }

  static List<ReportedDelivery> readReported(Path f) {
    if (f == null) {
      return List.of();
    }
    try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
      return ReportedCsv.read(in);
    } catch (IOException e) {
      throw new UserError(f + ": " + e.getMessage(), e);
    }
  }

  /**
   * For {@code tidewatch demo}: runs detection in memory on a simulation directory ({@code
   * ais.csv}, {@code registry.csv}), infers deliveries and prints the refined-products ledger of
   * the simulated year (the year of the first delivery, else of {@code fallbackYear}). Returns the
   * ledger.
   */
  public static Ledger printForSimulation(Path simDir, int fallbackYear, PrintWriter out)
      throws IOException {
    DetectionRunner.CsvResult det =
        DetectionRunner.runCsv(
            simDir.resolve("ais.csv"), PlaceIndex.reference(), Duration.ofMinutes(10));
    Map<Integer, Hull> reg = RegistryCsv.read(simDir.resolve("registry.csv"));
    InferenceRunner.Result r =
        InferenceRunner.run(
            det.events(),
            reg,
            List.of(),
            PlaceIndex.reference(),
            RiskModel.defaults(),
            FirstReports.fromCsv(simDir.resolve("ais.csv")));
    int y =
        r.deliveries().stream()
            .filter(d -> d.commodity() == Commodity.REFINED)
            .map(Delivery::deliveredAt)
            .findFirst()
            .map(t -> t.atZone(ZoneOffset.UTC).getYear())
            .orElse(fallbackYear);
    Ledger l = Ledger.build(y, Commodity.REFINED, r.deliveries(), List.of());
    out.print(LedgerFormat.table(l));
    out.flush();
    return l;
  }
}
