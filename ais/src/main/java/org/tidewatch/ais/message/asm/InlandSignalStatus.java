package org.tidewatch.ais.message.asm;

import java.util.OptionalDouble;
import org.tidewatch.ais.message.BitReader;

/**
 * Signal status, Inland AIS: type 8, DAC 200, FI 40 (168 bits).
 *
 * @param longitudeCode signal position longitude in 1/10000 minute
 * @param latitudeCode signal position latitude in 1/10000 minute
 * @param signalForm form of the signal, 1-7 (0, 8-15 = unknown)
 * @param orientation_deg orientation of the signal, degrees (360 = not available)
 * @param direction direction of impact: 0 unknown, 1 upstream, 2 downstream, 3 to left bank, 4 to
 *     right bank
 * @param lightStatus the 30-bit light status field (ten 3-bit light codes)
 */
public record InlandSignalStatus(
    int longitudeCode,
    int latitudeCode,
    int signalForm,
    int orientation_deg,
    int direction,
    int lightStatus)
    implements ApplicationPayload {

  /** Decodes the payload, or returns {@code null} unless it has gpsd's required 168 bits. */
  static InlandSignalStatus decode(BitReader b) {
    if (b.bitLength() != 168) {
      return null;
    }
    return new InlandSignalStatus(
        b.sint(56, 28),
        b.sint(84, 27),
        b.uint(111, 4),
        b.uint(115, 9),
        b.uint(124, 3),
        b.uint(127, 30));
  }

  @Override
  public int dac() {
    return 200;
  }

  @Override
  public int fi() {
    return 40;
  }

  /** Latitude in degrees; empty when not available (91°). */
  public OptionalDouble latitude_deg() {
    return Units.position4(latitudeCode, 90);
  }

  /** Longitude in degrees; empty when not available (181°). */
  public OptionalDouble longitude_deg() {
    return Units.position4(longitudeCode, 180);
  }
}
