package org.tidewatch.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidewatch.server.TestWorld.LISTED;
import static org.tidewatch.server.TestWorld.MIXED;
import static org.tidewatch.server.TestWorld.PASSWORD;
import static org.tidewatch.server.TestWorld.SECRET;
import static org.tidewatch.server.TestWorld.SECRET_ONLY;
import static org.tidewatch.server.TestWorld.T0;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.core.provenance.Releasability;
import org.tidewatch.core.sanctions.ListVersion;
import org.tidewatch.engine.screening.ScreeningFile;
import org.tidewatch.sanctions.store.SanctionsStore;
import org.tidewatch.server.auth.Passwords;
import org.tidewatch.server.auth.Role;
import org.tidewatch.server.auth.Tokens;
import org.tidewatch.server.auth.UserStore;
import org.tidewatch.server.data.Inference;
import org.tidewatch.server.data.Workspace;
import org.tidewatch.store.duckdb.DuckDbTrackStore;

/**
 * The stored vessel screening over HTTP: the test world's vessels with a list naming the unmarked
 * CHON MA SAN, the name MIXED used only in SECRET reports (COVERT NAME) and the SECRET-only HIDDEN
 * TANKER; each caller sees the matches of the claims they may see.
 */
class VesselScreeningApiTest {
  @TempDir Path dir;

  static final String EXTRA =
      "{\"id\": \"tw-vessel-covert\", \"schema\": \"Vessel\", \"properties\": {\"name\":"
          + " [\"COVERT NAME\"]}, \"datasets\": [\"un_1718_vessels\"]}\n"
          + "{\"id\": \"tw-vessel-hidden\", \"schema\": \"Vessel\", \"properties\": {\"name\":"
          + " [\"HIDDEN TANKER\"]}, \"datasets\": [\"un_1718_vessels\"]}\n";

  /** A served world over an open store (the caller closes both). */
  record Served(TidewatchServer server, Http http, Workspace ws) implements AutoCloseable {
    @Override
    public void close() {
      server.close();
    }
  }

  Served serve(DuckDbTrackStore store) throws Exception {
    UserStore users = UserStore.open(dir, new Passwords(4));
    Workspace ws = new Workspace(store, Screening.load(dir), Inference.empty());
    Tokens tokens =
        new Tokens(UserStore.signingSecret(dir), Duration.ofHours(1), Clock.systemUTC());
    TidewatchServer server =
        TidewatchServer.start(
            ws, users, tokens, TidewatchServer.Options.defaults().withPort(0), List.of());
    return new Served(server, new Http("http://127.0.0.1:" + server.port()), ws);
  }

  void setUp(DuckDbTrackStore store) throws Exception {
    TestWorld.fill(store);
    Path list = dir.resolve("test-list.ftm.jsonl");
    try (InputStream in = TestWorld.class.getResourceAsStream("/test-list.ftm.jsonl")) {
      Files.writeString(list, new String(in.readAllBytes()) + EXTRA);
    }
    new SanctionsStore(dir).ingest(List.of(list), T0);
    UserStore users = UserStore.open(dir, new Passwords(4));
    users.addUser("ana", PASSWORD, Role.ANALYST, Set.of("UNMARKED"));
    users.addUser("sec", PASSWORD, Role.ANALYST, Set.of("UNMARKED", SECRET));
    users.addUser("secretonly", PASSWORD, Role.ANALYST, Set.of(SECRET));
  }

  static List<Integer> mmsis(JsonNode items) {
    List<Integer> out = new ArrayList<>();
    items.forEach(v -> out.add(v.path("mmsi").asInt()));
    return out;
  }

