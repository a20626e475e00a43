package org.tidewatch.engine.screening;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tidewatch.core.sanctions.EntityMerger;
import org.tidewatch.core.sanctions.ListVersion;
import org.tidewatch.core.sanctions.SanctionsEntity;
import org.tidewatch.sanctions.match.Screener;
import org.tidewatch.sanctions.match.ScreeningIndex;
import org.tidewatch.sanctions.read.MalformedListException;
import org.tidewatch.sanctions.read.ParsedList;
import org.tidewatch.sanctions.store.SanctionsStore;

/**
 * The sanctions lists in force in a data directory, loaded into a screener.
 *
 * @param screener the screener over every entity of the lists in force, merged across lists
 * @param versions the version in force of each list (list id to version id)
 */
public record ListsInForce(Screener screener, Map<String, String> versions) {

  /** Copies the versions. */
  public ListsInForce {
    versions = Map.copyOf(versions);
  }

  /** The versions in force, from the catalogue alone (cheap: no list is parsed). */
  public static Map<String, String> versions(Path dataDir) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (ListVersion v : new SanctionsStore(dataDir).current().values()) {
      out.put(v.listId(), v.versionId());
    }
    return out;
  }

  /**
   * Parses the lists in force and builds the screener.
   *
   * @throws IOException when no list was ingested or a file cannot be read
   * @throws MalformedListException when a stored list file no longer parses
   */
  public static ListsInForce load(Path dataDir) throws IOException, MalformedListException {
    Map<String, String> versions = versions(dataDir);
    List<SanctionsEntity> all = new ArrayList<>();
    for (ParsedList p : new SanctionsStore(dataDir).loadCurrent()) {
      all.addAll(p.entities());
    }
    if (all.isEmpty()) {
      throw new IOException(
          "no sanctions lists in " + dataDir + " (run: tidewatch sanctions ingest FILE...)");
    }
    return new ListsInForce(new Screener(new ScreeningIndex(EntityMerger.merge(all))), versions);
  }
}
