package org.tidewatch.ais.message;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Message 4 (base station report) and message 11 (UTC/date response), ITU-R M.1371-5 §3.3.7.2,
 * table 46. The UTC parts are kept as transmitted (year 0, month 0, day 0, hour 24, minute 60,
 * second 60 mean "not available"); {@link #utc()} combines them when all are valid.
 *
 * @param longitude_deg empty when 181° was sent
 * @param latitude_deg empty when 91° was sent
 * @param epfdCode 4-bit type of position fixing device, see {@link #epfd()}
 * @param spare the 10 spare bits
 * @param radioStatus the 19-bit SOTDMA communication state
 * @param payloadBits number of payload bits received (nominal 168)
 */
public record BaseStationReport(
    int messageType,
    int repeatIndicator,
    int mmsi,
    int utcYear,
    int utcMonth,
    int utcDay,
    int utcHour,
    int utcMinute,
    int utcSecond,
    boolean positionAccuracy,
    OptionalDouble longitude_deg,
    OptionalDouble latitude_deg,
    int epfdCode,
    int spare,
    boolean raim,
    int radioStatus,
    int payloadBits)
    implements AisMessage {

  public EpfdType epfd() {
    return EpfdType.of(epfdCode);
  }

  /** The transmitted UTC date and time, empty when any part is "not available" or invalid. */
  public Optional<Instant> utc() {
    if (utcYear == 0 || utcMonth == 0 || utcDay == 0 || utcHour > 23 || utcMinute > 59) {
      return Optional.empty();
    }
    if (utcSecond > 59) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDateTime.of(utcYear, utcMonth, utcDay, utcHour, utcMinute, utcSecond)
              .toInstant(ZoneOffset.UTC));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
