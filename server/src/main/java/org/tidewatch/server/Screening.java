package org.tidewatch.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import org.tidewatch.core.sanctions.EntityMerger;
import org.tidewatch.core.sanctions.SanctionsEntity;
import org.tidewatch.sanctions.match.Screener;
import org.tidewatch.sanctions.match.ScreeningIndex;
import org.tidewatch.sanctions.read.MalformedListException;
import org.tidewatch.sanctions.read.ParsedList;
import org.tidewatch.sanctions.store.SanctionsStore;

/** Loads the sanctions lists in force from a data directory into a screener. */
public final class Screening {
  private Screening() {}

  /** The screener, or empty (with a warning) when no list was ingested. */
  public static Optional<Screener> load(Path dataDir) {
    try {
      List<SanctionsEntity> all = new ArrayList<>();
      for (ParsedList p : new SanctionsStore(dataDir).loadCurrent()) {
        all.addAll(p.entities());
      }
      if (all.isEmpty()) {
        LoggerFactory.getLogger(Screening.class)
            .warn("no sanctions lists in {}: screening is unavailable", dataDir);
        return Optional.empty();
      }
      return Optional.of(new Screener(new ScreeningIndex(EntityMerger.merge(all))));
    } catch (IOException | MalformedListException e) {
      LoggerFactory.getLogger(Screening.class)
          .warn("cannot load the sanctions lists in {}: {}", dataDir, e.getMessage());
      return Optional.empty();
    }
  }
}
