package org.tidewatch.core.detect.portcall;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.tidewatch.core.detect.DetectedEvent;
import org.tidewatch.core.detect.Detector;
import org.tidewatch.core.detect.Evidence;
import org.tidewatch.core.detect.PortCall;
import org.tidewatch.core.detect.spoofing.Segmenter;
import org.tidewatch.core.port.Place;
import org.tidewatch.core.port.PlaceIndex;
import org.tidewatch.core.track.Position;
import org.tidewatch.core.track.StaticReport;

/**
 * Port calls (GFW anchorages pipeline state machine; see README.md next to this class): in port
 * when within {@link Params#entry_m} of a port or anchorage point, out when beyond {@link
 * Params#exit_m}, unchanged in between; stopped from {@link Params#stopBegin_kn} to {@link
 * Params#stopEnd_kn}; a silence of {@link Params#portGap_s} in port is an in-port gap. A visit is
 * reported at exit (or, open, at the end of the data) when its confidence is at least 2 of 4. The
 * state is kept per physically consistent segment of the MMSI ({@link Segmenter}), so that two
 * transmitters sharing an MMSI, or a spoofed excursion, do not make a port call flicker.
 */
public final class PortCallDetector implements Detector {

  /**
   * Parameters.
   *
   * @param entry_m entry radius (GFW 3 km)
   * @param exit_m exit radius (GFW 4 km)
   * @param stopBegin_kn stop begins at or below (GFW 0.2 kn)
   * @param stopEnd_kn stop ends at or above (GFW 0.5 kn)
   * @param portGap_s in-port silence that counts as a gap (GFW 4 h)
   * @param nameRadius_m a visit takes the name of the nearest WPI port within this radius (10 km)
   * @param minConfidence lowest GFW confidence reported (2)
   */
  public record Params(
      double entry_m,
      double exit_m,
      double stopBegin_kn,
      double stopEnd_kn,
      long portGap_s,
      double nameRadius_m,
      int minConfidence) {
    public static final Params DEFAULTS = new Params(3000, 4000, 0.2, 0.5, 4 * 3600, 10_000, 2);
  }

  private static final double LOOKUP_RADIUS_M = 20_000;

  private final Params params;
  private final PlaceIndex places;
  private final Map<Integer, Vessel> vessels = new HashMap<>();

  /** Per MMSI: a segmenter, and one port state per physically consistent segment. */
  private static final class Vessel {
    final Segmenter segmenter = new Segmenter(Segmenter.Params.DEFAULTS);
    final Map<Integer, State> segments = new TreeMap<>();
    OptionalDouble draught = OptionalDouble.empty();
  }

  public PortCallDetector(Params params, PlaceIndex places) {
    this.params = params;
    this.places = places;
  }

  private static final class State {
    // nearest-place cache
    double cacheLat = Double.NaN;
    double cacheLon;
    double cacheDist;
    Place cachePlace;
    // visit
    boolean inPort;
    boolean entered;
    boolean stopped;
    boolean everStopped;
    boolean gap;
    Position entry;
    Position lastIn;
    Position stopAt;
    Place nearestAtStop;
    OptionalDouble draughtIn = OptionalDouble.empty();
    OptionalDouble draught = OptionalDouble.empty();
    final List<Evidence> evidence = new ArrayList<>();
    boolean seen;
  }

  @Override
  public void onStatic(StaticReport s, Consumer<DetectedEvent> out) {
    if (s.draught_m().isPresent() && s.draught_m().getAsDouble() > 0) {
      Vessel v = vessels.computeIfAbsent(s.mmsi(), k -> new Vessel());
      v.draught = s.draught_m();
      v.segments.values().forEach(st -> st.draught = s.draught_m());
    }
  }

