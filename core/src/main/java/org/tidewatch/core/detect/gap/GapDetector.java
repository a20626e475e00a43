package org.tidewatch.core.detect.gap;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.tidewatch.core.detect.AisGap;
import org.tidewatch.core.detect.DetectedEvent;
import org.tidewatch.core.detect.Detector;
import org.tidewatch.core.detect.Evidence;
import org.tidewatch.core.detect.VesselRegistry;
import org.tidewatch.core.geo.Geo;
import org.tidewatch.core.sanctions.ImoNumber;
import org.tidewatch.core.track.Position;
import org.tidewatch.core.track.StaticReport;

/**
 * AIS gaps and likely-deliberate dark periods (see README.md next to this class). A gap is the
 * interval between two consecutive reports of an MMSI longer than {@link Params#rawGap_s}; it is a
 * dark period when it is also longer than {@link Params#minDark_s} and than {@link Params#factor} ×
 * the longest silence the reception where it went dark and where it reappeared explains ({@link
 * ReceptionModel}, quantile {@link Params#quantile}). A vessel still silent at the end of the data
 * gives an open gap: dark only where the reception is known, with a confidence of at most {@link
 * #OPEN_CONFIDENCE}.
 */
public final class GapDetector implements Detector {

  /**
   * Parameters.
   *
   * @param rawGap_s raw gap threshold (GFW pipe-gaps {@code min_gap_length} 6 h)
   * @param minDark_s shortest dark period (4 h, tuned on simulator seeds 7 and 8: honest silences
   *     of 2-3 h occur where a route crosses a hole in terrestrial coverage)
   * @param factor multiple of the area's explained silence (5, tuned on simulator seeds 7 and 8:
   *     honest satellite-area silences reach 8 h where p99.9 of intervals is about 1.8 h)
   * @param quantile quantile of the area's intervals that is "explained" (0.999)
   * @param minSamples intervals needed in a cell before its reception is trusted (300)
   * @param unknownDark_s dark threshold where the reception is unknown (GFW: 12 h, the satellite
   *     overpass periodicity)
   * @param fallbackSpeed_kn speed for the reachable radius when the vessel never reported one
   * @param identityDark_s a silence that ends with the hull (same IMO) under another MMSI is
   *     deliberate from this length (1 h: the identity was changed while silent)
   */
  public record Params(
      long rawGap_s,
      long minDark_s,
      double factor,
      double quantile,
      int minSamples,
      long unknownDark_s,
      double fallbackSpeed_kn,
      long identityDark_s) {
    public static final Params DEFAULTS =
        new Params(6 * 3600, 4 * 3600, 5.0, 0.999, 300, 12 * 3600, 12, 3600);
  }

  /**
   * Highest confidence of a silence still open at the end of the data: nothing shows whether the
   * vessel switched off or sailed out of the covered area.
   */
  public static final double OPEN_CONFIDENCE = 0.5;

  /**
   * A silence of at least this length ending within {@link #STATIONARY_MAX_M} of where it began is
   * a stationary one, judged against {@link Params#unknownDark_s} (tuned on simulator seed 105:
   * moored DPRK ships whose feed is thinned for 4-9 h made 69 false dark periods, and their
   * silences had taught the model that 28-48 h silences are normal around Nampo).
   */
  static final long STATIONARY_MIN_S = 3600;

  /**
   * A silence is dark only when longer than this multiple of the time its way spends in cells of
   * unknown reception at the vessel's top speed (1.5, tuned on simulator seeds 1 and 101-105: 4-5 h
   * silences of ships crossing the satellite-only stretch off south-east Korea, 90-140 km between
   * cells of terrestrial coverage, were taken for dark periods).
   */
  static final double HOLE_FACTOR = 1.5;

  /** See {@link #STATIONARY_MIN_S}: one nautical mile. */
  static final double STATIONARY_MAX_M = 1852;

  /**
   * Longest hold of a silence on a way of which the reception model knows no cell yet (3 days of
   * event time). Early in the data (or of a warm-up replay) every cell is unknown and a 10 h
   * deliberate silence was judged against the 12 h unknown-reception threshold (inference
   * evaluation, seed 36). Such a silence, when shorter than that threshold, is held and judged once
   * the model knows a cell on its way, or when event time has passed its end by this much, or at
   * the end of the input, with the model of then; it enters the model only then. A held event is
   * therefore emitted up to this long (event time) after the silence ended; the detection runner
   * collects a run's events before writing them, and its 7-day warm-up replay covers the hold.
   */
  static final long MAX_HOLD_S = 3 * 86_400;

