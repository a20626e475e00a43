package org.tidewatch.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.tidewatch.core.provenance.Provenance;
import org.tidewatch.core.provenance.Releasability;
import org.tidewatch.core.store.IngestBatch;
import org.tidewatch.core.store.IngestRun;
import org.tidewatch.core.store.SourceFile;
import org.tidewatch.core.store.SourceState;
import org.tidewatch.core.store.StoredEvent;
import org.tidewatch.core.store.TrackStore;
import org.tidewatch.core.track.Position;
import org.tidewatch.core.track.StaticReport;
import org.tidewatch.sanctions.store.SanctionsStore;
import org.tidewatch.server.auth.Passwords;
import org.tidewatch.server.auth.Role;
import org.tidewatch.server.auth.Tokens;
import org.tidewatch.server.auth.UserStore;
import org.tidewatch.server.data.Inference;
import org.tidewatch.server.data.Workspace;
import org.tidewatch.store.duckdb.DuckDbTrackStore;

/**
 * A small world with two markings, served on a free port: an unmarked tanker on the UN list, a
 * vessel with unmarked and SECRET reports (a name only in the secret ones), and a vessel known only
 * from SECRET reports; events of both markings; users cleared for one or both.
 */
final class TestWorld implements AutoCloseable {
  static final String SECRET = "SECRET REL TIDE";
  static final Instant T0 = Instant.parse("2024-03-01T00:00:00Z");
  static final String PASSWORD = "correct horse battery";

  /** On the UN list; unmarked. */
  static final int LISTED = 445539000;

  /** Unmarked reports, plus SECRET reports naming it "COVERT NAME". */
  static final int MIXED = 636012345;

  /** Only SECRET reports (name HIDDEN TANKER). */
  static final int SECRET_ONLY = 538009999;

  final Path dir;
  final TrackStore store;
  final UserStore users;
  final TidewatchServer server;
  final String apiKey;

  TestWorld(Path dir) throws IOException {
    this(dir, TestInference.build());
  }

  TestWorld(Path dir, Inference inference) throws IOException {
    this.dir = dir;
    this.store = DuckDbTrackStore.open(dir);
    fill(store);
    Path list = dir.resolve("test-list.ftm.jsonl");
    try (InputStream in = TestWorld.class.getResourceAsStream("/test-list.ftm.jsonl")) {
      Files.copy(in, list, StandardCopyOption.REPLACE_EXISTING);
    }
    try {
      new SanctionsStore(dir).ingest(List.of(list), T0);
    } catch (Exception e) {
      throw new IOException(e);
    }
    users = UserStore.open(dir, new Passwords(4));
    users.addUser("ana", PASSWORD, Role.ANALYST, Set.of("UNMARKED"));
    users.addUser("sec", PASSWORD, Role.ANALYST, Set.of("UNMARKED", SECRET));
    users.addUser("secretonly", PASSWORD, Role.ANALYST, Set.of(SECRET));
    users.addUser("boss", PASSWORD, Role.ADMIN, Set.of("UNMARKED"));
    apiKey = users.addApiKey("acme-bank", Set.of("UNMARKED"));
    Workspace ws = new Workspace(store, Screening.load(dir), inference);
    Tokens tokens =
        new Tokens(UserStore.signingSecret(dir), Duration.ofHours(1), Clock.systemUTC());
    server =
        TidewatchServer.start(
            ws, users, tokens, TidewatchServer.Options.defaults().withPort(0), List.of(store));
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  static void fill(TrackStore store) {
    commit(
        store,
        "unmarked.nmea",
        Releasability.UNMARKED,
        List.of(track(LISTED, 38.9, 124.0, 200), track(MIXED, 35.0, 125.0, 100)),
        List.of(
            statics(LISTED, "CHON MA SAN", 8660313, 80),
            statics(MIXED, "OCEAN STAR", 9074729, 70)));
    Releasability secret = new Releasability(SECRET);
    commit(
        store,
        "secret.nmea",
        secret,
        List.of(track(SECRET_ONLY, 36.0, 123.0, 150), track(MIXED, 35.5, 125.5, 50)),
        List.of(
            statics(SECRET_ONLY, "HIDDEN TANKER", 9120994, 80),
            statics(MIXED, "COVERT NAME", 9074729, 70)));
    store
        .events()
        .append(
            List.of(
                new StoredEvent(
                    "sts",
                    LISTED,
                    T0.plusSeconds(3600),
                    T0.plusSeconds(3 * 3600),
                    38.95,
                    124.05,
                    "STS with an unknown tanker",
                    Releasability.UNMARKED),
                new StoredEvent(
                    "dark-period",
                    SECRET_ONLY,
                    T0.plusSeconds(7200),
                    T0.plusSeconds(20_000),
                    36.1,
                    123.1,
                    "dark for 3.5 h",
                    secret),
                new StoredEvent(
                    "sts",
                    MIXED,
                    T0.plusSeconds(5000),
                    T0.plusSeconds(9000),
                    35.5,
                    125.5,
                    "STS seen by secret sources",
                    secret)));
  }

  private static List<Position> track(int mmsi, double lat, double lon, int n) {
    List<Position> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(
          new Position(
              mmsi,
              T0.plusSeconds(300L * i + (mmsi % 7)),
              lat + i * 0.001,
              lon + i * 0.002,
              OptionalDouble.of(10.5),
              OptionalDouble.of(63),
              OptionalInt.of(60),
              OptionalInt.of(0),
              1,
              null));
    }
    return out;
  }

  private static StaticReport statics(int mmsi, String name, int imo, int shipType) {
    return new StaticReport(
        mmsi,
        T0.plusSeconds(600),
        5,
        Optional.of(name),
        Optional.of("CS" + (mmsi % 1000)),
        OptionalInt.of(imo),
        OptionalInt.of(shipType),
        OptionalInt.of(180),
        OptionalInt.of(32),
        OptionalDouble.of(9.5),
        Optional.of("NAMPO"),
        null);
  }

  private static void commit(
      TrackStore store,
      String source,
      Releasability marking,
      List<List<Position>> tracks,
      List<StaticReport> statics) {
    IngestRun run = store.ingest().beginRun("test " + source, marking, T0);
    String sha = String.format("%064x", source.hashCode() & 0xffffffffL);
    SourceState s = store.ingest().openSource(new SourceFile(source, sha, 1000, "nmea"));
    long[] line = {0};
    List<Position> ps = new ArrayList<>();
    for (List<Position> t : tracks) {
      for (Position p : t) {
        line[0]++;
        ps.add(
            new Position(
                p.mmsi(),
                p.time(),
                p.latitude_deg(),
                p.longitude_deg(),
                p.speedOverGround_kn(),
                p.courseOverGround_deg(),
                p.trueHeading_deg(),
                p.navigationStatus(),
                p.messageType(),
                new Provenance(source, line[0], run.id(), line[0], marking)));
      }
    }
    List<StaticReport> ss = new ArrayList<>();
    for (StaticReport r : statics) {
      line[0]++;
      ss.add(
          new StaticReport(
              r.mmsi(),
              r.time(),
              r.messageType(),
              r.name(),
              r.callSign(),
              r.imo(),
              r.shipType(),
              r.length_m(),
              r.beam_m(),
              r.draught_m(),
              r.destination(),
              new Provenance(source, line[0], run.id(), line[0], marking)));
    }
    store
        .ingest()
        .commit(new IngestBatch(run.id(), s.sourceId(), 0, line[0], true, ps, ss, List.of()));
    store.ingest().finishRun(run.id(), T0, "ok");
  }

  @Override
  public void close() {
    server.close();
  }
}
