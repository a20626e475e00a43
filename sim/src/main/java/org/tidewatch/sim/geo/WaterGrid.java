package org.tidewatch.sim.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A 0.05° navigation grid over the theatre: a cell is navigable when no land pixel lies within it
 * or within 0.01° of it; cells within two cells of land cost 60 % more, which keeps shortest paths
 * off the coast like real traffic lanes. Routes come from one Dijkstra tree per source cell
 * (computed on first use and cached), then are straightened by line-of-sight string pulling.
 * Deterministic: ties are broken by cell index.
 */
public final class WaterGrid {
  public static final double STEP_DEG = 0.05;
  private static final double MARGIN_DEG = 0.01;
  private static final double COAST_PENALTY = 1.6;

  private final LandMask land;
  private final int cols = (int) Math.round((LandMask.EAST - LandMask.WEST) / STEP_DEG);
  private final int rows = (int) Math.round((LandMask.NORTH - LandMask.SOUTH) / STEP_DEG);
  private final boolean[] navigable;
  private final boolean[] nearLand;
  private final Map<Integer, int[]> trees = new HashMap<>();

  public WaterGrid(LandMask land) {
    this.land = land;
    navigable = new boolean[cols * rows];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        double lat0 = LandMask.SOUTH + r * STEP_DEG;
        double lon0 = LandMask.WEST + c * STEP_DEG;
        navigable[r * cols + c] =
            !land.anyLand(
                lat0 - MARGIN_DEG,
                lon0 - MARGIN_DEG,
                lat0 + STEP_DEG + MARGIN_DEG - 1e-9,
                lon0 + STEP_DEG + MARGIN_DEG - 1e-9);
      }
    }
    nearLand = new boolean[cols * rows];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        boolean near = false;
        for (int dr = -2; dr <= 2 && !near; dr++) {
          for (int dc = -2; dc <= 2 && !near; dc++) {
            int rr = r + dr;
            int cc = c + dc;
            near = rr < 0 || cc < 0 || rr >= rows || cc >= cols || !navigable[rr * cols + cc];
          }
        }
        nearLand[r * cols + c] = near;
      }
    }
  }

  public LandMask land() {
    return land;
  }

  public int cellCount() {
    return cols * rows;
  }

  /** Whether the cell lies within two cells of land. */
  public boolean nearLand(int cell) {
    return nearLand[cell];
  }

  public boolean navigableCell(int cell) {
    return cell >= 0 && navigable[cell];
  }

  public int cell(double lat, double lon) {
    int c = (int) Math.floor((lon - LandMask.WEST) / STEP_DEG);
    int r = (int) Math.floor((lat - LandMask.SOUTH) / STEP_DEG);
    if (c < 0 || r < 0 || c >= cols || r >= rows) {
      return -1;
    }
    return r * cols + c;
  }

  public double cellLat(int cell) {
    return LandMask.SOUTH + (cell / cols + 0.5) * STEP_DEG;
  }

  public double cellLon(int cell) {
    return LandMask.WEST + (cell % cols + 0.5) * STEP_DEG;
  }

  public boolean navigable(double lat, double lon) {
    int cell = cell(lat, lon);
    return cell >= 0 && navigable[cell];
  }

  /** The navigable cell nearest to the point (searching outwards ring by ring), or -1. */
  public int nearestNavigable(double lat, double lon) {
    int c0 = (int) Math.floor((lon - LandMask.WEST) / STEP_DEG);
    int r0 = (int) Math.floor((lat - LandMask.SOUTH) / STEP_DEG);
    for (int k = 0; k < 60; k++) {
      int best = -1;
      double bestD = Double.MAX_VALUE;
      for (int r = r0 - k; r <= r0 + k; r++) {
        for (int c = c0 - k; c <= c0 + k; c++) {
          if (Math.max(Math.abs(r - r0), Math.abs(c - c0)) != k) {
            continue;
          }
          if (r < 0 || c < 0 || r >= rows || c >= cols || !navigable[r * cols + c]) {
            continue;
          }
          int cell = r * cols + c;
          double d = GeoMath.distance_m(lat, lon, cellLat(cell), cellLon(cell));
          if (d < bestD) {
            bestD = d;
            best = cell;
          }
        }
      }
      if (best >= 0) {
        return best;
      }
    }
    return -1;
  }

  /**
   * The straightened route between two navigable cells as [lat0, lon0, lat1, lon1, ...] cell
   * centres, or null when they are not connected.
   */
  public synchronized double[] route(int from, int to) {
    int[] parent = trees.computeIfAbsent(from, this::dijkstra);
    if (from != to && parent[to] < 0) {
      return null;
    }
    List<Integer> cells = new ArrayList<>();
    for (int c = to; c != from; c = parent[c]) {
      cells.add(c);
    }
    cells.add(from);
    java.util.Collections.reverse(cells);
    List<Integer> pulled = new ArrayList<>();
    int anchor = 0;
    pulled.add(cells.get(0));
    while (anchor < cells.size() - 1) {
      int next = anchor + 1;
      for (int j = cells.size() - 1; j > anchor + 1; j--) {
        if (lineOfSight(cells.get(anchor), cells.get(j))) {
          next = j;
          break;
        }
      }
      pulled.add(cells.get(next));
      anchor = next;
    }
    double[] out = new double[pulled.size() * 2];
    for (int i = 0; i < pulled.size(); i++) {
      out[2 * i] = cellLat(pulled.get(i));
      out[2 * i + 1] = cellLon(pulled.get(i));
    }
    return out;
  }

  /** Whether the straight segment between two cell centres stays on navigable cells. */
  public boolean lineOfSight(int a, int b) {
    return lineOfSight(cellLat(a), cellLon(a), cellLat(b), cellLon(b));
  }

  /** Whether the straight segment between two points stays on navigable cells. */
  public boolean lineOfSight(double lat1, double lon1, double lat2, double lon2) {
    double span = Math.max(Math.abs(lat2 - lat1), Math.abs(lon2 - lon1));
    int n = (int) Math.ceil(span / (STEP_DEG / 5)) + 1;
    for (int i = 0; i <= n; i++) {
      double f = (double) i / n;
      int cell = cell(lat1 + f * (lat2 - lat1), lon1 + f * (lon2 - lon1));
      if (cell < 0 || !navigable[cell]) {
        return false;
      }
    }
    return true;
  }

  private int[] dijkstra(int source) {
    int n = cols * rows;
    double[] dist = new double[n];
    Arrays.fill(dist, Double.MAX_VALUE);
    int[] parent = new int[n];
    Arrays.fill(parent, -1);
    // binary heap of cells keyed by (dist, cell)
    int[] heap = new int[n];
    int[] pos = new int[n];
    Arrays.fill(pos, -1);
    int size = 0;
    dist[source] = 0;
    heap[size] = source;
    pos[source] = size++;
    double kmLat = STEP_DEG * 111.195;
    while (size > 0) {
      int u = heap[0];
      size = removeTop(heap, pos, size, dist);
      pos[u] = -2;
      int ur = u / cols;
      int uc = u % cols;
      double kmLon = kmLat * Math.cos(Math.toRadians(LandMask.SOUTH + (ur + 0.5) * STEP_DEG));
      for (int dr = -1; dr <= 1; dr++) {
        for (int dc = -1; dc <= 1; dc++) {
          if (dr == 0 && dc == 0) {
            continue;
          }
          int r = ur + dr;
          int c = uc + dc;
          if (r < 0 || c < 0 || r >= rows || c >= cols) {
            continue;
          }
          int v = r * cols + c;
          if (!navigable[v] || pos[v] == -2) {
            continue;
          }
          double step = Math.hypot(dr * kmLat, dc * kmLon) * (nearLand[v] ? COAST_PENALTY : 1.0);
          double nd = dist[u] + step;
          if (nd < dist[v] || (nd == dist[v] && u < parent[v])) {
            dist[v] = nd;
            parent[v] = u;
            if (pos[v] < 0) {
              heap[size] = v;
              pos[v] = size++;
            }
            siftUp(heap, pos, pos[v], dist);
          }
        }
      }
    }
    return parent;
  }

  private static boolean less(int a, int b, double[] dist) {
    return dist[a] < dist[b] || (dist[a] == dist[b] && a < b);
  }

  private static void siftUp(int[] heap, int[] pos, int i, double[] dist) {
    int x = heap[i];
    while (i > 0) {
      int p = (i - 1) / 2;
      if (!less(x, heap[p], dist)) {
        break;
      }
      heap[i] = heap[p];
      pos[heap[i]] = i;
      i = p;
    }
    heap[i] = x;
    pos[x] = i;
  }

  private static int removeTop(int[] heap, int[] pos, int size, double[] dist) {
    size--;
    if (size == 0) {
      return 0;
    }
    int x = heap[size];
    int i = 0;
    while (true) {
      int l = 2 * i + 1;
      if (l >= size) {
        break;
      }
      int r = l + 1;
      int m = r < size && less(heap[r], heap[l], dist) ? r : l;
      if (!less(heap[m], x, dist)) {
        break;
      }
      heap[i] = heap[m];
      pos[heap[i]] = i;
      i = m;
    }
    heap[i] = x;
    pos[x] = i;
    return size;
  }
}
