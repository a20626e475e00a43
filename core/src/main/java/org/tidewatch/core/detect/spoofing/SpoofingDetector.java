package org.tidewatch.core.detect.spoofing;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.tidewatch.core.detect.DetectedEvent;
import org.tidewatch.core.detect.Detector;
import org.tidewatch.core.detect.Evidence;
import org.tidewatch.core.detect.SharedMmsi;
import org.tidewatch.core.detect.Spoofing;
import org.tidewatch.core.geo.Geo;
import org.tidewatch.core.track.Position;
import org.tidewatch.core.track.StaticReport;

/**
 * Spoofing and shared MMSIs from track segmentation (see README.md next to this class).
 *
 * <ul>
 *   <li>{@link Spoofing} {@link Spoofing.Pattern#CIRCLES}: see {@link CircleWatch}.
 *   <li>{@link Spoofing} {@link Spoofing.Pattern#EXCURSION}: the track leaves its consistent
 *       segment A for a new segment B by a jump no ship can make, stays on B for at least {@link
 *       Params#minExcursionReports} reports and {@link Params#minExcursion_s}, and comes back to A;
 *       B is never used again.
 *   <li>{@link SharedMmsi}: reports alternate between established segments more than {@link
 *       Params#minSeparation_m} apart at least {@link Params#minSwitches} times, or the broadcast
 *       name reverts to a previous one at least {@link Params#minNameReverts} times.
 * </ul>
 */
public final class SpoofingDetector implements Detector {

  /**
   * Parameters.
   *
   * @param segmenter segmentation parameters
   * @param minExcursionReports reports on the excursion segment (3)
   * @param minExcursion_s duration of the excursion (30 min)
   * @param minSwitches alternations between tracks for a shared MMSI (4)
   * @param minSeparation_m distance between tracks for a switch to count (20 km)
   * @param minNameReverts reversions of the broadcast name for a shared MMSI (2)
   * @param settle_s quiet time before an episode is judged closed (12 h)
   * @param minJump_m shortest jump for a spoofing event (50 km, tuned on simulator seeds 7 and 8:
   *     shorter offsets are position noise, clock errors or simulator leg joins; hiding a port call
   *     or a meeting needs tens of km)
   * @param speedFactor a vessel's plausible top speed is this multiple of the 95th percentile of
   *     the speeds it reported while under way (1.5)
   * @param speedFloor_kn never below this (15 kn: a slow ship may still have a faster gear)
   * @param minSpeedSamples under-way reports needed before the vessel's own speeds are trusted (50;
   *     until then the segmenter's 25 kn)
   * @param history_s how far back an excursion is looked for when a jump back no ship can make
   *     follows one it could (48 h)
   */
  public record Params(
      Segmenter.Params segmenter,
      int minExcursionReports,
      long minExcursion_s,
      int minSwitches,
      double minSeparation_m,
      int minNameReverts,
      long settle_s,
      double minJump_m,
      double speedFactor,
      double speedFloor_kn,
      int minSpeedSamples,
      long history_s) {
    public static final Params DEFAULTS =
        new Params(
            Segmenter.Params.DEFAULTS,
            3,
            1800,
            4,
            20_000,
            2,
            12 * 3600,
            50_000,
            1.5,
            15,
            50,
            48 * 3600);
  }

  /** Under-way reports are those at or above this speed (knots). */
  private static final double UNDER_WAY_KN = 3;

  /** Most reports kept per vessel for the look-back. */
  private static final int MAX_HISTORY = 2_000;

  private static final int MAX_EVIDENCE = 8;

  /** Event time between two sweeps over the vessels (settling excursions, closing segments). */
  private static final long SWEEP_S = 1800;

  private final Params params;
  private final Map<Integer, VesselState> vessels = new HashMap<>();
  private long lastSweep = Long.MIN_VALUE / 2;

  public SpoofingDetector(Params params) {
    this.params = params;
  }

  private static final class Pending {
    Segmenter.Segment a;
    Segmenter.Segment b;
    Position beforeJump;
    Position afterJump;
    Position lastOnB;
    Position back;
    int bReports;
    // found by looking back: the excursion shares its segment with the track before it
    boolean lookedBack;
    double sumLat;
    double sumLon;
  }

