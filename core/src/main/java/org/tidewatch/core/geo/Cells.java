package org.tidewatch.core.geo;

import com.uber.h3core.H3Core;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * H3 hexagonal cells (Uber H3 v4): the spatial key of the store ({@code positions.h3}, resolution
 * 8) and of the encounter detector's pairing. One shared native instance; H3 functions are pure and
 * thread-safe.
 */
public final class Cells {
  /** Resolution used to pair vessels: edge about 1.4 km, larger than any encounter distance. */
  public static final int PAIRING_RESOLUTION = 7;

  /** A coarse resolution for area statistics: edge about 22.6 km. */
  public static final int RECEPTION_RESOLUTION = 4;

  private Cells() {}

  private static final class Holder {
    static final H3Core H3 = create();

    private static H3Core create() {
      try {
        return H3Core.newInstance();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load the H3 native library", e);
      }
    }
  }

  /** The cell containing a point. */
  public static long cell(double latitude_deg, double longitude_deg, int resolution) {
    return Holder.H3.latLngToCell(latitude_deg, longitude_deg, resolution);
  }

  /** The cell and its neighbours within {@code k} rings. */
  public static List<Long> disk(long cell, int k) {
    return Holder.H3.gridDisk(cell, k);
  }
}
