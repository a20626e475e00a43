package org.tidewatch.engine.screening;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
import org.tidewatch.core.provenance.Provenance;
import org.tidewatch.core.provenance.Releasability;
import org.tidewatch.core.store.IngestBatch;
import org.tidewatch.core.store.IngestRun;
import org.tidewatch.core.store.SourceFile;
import org.tidewatch.core.store.SourceState;
import org.tidewatch.core.store.TrackStore;
import org.tidewatch.core.track.Position;
import org.tidewatch.core.track.StaticReport;

/**
 * A simulated fleet for the screening tests: background vessels with names of the simulator's words
 * (OCEAN GLORY, PACIFIC STAR 3, ...), valid IMO numbers and call signs, committed to a store as one
 * source each call; plus vessels given on purpose.
 */
final class Fleet {
  static final Instant T0 = Instant.parse("2024-03-01T00:00:00Z");

  private static final String[] WORDS = {
    "OCEAN", "GLORY", "STAR", "PACIFIC", "FORTUNE", "HARMONY", "GOLDEN", "BRIGHT", "EASTERN",
    "PEARL", "WIND", "JADE", "LUCKY", "GRACE", "ORIENT", "VICTORY", "ROYAL", "NOBLE", "SILVER",
    "PHOENIX", "HORIZON", "SPIRIT", "DAWN", "UNITY", "VISTA", "CROWN"
  };

  /** One vessel's static report. */
  record Ship(int mmsi, String name, int imo, String callSign) {}

  private Fleet() {}

  /** A valid IMO number from six digits (check digit appended). */
  static int imo(int six) {
    int sum = 0;
    for (int i = 0; i < 6; i++) {
      sum += ((six / (int) Math.pow(10, 5 - i)) % 10) * (7 - i);
    }
    return six * 10 + sum % 10;
  }

  /** {@code n} background ships, MMSIs from {@code firstMmsi}, fixed seed. */
  static List<Ship> background(int n, int firstMmsi, long seed) {
    Random rnd = new Random(seed);
    List<Ship> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String name =
          WORDS[rnd.nextInt(WORDS.length)]
              + " "
              + WORDS[rnd.nextInt(WORDS.length)]
              + (rnd.nextInt(3) == 0 ? " " + rnd.nextInt(1, 9) : "");
      StringBuilder cs = new StringBuilder("V7");
      while (cs.length() < 6) {
        cs.append((char) ('A' + rnd.nextInt(26)));
      }
      out.add(new Ship(firstMmsi + i, name, imo(900_000 + rnd.nextInt(99_999)), cs.toString()));
    }
    return out;
  }

  /** Commits one source holding a few positions and one static report per ship. */
  static void commit(TrackStore store, String source, Releasability marking, List<Ship> ships) {
    IngestRun run = store.ingest().beginRun("test " + source, marking, T0);
    String sha = String.format("%064x", source.hashCode() & 0xffffffffL);
    SourceState s = store.ingest().openSource(new SourceFile(source, sha, 1000, "nmea"));
    long line = 0;
    List<Position> ps = new ArrayList<>();
    List<StaticReport> ss = new ArrayList<>();
    for (Ship ship : ships) {
      for (int i = 0; i < 3; i++) {
        line++;
        ps.add(
            new Position(
                ship.mmsi(),
                T0.plusSeconds(600L * i + line),
                35 + (ship.mmsi() % 100) * 0.01,
                125 + i * 0.01,
                OptionalDouble.of(10),
                OptionalDouble.of(90),
                OptionalInt.empty(),
                OptionalInt.of(0),
                1,
                new Provenance(source, line, run.id(), line, marking)));
      }
      line++;
      ss.add(
          new StaticReport(
              ship.mmsi(),
              T0.plusSeconds(line),
              5,
              Optional.of(ship.name()),
              Optional.of(ship.callSign()),
              OptionalInt.of(ship.imo()),
              OptionalInt.of(80),
              OptionalInt.of(180),
              OptionalInt.of(32),
              OptionalDouble.of(9.5),
              Optional.of("NAMPO"),
              new Provenance(source, line, run.id(), line, marking)));
    }
    store
        .ingest()
        .commit(new IngestBatch(run.id(), s.sourceId(), 0, line, true, ps, ss, List.of()));
    store.ingest().finishRun(run.id(), T0, "ok");
  }
}
