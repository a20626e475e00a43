package org.tidewatch.ais.message.asm;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.tidewatch.ais.message.BitReader;

/**
 * Tidal window: type 6, DAC 1, FI 14 (IMO SN/Circ.236 annex 2 application 4) or FI 32 (IMO
 * SN.1/Circ.289 section 11, which replaced it). A month and day, then up to three points with a
 * time window and the current expected there.
 *
 * <p>FI 14 points are 93 bits (latitude 27 / longitude 28 bits in 1/10000 minute, current speed 7
 * bits); FI 32 points are 88 bits (longitude 25 / latitude 24 bits in 1/1000 minute, current speed
 * 8 bits). As gpsd does, a point is read whenever its first bit lies within the message.
 *
 * @param fi 14 or 32
 * @param month UTC month (0 = not available)
 * @param day UTC day (0 = not available)
 * @param windows the points in transmission order
 */
public record TidalWindow(int fi, int month, int day, List<Window> windows)
    implements ApplicationPayload {

  /**
   * One point of a tidal window.
   *
   * @param latitudeCode latitude code as transmitted (see the class comment for the resolution)
   * @param longitudeCode longitude code as transmitted
   * @param fromHour start of the window, UTC hour (24 = not available)
   * @param fromMinute start minute (60 = not available)
   * @param toHour end of the window, UTC hour
   * @param toMinute end minute
   * @param currentDirectionCode direction of the current, degrees (360 = not available)
   * @param currentSpeedCode speed of the current in 0.1 knot (FI 14: 127, FI 32: 255 = n/a)
   */
  public record Window(
      int latitudeCode,
      int longitudeCode,
      int fromHour,
      int fromMinute,
      int toHour,
      int toMinute,
      int currentDirectionCode,
      int currentSpeedCode) {}

  public TidalWindow {
    windows = List.copyOf(windows);
  }

  static TidalWindow decode(int fi, BitReader b) {
    int len = b.bitLength();
    List<Window> list = new ArrayList<>();
    if (fi == 14) {
      for (int a = 97; a <= len; a += 93) {
        list.add(
            new Window(
                b.sint(a, 27),
                b.sint(a + 27, 28),
                b.uint(a + 55, 5),
                b.uint(a + 60, 6),
                b.uint(a + 66, 5),
                b.uint(a + 71, 6),
                b.uint(a + 77, 9),
                b.uint(a + 86, 7)));
      }
    } else {
      for (int a = 97; a <= len; a += 88) {
        list.add(
            new Window(
                b.sint(a + 25, 24),
                b.sint(a, 25),
                b.uint(a + 49, 5),
                b.uint(a + 54, 6),
                b.uint(a + 60, 5),
                b.uint(a + 65, 6),
                b.uint(a + 71, 9),
                b.uint(a + 80, 8)));
      }
    }
    return new TidalWindow(fi, b.uint(88, 4), b.uint(92, 5), list);
  }

  @Override
  public int dac() {
    return 1;
  }

  /** Latitude of a point in degrees; empty when not available (91°). */
  public OptionalDouble latitude_deg(Window w) {
    return fi == 14 ? Units.position4(w.latitudeCode(), 90) : Units.position(w.latitudeCode(), 90);
  }

  /** Longitude of a point in degrees; empty when not available (181°). */
  public OptionalDouble longitude_deg(Window w) {
    return fi == 14
        ? Units.position4(w.longitudeCode(), 180)
        : Units.position(w.longitudeCode(), 180);
  }
}
