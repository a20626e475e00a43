package org.tidewatch.sim.motion;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.tidewatch.sim.fleet.Kind;
import org.tidewatch.sim.fleet.Vessel;
import org.tidewatch.sim.world.Port;
import org.tidewatch.sim.world.Theatre;

/**
 * Ordinary traffic: merchant ships sail port to port among ports of their trade (tankers and bulk
 * carriers alternate laden and ballast legs, so draught changes at each call), sometimes wait at
 * the port's anchorage first; ferries shuttle between two ports; fishing vessels sail to a ground,
 * fish slowly for one to three days and return.
 */
public final class BackgroundPlanner implements Track.Planner {
  /** Fishing grounds (lat, lon) away from the coast. */
  public static final double[][] FISHING_GROUNDS = {
    {35.8, 123.2}, {36.5, 123.8}, {34.8, 122.8}, {33.6, 124.0}, {32.2, 124.6}, {31.0, 123.6},
    {30.2, 123.9}, {38.8, 120.2}, {37.9, 123.2}, {37.6, 130.4}, {38.6, 131.2}, {39.6, 132.6},
    {41.9, 132.0}, {35.5, 130.7}, {34.6, 128.7}, {36.8, 135.0}
  };

  private final Theatre theatre;
  private final Vessel vessel;
  private final RandomGenerator rnd;
  private final List<Port> trade = new ArrayList<>();
  private final Port home;
  private final Port ferryOther;
  private final double[] ground;
  private double laden;
  private boolean atSea;

  public BackgroundPlanner(Theatre theatre, Vessel vessel, RandomGenerator rnd, Port home) {
    this.theatre = theatre;
    this.vessel = vessel;
    this.rnd = rnd;
    this.home = home;
    for (Port p : theatre.ports().values()) {
      if (!p.dprk() && p.has(vessel.kind().portRole) && p != home) {
        trade.add(p);
      }
    }
    ferryOther = vessel.kind() == Kind.FERRY ? ferryPartner(home) : null;
    ground = FISHING_GROUNDS[rnd.nextInt(FISHING_GROUNDS.length)];
    laden = rnd.nextBoolean() ? 0.9 : 0.1;
  }

  private Port ferryPartner(Port p) {
    String other =
        switch (p.id()) {
          case "INCHEON" -> "WEIHAI";
          case "WEIHAI" -> "INCHEON";
          case "BUSAN" -> "HAKATA";
          case "HAKATA" -> "BUSAN";
          case "DALIAN" -> "YANTAI";
          case "YANTAI" -> "DALIAN";
          case "QINGDAO" -> "INCHEON";
          case "MAIZURU" -> "BUSAN";
          default -> "VLADIVOSTOK".equals(p.id()) ? "BUSAN" : "INCHEON";
        };
    return theatre.port(other);
  }

  /** The first leg: the ship is in its home port (or at its fishing ground) at {@code t0}. */
  public void start(Track track, long t0) {
    if (vessel.kind() == Kind.FISHING && rnd.nextBoolean()) {
      atSea = true;
      track.add(fish(t0));
      return;
    }
    long stay = (long) (rnd.nextDouble() * 36 * 3600) + 1800;
    track.add(berth(home, t0, t0 + stay));
  }

  @Override
  public void extend(Track track, long from, KState end) {
    Port here = end.portId == null ? null : theatre.port(end.portId);
    if (vessel.kind() == Kind.FISHING) {
      extendFishing(track, from, end, here);
      return;
    }
    Port origin = here != null ? here : home;
    Port dest =
        vessel.kind() == Kind.FERRY ? (origin == ferryOther ? home : ferryOther) : pick(origin);
    double[] route = theatre.portRoute(origin, dest);
    if (route == null || dest == null) {
      track.add(berth(origin, from, from + 24 * 3600));
      return;
    }
    if (vessel.kind().tanker() || vessel.kind() == Kind.BULK) {
      laden = laden > 0.5 ? 0.05 + 0.1 * rnd.nextDouble() : 0.8 + 0.18 * rnd.nextDouble();
    } else if (vessel.kind() != Kind.FERRY) {
      laden = 0.4 + 0.5 * rnd.nextDouble();
    }
    double speed = speed();
    Leg.Sail sail = new Leg.Sail(route, from, speed, vessel.draughtAt(laden), key());
    track.add(sail);
    long t = sail.end_s();
    // cargo operations change the draught on the departure leg: the draught is set when sailing
    long stay =
        vessel.kind() == Kind.FERRY
            ? 3 * 3600 + rnd.nextInt(3 * 3600)
            : 10 * 3600 + (long) (rnd.nextDouble() * 40 * 3600);
    track.add(berth(dest, t, t + stay));
  }

