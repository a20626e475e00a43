package org.tidewatch.sim.motion;

/** The kinematic state of a hull at one instant (mutable holder, reused to avoid allocation). */
public final class KState {
  public double lat_deg;
  public double lon_deg;
  public double speed_kn;
  public double course_deg;
  public double heading_deg;

  /** ITU-R M.1371 navigational status: 0 under way, 1 at anchor, 5 moored, 7 fishing. */
  public int navStatus;

  public double draught_m;

  /** Port id while at berth or at its anchorage, else null. */
  public String portId;
}
