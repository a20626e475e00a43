package org.tidewatch.cli.store;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tidewatch.core.track.Position;
import org.tidewatch.store.duckdb.DuckDbTrackStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tidewatch track MMSI}: a vessel's positions in a time window. */
@Command(
    name = "track",
    mixinStandardHelpOptions = true,
    description = "Print a vessel's track (CSV) in a time window, optionally downsampled.")
public final class TrackCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin StoreOptions store;

  @Parameters(index = "0", paramLabel = "MMSI")
  int mmsi;

  @Option(names = "--from", paramLabel = "TIME", description = "start (inclusive)")
  String from;

  @Option(names = "--to", paramLabel = "TIME", description = "end (exclusive)")
  String to;

  @Option(
      names = "--every",
      paramLabel = "DURATION",
      description = "keep the first position of each interval (e.g. 10m)")
  String every;

  @Override
  public Integer call() {
    Instant f = from == null ? Instant.EPOCH : StoreOptions.instant(from, "--from");
    Instant t =
        to == null ? Instant.parse("9999-01-01T00:00:00Z") : StoreOptions.instant(to, "--to");
    Optional<Duration> d = Optional.ofNullable(every).map(e -> StoreOptions.duration(e, "--every"));
    PrintWriter out = spec.commandLine().getOut();
    try (DuckDbTrackStore s = store.openExisting()) {
      List<Position> track = s.positions().track(mmsi, f, t, d);
      out.println("time,mmsi,lat,lon,sog_kn,cog_deg,heading_deg,source,line");
      for (Position p : track) {
        out.println(TrackWriters.csvRow(p));
      }
      out.flush();
      if (track.isEmpty()) {
        spec.commandLine().getErr().println("no positions for " + mmsi + " in the window");
        return 1;
      }
    }
    return 0;
  }
}
