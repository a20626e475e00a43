package org.tidewatch.core.port;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tidewatch.core.geo.Geo;

/**
 * Ports and anchorages with a nearest-place lookup. Places are bucketed in a 0.1° grid; a lookup
 * scans the buckets that can hold a place within the radius, so it costs a few dozen distance
 * computations. Immutable and thread-safe.
 */
public final class PlaceIndex {
  private static final double CELL_DEG = 0.1;
  private final List<Place> places;
  // per grid row: its occupied columns, sorted, and the places in each (a query reads a few rows
  // and binary-searches its column range instead of hashing every cell of the box)
  private final Map<Integer, Row> rows = new HashMap<>();

  private record Row(int[] cols, List<List<Place>> places) {}

  /** Indexes places. */
  public PlaceIndex(List<Place> places) {
    this.places = List.copyOf(places);
    Map<Integer, java.util.TreeMap<Integer, List<Place>>> grid = new HashMap<>();
    for (Place p : this.places) {
      grid.computeIfAbsent(row(p.latitude_deg()), k -> new java.util.TreeMap<>())
          .computeIfAbsent(Math.floorMod(col(p.longitude_deg()), 3600), k -> new ArrayList<>())
          .add(p);
    }
    grid.forEach(
        (r, cols) ->
            rows.put(
                r,
                new Row(
                    cols.keySet().stream().mapToInt(Integer::intValue).toArray(),
                    List.copyOf(cols.values()))));
  }

  /**
   * The reference places shipped with tidewatch: the NGA World Port Index (public domain) and
   * Global Fishing Watch anchorage points in North-East Asia (Apache-2.0), with ports of interest
   * tagged.
   */
  public static PlaceIndex reference() {
    return Holder.REFERENCE;
  }

  private static final class Holder {
    static final PlaceIndex REFERENCE = new PlaceIndex(load());

    private static List<Place> load() {
      try (InputStream in = PlaceIndex.class.getResourceAsStream("places.csv")) {
        if (in == null) {
          throw new IllegalStateException("places.csv missing from the class path");
        }
        return parse(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Reads places in the shipped CSV layout {@code id,name,country,locode,lat,lon,kind,oil,interest}
   * ({@code #} lines are comments, the first other line is the header).
   */
  public static List<Place> parse(InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    List<Place> out = new ArrayList<>();
    boolean header = true;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] f = line.split(",", -1);
      out.add(
          new Place(
              f[0],
              f[1],
              f[2],
              f[3],
              Double.parseDouble(f[4]),
              Double.parseDouble(f[5]),
              Place.Kind.valueOf(f[6]),
              f.length > 8 && !f[8].isBlank() ? Optional.of(f[8]) : Optional.empty()));
    }
    return out;
  }

  /** All places. */
  public List<Place> places() {
    return places;
  }

  /** A place and its distance from a query point. */
  public record Nearby(Place place, double distance_m) {}

  /** The nearest place within {@code radius_m} (geodesic), if any. */
  public Optional<Nearby> nearest(double latitude_deg, double longitude_deg, double radius_m) {
    return nearest(latitude_deg, longitude_deg, radius_m, null);
  }

  /** The nearest place of a kind within {@code radius_m}, if any ({@code null} kind = any). */
  public Optional<Nearby> nearest(
      double latitude_deg,
      double longitude_deg,
      double radius_m,
      Place.@org.jspecify.annotations.Nullable Kind kind) {
    double dLat = radius_m / 111_000.0;
    double cos = Math.max(0.05, Math.cos(Math.toRadians(latitude_deg)));
    double dLon = Math.min(180, dLat / cos);
    int r0 = row(latitude_deg - dLat);
    int r1 = row(latitude_deg + dLat);
    int c0 = col(longitude_deg - dLon);
    int c1 = col(longitude_deg + dLon);
    Place best = null;
    double bestD = radius_m;
    for (int r = r0; r <= r1; r++) {
      Row row = rows.get(r);
      if (row == null) {
        continue;
      }
      int lo = Math.floorMod(c0, 3600);
      int hi = Math.floorMod(c1, 3600);
      boolean whole = c1 - c0 + 1 >= 3600;
      int[][] ranges =
          whole
              ? new int[][] {{0, 3599}}
              : lo <= hi ? new int[][] {{lo, hi}} : new int[][] {{lo, 3599}, {0, hi}};
      for (int[] range : ranges) {
        int i = java.util.Arrays.binarySearch(row.cols(), range[0]);
        for (i = i < 0 ? -i - 1 : i; i < row.cols().length && row.cols()[i] <= range[1]; i++) {
          for (Place p : row.places().get(i)) {
            if (kind != null && p.kind() != kind) {
              continue;
            }
            double d =
                Geo.fastDistance_m(
                    latitude_deg, longitude_deg, p.latitude_deg(), p.longitude_deg());
            if (d <= bestD && (best == null || d < bestD || p.id().compareTo(best.id()) < 0)) {
              best = p;
              bestD = d;
            }
          }
        }
      }
    }
    return best == null ? Optional.empty() : Optional.of(new Nearby(best, bestD));
  }

  /**
   * The distance to the nearest place, searching rings of doubling radius from 10 km up to {@code
   * maxRadius_m}; {@code maxRadius_m} when none is that close. Cheap far from ports, unlike one
   * search with a large radius.
   */
  public double distanceToNearest_m(double latitude_deg, double longitude_deg, double maxRadius_m) {
    for (double r = Math.min(10_000, maxRadius_m); ; r = Math.min(2 * r, maxRadius_m)) {
      Optional<Nearby> n = nearest(latitude_deg, longitude_deg, r);
      if (n.isPresent()) {
        return n.get().distance_m();
      }
      if (r >= maxRadius_m) {
        return maxRadius_m;
      }
    }
  }

  /** The places of interest (tagged), in file order. */
  public List<Place> placesOfInterest() {
    return places.stream().filter(Place::ofInterest).toList();
  }

  private static int row(double lat) {
    return (int) Math.floor((lat + 90) / CELL_DEG);
  }

  private static int col(double lon) {
    return (int) Math.floor((lon + 180) / CELL_DEG);
  }
}
