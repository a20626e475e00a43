package org.tidewatch.sim.ops;

import org.tidewatch.sim.fleet.Vessel;
import org.tidewatch.sim.geo.GeoMath;
import org.tidewatch.sim.motion.KState;
import org.tidewatch.sim.motion.Leg;
import org.tidewatch.sim.motion.Track;
import org.tidewatch.sim.world.Port;
import org.tidewatch.sim.world.Theatre;

/**
 * Builds a scripted track leg by leg, remembering where and when the hull is; after the script the
 * hull stays where it ended (at berth or drifting).
 */
final class Script implements Track.Planner {
  final Theatre theatre;
  final Vessel vessel;
  final Track track;
  long t;
  double lat;
  double lon;
  Port port;
  double laden;

  Script(Theatre theatre, Vessel vessel, Port start, long t0, double laden) {
    this.theatre = theatre;
    this.vessel = vessel;
    this.track = new Track(this);
    this.t = t0;
    this.port = start;
    this.lat = start.lat_deg();
    this.lon = start.lon_deg();
    this.laden = laden;
  }

  long key() {
    return vessel.index() * 1_000_003L + 17;
  }

  /** Stays at berth; when {@code newLaden} differs the draught changes halfway (cargo work). */
  Script berth(double hours, double newLaden) {
    long half = (long) (hours * 1800);
    track.add(new Leg.Stay(lat, lon, t, t + half, 5, vessel.draughtAt(laden), port.id(), key()));
    laden = newLaden;
    track.add(
        new Leg.Stay(
            lat, lon, t + half, t + 2 * half, 5, vessel.draughtAt(laden), port.id(), key()));
    t += 2 * half;
    return this;
  }

  /** Anchors at the port's anchorage (status 1). */
  Script anchor(double hours) {
    track.add(
        new Leg.Stay(
            port.anchorageLat_deg(),
            port.anchorageLon_deg(),
            t,
            t + (long) (hours * 3600),
            1,
            vessel.draughtAt(laden),
            port.id(),
            key()));
    t += (long) (hours * 3600);
    return this;
  }

  Script sailTo(Port dest, double speed_kn) {
    double[] route =
        port != null
            ? theatre.portRoute(port, dest)
            : withStart(theatre.route(cellHere(), dest.gatewayCell()), dest);
    Leg.Sail s = new Leg.Sail(route, t, speed_kn, vessel.draughtAt(laden), key());
    track.add(s);
    t = s.end_s();
    port = dest;
    lat = dest.lat_deg();
    lon = dest.lon_deg();
    return this;
  }

  Script sailToPoint(double toLat, double toLon, double speed_kn) {
    int target = theatre.grid().cell(toLat, toLon);
    int from = port != null ? port.gatewayCell() : cellHere();
    double[] water = theatre.route(from, target);
    double[] path = new double[water.length + 4];
    path[0] = lat;
    path[1] = lon;
    System.arraycopy(water, 0, path, 2, water.length);
    path[path.length - 2] = toLat;
    path[path.length - 1] = toLon;
    Leg.Sail s = new Leg.Sail(path, t, speed_kn, vessel.draughtAt(laden), key());
    track.add(s);
    t = s.end_s();
    port = null;
    lat = toLat;
    lon = toLon;
    return this;
  }

  /**
   * Shifts inside the port area along the straight approach (berth to anchorage or back) at harbour
   * speed, staying in the port's approach area; the hull keeps its port.
   */
  Script shift(double fromLat, double fromLon, double toLat, double toLon, double speed_kn) {
    Leg.Sail s =
        new Leg.Sail(
            new double[] {fromLat, fromLon, toLat, toLon},
            t,
            speed_kn,
            vessel.draughtAt(laden),
            key());
    track.add(s);
    t = s.end_s();
    lat = toLat;
    lon = toLon;
    return this;
  }

  /** Seconds {@link #shift} takes between two points at {@code speed_kn}. */
  static long shiftDuration_s(
      double fromLat, double fromLon, double toLat, double toLon, double speed_kn) {
    return new Leg.Sail(new double[] {fromLat, fromLon, toLat, toLon}, 0, speed_kn, 0, 0).end_s();
  }

  /** Drifts or lies alongside around the current point until {@code until}. */
  Script loiter(long until, double radius_m, double offset_m, long phaseKey) {
    if (until > t) {
      track.add(
          new Leg.Loiter(
              lat,
              lon,
              radius_m,
              6 * 3600,
              t,
              until,
              0,
              vessel.draughtAt(laden),
              offset_m,
              phaseKey));
      t = until;
    }
    return this;
  }

  /**
   * Time at which the hull, on the sail leg just added, first comes within {@code d_m} of a point.
   */
  long timeWithin(Leg.Sail sail, double pLat, double pLon, double d_m) {
    KState s = new KState();
    for (long x = sail.start_s(); x <= sail.end_s(); x += 300) {
      sail.state(x, s);
      if (GeoMath.distance_m(s.lat_deg, s.lon_deg, pLat, pLon) <= d_m) {
        return x;
      }
    }
    return sail.end_s();
  }

  private int cellHere() {
    int c = theatre.grid().cell(lat, lon);
    return theatre.grid().navigableCell(c) ? c : theatre.grid().nearestNavigable(lat, lon);
  }

  private double[] withStart(double[] water, Port dest) {
    double[] path = new double[water.length + 4];
    path[0] = lat;
    path[1] = lon;
    System.arraycopy(water, 0, path, 2, water.length);
    path[path.length - 2] = dest.lat_deg();
    path[path.length - 1] = dest.lon_deg();
    return path;
  }

  @Override
  public void extend(Track tr, long from, KState end) {
    if (end.portId != null) {
      tr.add(
          new Leg.Stay(
              end.lat_deg,
              end.lon_deg,
              from,
              from + 30L * 86400,
              5,
              end.draught_m,
              end.portId,
              key()));
    } else {
      tr.add(
          new Leg.Loiter(
              end.lat_deg,
              end.lon_deg,
              300,
              6 * 3600,
              from,
              from + 30L * 86400,
              0,
              end.draught_m,
              0,
              key()));
    }
  }
}
