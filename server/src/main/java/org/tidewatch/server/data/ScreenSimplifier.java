package org.tidewatch.server.data;

import java.util.ArrayList;
import java.util.List;
import org.tidewatch.core.track.Position;

/**
 * Screen-space simplification of a track drawn at a web-map zoom: in Web Mercator pixels at that
 * zoom (MapLibre's 512-pixel world at zoom 0), first every report closer than the tolerance to the
 * last kept one is dropped (radial distance), then Douglas–Peucker removes the reports within the
 * tolerance of the line through their neighbours. The first and last reports are always kept, so a
 * caller that splits a track at gaps first and simplifies each piece keeps every gap exactly.
 */
public final class ScreenSimplifier {
  /** The default tolerance: one screen pixel. */
  public static final double DEFAULT_TOLERANCE_PX = 1.0;

  private ScreenSimplifier() {}

  /** Pixels per world (Web Mercator, 512-pixel tiles) at a zoom. */
  static double worldPixels(int zoom) {
    return 512.0 * Math.pow(2, Math.max(0, Math.min(zoom, 24)));
  }

  /** Simplifies one piece of track (no gap inside) for display at {@code zoom}. */
  public static List<Position> simplify(List<Position> piece, int zoom, double tolerance_px) {
    int n = piece.size();
    if (n <= 2) {
      return piece;
    }
    double[] lat = new double[n];
    double[] lon = new double[n];
    for (int i = 0; i < n; i++) {
      lat[i] = piece.get(i).latitude_deg();
      lon[i] = piece.get(i).longitude_deg();
    }
    int[] kept = simplify(lat, lon, 0, n, zoom, tolerance_px);
    List<Position> out = new ArrayList<>(kept.length);
    for (int i : kept) {
      out.add(piece.get(i));
    }
    return out;
  }

  /**
   * Simplifies reports {@code [start, end)} of a track held as columns (one piece, no gap inside)
   * for display at {@code zoom}; the indices kept, ascending, first and last included.
   */
  public static int[] simplify(
      TrackColumns track, int start, int end, int zoom, double tolerance_px) {
    return simplify(track.latitude_deg, track.longitude_deg, start, end, zoom, tolerance_px);
  }

  private static int[] simplify(
      double[] latitude_deg,
      double[] longitude_deg,
      int start,
      int end,
      int zoom,
      double tolerance_px) {
    int n = end - start;
    if (n <= 2) {
      int[] all = new int[Math.max(0, n)];
      for (int i = 0; i < all.length; i++) {
        all[i] = start + i;
      }
      return all;
    }
    double w = worldPixels(zoom);
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = (longitude_deg[start + i] + 180) / 360 * w;
      double lat = Math.max(-85.05112878, Math.min(85.05112878, latitude_deg[start + i]));
      double s = Math.sin(Math.toRadians(lat));
      y[i] = (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * w;
    }
    double tol2 = tolerance_px * tolerance_px;
    // radial distance
    int[] kept = new int[n];
    int k = 0;
    kept[k++] = 0;
    int last = 0;
    for (int i = 1; i < n - 1; i++) {
      double dx = x[i] - x[last];
      double dy = y[i] - y[last];
      if (dx * dx + dy * dy >= tol2) {
        kept[k++] = i;
        last = i;
      }
    }
    kept[k++] = n - 1;
    // Douglas–Peucker over the radially kept reports (iterative, explicit stack)
    boolean[] keep = new boolean[k];
    keep[0] = true;
    keep[k - 1] = true;
    int[] stack = new int[2 * k + 2];
    int sp = 0;
    stack[sp++] = 0;
    stack[sp++] = k - 1;
    int count = 2;
    while (sp > 0) {
      int b = stack[--sp];
      int a = stack[--sp];
      double maxD = -1;
      int idx = -1;
      for (int j = a + 1; j < b; j++) {
        double d = segmentDistance2(x, y, kept[j], kept[a], kept[b]);
        if (d > maxD) {
          maxD = d;
          idx = j;
        }
      }
      if (idx >= 0 && maxD > tol2) {
        keep[idx] = true;
        count++;
        stack[sp++] = a;
        stack[sp++] = idx;
        stack[sp++] = idx;
        stack[sp++] = b;
      }
    }
    int[] out = new int[count];
    int o = 0;
    for (int j = 0; j < k; j++) {
      if (keep[j]) {
        out[o++] = start + kept[j];
      }
    }
    return out;
  }

  /** Squared distance of point p to the segment a–b. */
  private static double segmentDistance2(double[] x, double[] y, int p, int a, int b) {
    double dx = x[b] - x[a];
    double dy = y[b] - y[a];
    double px = x[a];
    double py = y[a];
    if (dx != 0 || dy != 0) {
      double t = ((x[p] - x[a]) * dx + (y[p] - y[a]) * dy) / (dx * dx + dy * dy);
      if (t > 1) {
        px = x[b];
        py = y[b];
      } else if (t > 0) {
        px += dx * t;
        py += dy * t;
      }
    }
    double ex = x[p] - px;
    double ey = y[p] - py;
    return ex * ex + ey * ey;
  }
}
