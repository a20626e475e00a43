package org.tidewatch.store.duckdb;

import com.uber.h3core.H3Core;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The H3 cell ({@link Schema#H3_RESOLUTION}) of a vessel's coordinates, computed only when they
 * differ from that vessel's previous report's: a direct-mapped cache of 16 k vessels. Moored and
 * anchored vessels repeat their position exactly, and the cell is a function of the coordinates, so
 * the cache is exact. Not thread-safe: one per thread.
 */
final class CellCache {
  private static final int BITS = 14;

  private final H3Core h3;
  private final int[] cachedMmsi = new int[1 << BITS];
  private final double[] cachedLat = new double[1 << BITS];
  private final double[] cachedLon = new double[1 << BITS];
  private final long[] cachedCell = new long[1 << BITS];

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
    if (cachedMmsi[slot] == mmsi && cachedLat[slot] == lat && cachedLon[slot] == lon) {
      return cachedCell[slot];
    }
    long c = h3.latLngToCell(lat, lon, Schema.H3_RESOLUTION);
    cachedMmsi[slot] = mmsi;
    cachedLat[slot] = lat;
    cachedLon[slot] = lon;
    cachedCell[slot] = c;
    return c;
  }
}
