package org.tidewatch.ais.gpsd;

import org.tidewatch.ais.message.StaticDataReportA;
import org.tidewatch.ais.message.StaticDataReportB;

/**
 * gpsd's queue of message 24 part A names (one per radio channel in gpsd, 8 entries, circular): a
 * part B whose MMSI matches a queued part A is reported by gpsd as one merged record (even with
 * {@code -s}). Use one queue per channel context to reproduce gpsd; not thread-safe.
 */
public final class GpsdType24Queue {
  private static final int SIZE = 8;
  private final int[] mmsi = new int[SIZE];
  private final String[] names = new String[SIZE];
  private int index;

  /** Remembers a part A. */
  public void add(StaticDataReportA a) {
    mmsi[index] = a.mmsi();
    names[index] = a.shipName();
    index = (index + 1) % SIZE;
  }

  /**
   * Returns the queued part A name of the part B's MMSI and removes it, or {@code null} when gpsd
   * would report the part B alone.
   */
  public String match(StaticDataReportB b) {
    for (int i = 0; i < SIZE; i++) {
      if (names[i] != null && mmsi[i] == b.mmsi()) {
        mmsi[i] = 0;
        return names[i];
      }
    }
    return null;
  }
}
