package org.tidewatch.cli.detect;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.tidewatch.cli.UserError;
import org.tidewatch.core.detect.EventType;
import org.tidewatch.core.track.BoundingBox;
import org.tidewatch.engine.detect.EventLog;
import org.tidewatch.engine.detect.EventRow;
import org.tidewatch.engine.detect.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tidewatch events}: lists detected events with filters, in four formats. */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = "List detected events (run 'tidewatch detect' first).")
public final class EventsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "tidewatch-data",
      description = "data directory (default: ${DEFAULT-VALUE})")
  Path dataDir;

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      split = ",",
      description = "event types, comma-separated: ${COMPLETION-CANDIDATES}")
  List<EventType> types;

  @Option(names = "--vessel", paramLabel = "MMSI", split = ",", description = "only these MMSIs")
  List<Integer> vessels;

  @Option(names = "--bbox", paramLabel = "S,W,N,E", description = "only events inside a box")
  String bbox;

  @Option(names = "--from", paramLabel = "TIME", description = "only events ending at or after")
  String from;

  @Option(names = "--to", paramLabel = "TIME", description = "only events starting before")
  String to;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table, jsonl, csv or geojson (default: ${DEFAULT-VALUE})")
  String format;

  @Option(names = "--limit", defaultValue = "0", description = "at most this many (0 = all)")
  int limit;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    EventLog log = new EventLog(dataDir);
    if (!Files.exists(log.eventsFile())) {
      throw new UserError(
          "no detected events in " + dataDir + " (run: tidewatch detect --data " + dataDir + ")");
    }
    BoundingBox box = bbox == null ? null : parseBox(bbox);
    Instant f = from == null ? null : DetectOptions.instant(from, "--from");
    Instant t = to == null ? null : DetectOptions.instant(to, "--to");
    List<EventRow> rows = new ArrayList<>();
    for (EventRow r : log.load().values()) {
      if (types != null && types.stream().noneMatch(x -> x.name().equals(r.type()))) {
        continue;
      }
      if (vessels != null && r.mmsis().stream().noneMatch(vessels::contains)) {
        continue;
      }
      if (box != null
          && (Double.isNaN(r.latitude_deg())
              || !box.contains(r.latitude_deg(), r.longitude_deg()))) {
        continue;
      }
      if (f != null && r.end().isBefore(f)) {
        continue;
      }
      if (t != null && !r.start().isBefore(t)) {
        continue;
      }
      rows.add(r);
    }
    rows.sort(java.util.Comparator.comparing(EventRow::start).thenComparing(EventRow::id));
    if (limit > 0 && rows.size() > limit) {
      rows = rows.subList(0, limit);
    }
    switch (format.toLowerCase(Locale.ROOT)) {
      case "table" -> {
        out.printf(
            "%-20s %-14s %-20s %-20s %9s %10s %5s  %s%n",
            "start", "type", "vessels", "end", "lat", "lon", "conf", "summary");
        for (EventRow r : rows) {
          out.printf(
              Locale.ROOT,
              "%-20s %-14s %-20s %-20s %9.4f %10.4f %5.2f  %s%n",
              r.start(),
              r.type(),
              mmsis(r, "+"),
              r.end(),
              r.latitude_deg(),
              r.longitude_deg(),
              r.confidence(),
              r.summary());
        }
        out.printf("%d events%n", rows.size());
      }
      case "jsonl" -> rows.forEach(r -> out.println(r.json()));
      case "csv" -> {
        out.println("id,type,mmsis,start,end,lat,lon,confidence,summary");
        for (EventRow r : rows) {
          out.println(
              String.join(
                  ",",
                  r.id(),
                  r.type(),
                  mmsis(r, " "),
                  r.start().toString(),
                  r.end().toString(),
                  num(r.latitude_deg()),
                  num(r.longitude_deg()),
                  num(r.confidence()),
                  "\"" + r.summary().replace("\"", "\"\"") + "\""));
        }
      }
      case "geojson" -> {
        out.println("{\"type\":\"FeatureCollection\",\"features\":[");
        boolean first = true;
        for (EventRow r : rows) {
          if (Double.isNaN(r.latitude_deg())) {
            continue;
          }
          out.print(first ? "" : ",\n");
          first = false;
          out.print(
              "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":["
                  + Json.number(r.longitude_deg())
                  + ","
                  + Json.number(r.latitude_deg())
                  + "]},\"properties\":{\"id\":"
                  + Json.quote(r.id())
                  + ",\"type\":"
                  + Json.quote(r.type())
                  + ",\"mmsis\":["
                  + mmsis(r, ",")
                  + "],\"start\":"
                  + Json.quote(r.start().toString())
                  + ",\"end\":"
                  + Json.quote(r.end().toString())
                  + ",\"confidence\":"
                  + Json.number(r.confidence())
                  + ",\"summary\":"
                  + Json.quote(r.summary())
                  + "}}");
        }
        out.println("\n]}");
      }
      default ->
          throw new UserError(
              "--format: '" + format + "' is not one of table, jsonl, csv, geojson");
    }
    return 0;
  }

  private static String mmsis(EventRow r, String sep) {
    return r.mmsis().stream().map(String::valueOf).collect(Collectors.joining(sep));
  }

  private static String num(double d) {
    return Double.isNaN(d) ? "" : String.valueOf(d);
  }

  private static BoundingBox parseBox(String s) {
    String[] p = s.split(",");
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
      throw new UserError(
          "--bbox: '" + s + "' is not south,west,north,east in degrees (" + e.getMessage() + ")");
    }
  }
}