  private static final class Episode {
    Instant start;
    Instant last;
    int switches;
    int nameReverts;
    double maxSep;
    double lat = Double.NaN;
    double lon = Double.NaN;
    final TreeSet<Integer> segments = new TreeSet<>();
    final List<Evidence> evidence = new ArrayList<>();
    final LinkedHashMap<String, Integer> names = new LinkedHashMap<>();
  }

  private final class VesselState {
    final Segmenter segmenter = new Segmenter(params.segmenter());
    Position previous;
    Segmenter.Segment lastSegment;
    // the segment before the current run and the first report of the current run
    Segmenter.Segment runBefore;
    Position runFirst;
    Position beforeRun;
    boolean runOpenedSegment;
    final List<Pending> pending = new ArrayList<>();
    Episode episode;
    String name;
    final Map<String, Integer> nameCounts = new TreeMap<>();
    // reported speeds under way, 1-kn bins
    final int[] speeds = new int[41];
    int underWay;
    final ArrayDeque<Position> history = new ArrayDeque<>();
    final CircleWatch circles = new CircleWatch(CircleWatch.Params.DEFAULTS);
    int shipType;
    // the last circles reported: an excursion over the same reports is not reported again
    Spoofing lastCircles;

    double maxSpeed_kn() {
      if (underWay < params.minSpeedSamples()) {
        return params.segmenter().maxSpeed_kn();
      }
      long target = (long) Math.ceil(0.95 * underWay);
      long acc = 0;
      int bin = speeds.length - 1;
      for (int i = 0; i < speeds.length; i++) {
        acc += speeds[i];
        if (acc >= target) {
          bin = i;
          break;
        }
      }
      return Math.max(params.speedFloor_kn(), params.speedFactor() * (bin + 1));
    }

    void remember(Position p) {
      double sog = p.speedOverGround_kn().orElse(0);
      if (sog >= UNDER_WAY_KN && sog < speeds.length) {
        speeds[(int) sog]++;
        underWay++;
      }
      history.addLast(p);
      long oldest = p.time().getEpochSecond() - params.history_s();
      while (history.size() > MAX_HISTORY || history.peekFirst().time().getEpochSecond() < oldest) {
        history.removeFirst();
      }
    }
  }

  @Override
  public void onPosition(Position p, Consumer<DetectedEvent> out) {
    VesselState v = vessels.computeIfAbsent(p.mmsi(), k -> new VesselState());
    if (v.shipType >= 70 && v.shipType <= 89) {
      v.circles.add(p).ifPresent(c -> circles(v, c, out));
    }
    Segmenter.Assignment a = v.segmenter.add(p, v.maxSpeed_kn());
    Segmenter.Segment seg = a.segment();
    if (a.opened() && a.previous() != null && a.jump_m() >= params.minJump_m()) {
      lookBack(v, a.previous(), p);
    }
    if (a.previous() != null && seg != a.previous()) {
      // a switch: the run on a.previous() ended with v.previous
      Segmenter.Segment from = a.previous();
      if (!a.opened() && from.runs() == 1 && v.runOpenedSegment && seg == v.runBefore) {
        // A → B (new) → A: a candidate excursion
        Pending e = new Pending();
        e.a = seg;
        e.b = from;
        e.beforeJump = v.beforeRun;
        e.afterJump = v.runFirst;
        e.lastOnB = v.previous;
        e.back = p;
        e.bReports = from.reports();
        v.pending.add(e);
      }
      if (!a.opened() && seg.reports() >= 3 && from.reports() >= 2) {
        double sep =
            Geo.fastDistance_m(
                from.last().latitude_deg(),
                from.last().longitude_deg(),
                p.latitude_deg(),
                p.longitude_deg());
        if (sep >= params.minSeparation_m()) {
          Episode ep = episode(v, p.time());
          ep.switches++;
          ep.segments.add(seg.id());
          ep.segments.add(from.id());
          ep.maxSep = Math.max(ep.maxSep, sep);
          if (Double.isNaN(ep.lat)) {
            ep.lat = p.latitude_deg();
            ep.lon = p.longitude_deg();
          }
          if (ep.evidence.size() < MAX_EVIDENCE) {
            ep.evidence.add(Evidence.of(v.previous, "track-" + from.id()));
            ep.evidence.add(Evidence.of(p, "track-" + seg.id()));
          }
        }
      }
      v.runBefore = from;
      v.beforeRun = v.previous;
      v.runFirst = p;
      v.runOpenedSegment = a.opened();
    } else if (a.previous() == null) {
      v.runFirst = p;
      v.runOpenedSegment = true;
    }
    v.previous = p;
    v.lastSegment = seg;
    v.remember(p);
  }

