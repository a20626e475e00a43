package org.tidewatch.cli.sanctions;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tidewatch.engine.screening.ClaimMatch;
import org.tidewatch.engine.screening.ScreeningResults;
import org.tidewatch.engine.screening.VesselResult;
import org.tidewatch.engine.screening.VesselScreeningJob.Options;
import org.tidewatch.engine.screening.VesselScreeningJob.Outcome;
import org.tidewatch.store.duckdb.DuckDbTrackStore;
import org.tidewatch.store.duckdb.StoreUnavailableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tidewatch sanctions screen-vessels}: screens every vessel of the store now. */
@Command(
    name = "screen-vessels",
    mixinStandardHelpOptions = true,
    description = {
      "Screen every vessel of the store (each name, IMO number and call sign it claimed, and its"
          + " MMSI) against the lists in force; keep the results in DIR/screening/vessels.jsonl.",
      "Runs by itself after 'sanctions ingest' and 'ingest ais' and when the server starts; it"
          + " does nothing when neither the lists nor the store changed (unless --force)."
    })
public final class ScreenVesselsCommand implements Callable<Integer> {
  @Option(names = "--data", defaultValue = "./tidewatch-data", description = "Data directory.")
  Path data = Path.of("./tidewatch-data");

  @Option(
      names = "--threshold",
      paramLabel = "SCORE",
      description =
          "Lowest score of a match, 0 to 1 (default: the one of the results kept, else 0.70);"
              + " later automatic runs keep it.")
  Double threshold;

  @Option(names = "--force", description = "Screen again even when the results are up to date.")
  boolean force;

  @Option(names = "--top", defaultValue = "20", description = "Listed vessels to print.")
  int top = 20;

  @Option(names = "--no-progress", description = "No progress display.")
  boolean noProgress;

  @Override
  public Integer call() {
    PrintWriter out = VesselScreeningStep.writer(System.out);
    if (threshold != null && !(threshold >= 0 && threshold <= 1)) {
      System.err.println("error: --threshold is between 0 and 1");
      return 2;
    }
    if (!Files.exists(data.resolve(DuckDbTrackStore.FILE_NAME))) {
      System.err.println(
          "error: no tidewatch data in " + data + " (ingest first: tidewatch ingest ais FILE...)");
      return 1;
    }
    Outcome o;
    try (DuckDbTrackStore s = DuckDbTrackStore.open(data)) {
      o =
          VesselScreeningStep.run(
              s, data, new Options(Optional.ofNullable(threshold), force), !noProgress, true, out);
    } catch (StoreUnavailableException e) {
      System.err.println("error: " + e.getMessage());
      return 1;
    }
    o.results().ifPresent(r -> printListed(r, out));
    return o instanceof Outcome.Failed || o instanceof Outcome.NoLists ? 1 : 0;
  }

  private void printListed(ScreeningResults r, PrintWriter out) {
    var listed =
        r.vessels().values().stream()
            .filter(VesselResult::listed)
            .sorted(
                Comparator.comparing((VesselResult v) -> v.best().orElseThrow(), VesselResult.ORDER)
                    .thenComparingInt(VesselResult::mmsi))
            .toList();
    if (listed.isEmpty() || top <= 0) {
      return;
    }
    out.printf(
        "%-9s  %-5s  %-9s  %-24s  %-28s  %s%n",
        "mmsi", "score", "claim", "claimed", "listed as", "lists");
    for (VesselResult v : listed.subList(0, Math.min(top, listed.size()))) {
      ClaimMatch m = v.best().orElseThrow();
      out.printf(
          Locale.ROOT,
          "%-9d  %.2f   %-9s  %-24s  %-28s  %s%n",
          v.mmsi(),
          m.score(),
          m.claimKind(),
          cut(m.claimValue(), 24),
          cut(m.caption(), 28),
          String.join(", ", m.lists()));
    }
    if (listed.size() > top) {
      out.printf("... and %,d more (--top N)%n", listed.size() - top);
    }
    out.flush();
  }

  private static String cut(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }
}
