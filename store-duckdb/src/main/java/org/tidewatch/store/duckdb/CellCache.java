package org.tidewatch.store.duckdb;

import com.uber.h3core.H3Core;
import com.uber.h3core.util.LatLng;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The H3 cell ({@link Schema#H3_RESOLUTION}) of a vessel's coordinates, computed by H3 only when
 * the vessel has left the cell of its previous report. A direct-mapped cache of 16 k vessels keeps
 * each vessel's last coordinates and cell; a new report at the same coordinates (a moored vessel)
 * takes that cell, and one still inside that cell's polygon takes it too, tested with the cell's
 * edges (no H3 call: 38-41 ns measured, against 0.9-1 µs for {@code latLngToCell} on the
 * development machine). The answer is always the cell H3 gives (tested against it on a live capture
 * and on random walks over the globe, {@code CellCacheTest}).
 *
 * <p>Why the polygon test is exact: H3 projects each icosahedron face gnomonically, so within one
 * face a cell is the spherical polygon whose edges are the great circles through consecutive
 * vertices of {@link H3Core#cellToBoundary}; a point inside every edge's plane, by a margin of
 * {@value #MARGIN_RAD} rad (about 6 mm) for rounding, is inside the cell. Cells on more than one
 * face, and pentagons, are never tested this way: H3 is asked every time. The polygons of cells met
 * are kept ({@value #MAX_POLYGONS} at most, then the set starts again).
 *
 * <p>Not thread-safe: one per thread.
 */
final class CellCache {
  private static final int BITS = 14;

  /** How far inside every edge a point must lie to count as in the cell (radians). */
  static final double MARGIN_RAD = 1e-9;

  static final int MAX_POLYGONS = 1 << 17;

  /** A cell's edges as the unit normals of their great-circle planes, pointing inwards. */
  private record Polygon(double[] normals) {
    boolean contains(double x, double y, double z) {
      double[] n = normals;
      for (int k = 0; k < n.length; k += 3) {
        if (x * n[k] + y * n[k + 1] + z * n[k + 2] <= MARGIN_RAD) {
          return false;
        }
      }
      return true;
    }
  }

  /** Cells that are never tested by polygon (pentagons, cells on several faces). */
  private static final Polygon NONE = new Polygon(new double[0]);

  private final H3Core h3;
  private final int[] cachedMmsi = new int[1 << BITS];
  private final double[] cachedLat = new double[1 << BITS];
  private final double[] cachedLon = new double[1 << BITS];
  private final long[] cachedCell = new long[1 << BITS];
  private final Polygon[] cachedPolygon = new Polygon[1 << BITS];
  private final Map<Long, Polygon> polygons = new HashMap<>();
  long h3Calls;

  CellCache() {
    try {
      this.h3 = H3Core.newInstance();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the H3 native library", e);
    }
    Arrays.fill(cachedLat, Double.NaN);
  }

  long cell(int mmsi, double lat, double lon) {
    int slot = (mmsi * 0x9E3779B1) >>> (32 - BITS);
    if (cachedMmsi[slot] == mmsi) {
      if (cachedLat[slot] == lat && cachedLon[slot] == lon) {
        return cachedCell[slot];
      }
      Polygon p = cachedPolygon[slot];
      if (p != null && p != NONE) {
        double phi = Math.toRadians(lat);
        double lambda = Math.toRadians(lon);
        double cosPhi = Math.cos(phi);
        if (p.contains(cosPhi * Math.cos(lambda), cosPhi * Math.sin(lambda), Math.sin(phi))) {
          cachedLat[slot] = lat;
          cachedLon[slot] = lon;
          return cachedCell[slot];
        }
      }
    }
    h3Calls++;
    long c = h3.latLngToCell(lat, lon, Schema.H3_RESOLUTION);
    if (cachedMmsi[slot] != mmsi || cachedCell[slot] != c || cachedPolygon[slot] == null) {
      cachedPolygon[slot] = polygon(c);
    }
    cachedMmsi[slot] = mmsi;
    cachedLat[slot] = lat;
    cachedLon[slot] = lon;
    cachedCell[slot] = c;
    return c;
  }

  private Polygon polygon(long cell) {
    Polygon p = polygons.get(cell);
    if (p == null) {
      if (polygons.size() >= MAX_POLYGONS) {
        polygons.clear();
      }
      p = compute(cell);
      polygons.put(cell, p);
    }
    return p;
  }

  private Polygon compute(long cell) {
    if (h3.isPentagon(cell) || h3.getIcosahedronFaces(cell).size() != 1) {
      return NONE;
    }
    List<LatLng> boundary = h3.cellToBoundary(cell);
    int n = boundary.size();
    double[][] v = new double[n][];
    for (int k = 0; k < n; k++) {
      v[k] = unit(boundary.get(k));
    }
    double[] centre = unit(h3.cellToLatLng(cell));
    double[] normals = new double[3 * n];
    for (int k = 0; k < n; k++) {
      double[] a = v[k];
      double[] b = v[(k + 1) % n];
      double nx = a[1] * b[2] - a[2] * b[1];
      double ny = a[2] * b[0] - a[0] * b[2];
      double nz = a[0] * b[1] - a[1] * b[0];
      double len = Math.sqrt(nx * nx + ny * ny + nz * nz);
      if (!(len > 0)) {
        return NONE; // degenerate edge: ask H3
      }
      double side = (centre[0] * nx + centre[1] * ny + centre[2] * nz) / len;
      if (Math.abs(side) <= MARGIN_RAD) {
        return NONE;
      }
      double sign = side > 0 ? 1 : -1; // inwards: the centre's side
      normals[3 * k] = sign * nx / len;
      normals[3 * k + 1] = sign * ny / len;
      normals[3 * k + 2] = sign * nz / len;
    }
    return new Polygon(normals);
  }

  private static double[] unit(LatLng p) {
    double phi = Math.toRadians(p.lat);
    double lambda = Math.toRadians(p.lng);
    double cosPhi = Math.cos(phi);
    return new double[] {cosPhi * Math.cos(lambda), cosPhi * Math.sin(lambda), Math.sin(phi)};
  }
}
