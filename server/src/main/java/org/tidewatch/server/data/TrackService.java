package org.tidewatch.server.data;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tidewatch.core.store.TrackStore;
import org.tidewatch.core.track.BoundingBox;
import org.tidewatch.core.track.Position;
import org.tidewatch.server.auth.Principal;

/**
 * Tracks and positions as a caller may see them: only reports whose marking the caller is cleared
 * for, downsampled after filtering (so a restricted report never hides a releasable one). Recent
 * raw tracks are kept in a small LRU cache; the store does not change while the server runs.
 */
public final class TrackService {
  /** Most raw tracks kept (a vessel-month of 5-minute reports is about 1 MB). */
  static final int CACHE_ENTRIES = 64;

  private record Key(int mmsi, Instant from, Instant to) {}

  private final TrackStore store;
  private final Map<Key, java.util.concurrent.CompletableFuture<List<Position>>> cache =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(
            Map.Entry<Key, java.util.concurrent.CompletableFuture<List<Position>>> e) {
          return size() > CACHE_ENTRIES;
        }
      };

  public TrackService(TrackStore store) {
    this.store = store;
  }

  /**
   * A vessel's track in {@code [from, to)}: cleared reports only, keeping the first report of each
   * {@code interval} (epoch-aligned) and always the last one; no downsampling for a zero interval.
   */
  public List<Position> track(Principal p, int mmsi, Instant from, Instant to, Duration interval) {
    List<Position> raw = raw(mmsi, from, to);
    List<Position> out = new ArrayList<>();
    long step = interval.toMillis();
    long lastBucket = Long.MIN_VALUE;
    Position lastKept = null;
    Position lastCleared = null;
    for (Position pos : raw) {
      if (!p.isClearedFor(pos.provenance().releasability())) {
        continue;
      }
      lastCleared = pos;
      long bucket = step <= 0 ? 0 : Math.floorDiv(pos.time().toEpochMilli(), step);
      if (step <= 0 || bucket != lastBucket) {
        out.add(pos);
        lastKept = pos;
        lastBucket = bucket;
      }
    }
    if (lastCleared != null && lastCleared != lastKept) {
      out.add(lastCleared);
    }
    return out;
  }

  /**
   * The same track as {@link #track} for a caller cleared for every marking of the vessel's reports
   * (so filtering keeps everything), downsampled by the store: one row per interval comes out of
   * the database instead of every report, and the last report comes from a second query over the
   * last interval only. Nothing is cached here (the caller caches the rendered response).
   */
  public List<Position> trackFullyCleared(int mmsi, Instant from, Instant to, Duration interval) {
    if (interval.toMillis() <= 0) {
      throw new IllegalArgumentException("interval must be positive: " + interval);
    }
    List<Position> out =
        new ArrayList<>(store.positions().track(mmsi, from, to, Optional.of(interval)));
    if (out.isEmpty()) {
      return out;
    }
    Position lastKept = out.get(out.size() - 1);
    long step = interval.toMillis();
    Instant lastBucket =
        Instant.ofEpochMilli(Math.floorDiv(lastKept.time().toEpochMilli(), step) * step);
    List<Position> tail =
        store
            .positions()
            .track(mmsi, lastBucket.isAfter(from) ? lastBucket : from, to, Optional.empty());
    if (!tail.isEmpty()) {
      Position last = tail.get(tail.size() - 1);
      if (!last.equals(lastKept)) {
        out.add(last);
      }
    }
    return out;
  }

  /** Number of cleared reports in the window (before downsampling). */
  public int clearedCount(Principal p, int mmsi, Instant from, Instant to) {
    int n = 0;
    for (Position pos : raw(mmsi, from, to)) {
      if (p.isClearedFor(pos.provenance().releasability())) {
        n++;
      }
    }
    return n;
  }

  /**
   * The vessels in a box at an instant: each one's latest report within {@code maxAge} before
   * {@code at}, kept only when the caller is cleared for that report.
   */
  public List<Position> latestInBox(Principal p, BoundingBox box, Instant at, Duration maxAge) {
    return store.positions().latestInBox(box, at, maxAge).stream()
        .filter(pos -> p.isClearedFor(pos.provenance().releasability()))
        .toList();
  }

  private List<Position> raw(int mmsi, Instant from, Instant to) {
    Key k = new Key(mmsi, from, to);
    java.util.concurrent.CompletableFuture<List<Position>> f;
    boolean load = false;
    synchronized (cache) {
      f = cache.get(k);
      if (f == null) {
        f = new java.util.concurrent.CompletableFuture<>();
        cache.put(k, f);
        load = true;
      }
    }
    if (load) {
      // one load per key: concurrent requests for the same track wait for it (no stampede)
      try {
        f.complete(List.copyOf(store.positions().track(mmsi, from, to, Optional.empty())));
      } catch (RuntimeException e) {
        synchronized (cache) {
          cache.remove(k);
        }
        f.completeExceptionally(e);
      }
    }
    return f.join();
  }

  /**
   * The downsampling interval for a window shown at a web-map zoom level: about {@code 256 *
   * 2^(zoom/2)} points over the window (256 at zoom 0, 16,384 at zoom 12), never below one second.
   */
  public static Duration interval(Instant from, Instant to, int zoom) {
    int z = Math.max(0, Math.min(zoom, 12));
    long points = 256L << (z / 2);
    long ms = Duration.between(from, to).toMillis() / points;
    return ms < 1000 ? Duration.ofSeconds(1) : Duration.ofSeconds(ms / 1000);
  }
}
