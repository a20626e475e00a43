package org.tidewatch.cli.sanctions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tidewatch.core.sanctions.EntityMerger;
import org.tidewatch.core.sanctions.SanctionsEntity;
import org.tidewatch.sanctions.match.Screener;
import org.tidewatch.sanctions.match.ScreeningIndex;
import org.tidewatch.sanctions.read.MalformedListException;
import org.tidewatch.sanctions.read.ParsedList;
import org.tidewatch.sanctions.store.SanctionsStore;

/** Loads the lists in force from the data directory into a screener. */
final class ScreeningSession {
  private ScreeningSession() {}

  static Screener open(Path data) throws IOException, MalformedListException {
    List<SanctionsEntity> all = new ArrayList<>();
    for (ParsedList p : new SanctionsStore(data).loadCurrent()) {
      all.addAll(p.entities());
    }
    if (all.isEmpty()) {
      throw new IOException(
          "no sanctions lists in " + data + " (run: tidewatch sanctions ingest FILE...)");
    }
    return new Screener(new ScreeningIndex(EntityMerger.merge(all)));
  }
}