  /** How often (event time) the held silences are looked at again (1 h). */
  static final long HOLD_CHECK_S = 3600;

  private final Params params;
  private final VesselRegistry registry;
  private final ReceptionModel reception;
  // per MMSI: first and last report, and the reception cell of the last
  private final Map<Integer, Track> tracks = new HashMap<>();
  private final Map<String, Integer> imoHolder = new HashMap<>();
  private final Map<Integer, Integer> successor = new HashMap<>();
  // silences waiting for the reception model to learn their way, in the order they ended
  private final List<Held> held = new ArrayList<>();
  private long lastHoldCheck = Long.MIN_VALUE;

  /** A silence from {@code q} to {@code p} that went dark in cell {@code qCell}, not judged yet. */
  private record Held(Position q, Position p, long qCell) {}

  @Override
  public void onStatic(StaticReport s, Consumer<DetectedEvent> out) {
    if (s.imo().isEmpty() || s.imo().getAsInt() <= 0) {
      return;
    }
    String imo = String.format("%07d", s.imo().getAsInt());
    if (!ImoNumber.isValid(imo)) {
      return;
    }
    Integer prev = imoHolder.put(imo, s.mmsi());
    if (prev != null && prev != s.mmsi()) {
      successor.put(prev, s.mmsi());
    }
  }

  public GapDetector(Params params, VesselRegistry registry, ReceptionModel reception) {
    this.params = params;
    this.registry = registry;
    this.reception = reception;
  }

  /** The reception model (shared, learned as data arrives). */
  public ReceptionModel reception() {
    return reception;
  }

  private static final class Track {
    final Position first;
    Position last;
    long cell;

    Track(Position first) {
      this.first = first;
    }
  }

  @Override
  public void onPosition(Position p, Consumer<DetectedEvent> out) {
    long cell = ReceptionModel.cell(p.latitude_deg(), p.longitude_deg());
    Track track = tracks.get(p.mmsi());
    if (track == null) {
      track = new Track(p);
      track.last = p;
      track.cell = cell;
      tracks.put(p.mmsi(), track);
      return;
    }
    Position q = track.last;
    long qCell = track.cell;
    track.last = p;
    track.cell = cell;
    long dt = p.time().getEpochSecond() - q.time().getEpochSecond();
    boolean stationary =
        dt >= STATIONARY_MIN_S
            && Geo.fastDistance_m(
                    q.latitude_deg(), q.longitude_deg(), p.latitude_deg(), p.longitude_deg())
                < STATIONARY_MAX_M;
    if (dt < Math.min(params.rawGap_s(), params.minDark_s())) {
      if (!stationary) {
        reception.record(qCell, dt);
      }
      return;
    }
    // judge the gap before it enters the model (a gap must not explain itself), and keep dark
    // periods out of the model (they are behaviour, not reception). A vessel that did not move
    // (at a berth or at anchor many switch off, or the feed thins them) is judged against the
    // unknown-reception threshold, and its silence says nothing of the reception moving ships get
    if (stationary) {
      judge(q, p, qCell, true, out);
      return;
    }
    Along along = along(q, p);
    if (along.expected().isEmpty() && !dark(dt, along, p.mmsi())) {
      held.add(new Held(q, p, qCell)); // the model knows nothing of the way yet: judged later
      return;
    }
    judge(q, p, qCell, false, out);
  }

