package org.tidewatch.cli.store;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.tidewatch.cli.UserError;
import org.tidewatch.core.store.PositionFilter;
import org.tidewatch.core.track.BoundingBox;
import org.tidewatch.store.duckdb.DuckDbTrackStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tidewatch export}: writes stored data to files for other tools. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Export stored data.",
    subcommands = {ExportCommand.Tracks.class})
public final class ExportCommand implements Runnable {
  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Output formats of {@code export tracks}. */
  public enum Format {
    csv,
    geojson,
    parquet,
    kml
  }

  /** {@code tidewatch export tracks --format csv|geojson|parquet|kml}. */
  @Command(
      name = "tracks",
      mixinStandardHelpOptions = true,
      description = "Export vessel tracks as CSV, GeoJSON, Parquet or KML.")
  public static final class Tracks implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(
        names = "--format",
        required = true,
        paramLabel = "FORMAT",
        description = "csv, geojson, parquet or kml")
    Format format;

    @Option(
        names = {"-o", "--output"},
        paramLabel = "FILE",
        description = "output file (standard output when absent, except for parquet)")
    Path output;

    @Option(names = "--mmsi", paramLabel = "MMSI", split = ",", description = "only these MMSIs")
    List<Integer> mmsis = List.of();

    @Option(names = "--from", paramLabel = "TIME", description = "start (inclusive)")
    String from;

    @Option(names = "--to", paramLabel = "TIME", description = "end (exclusive)")
    String to;

    @Option(
        names = "--bbox",
        paramLabel = "S,W,N,E",
        description = "only positions in this box (west > east crosses the antimeridian)")
    String bbox;

    @Override
    public Integer call() {
      Instant f = from == null ? Instant.EPOCH : StoreOptions.instant(from, "--from");
      Instant t =
          to == null ? Instant.parse("9999-01-01T00:00:00Z") : StoreOptions.instant(to, "--to");
      Optional<BoundingBox> box = Optional.ofNullable(bbox).map(Tracks::box);
      PositionFilter filter = new PositionFilter(Set.copyOf(mmsis), f, t, box);
      try (DuckDbTrackStore s = store.openExisting()) {
        if (format == Format.parquet) {
          if (output == null) {
            throw new UserError("--format parquet needs --output FILE");
          }
          s.copy(parquetSql(filter, output));
          return 0;
        }
        Writer w =
            output == null
                ? spec.commandLine().getOut()
                : new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8);
        try {
          TrackWriters tw =
              switch (format) {
                case csv -> TrackWriters.csv(w);
                case geojson -> TrackWriters.geoJson(w);
                case kml -> TrackWriters.kml(w);
                case parquet -> throw new IllegalStateException();
              };
          tw.begin();
          s.positions()
              .scan(
                  filter,
                  p -> {
                    try {
                      tw.accept(p);
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  });
          tw.finish();
        } finally {
          if (output != null) {
            w.close();
          }
        }
      } catch (IOException | UncheckedIOException e) {
        throw new UserError("cannot write " + (output == null ? "output" : output) + ": " + e);
      }
      return 0;
    }

    static BoundingBox box(String text) {
      String[] p = text.split(",");
      try {
        if (p.length != 4) {
          throw new IllegalArgumentException("four numbers expected");
        }
        return new BoundingBox(
            Double.parseDouble(p[0]),
            Double.parseDouble(p[1]),
            Double.parseDouble(p[2]),
            Double.parseDouble(p[3]));
      } catch (IllegalArgumentException e) {
        throw new UserError("--bbox: '" + text + "' is not S,W,N,E (" + e.getMessage() + ")");
      }
    }

    static String parquetSql(PositionFilter f, Path out) {
      StringBuilder where =
          new StringBuilder("t >= make_timestamp(")
              .append(micros(f.from()))
              .append(") AND t < make_timestamp(")
              .append(micros(f.to()))
              .append(")");
      if (!f.mmsis().isEmpty()) {
        where
            .append(" AND mmsi IN (")
            .append(f.mmsis().stream().map(String::valueOf).collect(Collectors.joining(",")))
            .append(")");
      }
      f.box()
          .ifPresent(
              b ->
                  where.append(
                      String.format(
                          Locale.ROOT,
                          " AND lat BETWEEN %s AND %s AND (lon >= %s %s lon <= %s)",
                          b.south(),
                          b.north(),
                          b.west(),
                          b.crossesAntimeridian() ? "OR" : "AND",
                          b.east())));
      return "COPY (SELECT p.mmsi, p.t AS time, p.lat, p.lon, p.h3, p.sog AS sog_kn,"
          + " p.cog AS cog_deg, p.heading AS heading_deg, p.nav_status, p.msg_type,"
          + " s.name AS source, p.line, p.run_id, p.content_hash, m.marking"
          + " FROM positions p JOIN sources s USING (source_id) JOIN markings m USING"
          + " (marking_id) WHERE "
          + where.toString().replace("t >=", "p.t >=").replace("AND t <", "AND p.t <")
          + " ORDER BY p.mmsi, p.t, p.source_id, p.line) TO '"
          + out.toAbsolutePath().toString().replace("'", "''")
          + "' (FORMAT parquet)";
    }

    private static long micros(Instant t) {
      return t.getEpochSecond() * 1_000_000L + t.getNano() / 1000;
    }
  }
}
