package org.tidewatch.sim;

/**
 * Autonomous reporting intervals of ITU-R M.1371-5 annex 1 table 1 (Class A) and table 2 (Class B
 * "CS"), in seconds.
 */
public final class ReportingIntervals {
  private ReportingIntervals() {}

  /** Class A position report interval for a speed and navigational status. */
  public static int classA_s(double speed_kn, int navStatus) {
    boolean anchoredOrMoored = navStatus == 1 || navStatus == 5;
    if (anchoredOrMoored && speed_kn <= 3) {
      return 180;
    }
    if (speed_kn <= 14) {
      return 10;
    }
    if (speed_kn <= 23) {
      return 6;
    }
    return 2;
  }

  /** Class B CS position report interval: 3 min at 2 kn or less, 30 s above. */
  public static int classB_s(double speed_kn) {
    return speed_kn <= 2 ? 180 : 30;
  }

  /** Static/voyage data (message 5, message 24) interval: 6 minutes. */
  public static final int STATIC_S = 360;
}
