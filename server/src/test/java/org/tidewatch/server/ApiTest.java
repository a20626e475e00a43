package org.tidewatch.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidewatch.server.TestWorld.LISTED;
import static org.tidewatch.server.TestWorld.MIXED;
import static org.tidewatch.server.TestWorld.PASSWORD;
import static org.tidewatch.server.TestWorld.SECRET_ONLY;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTest {
  @TempDir static Path dir;
  TestWorld world;
  Http http;
  String ana;
  String sec;

  @BeforeAll
  void start() throws Exception {
    world = new TestWorld(dir);
    http = new Http(world.base());
    ana = http.login("ana", PASSWORD);
    sec = http.login("sec", PASSWORD);
  }

  @AfterAll
  void stop() {
    world.close();
  }

  private static List<Integer> mmsis(JsonNode page) {
    List<Integer> out = new ArrayList<>();
    page.get("items").forEach(v -> out.add(v.get("mmsi").asInt()));
    return out;
  }

  @Test
  void healthNeedsNoToken() {
    Http.Response r = http.get("/api/v1/health", null);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("status").asText()).isEqualTo("ok");
  }

  @Test
  void badLoginIsAProblemDocument() {
    Http.Response r =
        http.post("/api/v1/auth/login", "{\"username\":\"ana\",\"password\":\"nope-nope\"}", null);
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.json().get("type").asText()).endsWith("/bad-credentials");
    assertThat(r.json().get("status").asInt()).isEqualTo(401);
    Http.Response unknown =
        http.post("/api/v1/auth/login", "{\"username\":\"who\",\"password\":\"nope-nope\"}", null);
    assertThat(unknown.status()).isEqualTo(401);
  }

  @Test
  void meReportsRoleAndClearances() {
    JsonNode me = http.get("/api/v1/auth/me", sec).json();
    assertThat(me.get("role").asText()).isEqualTo("analyst");
    assertThat(me.get("clearances").toString()).contains("UNMARKED", TestWorld.SECRET);
  }

  @Test
  void vesselListFollowsClearances() {
    assertThat(mmsis(http.get("/api/v1/vessels", ana).json())).containsExactly(LISTED, MIXED);
    assertThat(mmsis(http.get("/api/v1/vessels", sec).json()))
        .containsExactly(LISTED, SECRET_ONLY, MIXED);
    JsonNode page = http.get("/api/v1/vessels?sort=-mmsi&size=1&page=1", sec).json();
    assertThat(page.get("total").asInt()).isEqualTo(3);
    assertThat(mmsis(page)).containsExactly(SECRET_ONLY);
  }

  @Test
  void searchMatchesOnlyWhatTheCallerMaySee() {
    assertThat(mmsis(http.get("/api/v1/vessels?q=covert", ana).json())).isEmpty();
    assertThat(mmsis(http.get("/api/v1/vessels?q=covert", sec).json())).containsExactly(MIXED);
    assertThat(mmsis(http.get("/api/v1/vessels?q=chon%20ma", ana).json())).containsExactly(LISTED);
    assertThat(mmsis(http.get("/api/v1/vessels?q=IMO8660313", ana).json())).containsExactly(LISTED);
    assertThat(mmsis(http.get("/api/v1/vessels?q=4455", ana).json())).containsExactly(LISTED);
  }

  @Test
  void profileOfAPartlyClearedVesselIsRebuiltFromClearedReports() {
    JsonNode p = http.get("/api/v1/vessels/" + MIXED, ana).json();
    assertThat(p.get("vessel").get("name").asText()).isEqualTo("OCEAN STAR");
    assertThat(p.get("vessel").get("positions").asInt()).isEqualTo(100);
    assertThat(p.toString()).doesNotContain("COVERT").doesNotContain("SECRET");
    JsonNode full = http.get("/api/v1/vessels/" + MIXED + "/identity", sec).json();
    assertThat(full.toString()).contains("COVERT NAME", "OCEAN STAR");
    assertThat(
            http.get("/api/v1/vessels/" + MIXED, sec).json().get("vessel").get("positions").asInt())
        .isEqualTo(150);
  }

  @Test
  void trackIsGeoJsonDownsampledByZoom() {
    Http.Response full =
        http.get(
            "/api/v1/vessels/"
                + LISTED
                + "/track?from=2024-03-01T00:00:00Z&to=2024-03-02T00:00:00Z",
            ana);
    assertThat(full.contentType()).startsWith("application/geo+json");
    JsonNode f = full.json().get("features").get(0);
    assertThat(f.get("geometry").get("type").asText()).isEqualTo("MultiLineString");
    assertThat(f.get("properties").get("points").asInt()).isEqualTo(200);
    JsonNode coarse =
        http.get(
                "/api/v1/vessels/"
                    + LISTED
                    + "/track?from=2024-03-01T00:00:00Z&to=2024-03-02T00:00:00Z&zoom=0",
                ana)
            .json()
            .get("features")
            .get(0);
    // time-downsampled to the zoom, then simplified in screen space: the test track is a
    // straight line, a few pixels long at zoom 0
    int reports = coarse.get("properties").get("reports").asInt();
    assertThat(reports).isLessThan(200).isGreaterThan(10);
    int kept = coarse.get("properties").get("points").asInt();
    assertThat(kept).isBetween(2, 5);
    assertThat(coarse.at("/geometry/coordinates/0")).hasSize(kept);
    assertThat(coarse.get("properties").get("downsample_s").asLong()).isEqualTo(86400 / 256);
  }

  @Test
  void trackIsSentGzippedToClientsThatAcceptIt() throws Exception {
    String path =
        "/api/v1/vessels/"
            + LISTED
            + "/track?from=2024-03-01T00:00:00Z&to=2024-03-02T00:00:00Z&points=true";
    String plain = http.get(path, ana).body();
    java.net.http.HttpClient c = java.net.http.HttpClient.newHttpClient();
    for (int i = 0; i < 2; i++) { // rendered, then from the cache
      java.net.http.HttpResponse<byte[]> r =
          c.send(
              java.net.http.HttpRequest.newBuilder(java.net.URI.create(world.base() + path))
                  .header("Authorization", "Bearer " + ana)
                  .header("Accept-Encoding", "br;q=1.0, gzip;q=0.8")
                  .build(),
              java.net.http.HttpResponse.BodyHandlers.ofByteArray());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Encoding")).contains("gzip");
      try (java.util.zip.GZIPInputStream in =
          new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(r.body()))) {
        assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
            .isEqualTo(plain);
      }
    }
    JsonNode points = new com.fasterxml.jackson.databind.ObjectMapper().readTree(plain);
    assertThat(points.get("features")).hasSize(1 + 200);
    assertThat(points.at("/features/1/properties/time").asText()).isNotEmpty();
  }

  @Test
  void positionsAtAnInstant() {
    JsonNode fc = http.get("/api/v1/positions?at=2024-03-01T05:00:00Z", ana).json();
    List<Integer> seen = new ArrayList<>();
    fc.get("features").forEach(x -> seen.add(x.get("properties").get("mmsi").asInt()));
    assertThat(seen).containsExactlyInAnyOrder(LISTED, MIXED);
    JsonNode boxed =
        http.get("/api/v1/positions?at=2024-03-01T05:00:00Z&bbox=123.5,38,125,40", ana).json();
    assertThat(boxed.get("features")).hasSize(1);
    assertThat(boxed.get("features").get(0).get("properties").get("name").asText())
        .isEqualTo("CHON MA SAN");
  }

  @Test
  void eventsFilteredAndFetchedById() {
    JsonNode page = http.get("/api/v1/events?type=STS", ana).json();
    assertThat(page.get("total").asInt()).isEqualTo(1);
    JsonNode e = page.get("items").get(0);
    assertThat(e.get("type").asText()).isEqualTo("STS");
    String id = e.get("id").asText();
    assertThat(http.get("/api/v1/events/" + id, ana).json().get("summary").asText())
        .contains("STS");
    assertThat(http.get("/api/v1/events", sec).json().get("total").asInt()).isEqualTo(3);
    assertThat(http.get("/api/v1/events?bbox=120,30,124,37", sec).json().get("total").asInt())
        .isEqualTo(1);
    assertThat(http.get("/api/v1/vessels/" + LISTED + "/events", ana).json().get("total").asInt())
        .isEqualTo(1);
    Http.Response csv = http.get("/api/v1/events.csv", ana);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.body().lines()).hasSize(2);
  }

  @Test
  void screeningExplainsMatches() {
    JsonNode r =
        http.post("/api/v1/screening", "{\"name\":\"Chon Ma San\",\"type\":\"vessel\"}", ana)
            .json();
    JsonNode m = r.get("matches").get(0);
    assertThat(m.get("caption").asText()).isEqualTo("CHON MA SAN");
    assertThat(m.get("score").asDouble()).isGreaterThan(0.9);
    assertThat(m.get("explanation").asText()).isNotBlank();
    assertThat(m.get("listings").get(0).get("programs").toString()).contains("UN-1718");
    JsonNode batch =
        http.post(
                "/api/v1/screening/batch",
                "{\"queries\":[{\"name\":\"KOREA ACHIM SHIPPING CO\"},{\"name\":\"Maersk Line\"}]}",
                world.apiKey)
            .json();
    assertThat(batch.get("queries").asInt()).isEqualTo(2);
    assertThat(batch.get("withMatches").asInt()).isEqualTo(1);
    Http.Response bad = http.post("/api/v1/screening", "{\"country\":\"kp\"}", ana);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.contentType()).startsWith("application/problem+json");
  }

  @Test
  void vesselSanctionsMatchesAndEntities() {
    JsonNode ms = http.get("/api/v1/vessels/" + LISTED + "/sanctions", ana).json();
    assertThat(ms.size()).isGreaterThanOrEqualTo(1);
    assertThat(ms.get(0).get("match").get("caption").asText()).isEqualTo("CHON MA SAN");
    JsonNode ents = http.get("/api/v1/sanctions/entities?q=achim", ana).json();
    assertThat(ents.get("total").asInt()).isEqualTo(1);
    String id = ents.get("items").get(0).get("id").asText();
    assertThat(http.get("/api/v1/sanctions/entities/" + id, ana).status()).isEqualTo(200);
  }

  @Test
  void rolesAreEnforced() {
    assertThat(http.get("/api/v1/vessels", world.apiKey).status()).isEqualTo(403);
    assertThat(http.get("/api/v1/admin/users", ana).status()).isEqualTo(403);
    String boss = http.login("boss", PASSWORD);
    assertThat(http.get("/api/v1/admin/users", boss).body()).contains("ana").doesNotContain("$2");
    Http.Response created =
        http.post(
            "/api/v1/admin/users",
            "{\"username\":\"newbie\",\"password\":\"longenough1\",\"role\":\"analyst\"}",
            boss);
    assertThat(created.status()).isEqualTo(201);
    assertThat(http.login("newbie", "longenough1")).isNotBlank();
  }

  @Test
  void errorsAreProblemDocuments() {
    Http.Response bad = http.get("/api/v1/vessels?size=100000", ana);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("detail").asText()).contains("size");
    Http.Response sort = http.get("/api/v1/vessels?sort=colour", ana);
    assertThat(sort.status()).isEqualTo(400);
    Http.Response missing = http.get("/api/v1/vessels/123456789", ana);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.contentType()).startsWith("application/problem+json");
    Http.Response noRoute = http.get("/api/v1/nothing-here", ana);
    assertThat(noRoute.status()).isEqualTo(404);
  }

  @Test
  void swaggerUiIsServedOffline() {
    Http.Response page = http.get("/api/docs", null);
    assertThat(page.status()).isEqualTo(200);
    String js = page.body().replaceAll("(?s).*<script src=\"([^\"]+)\".*", "$1");
    assertThat(http.get(js, null).status()).isEqualTo(200);
  }
}