  @Override
  public void onPosition(Position p, Consumer<DetectedEvent> out) {
    Vessel vessel = vessels.computeIfAbsent(p.mmsi(), k -> new Vessel());
    Segmenter.Assignment a = vessel.segmenter.add(p);
    State v = vessel.segments.get(a.segment().id());
    if (v == null) {
      v = new State();
      v.draught = vessel.draught;
      vessel.segments.put(a.segment().id(), v);
      if (vessel.segments.size() > 8) {
        // forget the quietest segment that is not in port
        Integer drop = null;
        for (Map.Entry<Integer, State> e : vessel.segments.entrySet()) {
          if (!e.getValue().inPort && e.getKey() != a.segment().id()) {
            drop = e.getKey();
            break;
          }
        }
        if (drop != null) {
          vessel.segments.remove(drop);
        }
      }
    }
    double d = nearest(v, p);
    boolean first = !v.seen;
    v.seen = true;
    if (!v.inPort) {
      if (d <= params.entry_m()) {
        v.inPort = true;
        v.entered = !first;
        v.stopped = false;
        v.everStopped = false;
        v.gap = false;
        v.entry = p;
        v.lastIn = p;
        v.stopAt = null;
        v.nearestAtStop = v.cachePlace;
        v.draughtIn = v.draught;
        v.evidence.clear();
        v.evidence.add(Evidence.of(p, v.entered ? "entry" : "first-report-in-port"));
        updateStop(v, p);
      }
      return;
    }
    if (p.time().getEpochSecond() - v.lastIn.time().getEpochSecond() >= params.portGap_s()) {
      v.gap = true;
    }
    if (d >= params.exit_m()) {
      Position exit = v.lastIn;
      v.evidence.add(Evidence.of(p, "exit"));
      emit(p.mmsi(), v, exit, true, false, out);
      v.inPort = false;
      return;
    }
    v.lastIn = p;
    updateStop(v, p);
  }

  private void updateStop(State v, Position p) {
    if (p.speedOverGround_kn().isEmpty()) {
      return;
    }
    double sog = p.speedOverGround_kn().getAsDouble();
    if (!v.stopped && sog <= params.stopBegin_kn()) {
      v.stopped = true;
      if (!v.everStopped) {
        v.stopAt = p;
        v.nearestAtStop = v.cachePlace;
        v.evidence.add(Evidence.of(p, "stop"));
      }
      v.everStopped = true;
    } else if (v.stopped && sog >= params.stopEnd_kn()) {
      v.stopped = false;
    }
  }

  @Override
  public void finish(Instant end, Consumer<DetectedEvent> out) {
    for (Map.Entry<Integer, Vessel> e : new TreeMap<>(vessels).entrySet()) {
      for (State v : e.getValue().segments.values()) {
        if (v.inPort) {
          if (end.getEpochSecond() - v.lastIn.time().getEpochSecond() >= params.portGap_s()) {
            v.gap = true;
          }
          emit(e.getKey(), v, v.lastIn, false, true, out);
        }
      }
    }
  }

  private void emit(
      int mmsi, State v, Position exit, boolean exited, boolean open, Consumer<DetectedEvent> out) {
    int conf = 0;
    boolean stopOrGap = v.everStopped || v.gap;
    if (v.entered && exited && stopOrGap) {
      conf = 4;
    } else if ((v.entered || exited) && stopOrGap) {
      conf = 3;
    } else if (stopOrGap) {
      conf = 2;
    } else if (v.entered || exited) {
      conf = 1;
    }
    if (conf < params.minConfidence()) {
      return;
    }
    Position at = v.stopAt != null ? v.stopAt : v.entry;
    Optional<PlaceIndex.Nearby> port =
        places.nearest(
            at.latitude_deg(), at.longitude_deg(), params.nameRadius_m(), Place.Kind.PORT);
    Place place = port.map(PlaceIndex.Nearby::place).orElse(v.nearestAtStop);
    if (place == null) {
      return;
    }
    if (v.evidence.size() < 4) {
      v.evidence.add(Evidence.of(exit, "last-in-port"));
    }
    out.accept(
        new PortCall(
            mmsi,
            v.entry.time(),
            exit.time(),
            place.id(),
            place.name(),
            place.interest(),
            place.latitude_deg(),
            place.longitude_deg(),
            v.everStopped,
            v.gap,
            open,
            v.draughtIn,
            v.draught,
            conf / 4.0,
            List.copyOf(v.evidence)));
  }

  /** Distance to the nearest place, with a cache that skips lookups far from every place. */
  private double nearest(State v, Position p) {
    if (!Double.isNaN(v.cacheLat)) {
      double moved =
          org.tidewatch.core.geo.Geo.fastDistance_m(
              v.cacheLat, v.cacheLon, p.latitude_deg(), p.longitude_deg());
      if (v.cacheDist - moved > params.exit_m() + 1) {
        return v.cacheDist - moved; // lower bound, enough to know it is out
      }
    }
    Optional<PlaceIndex.Nearby> n =
        places.nearest(p.latitude_deg(), p.longitude_deg(), LOOKUP_RADIUS_M);
    v.cacheLat = p.latitude_deg();
    v.cacheLon = p.longitude_deg();
    v.cacheDist = n.map(PlaceIndex.Nearby::distance_m).orElse(LOOKUP_RADIUS_M);
    v.cachePlace = n.map(PlaceIndex.Nearby::place).orElse(null);
    return v.cacheDist;
  }
}
