package org.tidewatch.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidewatch.server.TestWorld.LISTED;
import static org.tidewatch.server.TestWorld.MIXED;
import static org.tidewatch.server.TestWorld.PASSWORD;
import static org.tidewatch.server.TestWorld.SECRET_ONLY;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.server.api.ApiDoc;
import org.tidewatch.server.auth.Role;
import org.tidewatch.server.auth.Tokens;
import org.tidewatch.server.auth.UserStore;

/**
 * Every route refuses a request without a valid credential, and no route gives a caller a record
 * whose marking they are not cleared for (nor says that it exists).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityTest {
  @TempDir static Path dir;
  TestWorld world;
  Http http;

  /** Texts only in SECRET records. */
  static final List<String> SECRET_TEXTS =
      List.of(
          TestWorld.SECRET,
          "SECRET",
          "HIDDEN TANKER",
          "COVERT NAME",
          "dark for 3.5 h",
          "STS seen by secret",
          Integer.toString(SECRET_ONLY),
          Integer.toString(TestInference.PARTNER),
          TestInference.D_SECRET,
          TestInference.D_MIXED);

  /** Texts only in UNMARKED vessel records (not in the public sanctions list). */
  static final List<String> UNMARKED_TEXTS =
      List.of(
          "OCEAN STAR",
          "STS with an unknown tanker",
          "UNMARKED",
          "draught fell across an unmarked",
          TestInference.D_UNMARKED);

  static final List<String> QUERIES =
      List.of(
          "",
          "?q=hidden",
          "?q=covert",
          "?q=5380",
          "?q=IMO9120994",
          "?mmsi=" + SECRET_ONLY,
          "?mmsi=" + MIXED,
          "?at=2024-03-01T05:00:00Z",
          "?at=2024-03-01T05:00:00Z&bbox=122,35,124,37",
          "?type=DARK_PERIOD,STS",
          "?from=2024-03-01T00:00:00Z&to=2024-03-02T00:00:00Z&points=true",
          "?sort=-mmsi&size=500",
          "?vessel=" + SECRET_ONLY,
          "?vessel=" + MIXED + "&product=refined",
          "?year=2024&product=refined",
          "?min=0&sort=-score");

  @BeforeAll
  void start() throws Exception {
    world = new TestWorld(dir);
    http = new Http(world.base());
  }

  @AfterAll
  void stop() {
    world.close();
  }

  private static String fill(String path, String mmsi, String id) {
    return path.replace("{mmsi}", mmsi).replace("{id}", id).replace("{name}", "ana");
  }

  @Test
  void everyRouteRefusesMissingOrBadCredentials() throws Exception {
    Tokens expired =
        new Tokens(
            UserStore.signingSecret(dir),
            Duration.ofMinutes(5),
            Clock.fixed(Instant.parse("2020-01-01T00:00:00Z"), ZoneOffset.UTC));
    Tokens otherKey = new Tokens(new byte[32], Duration.ofHours(1), Clock.systemUTC());
    List<String> credentials =
        List.of(
            "",
            "Bearer ",
            "Bearer not.a.jwt",
            "Bearer " + expired.issue("ana"),
            "Bearer " + otherKey.issue("ana"),
            "Bearer " + unsigned("ana"),
            "Basic YW5hOmNvcnJlY3QgaG9yc2UgYmF0dGVyeQ==");
    int checked = 0;
    for (ApiDoc.Route r : world.server.api().routes()) {
      if (r.roles().contains(Role.PUBLIC)) {
        continue;
      }
      String path = fill(r.path(), Integer.toString(LISTED), "STS:" + LISTED + ":1709255100");
      String body = r.requestSchema() == null ? null : "{}";
      for (String c : credentials) {
        Http.Response resp =
            http.send(
                r.method().name(), path, body, c.isEmpty() ? Map.of() : Map.of("Authorization", c));
        assertThat(resp.status()).as(r.method() + " " + path + " with '" + c + "'").isEqualTo(401);
        assertThat(resp.contentType()).startsWith("application/problem+json");
        checked++;
      }
      Http.Response key =
          http.send(r.method().name(), path, body, Map.of("X-API-Key", "twk_forged"));
      assertThat(key.status()).isEqualTo(401);
    }
    assertThat(checked).isGreaterThan(100);
  }

  /** A token with {@code alg: none}. */
  private static String unsigned(String user) {
    java.util.Base64.Encoder b = java.util.Base64.getUrlEncoder().withoutPadding();
    String h =
        b.encodeToString("{\"alg\":\"none\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    String p =
        b.encodeToString(
            ("{\"iss\":\"tidewatch\",\"sub\":\"" + user + "\",\"exp\":4102444800}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return h + "." + p + ".";
  }

  @Test
  void noRouteLeaksSecretRecordsToAnUnmarkedAnalyst() {
    String ana = http.login("ana", PASSWORD);
    List<String> eventIds = allIds();
    assertThat(eventIds).hasSize(6);
    int calls = sweep(ana, eventIds, SECRET_TEXTS, List.of());
    assertThat(calls).isGreaterThan(200);
    // a secret vessel answers exactly as a vessel that does not exist
    Http.Response secret = http.get("/api/v1/vessels/" + SECRET_ONLY, ana);
    Http.Response none = http.get("/api/v1/vessels/" + 111111111, ana);
    assertThat(secret.status()).isEqualTo(none.status()).isEqualTo(404);
    assertThat(secret.json().get("detail").asText().replace("" + SECRET_ONLY, "X"))
        .isEqualTo(none.json().get("detail").asText().replace("111111111", "X"));
  }

  @Test
  void noVesselRouteLeaksUnmarkedRecordsToASecretOnlyAnalyst() {
    String so = http.login("secretonly", PASSWORD);
    List<String> eventIds = allIds();
    sweep(so, eventIds, UNMARKED_TEXTS, List.of("/api/v1/sanctions", "/screening"));
  }

  private List<String> eventIds(String token) {
    List<String> ids = new ArrayList<>();
    for (JsonNode e : http.get("/api/v1/events", token).json().get("items")) {
      ids.add(e.get("id").asText());
    }
    return ids;
  }

  /** The ids a fully cleared analyst sees: events, then deliveries. */
  private List<String> allIds() {
    String token = http.login("sec", PASSWORD);
    List<String> ids = eventIds(token);
    for (JsonNode d : http.get("/api/v1/deliveries", token).json().get("items")) {
      ids.add(d.get("id").asText());
    }
    return ids;
  }

  private int sweep(
      String token, List<String> eventIds, List<String> forbidden, List<String> skip) {
    int calls = 0;
    for (ApiDoc.Route r : world.server.api().routes()) {
      if (!r.method().name().equals("GET")
          || r.roles().contains(Role.PUBLIC)
          || !r.roles().contains(Role.ANALYST)
          || skip.stream().anyMatch(s -> r.path().contains(s))) {
        continue;
      }
      List<String> paths = new ArrayList<>();
      for (int mmsi : new int[] {LISTED, MIXED, SECRET_ONLY}) {
        for (String id : eventIds) {
          String p = fill(r.path(), Integer.toString(mmsi), id);
          if (!paths.contains(p)) {
            paths.add(p);
          }
        }
      }
      for (String p : paths) {
        for (String q : QUERIES) {
          Http.Response resp = http.get(p + q, token);
          calls++;
          String body = resp.status() == 200 ? resp.body() : withoutInstance(resp);
          for (String f : forbidden) {
            assertThat(body).as("GET " + p + q + " (" + resp.status() + ")").doesNotContain(f);
          }
        }
      }
    }
    return calls;
  }

  /** A problem document without its {@code instance} (the request path, which the caller gave). */
  private static String withoutInstance(Http.Response r) {
    if (!r.contentType().startsWith("application/problem+json")) {
      return r.body();
    }
    com.fasterxml.jackson.databind.node.ObjectNode n =
        (com.fasterxml.jackson.databind.node.ObjectNode) r.json();
    n.remove("instance");
    n.remove("detail");
    return n.toString();
  }
}