  /**
   * A jump back no ship can make after one it could: {@code p} opened a new segment, but it is
   * reachable from where the vessel was before its latest reports, which all lie at least {@link
   * Params#minJump_m} from it. Those reports are an excursion the segmenter kept in the track
   * because the jump out was plausible.
   */
  private void lookBack(VesselState v, Segmenter.Segment from, Position p) {
    Position lastOnB = v.history.peekLast();
    Position firstOnB = null;
    Position before = null;
    int onB = 0;
    double sumLat = 0;
    double sumLon = 0;
    for (Iterator<Position> it = v.history.descendingIterator(); it.hasNext(); ) {
      Position h = it.next();
      double d =
          Geo.fastDistance_m(
              h.latitude_deg(), h.longitude_deg(), p.latitude_deg(), p.longitude_deg());
      if (d < params.minJump_m()) {
        before = h;
        break;
      }
      firstOnB = h;
      onB++;
      sumLat += h.latitude_deg();
      sumLon += h.longitude_deg();
    }
    if (before == null || firstOnB == null || lastOnB != from.last()) {
      return;
    }
    double back_m =
        Geo.fastDistance_m(
            before.latitude_deg(), before.longitude_deg(), p.latitude_deg(), p.longitude_deg());
    long dt = p.time().getEpochSecond() - before.time().getEpochSecond();
    double reach_kn = Geo.impliedSpeed_kn(back_m, dt + params.segmenter().buffer_s());
    double out_m =
        Geo.fastDistance_m(
            before.latitude_deg(),
            before.longitude_deg(),
            firstOnB.latitude_deg(),
            firstOnB.longitude_deg());
    if (reach_kn > v.maxSpeed_kn() || out_m < params.minJump_m()) {
      return;
    }
    Pending e = new Pending();
    e.a = from;
    e.b = from;
    e.beforeJump = before;
    e.afterJump = firstOnB;
    e.lastOnB = lastOnB;
    e.back = p;
    e.bReports = onB;
    e.lookedBack = true;
    e.sumLat = sumLat;
    e.sumLon = sumLon;
    v.pending.add(e);
  }

  private void circles(VesselState v, Spoofing c, Consumer<DetectedEvent> out) {
    boolean sharedEpisode = v.episode != null && v.episode.switches >= params.minSwitches();
    if (!sharedEpisode) {
      v.lastCircles = c;
      out.accept(c);
    }
  }

  private static Episode episode(VesselState v, Instant t) {
    if (v.episode == null) {
      v.episode = new Episode();
      v.episode.start = t;
    }
    v.episode.last = t;
    return v.episode;
  }

  @Override
  public void onStatic(StaticReport s, Consumer<DetectedEvent> out) {
    VesselState v = vessels.computeIfAbsent(s.mmsi(), k -> new VesselState());
    s.shipType().ifPresent(t -> v.shipType = t);
    if (s.name().isEmpty()) {
      return;
    }
    String n = s.name().get();
    if (v.name != null && !n.equals(v.name) && v.nameCounts.getOrDefault(n, 0) >= 1) {
      // reverts to a name used before: two identities alternate on one MMSI
      Episode ep = episode(v, s.time());
      ep.nameReverts++;
      if (ep.evidence.size() < MAX_EVIDENCE) {
        ep.evidence.add(Evidence.of(s, "name " + n));
      }
    }
    v.nameCounts.merge(n, 1, Integer::sum);
    if (v.episode != null) {
      v.episode.names.merge(n, 1, Integer::sum);
    }
    v.name = n;
  }

  @Override
  public void onWatermark(Instant watermark, Consumer<DetectedEvent> out) {
    long w = watermark.getEpochSecond();
    // the sweep over every vessel is needed at the settle time's scale, not every 5 minutes
    if (w < lastSweep + SWEEP_S) {
      return;
    }
    lastSweep = w;
    for (Iterator<Map.Entry<Integer, VesselState>> it = vessels.entrySet().iterator();
        it.hasNext(); ) {
      Map.Entry<Integer, VesselState> e = it.next();
      VesselState v = e.getValue();
      settle(e.getKey(), v, w, false, out);
      v.segmenter.closeIdle(w);
      // an idle vessel keeps no history (memory follows the active vessels)
      while (!v.history.isEmpty()
          && v.history.peekFirst().time().getEpochSecond() < w - params.history_s()) {
        v.history.removeFirst();
      }
    }
  }

