package org.tidewatch.cli.sim;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.tidewatch.cli.UserError;
import org.tidewatch.sim.SimConfig;
import org.tidewatch.sim.Simulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tidewatch simulate}: writes a simulated AIS theatre with its ground truth. */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description =
        "Simulate AIS traffic in North-East Asian waters with labelled sanctions-evasion operations:"
            + " writes ais.nmea.gz, ais.csv, registry.csv, truth.json and summary.txt.")
public final class SimulateCommand implements Callable<Integer> {
  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--days",
      defaultValue = "30",
      description = "Days to simulate (default ${DEFAULT-VALUE}).")
  int days;

  @Option(
      names = "--vessels",
      defaultValue = "2000",
      description = "Background vessels (default ${DEFAULT-VALUE}).")
  int vessels;

  @Option(
      names = "--start",
      defaultValue = "2024-01-01",
      description = "First day, UTC (default ${DEFAULT-VALUE}).")
  String start;

  @Option(
      names = "--scenario",
      defaultValue = "default",
      description = "default (traffic and operations) or background (traffic only).")
  String scenario;

  @Option(
      names = "--feed-interval",
      defaultValue = "300",
      paramLabel = "SECONDS",
      description =
          "Forward at most one position report per vessel every SECONDS, as aggregators do"
              + " (default ${DEFAULT-VALUE}); 1 forwards every transmission at the ITU-R M.1371"
              + " rate (large output: use for short runs).")
  int feedInterval_s;

  @Option(names = "--out", required = true, description = "Output directory.")
  Path out;

  @Option(names = "--plot", description = "Also draw a PNG map of tracks and operations.")
  Path plot;

  @Override
  public Integer call() throws Exception {
    if (days < 1 || days > 366) {
      throw new UserError("--days must be between 1 and 366, got " + days);
    }
    if (vessels < 0 || vessels > 50_000) {
      throw new UserError("--vessels must be between 0 and 50000, got " + vessels);
    }
    if (!scenario.equals("default") && !scenario.equals("background")) {
      throw new UserError("unknown --scenario " + scenario + " (expected default or background)");
    }
    if (feedInterval_s < 1 || feedInterval_s > 86_400) {
      throw new UserError("--feed-interval must be between 1 and 86400 s, got " + feedInterval_s);
    }
    Instant startInstant;
    try {
      startInstant = LocalDate.parse(start).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      throw new UserError("--start must be a date like 2024-01-01, got " + start);
    }
    SimConfig cfg =
        new SimConfig(
            seed,
            days,
            vessels,
            startInstant,
            scenario,
            out,
            plot,
            feedInterval_s,
            Math.max(feedInterval_s, 360));
    Simulator.Result r = new Simulator(cfg).run();
    System.out.printf(
        "simulated %d vessels over %d days: %d position reports, %d sentences, %d operations -> %s%n",
        r.vessels(), days, r.positions(), r.sentences(), r.operations(), out);
    return 0;
  }
}
