package org.tidewatch.sim.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Natural Earth 1:50m land (public domain), rasterised by even-odd scanline fill onto a 0.01° grid
 * over the theatre box (116-143° E, 26-47° N). {@link #isLand} answers from the raster: about 1 km
 * resolution, which is the scale of the source polygons.
 */
public final class LandMask {
  public static final double WEST = 116.0;
  public static final double EAST = 143.0;
  public static final double SOUTH = 26.0;
  public static final double NORTH = 47.0;
  public static final double STEP_DEG = 0.01;
  public static final String RESOURCE = "/org/tidewatch/sim/land-ne50m.txt";

  private final int cols = (int) Math.round((EAST - WEST) / STEP_DEG);
  private final int rows = (int) Math.round((NORTH - SOUTH) / STEP_DEG);
  private final BitSet land = new BitSet(cols * rows);
  private final List<double[]> rings;

  private LandMask(List<double[]> rings) {
    this.rings = rings;
    rasterise();
  }

  /** Loads the bundled land polygons. */
  public static LandMask load() {
    try (InputStream in = LandMask.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<double[]> rings = new ArrayList<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] pts = line.trim().split(" ");
        double[] xy = new double[pts.length * 2];
        for (int i = 0; i < pts.length; i++) {
          int comma = pts[i].indexOf(',');
          xy[2 * i] = Double.parseDouble(pts[i].substring(0, comma));
          xy[2 * i + 1] = Double.parseDouble(pts[i].substring(comma + 1));
        }
        rings.add(xy);
      }
      return new LandMask(List.copyOf(rings));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The land rings as flat [lon0, lat0, lon1, lat1, ...] arrays (for drawing). */
  public List<double[]> rings() {
    return rings;
  }

  private void rasterise() {
    double[] xs = new double[64];
    for (int row = 0; row < rows; row++) {
      double y = SOUTH + (row + 0.5) * STEP_DEG;
      int n = 0;
      for (double[] ring : rings) {
        int m = ring.length / 2;
        for (int i = 0; i < m; i++) {
          int j = (i + 1) % m;
          double y1 = ring[2 * i + 1];
          double y2 = ring[2 * j + 1];
          if ((y1 > y) != (y2 > y)) {
            double x1 = ring[2 * i];
            double x2 = ring[2 * j];
            if (n == xs.length) {
              xs = Arrays.copyOf(xs, n * 2);
            }
            xs[n++] = x1 + (y - y1) * (x2 - x1) / (y2 - y1);
          }
        }
      }
      Arrays.sort(xs, 0, n);
      for (int k = 0; k + 1 < n; k += 2) {
        int c0 = (int) Math.ceil((xs[k] - WEST) / STEP_DEG - 0.5);
        int c1 = (int) Math.floor((xs[k + 1] - WEST) / STEP_DEG - 0.5);
        c0 = Math.max(0, c0);
        c1 = Math.min(cols - 1, c1);
        if (c0 <= c1) {
          land.set(row * cols + c0, row * cols + c1 + 1);
        }
      }
    }
  }

  /** Whether the point is on land; points outside the theatre box count as land. */
  public boolean isLand(double lat, double lon) {
    int c = (int) Math.floor((lon - WEST) / STEP_DEG);
    int r = (int) Math.floor((lat - SOUTH) / STEP_DEG);
    if (c < 0 || r < 0 || c >= cols || r >= rows) {
      return true;
    }
    return land.get(r * cols + c);
  }

  /** Whether any raster pixel within the lon/lat rectangle is land. */
  public boolean anyLand(double lat0, double lon0, double lat1, double lon1) {
    int r0 = (int) Math.floor((lat0 - SOUTH) / STEP_DEG);
    int r1 = (int) Math.floor((lat1 - SOUTH) / STEP_DEG);
    int c0 = (int) Math.floor((lon0 - WEST) / STEP_DEG);
    int c1 = (int) Math.floor((lon1 - WEST) / STEP_DEG);
    if (r0 < 0 || c0 < 0 || r1 >= rows || c1 >= cols) {
      return true;
    }
    for (int r = r0; r <= r1; r++) {
      int from = r * cols + c0;
      int next = land.nextSetBit(from);
      if (next >= 0 && next <= r * cols + c1) {
        return true;
      }
    }
    return false;
  }
}
