package org.tidewatch.core.detect.encounter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.tidewatch.core.detect.DetectedEvent;
import org.tidewatch.core.detect.Detector;
import org.tidewatch.core.detect.Encounter;
import org.tidewatch.core.detect.EventType;
import org.tidewatch.core.detect.Evidence;
import org.tidewatch.core.detect.VesselRegistry;
import org.tidewatch.core.geo.Cells;
import org.tidewatch.core.geo.Geo;
import org.tidewatch.core.port.PlaceIndex;
import org.tidewatch.core.track.Position;

/**
 * Encounters and ship-to-ship transfers (GFW encounters pipeline; see README.md next to this
 * class). Each vessel's reports are resampled onto a {@link Params#grid_s} grid (linear
 * interpolation between reports less than {@link Params#maxInterpolation_s} apart, or up to {@link
 * Params#maxSlowInterpolation_s} when the vessel was slow on both sides); at each grid time the
 * points are bucketed by H3 cell ({@link Cells#PAIRING_RESOLUTION}) and only points in the same or
 * adjacent cells are compared, so the cost grows with the vessels near each other. A run of
 * consecutive grid times with a pair within {@link Params#possibleDistance_m} is an encounter
 * candidate; runs of one pair less than {@link Params#mergeGap_s} apart are merged; a candidate is
 * classified into {@link EventType#STS}, {@link EventType#POSSIBLE_STS} or {@link
 * EventType#ENCOUNTER}.
 */
public final class EncounterDetector implements Detector {

  /**
   * Parameters.
   *
   * @param grid_s resampling step (GFW 10 min)
   * @param maxInterpolation_s longest interval interpolated (GFW 1 h)
   * @param maxSlowInterpolation_s longest interval interpolated when slow on both sides (4 h: two
   *     or three satellite passes; our addition for satellite-only areas, tuned on seeds 7 and 8)
   * @param distance_m STS distance (GFW 500 m)
   * @param possibleDistance_m possible-STS distance (1 km, analyst practice for small tankers)
   * @param minDuration_s STS duration (GFW 2 h)
   * @param possibleMinDuration_s possible-STS duration (1 h)
   * @param maxSpeed_kn STS median speed (GFW &lt; 2 kn)
   * @param possibleMaxSpeed_kn possible STS: either vessel's median speed below (3 kn)
   * @param minPortDistance_m distance of the mean position from ports/anchorages (GFW 10 km)
   * @param mergeGap_s merge runs of a pair closer in time (GFW 4 h)
   * @param minRawDuration_s shortest raw run kept for merging (30 min; GFW raw encounters: 1 h)
   * @param minDistance_m median separations below this are not two hulls alongside (10 m; antennas
   *     of ships moored alongside are tens of metres apart)
   */
  public record Params(
      long grid_s,
      long maxInterpolation_s,
      long maxSlowInterpolation_s,
      double distance_m,
      double possibleDistance_m,
      long minDuration_s,
      long possibleMinDuration_s,
      double maxSpeed_kn,
      double possibleMaxSpeed_kn,
      double minPortDistance_m,
      long mergeGap_s,
      long minRawDuration_s,
      double minDistance_m) {
    public static final Params DEFAULTS =
        new Params(
            600, 3600, 4 * 3600, 500, 1000, 2 * 3600, 3600, 2.0, 3.0, 10_000, 4 * 3600, 1800, 10);
  }

  private final Params params;
  private final PlaceIndex places;
  private final VesselRegistry registry;
  private final Map<Integer, Position> last = new HashMap<>();
  private final TreeMap<Long, List<GridPoint>> pending = new TreeMap<>();
  private final Map<Long, Run> runs = new HashMap<>();
  private final Map<Long, Run> closed = new HashMap<>();
  private final Map<Long, long[]> diskCache = new HashMap<>();
  private long comparisons;

  public EncounterDetector(Params params, PlaceIndex places, VesselRegistry registry) {
    this.params = params;
    this.places = places;
    this.registry = registry;
  }