  @Override
  public void finish(Instant end, Consumer<DetectedEvent> out) {
    for (Map.Entry<Integer, VesselState> e : new TreeMap<>(vessels).entrySet()) {
      VesselState v = e.getValue();
      v.circles.finish().ifPresent(c -> circles(v, c, out));
      settle(e.getKey(), v, end.getEpochSecond(), true, out);
    }
  }

  private void settle(int mmsi, VesselState v, long w, boolean all, Consumer<DetectedEvent> out) {
    for (Iterator<Pending> it = v.pending.iterator(); it.hasNext(); ) {
      Pending e = it.next();
      boolean quiet = w - e.b.last().time().getEpochSecond() >= params.settle_s();
      if (!quiet && !all) {
        continue;
      }
      it.remove();
      long dur = e.lastOnB.time().getEpochSecond() - e.afterJump.time().getEpochSecond();
      boolean sharedEpisode = v.episode != null && v.episode.switches >= params.minSwitches();
      // the excursion's segment is never used again (for a look-back one: nothing joined the
      // segment after the excursion's last report)
      boolean usedAgain = e.lookedBack ? e.b.last() != e.lastOnB : e.b.runs() != 1;
      boolean circled =
          v.lastCircles != null
              && !v.lastCircles.end().isBefore(e.afterJump.time())
              && !v.lastCircles.start().isAfter(e.lastOnB.time());
      if (usedAgain
          || circled
          || e.bReports < params.minExcursionReports()
          || dur < params.minExcursion_s()
          || sharedEpisode) {
        continue;
      }
      double out_m =
          Geo.distance_m(
              e.beforeJump.latitude_deg(),
              e.beforeJump.longitude_deg(),
              e.afterJump.latitude_deg(),
              e.afterJump.longitude_deg());
      double back_m =
          Geo.distance_m(
              e.lastOnB.latitude_deg(),
              e.lastOnB.longitude_deg(),
              e.back.latitude_deg(),
              e.back.longitude_deg());
      if (out_m < params.minJump_m()) {
        continue;
      }
      double dt = e.afterJump.time().getEpochSecond() - e.beforeJump.time().getEpochSecond();
      double v_kn = Geo.impliedSpeed_kn(out_m, dt);
      double conf = Math.min(1.0, 0.5 + 0.1 * Math.min(5, e.bReports / 3) + (v_kn > 100 ? 0.1 : 0));
      out.accept(
          new Spoofing(
              Spoofing.Pattern.EXCURSION,
              mmsi,
              e.afterJump.time(),
              e.lastOnB.time(),
              e.lookedBack ? e.sumLat / e.bReports : e.b.meanLat(),
              e.lookedBack ? e.sumLon / e.bReports : e.b.meanLon(),
              out_m,
              v_kn,
              back_m,
              e.bReports,
              conf,
              List.of(
                  Evidence.of(e.beforeJump, "before-jump"),
                  Evidence.of(e.afterJump, "jump-out"),
                  Evidence.of(e.lastOnB, "last-before-return"),
                  Evidence.of(e.back, "jump-back"))));
    }
    Episode ep = v.episode;
    if (ep != null && (all || w - ep.last.getEpochSecond() >= params.settle_s())) {
      v.episode = null;
      if (ep.switches >= params.minSwitches() || ep.nameReverts >= params.minNameReverts()) {
        List<String> names =
            ep.names.entrySet().stream()
                .filter(n -> n.getValue() >= 2)
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        double conf =
            Math.min(
                1.0,
                0.4
                    + 0.1 * Math.min(4, ep.switches / params.minSwitches())
                    + 0.1 * Math.min(2, ep.nameReverts / Math.max(1, params.minNameReverts())));
        out.accept(
            new SharedMmsi(
                mmsi,
                ep.start,
                ep.last,
                ep.lat,
                ep.lon,
                Math.max(ep.segments.size(), names.size()),
                ep.switches,
                names,
                ep.maxSep,
                conf,
                List.copyOf(ep.evidence)));
      }
    }
  }
}
