package org.tidewatch.cli.sanctions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.tidewatch.sanctions.eval.ScreeningEvaluation;
import org.tidewatch.sanctions.match.NameMatcher;
import org.tidewatch.sanctions.match.Screener;
import org.tidewatch.sanctions.match.ScreeningIndex;
import org.tidewatch.sanctions.read.MalformedListException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tidewatch evaluate screening}: screening quality on the corpus's labelled sets. */
@Command(
    name = "screening",
    mixinStandardHelpOptions = true,
    description = {
      "Measure screening on the corpus: F1 on nomenklatura's 826 name pairs, recall on DPRK-listed"
          + " parties under spelling variants, exact-IMO recall, false positives on synthetic"
          + " negatives. Prints a table and JSON."
    })
public final class EvaluateScreeningCommand implements Callable<Integer> {

  @Option(
      names = "--data",
      defaultValue = "./tidewatch-data",
      description = "Data directory (unused: the corpus lists are read directly).")
  Path data = Path.of("./tidewatch-data");

  @Option(
      names = "--corpus",
      description =
          "Corpus directory (default: system property tidewatch.corpus or ../shared/corpus).")
  @Nullable Path corpus;

  @Option(names = "--threshold", defaultValue = "0.70", description = "Match threshold.")
  double threshold = Screener.DEFAULT_THRESHOLD;

  @Option(
      names = "--quick",
      description = "Use the 1,000-row negatives instead of the 50,000-row files.")
  boolean quick;

  @Option(names = "--json", description = "Also write the JSON report to this file.")
  @Nullable Path json;

  @Override
  public Integer call() {
    Path root =
        corpus != null
            ? corpus
            : Path.of(System.getProperty("tidewatch.corpus", "../shared/corpus"));
    Path s = root.resolve("sanctions");
    if (!Files.isDirectory(s)) {
      System.err.println("error: no corpus at " + s + " (use --corpus DIR)");
      return 1;
    }
    try {
      Map<String, Object> report = new LinkedHashMap<>();
      report.put("threshold", threshold);
      var pairs =
          ScreeningEvaluation.pairs(
              s.resolve("matching/nomenklatura/cases.csv"), new NameMatcher(), threshold);
      report.put("pairs_f1", pairs.all().f1());
      report.put("pairs_precision", pairs.all().precision());
      report.put("pairs_recall", pairs.all().recall());
      report.put("pairs_f1_tuning_rows", pairs.tuning().f1());
      report.put("pairs_f1_held_out_rows", pairs.heldOut().f1());
      report.put("pairs_relabelled_number_different", pairs.relabelled());
      var merged = ScreeningEvaluation.corpusEntities(s);
      Screener screener = new Screener(new ScreeningIndex(merged));
      report.put("index_entities", merged.size());
      report.put("index_names", screener.index().nameCount());
      var dprk = ScreeningEvaluation.dprkRecall(screener, threshold);
      report.put("dprk_variant_queries", dprk.queries());
      report.put("dprk_variant_recall", dprk.rate());
      var imo = ScreeningEvaluation.imoRecall(screener, threshold);
      report.put("imo_queries", imo.queries());
      report.put("imo_exact_recall", imo.rate());
      Path pos =
          s.resolve("matching/yente/candidate_generation_benchmark/positives_un_treated.csv");
      var kp = ScreeningEvaluation.positives(screener, pos, "kp", threshold);
      report.put("un_kp_treated_queries", kp.queries());
      report.put("un_kp_treated_recall", kp.rate());
      String dir =
          quick
              ? "matching/yente/validation_report/"
              : "matching/yente/candidate_generation_benchmark/";
      for (String f : new String[] {"negatives_global", "negatives_us"}) {
        for (boolean q : new boolean[] {true, false}) {
          var n =
              ScreeningEvaluation.negatives(
                  screener, s.resolve(dir + f + ".csv"), Integer.MAX_VALUE, q, threshold);
          String key = f + (q ? "_with_dob_country" : "_name_only");
          report.put(key + "_queries", n.queries());
          report.put(key + "_fp_rate", n.rate());
        }
      }
      printTable(report, dprk, imo);
      String js = toJson(report);
      System.out.println(js);
      if (json != null) {
        Files.writeString(json, js);
      }
      return 0;
    } catch (IOException | MalformedListException e) {
      System.err.println("error: " + e.getMessage());
      return 1;
    }
  }

  private static void printTable(
      Map<String, Object> r, ScreeningEvaluation.Recall dprk, ScreeningEvaluation.Recall imo) {
    String fmt = "%-52s %10s %10s%n";
    System.out.printf(fmt, "measure", "value", "target");
    row(fmt, "F1, nomenklatura cases.csv (826 pairs)", r.get("pairs_f1"), ">= 0.90");
    row(fmt, "  F1 on even rows (tuned on)", r.get("pairs_f1_tuning_rows"), "");
    row(fmt, "  F1 on odd rows (held out)", r.get("pairs_f1_held_out_rows"), "");
    row(
        fmt,
        "Recall, DPRK-listed names + spelling variants",
        r.get("dprk_variant_recall"),
        ">= 0.98");
    row(fmt, "Recall, exact IMO", r.get("imo_exact_recall"), "1.00");
    row(fmt, "Recall, UN DPRK people (yente treated)", r.get("un_kp_treated_recall"), "");
    for (String f : new String[] {"negatives_global", "negatives_us"}) {
      row(
          fmt,
          "FP rate, " + f + " (name+DOB+country)",
          r.get(f + "_with_dob_country_fp_rate"),
          "<= 0.01");
      row(fmt, "FP rate, " + f + " (name only)", r.get(f + "_name_only_fp_rate"), "");
    }
    if (!dprk.misses().isEmpty()) {
      System.out.println(
          "examples of missed DPRK variants: "
              + dprk.misses().subList(0, Math.min(5, dprk.misses().size())));
    }
    if (!imo.misses().isEmpty()) {
      System.out.println("missed IMOs: " + imo.misses());
    }
  }

  /** Flat JSON of strings and numbers (Jackson is not on the cli compile classpath). */
  static String toJson(Map<String, Object> report) {
    StringBuilder b = new StringBuilder("{\n");
    int i = 0;
    for (var e : report.entrySet()) {
      b.append("  \"").append(e.getKey()).append("\": ");
      Object v = e.getValue();
      b.append(
          v instanceof Number ? v.toString() : "\"" + v.toString().replace("\"", "\\\"") + "\"");
      b.append(++i < report.size() ? ",\n" : "\n");
    }
    return b.append("}").toString();
  }

  private static void row(String fmt, String label, Object v, String target) {
    System.out.printf(
        Locale.ROOT,
        fmt,
        label,
        String.format(Locale.ROOT, "%.4f", ((Number) v).doubleValue()),
        target);
  }
}
