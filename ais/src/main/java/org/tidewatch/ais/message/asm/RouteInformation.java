package org.tidewatch.ais.message.asm;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.tidewatch.ais.message.BitReader;

/**
 * Route information, IMO SN.1/Circ.289 section 8: type 6, DAC 1, FI 28 (addressed) or type 8, DAC
 * 1, FI 27 (broadcast). As gpsd does, as many waypoints are read as the waypoint count says (bits
 * past the end of the message read as zero).
 *
 * @param messageType 6 or 8
 * @param linkageId message linkage ID
 * @param senderClass 0 ship, 1 authority, 2-7 reserved
 * @param routeType 0 undefined, 1 mandatory, 2 recommended, 3 alternative, 4 through ice, 5 ship
 *     route plan, 31 cancel
 * @param month UTC month of the start (0 = not available), likewise day/hour/minute
 * @param duration_min duration in minutes (0 = cancel route)
 * @param waypoints the waypoints
 */
public record RouteInformation(
    int messageType,
    int linkageId,
    int senderClass,
    int routeType,
    int month,
    int day,
    int hour,
    int minute,
    int duration_min,
    List<Waypoint> waypoints)
    implements ApplicationPayload {

  /**
   * One waypoint, in 1/10000 minute.
   *
   * @param longitudeCode longitude code
   * @param latitudeCode latitude code
   */
  public record Waypoint(int longitudeCode, int latitudeCode) {
    /** Latitude in degrees; empty when not available (91°). */
    public OptionalDouble latitude_deg() {
      return Units.position4(latitudeCode, 90);
    }

    /** Longitude in degrees; empty when not available (181°). */
    public OptionalDouble longitude_deg() {
      return Units.position4(longitudeCode, 180);
    }
  }

  public RouteInformation {
    waypoints = List.copyOf(waypoints);
  }

  static RouteInformation decode(int messageType, BitReader b, int s) {
    int count = b.uint(s + 56, 5);
    List<Waypoint> list = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int a = s + 61 + 55 * i;
      list.add(new Waypoint(b.sint(a, 28), b.sint(a + 28, 27)));
    }
    return new RouteInformation(
        messageType,
        b.uint(s, 10),
        b.uint(s + 10, 3),
        b.uint(s + 13, 5),
        b.uint(s + 18, 4),
        b.uint(s + 22, 5),
        b.uint(s + 27, 5),
        b.uint(s + 32, 6),
        b.uint(s + 38, 18),
        list);
  }

  @Override
  public int dac() {
    return 1;
  }

  @Override
  public int fi() {
    return messageType == 6 ? 28 : 27;
  }
}