  @Test
  void listedVesselsAreMarkedForTheCallersWhoMaySeeTheClaimThatMatched() throws Exception {
    try (DuckDbTrackStore store = DuckDbTrackStore.open(dir)) {
      setUp(store);
      try (Served s = serve(store)) {
        Http http = s.http();
        String ana = http.login("ana", PASSWORD);
        String sec = http.login("sec", PASSWORD);
        String secretOnly = http.login("secretonly", PASSWORD);

        // the list of vessels, listed only
        assertThat(mmsis(http.get("/api/v1/vessels?listed=true", ana).json().path("items")))
            .containsExactly(LISTED);
        assertThat(mmsis(http.get("/api/v1/vessels?listed=true", sec).json().path("items")))
            .containsExactlyInAnyOrder(LISTED, MIXED, SECRET_ONLY);
        assertThat(mmsis(http.get("/api/v1/vessels?listed=true", secretOnly).json().path("items")))
            .containsExactlyInAnyOrder(MIXED, SECRET_ONLY);
        // every vessel carries its best match, clean ones none
        JsonNode all = http.get("/api/v1/vessels", ana).json().path("items");
        for (JsonNode v : all) {
          assertThat(v.has("listed")).isEqualTo(v.path("mmsi").asInt() == LISTED);
        }
        JsonNode best = http.get("/api/v1/vessels/" + LISTED, ana).json().path("vessel");
        assertThat(best.path("listed").path("score").asDouble()).isEqualTo(1.0);
        assertThat(best.path("listed").path("claim").asText()).isIn("IMO", "NAME");
        assertThat(best.path("listed").path("caption").asText()).isEqualTo("CHON MA SAN");
        assertThat(http.get("/api/v1/vessels?listed=maybe", ana).status()).isEqualTo(400);

        // the vessel page's stored result: MIXED's match came from a SECRET name
        JsonNode mixedAna = http.get("/api/v1/vessels/" + MIXED + "/screening", ana).json();
        assertThat(mixedAna.path("status").asText()).isEqualTo("current");
        assertThat(mixedAna.path("listed").asBoolean()).isFalse();
        assertThat(mixedAna.path("matches")).isEmpty();
        assertThat(mixedAna.toString()).doesNotContain("COVERT");
        JsonNode mixedSec = http.get("/api/v1/vessels/" + MIXED + "/screening", sec).json();
        assertThat(mixedSec.path("listed").asBoolean()).isTrue();
        assertThat(mixedSec.path("matches").get(0).path("claim").asText()).isEqualTo("NAME");
        assertThat(mixedSec.path("matches").get(0).path("value").asText()).isEqualTo("COVERT NAME");
        assertThat(mixedSec.path("lists").size()).isEqualTo(1);
        assertThat(http.get("/api/v1/vessels/" + SECRET_ONLY + "/screening", ana).status())
            .isEqualTo(404);
        JsonNode listed = http.get("/api/v1/vessels/" + LISTED + "/screening", ana).json();
        List<String> claims = new ArrayList<>();
        listed.path("matches").forEach(m -> claims.add(m.path("claim").asText()));
        assertThat(claims).contains("IMO", "NAME", "MMSI");

        // the map layer: flat properties, and the listed-only filter
        String at = "/api/v1/positions?at=" + T0.plusSeconds(86_400) + "&maxAge_s=2678400";
        JsonNode fc = http.get(at, ana).json().path("features");
        assertThat(fc.size()).isEqualTo(2);
        for (JsonNode f : fc) {
          JsonNode p = f.path("properties");
          assertThat(p.path("listed").asBoolean()).isEqualTo(p.path("mmsi").asInt() == LISTED);
        }
        JsonNode only = http.get(at + "&listed=true", sec).json().path("features");
        List<Integer> onMap = new ArrayList<>();
        only.forEach(f -> onMap.add(f.path("properties").path("mmsi").asInt()));
        assertThat(onMap).containsExactlyInAnyOrder(LISTED, MIXED, SECRET_ONLY);
        assertThat(only.get(0).path("properties").path("listedCaption").asText()).isNotBlank();

        assertThat(http.get("/api/v1/overview", ana).json().path("listedVessels").asInt())
            .isEqualTo(1);
        assertThat(http.get("/api/v1/overview", sec).json().path("listedVessels").asInt())
            .isEqualTo(3);
      }
    }
  }

