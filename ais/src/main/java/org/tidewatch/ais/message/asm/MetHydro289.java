package org.tidewatch.ais.message.asm;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.tidewatch.ais.message.BitReader;

/**
 * Meteorological and hydrological data, IMO SN.1/Circ.289 section 1: type 8, DAC 1, FI 31.
 *
 * <p>Components are the transmitted field codes, unchanged (so that gpsd-compatible output can be
 * reproduced); the unit accessors convert them and return empty for "not available". Layout as in
 * IMO SN.1/Circ.289 and gpsd's {@code driver_ais.c}: longitude 25 bits and latitude 24 bits in
 * 1/1000 minute, position accuracy, UTC day/hour/minute, then the observations (air temperature,
 * dew point and water temperature are signed, in 0.1 °C).
 */
public record MetHydro289(
    int longitudeCode,
    int latitudeCode,
    boolean highAccuracy,
    int day,
    int hour,
    int minute,
    int windSpeedCode,
    int windGustCode,
    int windDirectionCode,
    int windGustDirectionCode,
    int airTemperatureCode,
    int humidityCode,
    int dewPointCode,
    int pressureCode,
    int pressureTendencyCode,
    boolean visibilityGreater,
    int visibilityCode,
    int waterLevelCode,
    int waterLevelTrendCode,
    int currentSpeedCode,
    int currentDirectionCode,
    int currentSpeed2Code,
    int currentDirection2Code,
    int currentDepth2Code,
    int currentSpeed3Code,
    int currentDirection3Code,
    int currentDepth3Code,
    int waveHeightCode,
    int wavePeriodCode,
    int waveDirectionCode,
    int swellHeightCode,
    int swellPeriodCode,
    int swellDirectionCode,
    int seaStateCode,
    int waterTemperatureCode,
    int precipitationTypeCode,
    int salinityCode,
    int iceCode)
    implements ApplicationPayload {

  static MetHydro289 decode(BitReader b) {
    return new MetHydro289(
        b.sint(56, 25),
        b.sint(81, 24),
        b.bit(105),
        b.uint(106, 5),
        b.uint(111, 5),
        b.uint(116, 6),
        b.uint(122, 7),
        b.uint(129, 7),
        b.uint(136, 9),
        b.uint(145, 9),
        b.sint(154, 11),
        b.uint(165, 7),
        b.sint(172, 10),
        b.uint(182, 9),
        b.uint(191, 2),
        b.bit(193),
        b.uint(194, 7),
        b.uint(201, 12),
        b.uint(213, 2),
        b.uint(215, 8),
        b.uint(223, 9),
        b.uint(232, 8),
        b.uint(240, 9),
        b.uint(249, 5),
        b.uint(254, 8),
        b.uint(262, 9),
        b.uint(271, 5),
        b.uint(276, 8),
        b.uint(284, 6),
        b.uint(290, 9),
        b.uint(299, 8),
        b.uint(307, 6),
        b.uint(313, 9),
        b.uint(322, 4),
        b.sint(326, 10),
        b.uint(336, 3),
        b.uint(339, 9),
        b.uint(348, 2));
  }

  @Override
  public int dac() {
    return 1;
  }

  @Override
  public int fi() {
    return 31;
  }

  /** Latitude in degrees; empty when 91° (not available). */
  public OptionalDouble latitude_deg() {
    return Units.position(latitudeCode, 90);
  }

  /** Longitude in degrees; empty when 181° (not available). */
  public OptionalDouble longitude_deg() {
    return Units.position(longitudeCode, 180);
  }

  /** Average wind speed over the last 10 minutes, knots; empty when 127 (not available). */
  public OptionalInt windSpeed_kn() {
    return Units.upTo(windSpeedCode, 126);
  }

  /** Wind gust, knots; empty when 127 (not available). */
  public OptionalInt windGust_kn() {
    return Units.upTo(windGustCode, 126);
  }

  /** Wind direction, degrees; empty when 360 or more (not available). */
  public OptionalInt windDirection_deg() {
    return Units.upTo(windDirectionCode, 359);
  }

  /** Air temperature, °C (code / 10, −60.0 to +60.0); empty otherwise (−1024 = not available). */
  public OptionalDouble airTemperature_degC() {
    return Math.abs(airTemperatureCode) <= 600
        ? OptionalDouble.of(airTemperatureCode / 10.0)
        : OptionalDouble.empty();
  }

  /** Relative humidity, percent; empty when over 100 (101 = not available). */
  public OptionalInt humidity_pct() {
    return Units.upTo(humidityCode, 100);
  }

  /** Dew point, °C (code / 10, −20.0 to +50.0); empty otherwise (501 = not available). */
  public OptionalDouble dewPoint_degC() {
    return dewPointCode >= -200 && dewPointCode <= 500
        ? OptionalDouble.of(dewPointCode / 10.0)
        : OptionalDouble.empty();
  }

  /** Air pressure, hPa (code + 799, 800-1200); empty otherwise (511 = not available). */
  public OptionalInt pressure_hPa() {
    return pressureCode >= 1 && pressureCode <= 401
        ? OptionalInt.of(pressureCode + 799)
        : OptionalInt.empty();
  }

  /** Horizontal visibility, nautical miles (code / 10); empty when 127 (not available). */
  public OptionalDouble visibility_nmi() {
    return visibilityCode < 127 ? OptionalDouble.of(visibilityCode / 10.0) : OptionalDouble.empty();
  }

  /** Water level, metres ((code − 1000) / 100, −10.0 to +30.0); empty when 4001 or more. */
  public OptionalDouble waterLevel_m() {
    return waterLevelCode <= 4000
        ? OptionalDouble.of((waterLevelCode - 1000) / 100.0)
        : OptionalDouble.empty();
  }

  /** Surface current speed, knots (code / 10); empty when 251 or more (255 = not available). */
  public OptionalDouble currentSpeed_kn() {
    return currentSpeedCode <= 250
        ? OptionalDouble.of(currentSpeedCode / 10.0)
        : OptionalDouble.empty();
  }

  /** Significant wave height, metres (code / 10); empty when 251 or more (not available). */
  public OptionalDouble waveHeight_m() {
    return waveHeightCode <= 250
        ? OptionalDouble.of(waveHeightCode / 10.0)
        : OptionalDouble.empty();
  }

  /** Sea water temperature, °C (code / 10, −10.0 to +50.0); empty otherwise (501 = n/a). */
  public OptionalDouble waterTemperature_degC() {
    return waterTemperatureCode >= -100 && waterTemperatureCode <= 500
        ? OptionalDouble.of(waterTemperatureCode / 10.0)
        : OptionalDouble.empty();
  }

  /** Salinity, ‰ (code / 10, 0-50.0); empty otherwise (510 and 511 = not available). */
  public OptionalDouble salinity_permille() {
    return salinityCode <= 500 ? OptionalDouble.of(salinityCode / 10.0) : OptionalDouble.empty();
  }
}
