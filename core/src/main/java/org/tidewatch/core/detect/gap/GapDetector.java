package org.tidewatch.core.detect.gap;

import java.time.Instant;
import java.util.HashMap;
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

  /** See {@link #STATIONARY_MIN_S}: one nautical mile. */
  static final double STATIONARY_MAX_M = 1852;

  private final Params params;
  private final VesselRegistry registry;
  private final ReceptionModel reception;
  private final Map<Integer, Position> last = new HashMap<>();
  private final Map<Integer, Long> lastCell = new HashMap<>();
  private final Map<Integer, Position> first = new HashMap<>();
  private final Map<String, Integer> imoHolder = new HashMap<>();
  private final Map<Integer, Integer> successor = new HashMap<>();

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

  @Override
  public void onPosition(Position p, Consumer<DetectedEvent> out) {
    Position q = last.put(p.mmsi(), p);
    first.putIfAbsent(p.mmsi(), p);
    long cell = ReceptionModel.cell(p.latitude_deg(), p.longitude_deg());
    Long qCell = lastCell.put(p.mmsi(), cell);
    if (q == null) {
      return;
    }
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
    OptionalDouble expected = stationary ? OptionalDouble.empty() : expectedAlong(q, p);
    boolean dark = dark(dt, expected);
    if (!dark && !stationary) {
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
            confidence(dt, expected),
            List.of(Evidence.of(q, "went-dark"), Evidence.of(p, "reappeared"))));
  }

  @Override
  public void finish(Instant end, Consumer<DetectedEvent> out) {
    for (Map.Entry<Integer, Position> e : new TreeMap<>(last).entrySet()) {
      Position q = e.getValue();
      long dt = end.getEpochSecond() - q.time().getEpochSecond();
      if (dt < Math.min(params.rawGap_s(), params.minDark_s())) {
        continue;
      }
      long cell = lastCell.get(e.getKey());
      Integer next = successor.get(e.getKey());
      Position reappeared = next == null ? null : first.get(next);
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
      boolean dark = expected.isPresent() && dark(dt, expected);
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
              Math.min(OPEN_CONFIDENCE, confidence(dt, expected)),
              List.of(Evidence.of(q, "went-dark"))));
    }
  }

  private void closedAsNewIdentity(Position q, Position p, long dt, Consumer<DetectedEvent> out) {
    OptionalDouble expected = expectedAlong(q, p);
    boolean dark = dark(dt, expected) || dt >= params.identityDark_s();
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
            Math.max(0.8, confidence(dt, expected)),
            List.of(Evidence.of(q, "went-dark"), Evidence.of(p, "reappeared-as-" + p.mmsi()))));
  }

  /**
   * The longest silence explained along the way from {@code q} to {@code p}: the largest quantile
   * of the cells sampled every ~15 km on the straight line between them.
   */
  private OptionalDouble expectedAlong(Position q, Position p) {
    double d =
        Geo.fastDistance_m(
            q.latitude_deg(), q.longitude_deg(), p.latitude_deg(), p.longitude_deg());
    int steps = (int) Math.min(200, Math.ceil(d / 15_000));
    double best = -1;
    long previous = 0;
    for (int i = 0; i <= steps; i++) {
      double f = steps == 0 ? 0 : i / (double) steps;
      double lat = q.latitude_deg() + f * (p.latitude_deg() - q.latitude_deg());
      double lon = Geo.interpolateLon(q.longitude_deg(), p.longitude_deg(), f);
      long c = ReceptionModel.cell(lat, lon);
      if (c == previous) {
        continue;
      }
      previous = c;
      OptionalDouble e = reception.quantile_s(c, params.quantile(), params.minSamples());
      if (e.isPresent() && e.getAsDouble() > best) {
        best = e.getAsDouble();
      }
    }
    return best < 0 ? OptionalDouble.empty() : OptionalDouble.of(best);
  }

  /** The dark threshold for an expected silence. */
  public long threshold_s(OptionalDouble expected) {
    double t =
        expected.isPresent() ? params.factor() * expected.getAsDouble() : params.unknownDark_s();
    return (long) Math.max(params.minDark_s(), t);
  }

  private boolean dark(long dt, OptionalDouble expected) {
    return dt >= threshold_s(expected);
  }

  private double confidence(long dt, OptionalDouble expected) {
    double ratio = dt / (double) threshold_s(expected);
    return Math.max(0.1, Math.min(1.0, expected.isPresent() ? ratio / 2 : ratio / 3));
  }

  private double reach(int mmsi, long dt) {
    return registry.topSpeed_kn(mmsi, params.fallbackSpeed_kn()) * Geo.MPS_PER_KNOT * dt;
  }
}
