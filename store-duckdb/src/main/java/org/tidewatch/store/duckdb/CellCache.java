package org.tidewatch.store.duckdb;

import com.uber.h3core.H3Core;
import com.uber.h3core.util.LatLng;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The H3 cell ({@link Schema#H3_RESOLUTION}) of a vessel's coordinates, computed by H3 only when
 * the vessel has left the cell of its previous report. An open-addressing table keeps each vessel's
 * last coordinates and cell (every vessel met, up to {@value #MAX_VESSELS}, then it starts again);
 * a new report at the same coordinates (a moored vessel) takes that cell, and one still inside that
 * cell's polygon takes it too (no H3 call, which costs 0.9-1 µs on the development machine). The
 * polygon test is first made without trigonometry, with the cell's edges as straight lines in
 * degrees moved inwards by a margin for their curvature ({@link #MARGIN_DEG}); a point nearer an
 * edge than that, or in a cell near a pole or the antimeridian, takes the exact test by the edges'
 * great-circle planes (38-41 ns measured). The answer is always the cell H3 gives (tested against
 * it on a live capture and on random walks over the globe, {@code CellCacheTest}).
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
  /** Vessels remembered (an open-addressing table that doubles as it fills), then it restarts. */
  static final int MAX_VESSELS = 1 << 19;

  /** How far inside every edge a point must lie to count as in the cell (radians). */
  static final double MARGIN_RAD = 1e-9;

  static final int MAX_POLYGONS = 1 << 17;

  /**
   * A cell's edges as the unit normals of their great-circle planes, pointing inwards; and, when
   * the cell is away from the poles and the antimeridian, the same edges as straight lines in
   * (longitude, latitude) degrees, moved inwards by {@value #MARGIN_DEG}° ({@code lines}: a, b, c
   * per edge, inside when {@code a * lon + b * lat > c}), or null.
   */
  private record Polygon(double[] normals, double @org.jspecify.annotations.Nullable [] lines) {
    boolean contains(double x, double y, double z) {
      double[] n = normals;
      for (int k = 0; k < n.length; k += 3) {
        if (x * n[k] + y * n[k + 1] + z * n[k + 2] <= MARGIN_RAD) {
          return false;
        }
      }
      return true;
    }

    /** True when surely inside (no trigonometry); false when outside or unsure. */
    boolean surelyContains(double lat, double lon) {
      double[] l = lines;
      if (l == null) {
        return false;
      }
      for (int k = 0; k < l.length; k += 3) {
        if (l[k] * lon + l[k + 1] * lat <= l[k + 2]) {
          return false;
        }
      }
      return true;
    }
  }

  /** Cells that are never tested by polygon (pentagons, cells on several faces). */
  private static final Polygon NONE = new Polygon(new double[0], null);

  /**
   * How far inside an edge's straight line (in degrees) a point must lie for the test without
   * trigonometry. An edge of a resolution-8 cell is a great-circle arc of about 0.5 km; in
   * (longitude, latitude) degrees it bows away from the straight line between its vertices, by at
   * most 3.5e-7° on 20,000 random cells within {@value #LINES_MAX_LAT}° of the equator ({@code
   * CellCacheTest}, which requires under a quarter of this margin). Points nearer an edge than this
   * take the exact test.
   */
  static final double MARGIN_DEG = 2e-6;

  /** Cells with a vertex beyond this latitude (degrees) have no straight-line test. */
  static final double LINES_MAX_LAT = 75;

  private final H3Core h3;
  // per vessel, four longs side by side (one cache line): key (MMSI | PRESENT; 0 = free slot),
  // the raw bits of its last latitude and longitude, and their cell
  private static final long PRESENT = 1L << 40;
  private long[] slots;
  private Polygon[] cachedPolygon;
  private int shift;
  private int vessels;
  private final Map<Long, Polygon> polygons = new HashMap<>();
  long h3Calls;

  private final int maxVessels;

  CellCache() {
    this(MAX_VESSELS);
  }

  /** A cache that starts again after {@code maxVessels} vessels (a power of two). */
  CellCache(int maxVessels) {
    this.maxVessels = maxVessels;
    try {
      this.h3 = H3Core.newInstance();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the H3 native library", e);
    }
    allocate(Math.min(1 << 14, 2 * maxVessels));
  }

  private void allocate(int capacity) {
    slots = new long[4 * capacity];
    cachedPolygon = new Polygon[capacity];
    shift = 32 - Integer.numberOfTrailingZeros(capacity);
    vessels = 0;
  }

  long cell(int mmsi, double lat, double lon) {
    long key = (mmsi & 0xFFFFFFFFL) | PRESENT;
    long[] s = slots;
    int mask = cachedPolygon.length - 1;
    int i = (mmsi * 0x9E3779B1) >>> shift;
    while (s[4 * i] != key && s[4 * i] != 0) {
      i = (i + 1) & mask;
    }
    int k = 4 * i;
    long latBits = Double.doubleToRawLongBits(lat);
    long lonBits = Double.doubleToRawLongBits(lon);
    if (s[k] == key) {
      if (s[k + 1] == latBits && s[k + 2] == lonBits) {
        return s[k + 3];
      }
      Polygon p = cachedPolygon[i];
      if (p.surelyContains(lat, lon)) {
        s[k + 1] = latBits;
        s[k + 2] = lonBits;
        return s[k + 3];
      }
      if (p != NONE) {
        double phi = Math.toRadians(lat);
        double lambda = Math.toRadians(lon);
        double cosPhi = Math.cos(phi);
        if (p.contains(cosPhi * Math.cos(lambda), cosPhi * Math.sin(lambda), Math.sin(phi))) {
          s[k + 1] = latBits;
          s[k + 2] = lonBits;
          return s[k + 3];
        }
      }
    } else if (2 * (vessels + 1) > cachedPolygon.length) {
      // a new vessel in a table half full: double it (or start again), then find its slot
      if (cachedPolygon.length >= 2 * maxVessels) {
        allocate(cachedPolygon.length);
      } else {
        grow();
      }
      return cell(mmsi, lat, lon);
    } else {
      s[k] = key;
      vessels++;
    }
    h3Calls++;
    long c = h3.latLngToCell(lat, lon, Schema.H3_RESOLUTION);
    if (s[k + 3] != c || cachedPolygon[i] == null) {
      cachedPolygon[i] = polygon(c);
    }
    s[k + 1] = latBits;
    s[k + 2] = lonBits;
    s[k + 3] = c;
    return c;
  }

  private void grow() {
    long[] old = slots;
    Polygon[] oldPolygons = cachedPolygon;
    allocate(2 * oldPolygons.length);
    int mask = cachedPolygon.length - 1;
    for (int j = 0; j < oldPolygons.length; j++) {
      if (old[4 * j] != 0) {
        int i = ((int) old[4 * j] * 0x9E3779B1) >>> shift;
        while (slots[4 * i] != 0) {
          i = (i + 1) & mask;
        }
        System.arraycopy(old, 4 * j, slots, 4 * i, 4);
        cachedPolygon[i] = oldPolygons[j];
        vessels++;
      }
    }
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
    return new Polygon(normals, lines(boundary, h3.cellToLatLng(cell)));
  }

  /** The straight-line edges of a cell in degrees, moved inwards; null near a pole or ±180°. */
  private static double @org.jspecify.annotations.Nullable [] lines(
      List<LatLng> boundary, LatLng centre) {
    int n = boundary.size();
    double minLon = Double.MAX_VALUE;
    double maxLon = -Double.MAX_VALUE;
    for (LatLng v : boundary) {
      if (Math.abs(v.lat) > LINES_MAX_LAT) {
        return null;
      }
      minLon = Math.min(minLon, v.lng);
      maxLon = Math.max(maxLon, v.lng);
    }
    if (maxLon - minLon > 90) {
      return null; // the cell spans the antimeridian
    }
    double[] lines = new double[3 * n];
    for (int k = 0; k < n; k++) {
      LatLng p = boundary.get(k);
      LatLng q = boundary.get((k + 1) % n);
      double a = -(q.lat - p.lat);
      double b = q.lng - p.lng;
      double len = Math.sqrt(a * a + b * b);
      if (!(len > 0)) {
        return null;
      }
      a /= len;
      b /= len;
      double c = a * p.lng + b * p.lat;
      double side = a * centre.lng + b * centre.lat - c;
      if (side < 0) { // inwards: the centre's side
        a = -a;
        b = -b;
        c = -c;
        side = -side;
      }
      if (side <= 2 * MARGIN_DEG) {
        return null;
      }
      lines[3 * k] = a;
      lines[3 * k + 1] = b;
      lines[3 * k + 2] = c + MARGIN_DEG;
    }
    return lines;
  }

  private static double[] unit(LatLng p) {
    double phi = Math.toRadians(p.lat);
    double lambda = Math.toRadians(p.lng);
    double cosPhi = Math.cos(phi);
    return new double[] {cosPhi * Math.cos(lambda), cosPhi * Math.sin(lambda), Math.sin(phi)};
  }
}
