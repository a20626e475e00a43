package org.tidewatch.core.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.tidewatch.core.detect.AisGap;
import org.tidewatch.core.detect.DetectedEvent;
import org.tidewatch.core.detect.DraughtChange;
import org.tidewatch.core.detect.Encounter;
import org.tidewatch.core.detect.EventType;
import org.tidewatch.core.detect.Evidence;
import org.tidewatch.core.detect.IdentityChange;
import org.tidewatch.core.detect.Loitering;
import org.tidewatch.core.detect.PortCall;
import org.tidewatch.core.detect.SharedMmsi;
import org.tidewatch.core.detect.Spoofing;

/** One event of every family (and of the variants that change the type), for the contracts. */
public final class EventFixtures {
  private EventFixtures() {}

  static Evidence ev(int mmsi, Instant t, double lat, double lon, String role, long line) {
    return new Evidence(
        mmsi, t, lat, lon, role, "f \"quoted\".nmea", line, java.util.OptionalLong.of(-line * 31));
  }

  /** Events of every type, starting an hour apart from {@code t0}, vessel {@code mmsi} first. */
  public static List<DetectedEvent> everyType(Instant t0, int mmsi) {
    Instant t = t0;
    Instant h = t0.plusSeconds(3600);
    return List.of(
        new PortCall(
            mmsi,
            t,
            t.plusSeconds(7200),
            "NLRTM",
            "Rotterdam",
            Optional.of("SANCTIONED_PORT"),
            51.95,
            4.1,
            true,
            false,
            false,
            OptionalDouble.of(9.5),
            OptionalDouble.empty(),
            0.75,
            List.of(ev(mmsi, t, 51.95, 4.1, "entry", 10))),
        new Encounter(
            EventType.STS,
            mmsi,
            mmsi + 1,
            t.plusSeconds(3600),
            t.plusSeconds(5 * 3600),
            35.123456789,
            125.5,
            120.5,
            0.4,
            24,
            40_000,
            0.873_456_1,
            List.of(
                ev(mmsi, h, 35.1, 125.5, "first", 11), ev(mmsi + 1, h, 35.1, 125.5, "first", 12))),
        new Encounter(
            EventType.POSSIBLE_STS,
            mmsi,
            mmsi + 2,
            t.plusSeconds(2 * 3600),
            t.plusSeconds(4 * 3600),
            35,
            125,
            800,
            1.2,
            6,
            12_000,
            0.4,
            List.of()),
        new Loitering(
            mmsi,
            t.plusSeconds(3 * 3600),
            t.plusSeconds(9 * 3600),
            20.5,
            -30.25,
            0.8,
            300_000,
            80,
            0.6,
            List.of(ev(mmsi, t.plusSeconds(3 * 3600), 20.5, -30.25, "first-slow", 13))),
        new AisGap(
            true,
            mmsi,
            t.plusSeconds(4 * 3600),
            t.plusSeconds(30 * 3600),
            true,
            10,
            179.9,
            Double.NaN,
            Double.NaN,
            Double.NaN,
            Double.NaN,
            2.5e6,
            OptionalDouble.empty(),
            1,
            List.of(ev(mmsi, t.plusSeconds(4 * 3600), 10, 179.9, "went-dark", 14))),
        new AisGap(
            false,
            mmsi,
            t.plusSeconds(5 * 3600),
            t.plusSeconds(6 * 3600),
            false,
            10,
            -179.9,
            10.1,
            -179.8,
            15_000,
            8.1,
            40_000,
            OptionalDouble.of(4000),
            0.2,
            List.of()),
        new Spoofing(
            Spoofing.Pattern.CIRCLES,
            mmsi,
            t.plusSeconds(6 * 3600),
            t.plusSeconds(8 * 3600),
            40,
            20,
            90_000,
            12.3,
            800,
            44,
            0.66,
            List.of(ev(mmsi, t.plusSeconds(6 * 3600), 40, 20, "circles", 15))),
        new SharedMmsi(
            mmsi,
            t.plusSeconds(7 * 3600),
            t.plusSeconds(9 * 3600),
            1,
            2,
            2,
            7,
            List.of("ALPHA", "BRAVO, \u00e9"),
            250_000,
            0.9,
            List.of()),
        new IdentityChange(
            IdentityChange.Kind.MMSI_SAME_IMO,
            List.of(mmsi, mmsi + 3),
            t.plusSeconds(8 * 3600),
            t.plusSeconds(9 * 3600),
            Double.NaN,
            Double.NaN,
            "" + mmsi,
            "" + (mmsi + 3),
            0.95,
            List.of(ev(mmsi, t.plusSeconds(8 * 3600), Double.NaN, Double.NaN, "last-old", 16))),
        new DraughtChange(
            mmsi,
            t.plusSeconds(9 * 3600),
            t.plusSeconds(10 * 3600),
            51.9,
            4.2,
            9.5,
            12.1,
            Optional.empty(),
            0.5,
            List.of()));
  }
}
