package org.tidewatch.ais.message.asm;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.tidewatch.ais.message.BitReader;

/**
 * Meteorological and hydrological data, IMO SN/Circ.236 annex 2 application 1: type 8, DAC 1, FI 11
 * (superseded by {@link MetHydro289} but still broadcast, e.g. in the Baltic).
 *
 * <p>Components are the transmitted field codes, unchanged (so that gpsd-compatible output can be
 * reproduced, including its treatment of the "not available" codes); the unit accessors ({@link
 * #latitude_deg()}, {@link #airTemperature_degC()}, ...) convert them and return empty for "not
 * available". Layout as in gpsd's {@code driver_ais.c} and {@code www/AIVDM.adoc}: latitude 24 bits
 * and longitude 25 bits in 1/1000 minute, then UTC day/hour/minute and the observations.
 */
public record MetHydro236(
    int latitudeCode,
    int longitudeCode,
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

  static MetHydro236 decode(BitReader b) {
    return new MetHydro236(
        b.sint(56, 24),
        b.sint(80, 25),
        b.uint(105, 5),
        b.uint(110, 5),
        b.uint(115, 6),
        b.uint(121, 7),
        b.uint(128, 7),
        b.uint(135, 9),
        b.uint(144, 9),
        b.uint(153, 11),
        b.uint(164, 7),
        b.uint(171, 10),
        b.uint(181, 9),
        b.uint(190, 2),
        b.uint(192, 8),
        b.uint(200, 9),
        b.uint(209, 2),
        b.uint(211, 8),
        b.uint(219, 9),
        b.uint(228, 8),
        b.uint(236, 9),
        b.uint(245, 5),
        b.uint(250, 8),
        b.uint(258, 9),
        b.uint(267, 5),
        b.uint(272, 8),
        b.uint(280, 6),
        b.uint(286, 9),
        b.uint(295, 8),
        b.uint(303, 6),
        b.uint(309, 9),
        b.uint(318, 4),
        b.uint(322, 10),
        b.uint(332, 3),
        b.uint(335, 9),
        b.uint(344, 2));
  }

  @Override
  public int dac() {
    return 1;
  }

  @Override
  public int fi() {
    return 11;
  }

  /** Latitude in degrees (1/1000 minute resolution); empty when 91° (not available). */
  public OptionalDouble latitude_deg() {
    return Units.position(latitudeCode, 90);
  }

  /** Longitude in degrees (1/1000 minute resolution); empty when 181° (not available). */
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

  /** Air temperature, °C (code − 600) / 10 for codes 0-1200; empty otherwise. */
  public OptionalDouble airTemperature_degC() {
    return airTemperatureCode <= 1200
        ? OptionalDouble.of((airTemperatureCode - 600) / 10.0)
        : OptionalDouble.empty();
  }

  /** Relative humidity, percent; empty when over 100 (127 = not available). */
  public OptionalInt humidity_pct() {
    return Units.upTo(humidityCode, 100);
  }

  /** Dew point, °C (code − 200) / 10 for codes 0-700; empty otherwise. */
  public OptionalDouble dewPoint_degC() {
    return dewPointCode <= 700
        ? OptionalDouble.of((dewPointCode - 200) / 10.0)
        : OptionalDouble.empty();
  }

  /** Air pressure, hPa (code + 800) for codes 0-402; empty otherwise (511 = not available). */
  public OptionalInt pressure_hPa() {
    return pressureCode <= 402 ? OptionalInt.of(pressureCode + 800) : OptionalInt.empty();
  }

  /** Horizontal visibility, nautical miles (code / 10); empty when 255 (not available). */
  public OptionalDouble visibility_nmi() {
    return visibilityCode < 255 ? OptionalDouble.of(visibilityCode / 10.0) : OptionalDouble.empty();
  }

  /** Water level deviation from reference, metres ((code − 100) / 10); empty when 511. */
  public OptionalDouble waterLevel_m() {
    return waterLevelCode < 511
        ? OptionalDouble.of((waterLevelCode - 100) / 10.0)
        : OptionalDouble.empty();
  }

  /** Surface current speed, knots (code / 10); empty when 255 (not available). */
  public OptionalDouble currentSpeed_kn() {
    return currentSpeedCode < 255
        ? OptionalDouble.of(currentSpeedCode / 10.0)
        : OptionalDouble.empty();
  }

  /** Significant wave height, metres (code / 10); empty when 255 (not available). */
  public OptionalDouble waveHeight_m() {
    return waveHeightCode < 255 ? OptionalDouble.of(waveHeightCode / 10.0) : OptionalDouble.empty();
  }

  /** Sea water temperature, °C ((code − 100) / 10) for codes 0-600; empty otherwise. */
  public OptionalDouble waterTemperature_degC() {
    return waterTemperatureCode <= 600
        ? OptionalDouble.of((waterTemperatureCode - 100) / 10.0)
        : OptionalDouble.empty();
  }

  /** Salinity, ‰ (code / 10) for codes 0-500; empty otherwise (511 = not available). */
  public OptionalDouble salinity_permille() {
    return salinityCode <= 500 ? OptionalDouble.of(salinityCode / 10.0) : OptionalDouble.empty();
  }
}