  @Test
  void screensAtStartOnlyWhenStaleAndKeepsThePreviousResultsWhenTheListsFail() throws Exception {
    try (DuckDbTrackStore store = DuckDbTrackStore.open(dir)) {
      setUp(store);
      Path results = ScreeningFile.of(dir);
      try (Served s = serve(store)) {
        assertThat(results).exists();
      }
      byte[] first = Files.readAllBytes(results);
      try (Served s = serve(store)) {
        // nothing changed: not screened again
        assertThat(Files.readAllBytes(results)).isEqualTo(first);
      }
      // a stored list file damaged on disk, and the store changed: screening fails at start
      ListVersion v = new SanctionsStore(dir).current().values().iterator().next();
      Files.writeString(new SanctionsStore(dir).files(v).get(0), "not a list\n");
      commitOne(store, 412_000_001, "NEW SHIP");
      try (Served s = serve(store)) {
        String ana = s.http().login("ana", PASSWORD);
        JsonNode r = s.http().get("/api/v1/vessels/" + LISTED + "/screening", ana).json();
        assertThat(r.path("status").asText()).isEqualTo("stale");
        assertThat(r.path("problem").asText()).contains("cannot load the sanctions lists");
        assertThat(r.path("listed").asBoolean()).isTrue();
        assertThat(Files.readAllBytes(results)).isEqualTo(first);
      }
    }
  }

  /**
   * A new version of a list ingested while the server runs (as {@code tidewatch sanctions ingest}
   * does beside it) is loaded and the vessels screened again, by the check the server runs every
   * minute: the vessel it names is listed, and on-demand screening finds it.
   */
  @Test
  void listsIngestedWhileServingAreLoadedAndTheVesselsScreenedAgain() throws Exception {
    try (DuckDbTrackStore store = DuckDbTrackStore.open(dir)) {
      setUp(store);
      try (Served s = serve(store)) {
        Http http = s.http();
        String ana = http.login("ana", PASSWORD);
        String path = "/api/v1/vessels/" + MIXED + "/screening";
        assertThat(http.get(path, ana).json().path("listed").asBoolean()).isFalse();
        assertThat(Screening.refreshIfListsChanged(s.ws())).isFalse(); // nothing changed
        // a new version of the list, naming OCEAN STAR (MIXED's unmarked name)
        Path list = dir.resolve("test-list.ftm.jsonl");
        Files.writeString(
            list,
            Files.readString(list)
                + "{\"id\": \"tw-vessel-star\", \"schema\": \"Vessel\", \"properties\":"
                + " {\"name\": [\"OCEAN STAR\"]}, \"datasets\": [\"un_1718_vessels\"]}\n");
        new SanctionsStore(dir).ingest(List.of(list), T0.plusSeconds(86_400));
        assertThat(Screening.refreshIfListsChanged(s.ws())).isTrue();
        JsonNode mixed = http.get(path, ana).json();
        assertThat(mixed.path("status").asText()).isEqualTo("current");
        assertThat(mixed.path("listed").asBoolean()).isTrue();
        assertThat(mixed.path("matches").get(0).path("value").asText()).isEqualTo("OCEAN STAR");
        JsonNode found =
            http.post("/api/v1/screening", "{\"name\":\"Ocean Star\",\"type\":\"vessel\"}", ana)
                .json();
        assertThat(found.path("matches").get(0).path("caption").asText()).isEqualTo("OCEAN STAR");
        assertThat(Screening.refreshIfListsChanged(s.ws())).isFalse();
      }
    }
  }

