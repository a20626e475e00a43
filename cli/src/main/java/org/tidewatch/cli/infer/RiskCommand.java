package org.tidewatch.cli.infer;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tidewatch.cli.UserError;
import org.tidewatch.core.risk.RiskScore;
import org.tidewatch.engine.infer.InferenceRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tidewatch risk [--top N] [--vessel ID] --data DIR}: the vessels ranked by risk (0-100), or
 * for one vessel (IMO, MMSI or name) the explanation with each factor's weight and evidence.
 */
@Command(
    name = "risk",
    mixinStandardHelpOptions = true,
    description =
        "Vessel risk 0-100 with the factors behind it (weights in risk-weights.properties): the"
            + " ranking, or one vessel's explanation.")
public final class RiskCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--top",
      defaultValue = "20",
      description = "how many to list (default: ${DEFAULT-VALUE})")
  int top;

  @Option(names = "--vessel", paramLabel = "ID", description = "IMO number, MMSI or name")
  String vessel;

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
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    InferenceRunner.Result r = InferenceSession.open(data, Optional.ofNullable(registry));
    if (vessel != null) {
      RiskScore s = find(r.risk(), vessel);
      out.print(s.explanation());
      out.flush();
      return 0;
    }
    out.printf(
        Locale.ROOT,
        "%4s %6s  %-14s %-24s %s%n",
        "rank",
        "score",
        "vessel",
        "name",
        "main factors");
    int rank = 0;
    for (RiskScore s : r.risk()) {
      if (++rank > top) {
        break;
      }
      StringBuilder f = new StringBuilder();
      for (RiskScore.FactorScore x : s.factors()) {
        if (!f.isEmpty()) {
          f.append(", ");
        }
        f.append(String.format(Locale.ROOT, "%s %.0f", x.factor().label, x.points()));
      }
      out.printf(
          Locale.ROOT, "%4d %6.1f  %-14s %-24s %s%n", rank, s.score(), s.vessel(), s.name(), f);
    }
    out.flush();
    return 0;
  }

  static RiskScore find(List<RiskScore> all, String id) {
    String q = id.trim().toUpperCase(Locale.ROOT).replace("IMO", "").trim();
    for (RiskScore s : all) {
      if (s.vessel().equals("IMO " + q) || s.name().equalsIgnoreCase(id.trim())) {
        return s;
      }
      for (int m : s.mmsis()) {
        if (Integer.toString(m).equals(q)) {
          return s;
        }
      }
    }
    throw new UserError("no vessel " + id + " (give an IMO number, an MMSI or a name)");
  }
}