  private void extendFishing(Track track, long from, KState end, Port here) {
    if (here != null) {
      int groundCell = theatre.grid().nearestNavigable(ground[0], ground[1]);
      double[] route = theatre.route(here.gatewayCell(), groundCell);
      if (route == null) {
        track.add(berth(here, from, from + 48 * 3600));
        return;
      }
      double[] path = prepend(here.lat_deg(), here.lon_deg(), route);
      Leg.Sail sail = new Leg.Sail(path, from, speed(), vessel.draughtAt(0.3), key());
      track.add(sail);
      atSea = true;
      KState arrived = new KState();
      sail.state(sail.end_s(), arrived);
      steamAndFish(track, sail.end_s(), arrived.lat_deg, arrived.lon_deg);
      return;
    }
    if (atSea && rnd.nextInt(3) > 0) {
      steamAndFish(track, from, end.lat_deg, end.lon_deg);
      return;
    }
    int groundCell = theatre.grid().cell(end.lat_deg, end.lon_deg);
    int fromCell =
        theatre.grid().navigableCell(groundCell)
            ? groundCell
            : theatre.grid().nearestNavigable(end.lat_deg, end.lon_deg);
    double[] back = fromCell < 0 ? null : theatre.route(home.gatewayCell(), fromCell);
    if (back == null) {
      steamAndFish(track, from, end.lat_deg, end.lon_deg);
      return;
    }
    double[] path = reverse(prepend(home.lat_deg(), home.lon_deg(), back));
    double[] withStart = prepend(end.lat_deg, end.lon_deg, path);
    Leg.Sail sail = new Leg.Sail(withStart, from, speed(), vessel.draughtAt(0.7), key());
    track.add(sail);
    atSea = false;
    track.add(berth(home, sail.end_s(), sail.end_s() + 12 * 3600 + rnd.nextInt(24 * 3600)));
  }

  /**
   * Steams from where the hull is to a new fishing spot on its ground, then fishes there: the
   * fishing leg starts where the transit ends (no jump at the join).
   */
  private void steamAndFish(Track track, long t0, double lat, double lon) {
    Leg.Loiter spot = fish(t0);
    KState first = new KState();
    spot.state(spot.start_s(), first);
    double[] path = transit(lat, lon, first.lat_deg, first.lon_deg);
    Leg.Sail transit = new Leg.Sail(path, t0, speed(), spot.draught_m(), key());
    track.add(transit);
    long t1 = transit.end_s();
    track.add(
        new Leg.Loiter(
            spot.lat_deg(),
            spot.lon_deg(),
            spot.radius_m(),
            spot.period_s(),
            t1,
            t1 + (spot.end_s() - spot.start_s()),
            spot.navStatus(),
            spot.draught_m(),
            spot.offset_m(),
            spot.key()));
  }

  /** A water path between two points: straight when clear, else through the navigation grid. */
  private double[] transit(double lat1, double lon1, double lat2, double lon2) {
    var grid = theatre.grid();
    if (grid.lineOfSight(lat1, lon1, lat2, lon2)) {
      return new double[] {lat1, lon1, lat2, lon2};
    }
    int a = grid.navigable(lat1, lon1) ? grid.cell(lat1, lon1) : grid.nearestNavigable(lat1, lon1);
    int b = grid.navigable(lat2, lon2) ? grid.cell(lat2, lon2) : grid.nearestNavigable(lat2, lon2);
    double[] water = a >= 0 && b >= 0 ? theatre.route(a, b) : null;
    if (water == null) {
      return new double[] {lat1, lon1, lat2, lon2};
    }
    double[] out = new double[water.length + 4];
    out[0] = lat1;
    out[1] = lon1;
    System.arraycopy(water, 0, out, 2, water.length);
    out[out.length - 2] = lat2;
    out[out.length - 1] = lon2;
    return out;
  }

  private Leg.Loiter fish(long t0) {
    double lat = ground[0] + (rnd.nextDouble() - 0.5) * 0.3;
    double lon = ground[1] + (rnd.nextDouble() - 0.5) * 0.3;
    if (!theatre.grid().navigable(lat, lon)) {
      lat = ground[0];
      lon = ground[1];
    }
    long dur = 8 * 3600 + rnd.nextInt(16 * 3600);
    return new Leg.Loiter(
        lat,
        lon,
        1500 + rnd.nextInt(1500),
        3 * 3600 + rnd.nextInt(3 * 3600),
        t0,
        t0 + dur,
        7,
        vessel.draughtAt(0.5),
        0,
        key());
  }

  private Leg.Stay berth(Port p, long t0, long t1) {
    double jitterLat = (rnd.nextDouble() - 0.5) * 0.006;
    double jitterLon = (rnd.nextDouble() - 0.5) * 0.006;
    return new Leg.Stay(
        p.lat_deg() + jitterLat,
        p.lon_deg() + jitterLon,
        t0,
        t1,
        5,
        vessel.draughtAt(laden),
        p.id(),
        key());
  }

  private Port pick(Port origin) {
    if (trade.isEmpty()) {
      return home;
    }
    for (int i = 0; i < 8; i++) {
      Port p = trade.get(rnd.nextInt(trade.size()));
      if (p != origin) {
        return p;
      }
    }
    return home == origin ? trade.get(0) : home;
  }

  private double speed() {
    Kind k = vessel.kind();
    return k.minSpeed_kn + rnd.nextDouble() * (k.maxSpeed_kn - k.minSpeed_kn);
  }

  private long key() {
    return vessel.index() * 1_000_003L + 17;
  }

  static double[] prepend(double lat, double lon, double[] path) {
    double[] out = new double[path.length + 2];
    out[0] = lat;
    out[1] = lon;
    System.arraycopy(path, 0, out, 2, path.length);
    return out;
  }

  static double[] reverse(double[] path) {
    double[] out = new double[path.length];
    int n = path.length / 2;
    for (int i = 0; i < n; i++) {
      out[2 * i] = path[2 * (n - 1 - i)];
      out[2 * i + 1] = path[2 * (n - 1 - i) + 1];
    }
    return out;
  }
}
