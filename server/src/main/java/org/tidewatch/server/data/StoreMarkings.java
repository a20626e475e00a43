package org.tidewatch.server.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.tidewatch.core.store.PositionFilter;
import org.tidewatch.core.store.TrackStore;
import org.tidewatch.core.track.StaticReport;
import org.tidewatch.core.track.VesselSummary;
import org.tidewatch.store.duckdb.DuckDbTrackStore;

/**
 * The releasability markings behind each vessel's aggregates (identity claims and summary), which
 * the store keeps without markings: the set of markings of the vessel's position and static
 * reports. A caller sees a vessel's aggregates as stored only when cleared for all of them.
 *
 * <p>The store interface has no query for this yet; for DuckDB it is one aggregate query exported
 * with {@link DuckDbTrackStore#copy} (coupled to that store's table names), otherwise a scan.
 */
final class StoreMarkings {
  private StoreMarkings() {}

  static Map<Integer, Set<String>> load(TrackStore store, List<VesselSummary> vessels) {
    if (store instanceof DuckDbTrackStore duck) {
      return viaDuckDb(duck);
    }
    return viaScan(store, vessels);
  }

  private static Map<Integer, Set<String>> viaDuckDb(DuckDbTrackStore store) {
    Path tmp = null;
    try {
      tmp = Files.createTempFile("tidewatch-markings", ".csv");
      String target = tmp.toAbsolutePath().toString().replace("'", "''");
      store.copy(
          "COPY (SELECT u.mmsi, m.marking FROM (SELECT DISTINCT mmsi, marking_id FROM positions"
              + " UNION SELECT DISTINCT mmsi, marking_id FROM static_reports) u JOIN markings m"
              + " ON u.marking_id = m.marking_id ORDER BY 1, 2) TO '"
              + target
              + "' (FORMAT csv, HEADER false, QUOTE '\"')");
      Map<Integer, Set<String>> out = new HashMap<>();
      for (String line : Files.readAllLines(tmp, StandardCharsets.UTF_8)) {
        int comma = line.indexOf(',');
        if (comma < 0) {
          continue;
        }
        int mmsi = Integer.parseInt(line.substring(0, comma));
        String marking = line.substring(comma + 1);
        if (marking.length() >= 2 && marking.startsWith("\"") && marking.endsWith("\"")) {
          marking = marking.substring(1, marking.length() - 1).replace("\"\"", "\"");
        }
        out.computeIfAbsent(mmsi, k -> new TreeSet<>()).add(marking);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read vessel markings", e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // a temporary file left behind is harmless
        }
      }
    }
  }

  private static Map<Integer, Set<String>> viaScan(TrackStore store, List<VesselSummary> vessels) {
    Map<Integer, Set<String>> out = new HashMap<>();
    if (vessels.isEmpty()) {
      return out;
    }
    Instant from = vessels.stream().map(VesselSummary::firstSeen).min(Instant::compareTo).get();
    Instant to =
        vessels.stream().map(VesselSummary::lastSeen).max(Instant::compareTo).get().plusSeconds(1);
    store
        .positions()
        .scan(
            PositionFilter.between(from, to),
            p ->
                out.computeIfAbsent(p.mmsi(), k -> new TreeSet<>())
                    .add(p.provenance().releasability().marking()));
    for (VesselSummary v : vessels) {
      for (StaticReport s : store.staticReports().reports(v.mmsi(), from, to)) {
        out.computeIfAbsent(v.mmsi(), k -> new TreeSet<>())
            .add(s.provenance().releasability().marking());
      }
    }
    return out;
  }
}