  /** A resampled point. */
  record GridPoint(int mmsi, double lat, double lon, double speed_kn, Position source) {}

  private static final class Run {
    int a;
    int b;
    long start;
    long end;
    int n;
    int close;
    double sumLat;
    double sumLon;
    double[] dist = new double[16];
    double[] speedA = new double[16];
    double[] speedB = new double[16];
    Position firstA;
    Position firstB;
    Position lastA;
    Position lastB;

    void add(long g, GridPoint pa, GridPoint pb, double d, double closeLimit) {
      if (n == dist.length) {
        dist = Arrays.copyOf(dist, n * 2);
        speedA = Arrays.copyOf(speedA, n * 2);
        speedB = Arrays.copyOf(speedB, n * 2);
      }
      dist[n] = d;
      speedA[n] = pa.speed_kn();
      speedB[n] = pb.speed_kn();
      n++;
      if (d <= closeLimit) {
        close++;
      }
      sumLat += (pa.lat() + pb.lat()) / 2;
      sumLon += (pa.lon() + pb.lon()) / 2;
      if (firstA == null) {
        firstA = pa.source();
        firstB = pb.source();
        start = g;
      }
      lastA = pa.source();
      lastB = pb.source();
      end = g;
    }

    void merge(Run o) {
      for (int i = 0; i < o.n; i++) {
        if (n == dist.length) {
          dist = Arrays.copyOf(dist, n * 2);
          speedA = Arrays.copyOf(speedA, n * 2);
          speedB = Arrays.copyOf(speedB, n * 2);
        }
        dist[n] = o.dist[i];
        speedA[n] = o.speedA[i];
        speedB[n] = o.speedB[i];
        n++;
      }
      close += o.close;
      sumLat += o.sumLat;
      sumLon += o.sumLon;
      end = o.end;
      lastA = o.lastA;
      lastB = o.lastB;
    }
  }

  /** Distance computations so far (for the pairing benchmark). */
  public long comparisons() {
    return comparisons;
  }

  @Override
  public void onPosition(Position p, Consumer<DetectedEvent> out) {
    Position q = last.put(p.mmsi(), p);
    if (q == null) {
      return;
    }
    long t0 = q.time().getEpochSecond();
    long t1 = p.time().getEpochSecond();
    long dt = t1 - t0;
    if (dt <= 0) {
      return;
    }
    double d =
        Geo.fastDistance_m(
            q.latitude_deg(), q.longitude_deg(), p.latitude_deg(), p.longitude_deg());
    double v = Geo.impliedSpeed_kn(d, dt);
    if (dt > params.maxInterpolation_s()) {
      boolean slow =
          v < params.maxSpeed_kn()
              && q.speedOverGround_kn().orElse(0) < params.maxSpeed_kn()
              && p.speedOverGround_kn().orElse(0) < params.maxSpeed_kn();
      if (!slow || dt > params.maxSlowInterpolation_s()) {
        return;
      }
    }
    long g = (t0 / params.grid_s() + 1) * params.grid_s();
    for (; g <= t1; g += params.grid_s()) {
      double f = (g - t0) / (double) dt;
      double lat = q.latitude_deg() + f * (p.latitude_deg() - q.latitude_deg());
      double lon = Geo.interpolateLon(q.longitude_deg(), p.longitude_deg(), f);
      pending
          .computeIfAbsent(g, k -> new ArrayList<>())
          .add(new GridPoint(p.mmsi(), lat, lon, v, f < 0.5 ? q : p));
    }
  }

  @Override
  public void onWatermark(Instant watermark, Consumer<DetectedEvent> out) {
    long ready = watermark.getEpochSecond() - params.maxSlowInterpolation_s();
    while (!pending.isEmpty() && pending.firstKey() <= ready) {
      Map.Entry<Long, List<GridPoint>> e = pending.pollFirstEntry();
      step(e.getKey(), e.getValue(), out);
    }
  }