  /**
   * A vessel named like a listed hull (OCEAN GLORY, IMO 9321483) claims another IMO number in
   * SECRET reports only: a caller who sees that claim gets the name match halved, with the conflict
   * explained; a caller who does not gets it whole, and no word of the hidden number.
   */
  @Test
  void aNameMatchHalvedForAnImoConflictIsShownWholeToCallersWhoCannotSeeTheImo() throws Exception {
    int glory = 412_000_002;
    try (DuckDbTrackStore store = DuckDbTrackStore.open(dir)) {
      TestWorld.fill(store);
      Path list = dir.resolve("test-list.ftm.jsonl");
      try (InputStream in = TestWorld.class.getResourceAsStream("/test-list.ftm.jsonl")) {
        Files.writeString(
            list,
            new String(in.readAllBytes())
                + "{\"id\": \"tw-vessel-glory\", \"schema\": \"Vessel\", \"properties\":"
                + " {\"name\": [\"OCEAN GLORY\"], \"imoNumber\": [\"9321483\"]}, \"datasets\":"
                + " [\"un_1718_vessels\"]}\n");
      }
      new SanctionsStore(dir).ingest(List.of(list), T0);
      UserStore users = UserStore.open(dir, new Passwords(4));
      users.addUser("ana", PASSWORD, Role.ANALYST, Set.of("UNMARKED"));
      users.addUser("sec", PASSWORD, Role.ANALYST, Set.of("UNMARKED", SECRET));
      commitOne(store, glory, "OCEAN GLORY", Releasability.UNMARKED, OptionalInt.empty());
      commitOne(store, glory, "OCEAN GLORY", new Releasability(SECRET), OptionalInt.of(9074729));
      try (Served s = serve(store)) {
        Http http = s.http();
        JsonNode sec =
            http.get("/api/v1/vessels/" + glory + "/screening", http.login("sec", PASSWORD))
                .json()
                .path("matches")
                .get(0);
        assertThat(sec.path("claim").asText()).isEqualTo("NAME");
        assertThat(sec.path("score").asDouble()).isEqualTo(0.5);
        assertThat(sec.path("explanation").asText())
            .endsWith("; listed IMO 9321483 differs from the vessel's IMO 9074729: score halved");
        JsonNode ana =
            http.get("/api/v1/vessels/" + glory + "/screening", http.login("ana", PASSWORD)).json();
        assertThat(ana.path("matches").get(0).path("score").asDouble()).isEqualTo(1.0);
        assertThat(ana.toString()).doesNotContain("9074729").doesNotContain("differs");
      }
    }
  }

  /** Commits one new source: one position and one static report of a new vessel. */
  static void commitOne(DuckDbTrackStore store, int mmsi, String name) {
    commitOne(store, mmsi, name, Releasability.UNMARKED, OptionalInt.empty());
  }

  /** Commits one new source: one position and one static report, of the given marking. */
  static void commitOne(
      DuckDbTrackStore store, int mmsi, String name, Releasability marking, OptionalInt imo) {
    String source = "more-" + mmsi + "-" + marking.marking().length() + ".nmea";
    var run = store.ingest().beginRun("test more", marking, T0);
    var src =
        store
            .ingest()
            .openSource(
                new org.tidewatch.core.store.SourceFile(
                    source, String.format("%064x", source.hashCode() & 0xffffffffL), 10, "nmea"));
    var prov1 = new org.tidewatch.core.provenance.Provenance(source, 1, run.id(), 1, marking);
    var prov2 = new org.tidewatch.core.provenance.Provenance(source, 2, run.id(), 2, marking);
    var pos =
        new org.tidewatch.core.track.Position(
            mmsi,
            T0,
            36,
            124,
            java.util.OptionalDouble.of(10),
            java.util.OptionalDouble.of(90),
            java.util.OptionalInt.empty(),
            java.util.OptionalInt.of(0),
            1,
            prov1);
    var st =
        new org.tidewatch.core.track.StaticReport(
            mmsi,
            T0,
            5,
            java.util.Optional.of(name),
            java.util.Optional.empty(),
            imo,
            java.util.OptionalInt.of(70),
            java.util.OptionalInt.empty(),
            java.util.OptionalInt.empty(),
            java.util.OptionalDouble.empty(),
            java.util.Optional.empty(),
            prov2);
    store
        .ingest()
        .commit(
            new org.tidewatch.core.store.IngestBatch(
                run.id(), src.sourceId(), 0, 2, true, List.of(pos), List.of(st), List.of()));
    store.ingest().finishRun(run.id(), T0, "ok");
  }
}
