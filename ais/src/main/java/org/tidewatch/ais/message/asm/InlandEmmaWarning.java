package org.tidewatch.ais.message.asm;

import java.util.OptionalDouble;
import org.tidewatch.ais.message.BitReader;

/**
 * EMMA weather warning, Inland AIS: type 8, DAC 200, FI 23 (256 bits).
 *
 * @param startYear start date: year since 2000, likewise month/day/hour/minute
 * @param endYear end date: year since 2000, likewise month/day/hour/minute
 * @param startLongitudeCode start of the fairway section, longitude in 1/10000 minute
 * @param startLatitudeCode start latitude
 * @param endLongitudeCode end of the fairway section, longitude
 * @param endLatitudeCode end latitude
 * @param warningType 0 n/a, 1 wind, 2 rain, 3 snow and ice, 4 thunderstorm, 5 fog, 6 low
 *     temperature, 7 high temperature, 8 flood, 9 forest fire
 * @param minValue minimum value (signed, unit depends on the type)
 * @param maxValue maximum value
 * @param intensity 0 slight, 1 medium, 2 strong
 * @param windDirection 0 n/a, 1-8 north clockwise in 45° steps
 */
public record InlandEmmaWarning(
    int startYear,
    int startMonth,
    int startDay,
    int endYear,
    int endMonth,
    int endDay,
    int startHour,
    int startMinute,
    int endHour,
    int endMinute,
    int startLongitudeCode,
    int startLatitudeCode,
    int endLongitudeCode,
    int endLatitudeCode,
    int warningType,
    int minValue,
    int maxValue,
    int intensity,
    int windDirection)
    implements ApplicationPayload {

  /** Decodes the payload, or returns {@code null} unless it has gpsd's required 256 bits. */
  static InlandEmmaWarning decode(BitReader b) {
    if (b.bitLength() != 256) {
      return null;
    }
    return new InlandEmmaWarning(
        b.uint(56, 8),
        b.uint(64, 4),
        b.uint(68, 5),
        b.uint(73, 8),
        b.uint(81, 4),
        b.uint(85, 5),
        b.uint(90, 5),
        b.uint(95, 6),
        b.uint(101, 5),
        b.uint(106, 6),
        b.sint(112, 28),
        b.sint(140, 27),
        b.sint(167, 28),
        b.sint(195, 27),
        b.uint(222, 4),
        b.sint(226, 9),
        b.sint(235, 9),
        b.uint(244, 2),
        b.uint(246, 4));
  }

  @Override
  public int dac() {
    return 200;
  }

  @Override
  public int fi() {
    return 23;
  }

  /** Start latitude, degrees; empty when not available. */
  public OptionalDouble startLatitude_deg() {
    return Units.position4(startLatitudeCode, 90);
  }

  /** Start longitude, degrees; empty when not available. */
  public OptionalDouble startLongitude_deg() {
    return Units.position4(startLongitudeCode, 180);
  }

  /** End latitude, degrees; empty when not available. */
  public OptionalDouble endLatitude_deg() {
    return Units.position4(endLatitudeCode, 90);
  }

  /** End longitude, degrees; empty when not available. */
  public OptionalDouble endLongitude_deg() {
    return Units.position4(endLongitudeCode, 180);
  }
}
