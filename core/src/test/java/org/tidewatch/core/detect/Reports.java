package org.tidewatch.core.detect;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.tidewatch.core.provenance.Provenance;
import org.tidewatch.core.provenance.Releasability;
import org.tidewatch.core.track.Position;
import org.tidewatch.core.track.StaticReport;

/** Builders of reports for detector tests. */
public final class Reports {
  public static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
  private static long line;

  private Reports() {}

  public static Position pos(int mmsi, long second, double lat, double lon, double sog) {
    return pos(mmsi, T0.plusSeconds(second), lat, lon, sog);
  }

  public static Position pos(int mmsi, Instant t, double lat, double lon, double sog) {
    return new Position(
        mmsi,
        t,
        lat,
        lon,
        OptionalDouble.of(sog),
        OptionalDouble.empty(),
        OptionalInt.empty(),
        OptionalInt.empty(),
        1,
        new Provenance("test", ++line, 0, 0, Releasability.UNMARKED));
  }

  public static StaticReport stat(
      int mmsi, long second, String name, String call, int imo, int type, double draught) {
    return new StaticReport(
        mmsi,
        T0.plusSeconds(second),
        5,
        Optional.of(name),
        Optional.of(call),
        imo > 0 ? OptionalInt.of(imo) : OptionalInt.empty(),
        OptionalInt.of(type),
        OptionalInt.of(100),
        OptionalInt.of(16),
        draught > 0 ? OptionalDouble.of(draught) : OptionalDouble.empty(),
        Optional.empty(),
        new Provenance("test", ++line, 0, 0, Releasability.UNMARKED));
  }
}
