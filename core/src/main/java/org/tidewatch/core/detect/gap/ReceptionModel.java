package org.tidewatch.core.detect.gap;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The reception an area normally has, learned from the data itself: per cell of a 0.2° grid (about
 * 22 km), a histogram of the intervals between consecutive reports of every vessel that was in the
 * cell. The longest silence the area explains is a high quantile of those intervals. Terrestrial
 * coverage gives minutes; satellite-only areas give the spacing of satellite passes (hours).
 */
public final class ReceptionModel {
  private static final int BIN_S = 300;
  private static final int BINS = 2 * 24 * 12; // 48 h of 5-minute bins, last one open-ended

  private static final class Histogram {
    final int[] bins = new int[BINS];
    long n;
  }

  private final Map<Long, Histogram> histograms = new HashMap<>();

  /** Records an interval starting at a position. */
  public void record(double latitude_deg, double longitude_deg, long interval_s) {
    record(cell(latitude_deg, longitude_deg), interval_s);
  }

  /**
   * The reception cell of a point: a 0.2° latitude × 0.2° longitude grid cell (about 22 km), cheap
   * enough to compute for every report (an H3 lookup per report cost more than all the detectors).
   */
  public static long cell(double latitude_deg, double longitude_deg) {
    long row = (long) Math.floor((latitude_deg + 90) / CELL_DEG);
    long col = (long) Math.floor((longitude_deg + 180) / CELL_DEG);
    return row * 10_000 + col;
  }

  private static final double CELL_DEG = 0.2;

  /** Records an interval in a cell. */
  public void record(long cell, long interval_s) {
    int bin = (int) Math.min(BINS - 1, Math.max(0, interval_s / BIN_S));
    Histogram h;
    if (cell == lastCell && lastHistogram != null) {
      h = lastHistogram;
    } else {
      h = histograms.get(cell);
      if (h == null) {
        h = new Histogram();
        histograms.put(cell, h);
      }
      lastCell = cell;
      lastHistogram = h;
    }
    h.bins[bin]++;
    h.n++;
  }

  // the cell last recorded in: reports come in bursts from the same waters
  private long lastCell;
  private Histogram lastHistogram;

  /**
   * The {@code quantile} of intervals in the cell of a point (upper bin edge, seconds), when at
   * least {@code minSamples} intervals were seen there.
   */
  public OptionalDouble quantile_s(
      double latitude_deg, double longitude_deg, double quantile, int minSamples) {
    return quantile_s(cell(latitude_deg, longitude_deg), quantile, minSamples);
  }

  /** The quantile in a cell. */
  public OptionalDouble quantile_s(long cell, double quantile, int minSamples) {
    Histogram hist = histograms.get(cell);
    if (hist == null || hist.n < minSamples) {
      return OptionalDouble.empty();
    }
    int[] h = hist.bins;
    long target = (long) Math.ceil(quantile * hist.n);
    long acc = 0;
    for (int i = 0; i < BINS; i++) {
      acc += h[i];
      if (acc >= target) {
        return OptionalDouble.of((i + 1) * (double) BIN_S);
      }
    }
    return OptionalDouble.of(BINS * (double) BIN_S);
  }

  /** Number of cells with data. */
  public int cells() {
    return histograms.size();
  }
}
