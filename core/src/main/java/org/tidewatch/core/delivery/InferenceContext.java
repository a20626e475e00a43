package org.tidewatch.core.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.tidewatch.core.detect.AisGap;
import org.tidewatch.core.detect.DraughtChange;
import org.tidewatch.core.detect.Evidence;
import org.tidewatch.core.detect.PortCall;
import org.tidewatch.core.detect.Spoofing;
import org.tidewatch.core.geo.Geo;
import org.tidewatch.core.port.Place;
import org.tidewatch.core.port.PlaceIndex;
import org.tidewatch.core.track.Mids;

/**
 * What every reading of a delivery consults: the parameters, the hull registry, the places (DPRK
 * ports within reach, foreign ports and anchorages as alibis, transfer areas) and the DPRK links of
 * a vessel. Immutable.
 */
final class InferenceContext {

  /** A draught change this close to a foreign port or anchorage happened there (10 km). */
  static final double FOREIGN_PORT_M = 10_000;

  /** An unexplained fall must be this far from any port or anchorage (30 km). */
  static final double OFFSHORE_M = 30_000;

  /** A transfer to an unseen receiver must be this far from any port or anchorage (15 km). */
  static final double TRANSFER_OFFSHORE_M = 15_000;

  /** A vessel at most this laden after a fall has discharged a whole cargo (0.15). */
  static final double EMPTIED_FRACTION = 0.15;

  final DeliveryInference.Params params;
  final PlaceIndex places;
  private final List<Place> dprkPorts;
  private final IntFunction<Optional<Hull>> hulls;
  private final List<TransferArea> transferAreas;

  InferenceContext(
      DeliveryInference.Params params,
      PlaceIndex places,
      IntFunction<Optional<Hull>> hulls,
      List<TransferArea> transferAreas) {
    this.params = params;
    this.places = places;
    this.dprkPorts = DeliveryInference.dprkPorts(places.places());
    this.hulls = hulls;
    this.transferAreas = List.copyOf(transferAreas);
  }

  /** The hull particulars of an MMSI, if registered. */
  Optional<Hull> hull(int mmsi) {
    return hulls.apply(mmsi);
  }

  // ---------------------------------------------------------------- DPRK links

  boolean dprkLinked(VesselTimeline t) {
    return !linkReason(t).isEmpty();
  }

  String linkReason(VesselTimeline t) {
    if (t == null) {
      return "";
    }
    Optional<Hull> h = hulls.apply(t.mmsi);
    if (h.isPresent() && h.get().flag().equals("PRK")) {
      return "DPRK flag in the registry";
    }
    if (Mids.flagOfMmsi(t.mmsi).map(f -> f.iso2().equals("KP")).orElse(false)) {
      return "MMSI with the DPRK's MID 445";
    }
    for (PortCall p : t.portCalls) {
      if (p.interest().map("DPRK_PORT"::equals).orElse(false)
          && !t.sharedDuring(p.start(), p.end())) {
        return "called at " + p.placeName();
      }
    }
    return "";
  }

  Optional<String> cameFromDprk(VesselTimeline t, Instant at) {
    Instant since = at.minus(Duration.ofDays(10));
    String found = null;
    for (PortCall p : t.portCalls) {
      if (p.end().isBefore(at)
          && p.end().isAfter(since)
          && dprkPortNear(p.latitude_deg(), p.longitude_deg()).isPresent()) {
        found = "port call at " + p.placeName();
      }
    }
    for (AisGap g : t.gaps) {
      if (g.end().isBefore(at.plus(Duration.ofHours(1))) && g.end().isAfter(since)) {
        Optional<Place> p = dprkPortNear(g.offLatitude_deg(), g.offLongitude_deg());
        if (p.isPresent()) {
          found = "went dark at " + p.get().name() + " and reappeared laden";
        }
      }
    }
    return Optional.ofNullable(found);
  }

  // ---------------------------------------------------------------- voyages

  /** The port call where the vessel last loaded before {@code at}, if the loading was in port. */
  Optional<PortCall> loadedInPort(VesselTimeline t, Instant at) {
    Optional<DraughtChange> rise =
        t.lastRiseBefore(at, at.minus(params.voyageLookback()), params.minDraughtChange_m());
    return rise.flatMap(r -> t.portCallAt(r.end(), Duration.ofHours(1)))
        .filter(p -> dprkPortNear(p.latitude_deg(), p.longitude_deg()).isEmpty());
  }

  /**
   * Whether the vessel's last broadcast draught before {@code at} was laden (above the ballast
   * fraction); true when unknown.
   */
  boolean ladenBefore(VesselTimeline t, Hull h, Instant at) {
    Optional<Double> d = t.draughtBefore(at);
    if (d.isEmpty() || !h.hasDraughtRange()) {
      return true;
    }
    double tb = h.ballastDraught_m().getAsDouble();
    return (d.get() - tb) / (h.summerDraught_m().getAsDouble() - tb) > params.ballastFraction();
  }

