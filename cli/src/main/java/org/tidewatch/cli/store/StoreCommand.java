package org.tidewatch.cli.store;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tidewatch.store.duckdb.DuckDbTrackStore;
import org.tidewatch.store.duckdb.StoreStatus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code tidewatch store info|optimize}: what a data directory holds, and its upkeep. */
@Command(
    name = "store",
    mixinStandardHelpOptions = true,
    description = "The data directory: what it holds (info) and its upkeep (optimize).",
    subcommands = {StoreCommand.Info.class, StoreCommand.Optimize.class})
public final class StoreCommand implements Runnable {
  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code tidewatch store info}. */
  @Command(
      name = "info",
      mixinStandardHelpOptions = true,
      description =
          "Print what the store holds (positions, static reports, vessels, events, ingest runs),"
              + " how its positions are laid out, and any interrupted ingest.")
  public static final class Info implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin StoreOptions store;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (DuckDbTrackStore s = store.openExisting()) {
        print(s.status(), store.dataDir.toString(), out);
      }
      return 0;
    }
  }

  /** {@code tidewatch store optimize}. */
  @Command(
      name = "optimize",
      mixinStandardHelpOptions = true,
      description =
          "Rewrite the positions in vessel order now, fold the write-ahead log into the"
              + " database file, and give back the space earlier rewrites freed (ingest does the"
              + " rewrite by itself once the unordered part is large; queries answer the same"
              + " either way, only faster).")
  public static final class Optimize implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin StoreOptions store;

    @CommandLine.Option(
        names = "--no-compact",
        description =
            "Do not copy the database into a new file holding only its live blocks (the copy"
                + " needs about as much free disk as the store's data).")
    boolean noCompact;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (DuckDbTrackStore s = store.openExisting()) {
        StoreStatus before = s.status();
        long t0 = System.nanoTime();
        s.optimize();
        double secs = (System.nanoTime() - t0) / 1e9;
        StoreStatus after = s.status();
        out.printf(
            Locale.ROOT,
            "rewrote %,d positions in vessel order in %.1f s (tail %,d -> %,d); database %s, WAL"
                + " %s -> %s%n",
            after.positions(),
            secs,
            before.tailPositions(),
            after.tailPositions(),
            size(after.databaseBytes()),
            size(before.walBytes()),
            size(after.walBytes()));
      }
      if (!noCompact) {
        long t0 = System.nanoTime();
        DuckDbTrackStore.Compaction c = DuckDbTrackStore.compact(store.dataDir);
        out.printf(
            Locale.ROOT,
            "compacted the database file in %.1f s: %s -> %s%n",
            (System.nanoTime() - t0) / 1e9,
            size(c.bytesBefore()),
            size(c.bytesAfter()));
      }
      return 0;
    }
  }

  static void print(StoreStatus st, String dir, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "data directory %s: database %s%s, WAL %s%n",
        dir,
        size(st.databaseBytes()),
        st.freeBytes() > st.databaseBytes() / 5
            ? " (" + size(st.freeBytes()) + " of it free: 'tidewatch store optimize' gives it back)"
            : "",
        size(st.walBytes()));
    out.printf(
        Locale.ROOT,
        "positions        %,d%s%n",
        st.positions(),
        st.firstPosition().isPresent()
            ? " (" + st.firstPosition().get() + " to " + st.lastPosition().orElseThrow() + ")"
            : "");
    out.printf(
        Locale.ROOT,
        "  in vessel order %,d; appended since %,d (%,d in sorted batches, %,d not)%n",
        st.clusteredPositions(),
        st.tailPositions(),
        st.tailPositions() - st.unsortedTailPositions(),
        st.unsortedTailPositions());
    out.printf(Locale.ROOT, "static reports   %,d%n", st.staticReports());
    out.printf(Locale.ROOT, "vessels (MMSIs)  %,d%n", st.vessels());
    out.printf(Locale.ROOT, "identity claims  %,d%n", st.identityClaims());
    out.printf(Locale.ROOT, "detected events  %,d%n", st.events());
    out.printf(Locale.ROOT, "bad rows         %,d%n", st.badRows());
    out.printf(Locale.ROOT, "ingest runs      %,d%n", st.runs().size());
    int shown = 0;
    for (int i = Math.max(0, st.runs().size() - 5); i < st.runs().size(); i++, shown++) {
      StoreStatus.Run r = st.runs().get(i);
      out.printf(
          Locale.ROOT,
          "  run %d %s: %s (%s)%n",
          r.id(),
          r.startedAt(),
          r.description().length() > 80
              ? r.description().substring(0, 77) + "..."
              : r.description(),
          r.outcome().orElse("not finished: interrupted, or still running"));
    }
    for (StoreStatus.IncompleteSource src : st.incompleteSources()) {
      out.printf(
          Locale.ROOT,
          "interrupted: %s (%,d records committed; run 'tidewatch ingest ais' on it again to"
              + " resume)%n",
          src.name(),
          src.committedRecords());
    }
    out.flush();
  }

  static String size(long bytes) {
    if (bytes < 1 << 20) {
      return String.format(Locale.ROOT, "%,d KB", (bytes + 1023) >> 10);
    }
    return String.format(Locale.ROOT, "%,.1f MB", bytes / (double) (1 << 20));
  }
}
