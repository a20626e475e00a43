package org.tidewatch.server.data;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.tidewatch.core.provenance.Releasability;
import org.tidewatch.core.store.TrackStore;
import org.tidewatch.core.track.BoundingBox;
import org.tidewatch.core.track.Position;
import org.tidewatch.server.auth.Principal;

/**
 * Tracks and positions as a caller may see them: only reports whose marking the caller is cleared
 * for, downsampled after filtering (so a restricted report never hides a releasable one).
 *
 * <p>Tracks are cut from a cache of vessel-months: each vessel's reports in one calendar month
 * (UTC), read from the store once and held as primitive columns (about 50 bytes a report, no object
 * per report), least recently used dropped beyond {@link #CACHE_REPORTS} reports. Any window of a
 * cached month (a new end on the time slider, another zoom) is then answered without the store; a
 * window spanning months is cut from each. One read per vessel-month: concurrent requests for a
 * month being read wait for it. The store does not change while the server runs.
 */
public final class TrackService {
  /** Most reports held across the cached vessel-months (a 2-minute vessel-month is ~21,600). */
  static final long CACHE_REPORTS = 2_000_000;

  private record MonthKey(int mmsi, YearMonth month) {}

  /** One vessel-month: the reports, and each report's marking as an index into {@code markings}. */
  private record Month(TrackColumns reports, byte[] marking, Releasability[] markings) {}

  private final TrackStore store;
  private final LinkedHashMap<MonthKey, CompletableFuture<Month>> months =
      new LinkedHashMap<>(16, 0.75f, true);
  private long cachedReports;

  public TrackService(TrackStore store) {
    this.store = store;
  }

  /**
   * A vessel's track in {@code [from, to)}: cleared reports only, keeping the first report of each
   * {@code interval} (epoch-aligned buckets) and always the last one; no downsampling for a zero
   * interval. Equal to {@link #downsample} over the store's raw track of the window.
   */
  public TrackColumns track(Principal p, int mmsi, Instant from, Instant to, Duration interval) {
    long fromUs = ceilMicros(from);
    long toUs = ceilMicros(to);
    long stepMs = interval.toMillis();
    List<Month> parts = new ArrayList<>();
    List<int[]> ranges = new ArrayList<>();
    long inWindow = 0;
    YearMonth last = YearMonth.from(to.minusNanos(1).atOffset(ZoneOffset.UTC));
    for (YearMonth m = YearMonth.from(from.atOffset(ZoneOffset.UTC));
        !m.isAfter(last);
        m = m.plusMonths(1)) {
      Month month = month(mmsi, m);
      int[] range = {lowerBound(month.reports(), fromUs), lowerBound(month.reports(), toUs)};
      parts.add(month);
      ranges.add(range);
      inWindow += range[1] - range[0];
    }
    // at most one report per interval bucket touched by the window, and the last one
    long buckets =
        stepMs <= 0
            ? inWindow
            : Math.floorDiv(Math.floorDiv(toUs, 1000), stepMs)
                - Math.floorDiv(Math.floorDiv(fromUs, 1000), stepMs)
                + 2;
    TrackColumns out = new TrackColumns((int) Math.min(inWindow, Math.max(0, buckets)));
    int n = 0;
    long lastBucket = Long.MIN_VALUE;
    TrackColumns lastClearedIn = null;
    int lastCleared = -1;
    boolean lastKept = false;
    for (int part = 0; part < parts.size(); part++) {
      Month month = parts.get(part);
      TrackColumns c = month.reports();
      boolean[] cleared = new boolean[month.markings().length];
      for (int i = 0; i < cleared.length; i++) {
        cleared[i] = p.isClearedFor(month.markings()[i]);
      }
      int end = ranges.get(part)[1];
      for (int i = ranges.get(part)[0]; i < end; i++) {
        if (!cleared[month.marking()[i]]) {
          continue;
        }
        lastClearedIn = c;
        lastCleared = i;
        long bucket = stepMs <= 0 ? 0 : Math.floorDiv(Math.floorDiv(c.time_us[i], 1000), stepMs);
        lastKept = stepMs <= 0 || bucket != lastBucket;
        if (lastKept) {
          out.copy(c, i, n++);
          lastBucket = bucket;
        }
      }
    }
    if (lastClearedIn != null && !lastKept) {
      out.copy(lastClearedIn, lastCleared, n++);
    }
    return out.filled(n);
  }

