package org.tidewatch.ais.gpsd;

import java.util.Map;

/**
 * The inputs of the gpsd 3.22 differential test where tidewatch's output deliberately differs,
 * keyed by the first NMEA line of the group, each with its reason.
 */
final class KnownDifferences {
  private KnownDifferences() {}

  static void register(Map<String, String> m) {}
}
