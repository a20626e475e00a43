package org.tidewatch.server;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tidewatch.core.sanctions.EntityMerger;
import org.tidewatch.core.sanctions.SanctionsEntity;
import org.tidewatch.engine.screening.ListsInForce;
import org.tidewatch.engine.screening.ScreeningListener;
import org.tidewatch.engine.screening.ScreeningResults;
import org.tidewatch.engine.screening.VesselScreeningJob;
import org.tidewatch.engine.screening.VesselScreeningJob.Outcome;
import org.tidewatch.sanctions.match.Screener;
import org.tidewatch.sanctions.match.ScreeningIndex;
import org.tidewatch.sanctions.read.MalformedListException;
import org.tidewatch.sanctions.read.ParsedList;
import org.tidewatch.sanctions.store.SanctionsStore;
import org.tidewatch.server.data.VesselScreening;
import org.tidewatch.server.data.Workspace;
import org.tidewatch.store.duckdb.DuckDbTrackStore;

/**
 * Loads the sanctions lists in force from a data directory into a screener, and serves the stored
 * screening of the store's vessels ({@link #vessels}), made again at start-up when stale.
 */
public final class Screening {
  private static final Logger LOG = LoggerFactory.getLogger(Screening.class);

  private Screening() {}

  /** The screener, or empty (with a warning) when no list was ingested. */
  public static Optional<Screener> load(Path dataDir) {
    try {
      List<SanctionsEntity> all = new ArrayList<>();
      for (ParsedList p : new SanctionsStore(dataDir).loadCurrent()) {
        all.addAll(p.entities());
      }
      if (all.isEmpty()) {
        LOG.warn("no sanctions lists in {}: screening is unavailable", dataDir);
        return Optional.empty();
      }
      return Optional.of(new Screener(new ScreeningIndex(EntityMerger.merge(all))));
    } catch (IOException | MalformedListException e) {
      LOG.warn("cannot load the sanctions lists in {}: {}", dataDir, e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * The stored screening of the workspace's vessels: the first call (at start-up, when the routes
   * are built) screens the vessels again when the results in {@code DIR/screening/vessels.jsonl}
   * are stale, reusing the workspace's screener; when that fails the previous results stay in force
   * and are marked stale. A store that is not a DuckDB data directory has no stored screening.
   */
  public static VesselScreening vessels(Workspace ws) {
    synchronized (ws) {
      Optional<VesselScreening> v = ws.vesselScreening();
      if (v.isPresent()) {
        return v.get();
      }
      Map<String, String> lists = listsInForce(ws);
      VesselScreening made = refresh(ws);
      ws.vesselScreening(made, lists);
      return made;
    }
  }

  /** The versions of the lists in force in the workspace's data directory (empty when unknown). */
  private static Map<String, String> listsInForce(Workspace ws) {
    if (!(ws.store() instanceof DuckDbTrackStore d)) {
      return Map.of();
    }
    try {
      return ListsInForce.versions(d.dataDir());
    } catch (IOException e) {
      return Map.of();
    }
  }

  /**
   * Checks the lists in force (a {@code tidewatch sanctions ingest} or {@code update} may have
   * changed them while the server runs): when they differ from those the workspace's screener was
   * built from, builds a new screener, puts it in the workspace (on-demand screening uses it at
   * once) and screens the store's vessels again, then puts that screening in force. Called every
   * minute by the server ({@link TidewatchServer}).
   *
   * @return whether the lists had changed
   */
  public static boolean refreshIfListsChanged(Workspace ws) {
    if (!(ws.store() instanceof DuckDbTrackStore d)) {
      return false;
    }
    VesselScreening current = vessels(ws);
    Map<String, String> now = listsInForce(ws);
    if (now.equals(ws.screenedLists())) {
      return false;
    }
    LOG.info("the sanctions lists in force changed: loading them and screening the vessels again");
    Optional<Screener> screener = load(d.dataDir());
    if (screener.isEmpty() && !now.isEmpty()) {
      // the new lists do not load: keep the screener and the results in force, marked stale
      ws.vesselScreening(
          new VesselScreening(
              current.results(),
              Optional.of("the sanctions lists in force changed and cannot be loaded")),
          now);
    } else {
      ws.screener(screener);
      ws.vesselScreening(refresh(ws), now);
    }
    return true;
  }

  private static VesselScreening refresh(Workspace ws) {
    if (!(ws.store() instanceof DuckDbTrackStore d)) {
      return new VesselScreening(Optional.empty(), Optional.of("no data directory"));
    }
    Path dir = d.dataDir();
    VesselScreeningJob.ListsSource lists =
        () ->
            ws.screener().isPresent()
                ? new ListsInForce(ws.screener().get(), ListsInForce.versions(dir))
                : ListsInForce.load(dir);
    ScreeningListener log =
        new ScreeningListener() {
          @Override
          public void started(String reason, int vessels) {
            LOG.info("screening {} vessels against the lists in force ({})", vessels, reason);
          }

          @Override
          public void finished(ScreeningResults r) {
            LOG.info(
                "screened {} vessels ({} again) in {} ms: {} listed",
                r.vessels().size(),
                r.rescreened(),
                r.elapsed_ms(),
                r.listedCount());
          }
        };
    try {
      Outcome o =
          VesselScreeningJob.run(
              d, dir, VesselScreeningJob.Options.defaults(), lists, log, Clock.systemUTC());
      return switch (o) {
        case Outcome.Failed f -> {
          LOG.warn("{}; the previous vessel screening stays in force (stale)", f.reason());
          yield new VesselScreening(f.previous(), Optional.of(f.reason()));
        }
        case Outcome.UpToDate u -> {
          LOG.info(
              "vessel screening up to date ({} vessels, {} listed, made {})",
              u.current().vessels().size(),
              u.current().listedCount(),
              u.current().screenedAt());
          yield new VesselScreening(o.results(), Optional.empty());
        }
        case Outcome.NoLists n -> {
          LOG.info("no sanctions list ingested: vessels not screened");
          // results without a list in force (the catalogue was removed by hand) are stale
          yield new VesselScreening(
              n.previous(), n.previous().map(x -> "no sanctions list is in force any more"));
        }
        case Outcome.Screened x -> new VesselScreening(o.results(), Optional.empty());
      };
    } catch (IOException | RuntimeException e) {
      LOG.warn("vessel screening failed: {}", e.getMessage());
      return new VesselScreening(Optional.empty(), Optional.of(e.getMessage()));
    }
  }
}