  /**
   * Judges the silence from {@code q} to {@code p} on what the model knows now, records it in the
   * model when it is neither dark nor crossing unknown cells, and emits it when it is dark or
   * longer than {@link Params#rawGap_s}.
   */
  private void judge(
      Position q, Position p, long qCell, boolean stationary, Consumer<DetectedEvent> out) {
    long dt = p.time().getEpochSecond() - q.time().getEpochSecond();
    Along along = stationary ? Along.UNKNOWN : along(q, p);
    OptionalDouble expected = along.expected();
    long threshold = threshold_s(expected, along.unknown_m() / speed_mps(p.mmsi()));
    boolean dark = dt >= threshold;
    // a silence spent crossing cells of unknown reception is the hole's, not the cell's it began in
    if (!dark && !stationary && along.unknown_m() == 0) {
      reception.record(qCell, dt);
    }
    if (!dark && dt < params.rawGap_s()) {
      return;
    }
    double d =
        Geo.distance_m(q.latitude_deg(), q.longitude_deg(), p.latitude_deg(), p.longitude_deg());
    out.accept(
        new AisGap(
            dark,
            p.mmsi(),
            q.time(),
            p.time(),
            false,
            q.latitude_deg(),
            q.longitude_deg(),
            p.latitude_deg(),
            p.longitude_deg(),
            d,
            Geo.impliedSpeed_kn(d, dt),
            reach(p.mmsi(), dt),
            expected,
            confidence(dt, expected, threshold),
            List.of(Evidence.of(q, "went-dark"), Evidence.of(p, "reappeared"))));
  }

  /** Whether a silence of {@code dt} along a way is dark for the vessel. */
  private boolean dark(long dt, Along along, int mmsi) {
    return dt >= threshold_s(along.expected(), along.unknown_m() / speed_mps(mmsi));
  }

  /**
   * Judges the held silences whose way the model now knows in part (as a silence is judged on
   * arrival), or that ended {@link #MAX_HOLD_S} before the watermark (looked at once per {@link
   * #HOLD_CHECK_S} of event time).
   */
  @Override
  public void onWatermark(Instant watermark, Consumer<DetectedEvent> out) {
    long now = watermark.getEpochSecond();
    if (held.isEmpty() || now < lastHoldCheck + HOLD_CHECK_S) {
      return;
    }
    lastHoldCheck = now;
    for (Iterator<Held> it = held.iterator(); it.hasNext(); ) {
      Held h = it.next();
      Along along = along(h.q(), h.p());
      if (now - h.p().time().getEpochSecond() >= MAX_HOLD_S || along.expected().isPresent()) {
        it.remove();
        judge(h.q(), h.p(), h.qCell(), false, out);
      }
    }
  }

  @Override
  public void finish(Instant end, Consumer<DetectedEvent> out) {
    for (Held h : held) {
      judge(h.q(), h.p(), h.qCell(), false, out);
    }
    held.clear();
    for (Map.Entry<Integer, Track> e : new TreeMap<>(tracks).entrySet()) {
      Position q = e.getValue().last;
      long dt = end.getEpochSecond() - q.time().getEpochSecond();
      if (dt < Math.min(params.rawGap_s(), params.minDark_s())) {
        continue;
      }
      long cell = e.getValue().cell;
      Integer next = successor.get(e.getKey());
      Track successorTrack = next == null ? null : tracks.get(next);
      Position reappeared = successorTrack == null ? null : successorTrack.first;
      if (reappeared != null) {
        // the hull went on under another MMSI: the silence ends where the new identity appeared
        long gap = reappeared.time().getEpochSecond() - q.time().getEpochSecond();
        if (gap > 0) {
          closedAsNewIdentity(q, reappeared, gap, out);
        }
        continue;
      }
      OptionalDouble expected = reception.quantile_s(cell, params.quantile(), params.minSamples());
      // an open silence may just be a vessel that left the covered area: it is judged dark only
      // where the reception is known, and never with more than OPEN_CONFIDENCE
      long threshold = threshold_s(expected);
      boolean dark = expected.isPresent() && dt >= threshold;
      if (!dark && dt < params.rawGap_s()) {
        continue;
      }
      out.accept(
          new AisGap(
              dark,
              q.mmsi(),
              q.time(),
              end,
              true,
              q.latitude_deg(),
              q.longitude_deg(),
              Double.NaN,
              Double.NaN,
              Double.NaN,
              Double.NaN,
              reach(q.mmsi(), dt),
              expected,
              Math.min(OPEN_CONFIDENCE, confidence(dt, expected, threshold)),
              List.of(Evidence.of(q, "went-dark"))));
    }
  }

