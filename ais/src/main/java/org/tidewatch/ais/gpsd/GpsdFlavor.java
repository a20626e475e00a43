package org.tidewatch.ais.gpsd;

/** Which gpsd release's JSON text labels and scaled number formats to reproduce. */
public enum GpsdFlavor {
  /**
   * gpsd 3.22 ({@code gpsdecode} of Debian 12), which produced the {@code generated-gpsd-3.22}
   * reference outputs: lat/lon with 6 decimals, {@code "nan"} legends, 3.22 label texts.
   */
  GPSD_3_22,
  /**
   * Current gpsd (the upstream {@code test/sample.aivdm.*.chk} files): lat/lon with 7 decimals,
   * {@code "n/a"} legends, message 27 status with its text, M.1371-5 labels (EPFD 15 "Internal
   * GNSS", navigation status 11-14).
   */
  CURRENT
}
