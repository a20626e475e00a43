package org.tidewatch.core.detect;

import java.util.HashMap;
import java.util.Map;

/**
 * What the pipeline knows of each MMSI that detectors share: the broadcast ship type and the top
 * reported speed. Plain data, updated in event-time order by {@link DetectorPipeline}.
 */
public final class VesselRegistry {
  private final Map<Integer, int[]> shipType = new HashMap<>();
  private final Map<Integer, double[]> topSpeed = new HashMap<>();

  /** Records a broadcast ship type (ITU-R M.1371 table 53, 1-99). */
  public void shipType(int mmsi, int type) {
    shipType.computeIfAbsent(mmsi, k -> new int[1])[0] = type;
  }

  /** The last broadcast ship type, 0 when unknown. */
  public int shipType(int mmsi) {
    int[] t = shipType.get(mmsi);
    return t == null ? 0 : t[0];
  }

  /** True for ship types 80-89 (tankers, all cargo categories). */
  public boolean tanker(int mmsi) {
    int t = shipType(mmsi);
    return t >= 80 && t <= 89;
  }

  /** Records a reported speed over ground. */
  public void speed(int mmsi, double sog_kn) {
    if (sog_kn > 0 && sog_kn < 40) {
      double[] s = topSpeed.get(mmsi);
      if (s == null) {
        topSpeed.put(mmsi, new double[] {sog_kn});
      } else if (sog_kn > s[0]) {
        s[0] = sog_kn;
      }
    }
  }

  /** The top reported speed, or {@code fallback} when none was reported. */
  public double topSpeed_kn(int mmsi, double fallback) {
    double[] s = topSpeed.get(mmsi);
    return s == null || s[0] <= 0 ? fallback : s[0];
  }
}