  @Override
  public void finish(Instant end, Consumer<DetectedEvent> out) {
    while (!pending.isEmpty()) {
      Map.Entry<Long, List<GridPoint>> e = pending.pollFirstEntry();
      step(e.getKey(), e.getValue(), out);
    }
    for (Run r : new ArrayList<>(runs.values())) {
      closeRun(r, out);
    }
    runs.clear();
    List<Long> keys = new ArrayList<>(closed.keySet());
    keys.sort(byPair(closed));
    for (Long k : keys) {
      classify(closed.get(k), out);
    }
    closed.clear();
  }

  private void step(long g, List<GridPoint> points, Consumer<DetectedEvent> out) {
    points.sort((x, y) -> Integer.compare(x.mmsi(), y.mmsi()));
    Map<Long, List<GridPoint>> byCell = new HashMap<>();
    long[] cells = new long[points.size()];
    for (int i = 0; i < points.size(); i++) {
      GridPoint p = points.get(i);
      cells[i] = Cells.cell(p.lat(), p.lon(), Cells.PAIRING_RESOLUTION);
      byCell.computeIfAbsent(spread(cells[i]), k -> new ArrayList<>()).add(p);
    }
    Map<Long, Boolean> seen = new HashMap<>();
    // a cheap box test before the distance: most points of the neighbouring cells are farther
    double maxDLat = params.possibleDistance_m() / 110_000.0;
    for (int i = 0; i < points.size(); i++) {
      GridPoint a = points.get(i);
      double maxDLon = maxDLat / Math.max(0.05, Math.cos(Math.toRadians(a.lat())));
      for (long c : disk(cells[i])) {
        List<GridPoint> bucket = byCell.get(spread(c));
        if (bucket == null) {
          continue;
        }
        for (GridPoint b : bucket) {
          if (b.mmsi() <= a.mmsi()) {
            continue;
          }
          comparisons++;
          if (Math.abs(a.lat() - b.lat()) > maxDLat || Math.abs(a.lon() - b.lon()) > maxDLon) {
            continue;
          }
          double d = Geo.fastDistance_m(a.lat(), a.lon(), b.lat(), b.lon());
          if (d > params.possibleDistance_m()) {
            continue;
          }
          long key = pairKey(a.mmsi(), b.mmsi());
          if (seen.putIfAbsent(key, Boolean.TRUE) != null) {
            continue;
          }
          Run r = runs.get(key);
          if (r == null) {
            r = new Run();
            r.a = a.mmsi();
            r.b = b.mmsi();
            runs.put(key, r);
          }
          r.add(g, a, b, d, params.distance_m());
        }
      }
    }
    for (Iterator<Map.Entry<Long, Run>> it = runs.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<Long, Run> e = it.next();
      if (!seen.containsKey(e.getKey())) {
        it.remove();
        closeRun(e.getValue(), out);
      }
    }
    // finalise merged candidates that can no longer be extended
    List<Long> done = new ArrayList<>();
    for (Map.Entry<Long, Run> e : closed.entrySet()) {
      if (g - e.getValue().end > params.mergeGap_s() && !runs.containsKey(e.getKey())) {
        done.add(e.getKey());
      }
    }
    done.sort(byPair(closed));
    for (Long k : done) {
      classify(closed.remove(k), out);
    }
    if (diskCache.size() > 200_000) {
      diskCache.clear();
    }
  }

  /**
   * A hash-map key for an H3 index. Nearby H3 indexes differ in a few middle bits, which {@code
   * Long.hashCode} folds onto each other: the maps treeified their buckets and a third of the
   * pairing time went into walking them. Multiplying by an odd constant is one-to-one and spreads
   * them.
   */
  private static long spread(long h3) {
    return h3 * 0x9E3779B97F4A7C15L;
  }

  /** The map key of a pair (spread: MMSI pairs hashed to {@code a ^ b} collide). */
  private static long pairKey(int a, int b) {
    return spread(((long) a << 32) | (b & 0xffffffffL));
  }