  /**
   * The reference definition of {@link #track} over a raw track (in the store's order): cleared
   * reports only, the first of each {@code interval} and always the last.
   */
  public static List<Position> downsample(List<Position> raw, Principal p, Duration interval) {
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
   * The vessels in a box at an instant: each one's latest report within {@code maxAge} before
   * {@code at}, kept only when the caller is cleared for that report.
   */
  public List<Position> latestInBox(Principal p, BoundingBox box, Instant at, Duration maxAge) {
    return store.positions().latestInBox(box, at, maxAge).stream()
        .filter(pos -> p.isClearedFor(pos.provenance().releasability()))
        .toList();
  }

  /** The first index whose time is at or after {@code us} (times are in ascending order). */
  private static int lowerBound(TrackColumns c, long us) {
    int lo = 0;
    int hi = c.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (c.time_us[mid] < us) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The smallest whole microsecond at or after an instant. */
  private static long ceilMicros(Instant t) {
    long us = Math.multiplyExact(t.getEpochSecond(), 1_000_000L) + t.getNano() / 1000;
    return t.getNano() % 1000 == 0 ? us : us + 1;
  }

  private Month month(int mmsi, YearMonth m) {
    MonthKey k = new MonthKey(mmsi, m);
    CompletableFuture<Month> f;
    boolean load = false;
    synchronized (months) {
      f = months.get(k);
      if (f == null) {
        f = new CompletableFuture<>();
        months.put(k, f);
        load = true;
      }
    }
    if (load) {
      try {
        Month loaded = load(mmsi, m);
        f.complete(loaded);
        synchronized (months) {
          cachedReports += loaded.reports().size();
          evict(k);
        }
      } catch (RuntimeException e) {
        synchronized (months) {
          months.remove(k, f);
        }
        f.completeExceptionally(e);
      }
    }
    try {
      return f.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  /** Drops the least recently used loaded months (never {@code keep}) beyond the budget. */
  private void evict(MonthKey keep) {
    Iterator<Map.Entry<MonthKey, CompletableFuture<Month>>> it = months.entrySet().iterator();
    while (cachedReports > CACHE_REPORTS && it.hasNext()) {
      Map.Entry<MonthKey, CompletableFuture<Month>> e = it.next();
      if (e.getKey().equals(keep) || !e.getValue().isDone()) {
        continue;
      }
      if (!e.getValue().isCompletedExceptionally()) {
        cachedReports -= e.getValue().join().reports().size();
      }
      it.remove();
    }
  }

  private Month load(int mmsi, YearMonth m) {
    Instant start = m.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    Instant end = m.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    List<Position> raw = store.positions().track(mmsi, start, end, Optional.empty());
    TrackColumns c = new TrackColumns(raw.size());
    byte[] marking = new byte[raw.size()];
    Map<Releasability, Integer> index = new HashMap<>();
    List<Releasability> markings = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      Position pos = raw.get(i);
      Instant t = pos.time();
      c.time_us[i] = Math.multiplyExact(t.getEpochSecond(), 1_000_000L) + t.getNano() / 1000;
      c.latitude_deg[i] = pos.latitude_deg();
      c.longitude_deg[i] = pos.longitude_deg();
      byte present = 0;
      if (pos.speedOverGround_kn().isPresent()) {
        c.speedOverGround_kn[i] = pos.speedOverGround_kn().getAsDouble();
        present |= TrackColumns.SOG;
      }
      if (pos.courseOverGround_deg().isPresent()) {
        c.courseOverGround_deg[i] = pos.courseOverGround_deg().getAsDouble();
        present |= TrackColumns.COG;
      }
      if (pos.trueHeading_deg().isPresent()) {
        c.trueHeading_deg[i] = (short) pos.trueHeading_deg().getAsInt();
        present |= TrackColumns.HEADING;
      }
      c.present[i] = present;
      Releasability r = pos.provenance().releasability();
      Integer idx = index.get(r);
      if (idx == null) {
        if (markings.size() == 128) {
          throw new IllegalStateException("more than 128 markings in one vessel-month");
        }
        idx = markings.size();
        index.put(r, idx);
        markings.add(r);
      }
      marking[i] = (byte) (int) idx;
      if (i > 0 && c.time_us[i] < c.time_us[i - 1]) {
        throw new IllegalStateException("the store's track is not in time order");
      }
    }
    return new Month(c.filled(raw.size()), marking, markings.toArray(Releasability[]::new));
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