  /** Whether the fall left the vessel near its ballast draught (registry draughts needed). */
  static boolean emptied(Optional<Hull> h, DraughtChange dc) {
    if (h.isEmpty() || !h.get().hasDraughtRange()) {
      return false;
    }
    double tb = h.get().ballastDraught_m().getAsDouble();
    double f = (dc.after_m() - tb) / (h.get().summerDraught_m().getAsDouble() - tb);
    return f <= EMPTIED_FRACTION;
  }

  // ---------------------------------------------------------------- places and reach

  Optional<Place> dprkPortNear(double lat, double lon) {
    Place best = null;
    double bestD = params.dprkPortRadius_m();
    for (Place p : dprkPorts) {
      double d = Geo.distance_m(lat, lon, p.latitude_deg(), p.longitude_deg());
      if (d <= bestD) {
        best = p;
        bestD = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** DPRK ports a dark vessel could have visited: off → port → on within its silence. */
  List<Place> reachable(AisGap g) {
    if (g.open() || Double.isNaN(g.onLatitude_deg())) {
      return List.of();
    }
    return reachable(
        g.offLatitude_deg(),
        g.offLongitude_deg(),
        g.onLatitude_deg(),
        g.onLongitude_deg(),
        speed_mps(g) * (g.end().getEpochSecond() - g.start().getEpochSecond()));
  }

  List<Place> reachableFromSpoof(VesselTimeline t, Spoofing s) {
    double[] p = truePositions(s);
    if (Double.isNaN(p[0])) {
      return List.of();
    }
    double budget =
        params.defaultSpeed_kn()
            * Geo.MPS_PER_KNOT
            * (s.end().getEpochSecond() - s.start().getEpochSecond());
    return reachable(p[0], p[1], p[2], p[3], budget);
  }

  List<Place> reachable(double lat0, double lon0, double lat1, double lon1, double budget_m) {
    record R(Place p, double d) {}
    List<R> rs = new ArrayList<>();
    for (Place p : dprkPorts) {
      double d =
          Geo.distance_m(lat0, lon0, p.latitude_deg(), p.longitude_deg())
              + Geo.distance_m(p.latitude_deg(), p.longitude_deg(), lat1, lon1);
      if (d <= budget_m) {
        rs.add(new R(p, d));
      }
    }
    rs.sort(Comparator.comparingDouble(R::d).thenComparing(r -> r.p().id()));
    return rs.stream().limit(3).map(R::p).toList();
  }

  /** The true positions around a spoofed excursion: {lat0, lon0, lat1, lon1} (NaN when unknown). */
  static double[] truePositions(Spoofing s) {
    double[] r = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
    for (Evidence e : s.evidence()) {
      if (e.role().equals("before-jump") && Double.isNaN(r[0])) {
        r[0] = e.latitude_deg();
        r[1] = e.longitude_deg();
      } else if (e.role().equals("jump-back")) {
        r[2] = e.latitude_deg();
        r[3] = e.longitude_deg();
      }
    }
    if (Double.isNaN(r[2])) {
      r[2] = r[0];
      r[3] = r[1];
    }
    if (Double.isNaN(r[0])) {
      r[0] = r[2];
      r[1] = r[3];
    }
    return r;
  }

  double speed_mps(AisGap g) {
    double dur = g.end().getEpochSecond() - g.start().getEpochSecond();
    double v = dur > 0 && g.reachableRadius_m() > 0 ? g.reachableRadius_m() / dur : 0;
    return v > 0.5 ? v : params.defaultSpeed_kn() * Geo.MPS_PER_KNOT;
  }

  /**
   * Whether a point is at a foreign port or anchorage (within 10 km); an anchorage inside a known
   * transfer area does not count (transfers happen there).
   */
  boolean atForeignPlace(double lat, double lon) {
    return nearForeignPlace(lat, lon, FOREIGN_PORT_M);
  }

  /** {@link #atForeignPlace} within a given radius. */
  boolean nearForeignPlace(double lat, double lon, double radius_m) {
    if (places.nearest(lat, lon, radius_m, Place.Kind.PORT).isPresent()) {
      return true;
    }
    if (places.nearest(lat, lon, radius_m, Place.Kind.ANCHORAGE).isEmpty()) {
      return false;
    }
    for (TransferArea a : transferAreas) {
      if (a.contains(lat, lon)) {
        return false;
      }
    }
    return true;
  }

  static String names(List<Place> ps) {
    return String.join(", ", ps.stream().map(Place::name).toList());
  }

  static String placeLabel(PortCall p) {
    return p.placeName() + " (" + p.placeId() + ")";
  }
}