  /** Orders keys of {@code m} by their pair's MMSIs (emission order independent of hashing). */
  private static java.util.Comparator<Long> byPair(Map<Long, Run> m) {
    return (x, y) -> {
      Run p = m.get(x);
      Run q = m.get(y);
      int c = Integer.compare(p.a, q.a);
      return c != 0 ? c : Integer.compare(p.b, q.b);
    };
  }

  private long[] disk(long cell) {
    long[] d = diskCache.get(spread(cell));
    if (d == null) {
      List<Long> l = Cells.disk(cell, 1);
      d = new long[l.size()];
      for (int i = 0; i < d.length; i++) {
        d[i] = l.get(i);
      }
      diskCache.put(spread(cell), d);
    }
    return d;
  }

  private void closeRun(Run r, Consumer<DetectedEvent> out) {
    // GFW drops raw encounters near ports before merging, so that two ships leaving the same port
    // are not merged with their meeting in the next one
    if (r.end - r.start < params.minRawDuration_s()
        || places.nearest(r.sumLat / r.n, r.sumLon / r.n, params.minPortDistance_m()).isPresent()) {
      return;
    }
    long key = pairKey(r.a, r.b);
    Run prev = closed.get(key);
    if (prev != null && r.start - prev.end <= params.mergeGap_s()) {
      prev.merge(r);
      return;
    }
    if (prev != null) {
      classify(prev, out);
    }
    closed.put(key, r);
  }

  private void classify(Run r, Consumer<DetectedEvent> out) {
    long dur = r.end - r.start;
    if (r.n < 2 || dur < Math.min(params.minDuration_s(), params.possibleMinDuration_s())) {
      return;
    }
    double medDist = median(r.dist, r.n);
    if (medDist < params.minDistance_m()) {
      return; // two MMSIs at one spot: one transmitter or a replayed track, not two hulls alongside
    }
    double medA = median(r.speedA, r.n);
    double medB = median(r.speedB, r.n);
    double lat = r.sumLat / r.n;
    double lon = r.sumLon / r.n;
    Optional<PlaceIndex.Nearby> port = places.nearest(lat, lon, params.minPortDistance_m());
    if (port.isPresent()) {
      return;
    }
    boolean tankerish = tankerOrUnknown(r.a) || tankerOrUnknown(r.b);
    boolean stsGeometry =
        medDist <= params.distance_m()
            && dur >= params.minDuration_s()
            && Math.max(medA, medB) < params.maxSpeed_kn();
    EventType tier;
    if (stsGeometry) {
      tier = tankerish ? EventType.STS : EventType.ENCOUNTER;
    } else if (tankerish
        && medDist <= params.possibleDistance_m()
        && dur >= params.possibleMinDuration_s()
        && Math.min(medA, medB) < params.possibleMaxSpeed_kn()) {
      tier = EventType.POSSIBLE_STS;
    } else {
      return;
    }
    double conf =
        tier == EventType.POSSIBLE_STS
            ? 0.4
            : Math.min(1.0, 0.6 + 0.1 * (dur / (double) params.minDuration_s()));
    out.accept(
        new Encounter(
            tier,
            r.a,
            r.b,
            Instant.ofEpochSecond(r.start),
            Instant.ofEpochSecond(r.end),
            lat,
            lon,
            medDist,
            Math.max(medA, medB),
            r.n,
            nearestPort_m(lat, lon),
            conf,
            List.of(
                Evidence.of(r.firstA, "first-a"),
                Evidence.of(r.firstB, "first-b"),
                Evidence.of(r.lastA, "last-a"),
                Evidence.of(r.lastB, "last-b"))));
  }

  private double nearestPort_m(double lat, double lon) {
    return places.distanceToNearest_m(lat, lon, 200_000);
  }

  private boolean tankerOrUnknown(int mmsi) {
    int t = registry.shipType(mmsi);
    return t == 0 || (t >= 80 && t <= 89);
  }

  private static double median(double[] v, int n) {
    double[] c = Arrays.copyOf(v, n);
    Arrays.sort(c);
    return n % 2 == 1 ? c[n / 2] : (c[n / 2 - 1] + c[n / 2]) / 2;
  }
}
