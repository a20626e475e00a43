package org.tidewatch.sim.world;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.tidewatch.sim.geo.GeoMath;
import org.tidewatch.sim.geo.LandMask;
import org.tidewatch.sim.geo.WaterGrid;

/**
 * The simulated world: land, the navigation grid, the ports, the terrestrial AIS stations and the
 * routes between places (cached). Immutable after construction apart from the route cache; loading
 * takes about a second, so one instance is shared by runs in the same JVM.
 */
public final class Theatre {
  /** Terrestrial AIS reception range (nautical miles) of a coastal station. */
  public static final double STATION_RANGE_NM = 40;

  private static Theatre shared;

  private final LandMask land;
  private final WaterGrid grid;
  private final Map<String, Port> ports;
  private final List<Station> stations;
  private final short[] coverage;
  private final Map<Long, double[]> routes = new HashMap<>();

  /** A coastal receiving station; its id goes into the {@code s:} tag-block field. */
  public record Station(String id, double lat_deg, double lon_deg) {}

  private Theatre() {
    land = LandMask.load();
    grid = new WaterGrid(land);
    ports = loadPorts();
    stations = buildStations();
    coverage = new short[grid.cellCount()];
    Arrays.fill(coverage, (short) -1);
    for (int cell = 0; cell < coverage.length; cell++) {
      double best = STATION_RANGE_NM * GeoMath.METRES_PER_NM;
      for (int s = 0; s < stations.size(); s++) {
        Station st = stations.get(s);
        double d =
            GeoMath.distance_m(grid.cellLat(cell), grid.cellLon(cell), st.lat_deg, st.lon_deg);
        if (d <= best) {
          best = d;
          coverage[cell] = (short) s;
        }
      }
    }
  }

  /** The theatre (built once per JVM). */
  public static synchronized Theatre get() {
    if (shared == null) {
      shared = new Theatre();
    }
    return shared;
  }

  public LandMask land() {
    return land;
  }

  public WaterGrid grid() {
    return grid;
  }

  /** Ports by id, in file order. */
  public Map<String, Port> ports() {
    return ports;
  }

  public Port port(String id) {
    Port p = ports.get(id);
    if (p == null) {
      throw new IllegalArgumentException("unknown port " + id);
    }
    return p;
  }

  public List<Station> stations() {
    return stations;
  }

  /** The terrestrial station hearing a ship at this position, or null when out of range. */
  public Station terrestrialStation(double lat, double lon) {
    int cell = grid.cell(lat, lon);
    if (cell < 0 || coverage[cell] < 0) {
      return null;
    }
    return stations.get(coverage[cell]);
  }

  /** The water route between two navigable cells (cached), or null when unreachable. */
  public synchronized double[] route(int fromCell, int toCell) {
    long key = ((long) fromCell << 32) | toCell;
    return routes.computeIfAbsent(key, k -> grid.route(fromCell, toCell));
  }

  /**
   * The berth-to-berth route [lat, lon, ...]: port position, its gateway cell, the water route, the
   * destination gateway and berth. Null when the ports are not connected by water.
   */
  public double[] portRoute(Port from, Port to) {
    double[] water = route(from.gatewayCell(), to.gatewayCell());
    if (water == null) {
      return null;
    }
    double[] out = new double[water.length + 4];
    out[0] = from.lat_deg();
    out[1] = from.lon_deg();
    System.arraycopy(water, 0, out, 2, water.length);
    out[out.length - 2] = to.lat_deg();
    out[out.length - 1] = to.lon_deg();
    return out;
  }

  /** Distance from a port's berth within which positions may lie on (coarse) land. */
  public double portApproachRadius_m(Port p) {
    return GeoMath.distance_m(p.lat_deg(), p.lon_deg(), p.gatewayLat_deg(), p.gatewayLon_deg())
        + 2_000;
  }

  /** The port whose approach area contains the point, or null. */
  public Port portAt(double lat, double lon) {
    for (Port p : ports.values()) {
      if (GeoMath.distance_m(lat, lon, p.lat_deg(), p.lon_deg()) <= portApproachRadius_m(p)) {
        return p;
      }
    }
    return null;
  }

  private Map<String, Port> loadPorts() {
    Map<String, Port> out = new LinkedHashMap<>();
    try (InputStream in = Theatre.class.getResourceAsStream("/org/tidewatch/sim/ports.csv")) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      boolean header = true;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] f = line.split(",");
        double lat = Double.parseDouble(f[4]);
        double lon = Double.parseDouble(f[5]);
        int gw = grid.nearestNavigable(lat, lon);
        out.put(
            f[0],
            new Port(
                f[0],
                f[1],
                f[2],
                f[3],
                lat,
                lon,
                new LinkedHashSet<>(Arrays.asList(f[6].split(" "))),
                gw,
                grid.cellLat(gw),
                grid.cellLon(gw),
                grid.cellLat(gw),
                grid.cellLon(gw)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private List<Station> buildStations() {
    List<Station> out = new ArrayList<>();
    for (Port p : ports.values()) {
      if (!p.dprk()) {
        out.add(new Station("r" + p.locode(), p.lat_deg(), p.lon_deg()));
      }
    }
    // coastal and island stations (positions approximate)
    out.add(new Station("rKR-BAENGNYEONG", 37.95, 124.68));
    out.add(new Station("rKR-JEJU", 33.51, 126.53));
    out.add(new Station("rKR-ULLEUNG", 37.48, 130.90));
    out.add(new Station("rCN-SHIDAO", 36.88, 122.43));
    out.add(new Station("rCN-LUSHUN", 38.81, 121.24));
    out.add(new Station("rCN-SHENGSI", 30.72, 122.45));
    out.add(new Station("rJP-TSUSHIMA", 34.40, 129.30));
    out.add(new Station("rJP-OKI", 36.20, 133.30));
    out.add(new Station("rJP-SADO", 38.02, 138.40));
    out.add(new Station("rRU-RUDNAYA", 44.36, 135.82));
    return List.copyOf(out);
  }
}