  private void closedAsNewIdentity(Position q, Position p, long dt, Consumer<DetectedEvent> out) {
    Along along = along(q, p);
    OptionalDouble expected = along.expected();
    long threshold = threshold_s(expected, along.unknown_m() / speed_mps(q.mmsi()));
    boolean dark = dt >= threshold || dt >= params.identityDark_s();
    if (!dark && dt < params.rawGap_s()) {
      return;
    }
    double d =
        Geo.distance_m(q.latitude_deg(), q.longitude_deg(), p.latitude_deg(), p.longitude_deg());
    out.accept(
        new AisGap(
            dark,
            q.mmsi(),
            q.time(),
            p.time(),
            false,
            q.latitude_deg(),
            q.longitude_deg(),
            p.latitude_deg(),
            p.longitude_deg(),
            d,
            Geo.impliedSpeed_kn(d, dt),
            reach(q.mmsi(), dt),
            expected,
            Math.max(0.8, confidence(dt, expected, threshold)),
            List.of(Evidence.of(q, "went-dark"), Evidence.of(p, "reappeared-as-" + p.mmsi()))));
  }

  /**
   * What the reception along a way explains.
   *
   * @param expected the largest quantile of the cells on the way whose reception is known
   * @param unknown_m how much of the way crosses cells whose reception is not known (where no ship
   *     reports, a ship crossing is silent for as long as the crossing takes)
   */
  private record Along(OptionalDouble expected, double unknown_m) {
    static final Along UNKNOWN = new Along(OptionalDouble.empty(), 0);
  }

  /**
   * The reception along the way from {@code q} to {@code p}: the cells sampled every ~15 km on the
   * straight line between them.
   */
  private Along along(Position q, Position p) {
    double d =
        Geo.fastDistance_m(
            q.latitude_deg(), q.longitude_deg(), p.latitude_deg(), p.longitude_deg());
    int steps = (int) Math.min(200, Math.ceil(d / 15_000));
    double best = -1;
    long previous = 0;
    int cells = 0;
    int unknown = 0;
    for (int i = 0; i <= steps; i++) {
      double f = steps == 0 ? 0 : i / (double) steps;
      double lat = q.latitude_deg() + f * (p.latitude_deg() - q.latitude_deg());
      double lon = Geo.interpolateLon(q.longitude_deg(), p.longitude_deg(), f);
      long c = ReceptionModel.cell(lat, lon);
      if (c == previous) {
        continue;
      }
      previous = c;
      cells++;
      OptionalDouble e = reception.quantile_s(c, params.quantile(), params.minSamples());
      if (e.isEmpty()) {
        unknown++;
      } else if (e.getAsDouble() > best) {
        best = e.getAsDouble();
      }
    }
    return best < 0
        ? Along.UNKNOWN
        : new Along(OptionalDouble.of(best), d * unknown / (double) cells);
  }

  /** The dark threshold for an expected silence. */
  public long threshold_s(OptionalDouble expected) {
    return threshold_s(expected, 0);
  }

  /**
   * The dark threshold for an expected silence and the time a way spends in cells of unknown
   * reception ({@link #HOLE_FACTOR} × that time, when the reception is known somewhere on the way).
   */
  private long threshold_s(OptionalDouble expected, double unknownCrossing_s) {
    double t =
        expected.isPresent()
            ? Math.max(params.factor() * expected.getAsDouble(), HOLE_FACTOR * unknownCrossing_s)
            : params.unknownDark_s();
    return (long) Math.max(params.minDark_s(), t);
  }

  private double confidence(long dt, OptionalDouble expected, long threshold) {
    double ratio = dt / (double) threshold;
    return Math.max(0.1, Math.min(1.0, expected.isPresent() ? ratio / 2 : ratio / 3));
  }

  /**
   * The vessel's transit speed for a crossing: its top reported speed, at least {@link
   * Params#fallbackSpeed_kn} (a ship seen only at its berth reports fractions of a knot).
   */
  private double speed_mps(int mmsi) {
    return Math.max(
            registry.topSpeed_kn(mmsi, params.fallbackSpeed_kn()), params.fallbackSpeed_kn())
        * Geo.MPS_PER_KNOT;
  }

  private double reach(int mmsi, long dt) {
    return registry.topSpeed_kn(mmsi, params.fallbackSpeed_kn()) * Geo.MPS_PER_KNOT * dt;
  }
}
