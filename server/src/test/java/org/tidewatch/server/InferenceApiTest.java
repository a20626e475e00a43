package org.tidewatch.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidewatch.server.TestInference.D_MIXED;
import static org.tidewatch.server.TestInference.D_SECRET;
import static org.tidewatch.server.TestInference.D_UNMARKED;
import static org.tidewatch.server.TestWorld.LISTED;
import static org.tidewatch.server.TestWorld.MIXED;
import static org.tidewatch.server.TestWorld.PASSWORD;
import static org.tidewatch.server.TestWorld.SECRET_ONLY;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.server.data.Inference;

/** Deliveries, the ledger and risk: contents, filters, and what each clearance set sees. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InferenceApiTest {
  @TempDir static Path dir;
  @TempDir static Path emptyDir;
  TestWorld world;
  Http http;
  String ana;
  String sec;
  String so;

  @BeforeAll
  void start() throws Exception {
    world = new TestWorld(dir);
    http = new Http(world.base());
    ana = http.login("ana", PASSWORD);
    sec = http.login("sec", PASSWORD);
    so = http.login("secretonly", PASSWORD);
  }

  @AfterAll
  void stop() {
    world.close();
  }

  private List<String> ids(JsonNode page) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : page.get("items")) {
      out.add(n.get("id").asText());
    }
    return out;
  }

  @Test
  void aDeliveryIsShownOnlyToCallersClearedForEveryEventItRestsOn() {
    assertThat(ids(http.get("/api/v1/deliveries", ana).json())).containsExactly(D_UNMARKED);
    assertThat(ids(http.get("/api/v1/deliveries", sec).json()))
        .containsExactly(D_SECRET, D_UNMARKED, D_MIXED);
    assertThat(ids(http.get("/api/v1/deliveries", so).json())).containsExactly(D_SECRET);
    assertThat(http.get("/api/v1/deliveries/" + D_MIXED, ana).status()).isEqualTo(404);
    assertThat(http.get("/api/v1/deliveries/" + D_MIXED, sec).status()).isEqualTo(200);
  }

  @Test
  void deliveryFiltersAndDetail() {
    assertThat(ids(http.get("/api/v1/deliveries?vessel=" + MIXED, sec).json()))
        .containsExactly(D_MIXED);
    assertThat(ids(http.get("/api/v1/deliveries?product=coal", sec).json())).isEmpty();
    assertThat(ids(http.get("/api/v1/deliveries?product=refined&sort=-central", sec).json()))
        .containsExactly(D_UNMARKED, D_MIXED, D_SECRET);
    assertThat(
            ids(
                http.get(
                        "/api/v1/deliveries?from=2024-03-01T10:00:00Z&to=2024-03-01T13:00:00Z", sec)
                    .json()))
        .containsExactly(D_UNMARKED);
    assertThat(http.get("/api/v1/deliveries?product=water", sec).status()).isEqualTo(400);
    JsonNode d = http.get("/api/v1/deliveries/" + D_UNMARKED, ana).json();
    assertThat(d.at("/delivery/central").asDouble()).isEqualTo(300_000);
    assertThat(d.at("/delivery/markings").toString()).isEqualTo("[\"UNMARKED\"]");
    assertThat(d.get("events")).hasSize(2);
    assertThat(d.at("/events/0/type").asText()).isEqualTo("STS");
    assertThat(d.at("/evidence/0/source").asText()).isEqualTo("unmarked.nmea");
    assertThat(ids(http.get("/api/v1/vessels/" + LISTED + "/deliveries", ana).json()))
        .containsExactly(D_UNMARKED);
    assertThat(http.get("/api/v1/vessels/" + SECRET_ONLY + "/deliveries", ana).status())
        .isEqualTo(404);
  }

  @Test
  void theLedgerCountsWhatTheCallerMaySee() {
    JsonNode a = http.get("/api/v1/ledger?year=2024&product=refined", ana).json();
    assertThat(a.get("deliveries").asInt()).isEqualTo(1);
    assertThat(a.at("/totals/CENTRAL").asDouble()).isEqualTo(300_000);
    assertThat(a.at("/capPassed/CENTRAL").isNull()).isTrue();
    assertThat(a.get("cap").asDouble()).isEqualTo(500_000);
    JsonNode s = http.get("/api/v1/ledger", sec).json();
    assertThat(s.get("year").asInt()).isEqualTo(2024);
    assertThat(s.get("deliveries").asInt()).isEqualTo(3);
    assertThat(s.at("/totals/CENTRAL").asDouble()).isEqualTo(650_000);
    assertThat(s.at("/totals/HIGH").asDouble()).isEqualTo(715_000, within());
    assertThat(s.at("/capPassed/CENTRAL").asText()).isEqualTo("2024-03-01");
    assertThat(s.at("/lines/2/cumulative/CENTRAL").asDouble()).isEqualTo(650_000);
    assertThat(s.at("/lines/0/deliveryId").asText()).isEqualTo(D_SECRET);
    assertThat(http.get("/api/v1/ledger?product=oil", sec).status()).isEqualTo(400);
    assertThat(http.get("/api/v1/ledger?year=2019", sec).json().get("deliveries").asInt()).isZero();
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-6);
  }

  @Test
  void riskIsComputedFromWhatTheCallerMaySee() {
    JsonNode secRisk = http.get("/api/v1/vessels/" + MIXED + "/risk", sec).json();
    JsonNode anaRisk = http.get("/api/v1/vessels/" + MIXED + "/risk", ana).json();
    assertThat(secRisk.get("score").asDouble()).isGreaterThan(anaRisk.get("score").asDouble());
    assertThat(secRisk.toString()).contains("DELIVERY").contains(D_MIXED);
    assertThat(anaRisk.toString()).doesNotContain(D_MIXED).doesNotContain("DELIVERY");
    JsonNode listed = http.get("/api/v1/vessels/" + LISTED + "/risk", ana).json();
    assertThat(listed.get("factors").get(0).has("weight")).isTrue();
    assertThat(listed.toString()).contains("DPRK_FLAG").contains(D_UNMARKED);
    JsonNode ranking = http.get("/api/v1/risk?size=1", ana).json();
    assertThat(ranking.get("items")).hasSize(1);
    assertThat(ranking.get("total").asInt()).isEqualTo(2);
    assertThat(ranking.at("/items/0/rank").asInt()).isEqualTo(1);
    List<String> vessels = new ArrayList<>();
    for (JsonNode n : http.get("/api/v1/risk", ana).json().get("items")) {
      vessels.add(n.get("vessel").asText());
    }
    assertThat(vessels).containsExactly("IMO 8660313", "IMO 9074729");
    assertThat(http.get("/api/v1/vessels/" + SECRET_ONLY + "/risk", ana).status()).isEqualTo(404);
    assertThat(http.get("/api/v1/risk?sort=-score&min=1", sec).json().get("total").asInt())
        .isEqualTo(3);
  }

  @Test
  void withoutDetectedEventsTheRoutesAnswerEmpty() throws Exception {
    Inference none = Inference.load(emptyDir, registry -> List.of());
    assertThat(none.events()).isEmpty();
    Files.createDirectories(emptyDir.resolve("w"));
    try (TestWorld w = new TestWorld(emptyDir.resolve("w"), none)) {
      Http h = new Http(w.base());
      String t = h.login("sec", PASSWORD);
      assertThat(h.get("/api/v1/deliveries", t).json().get("total").asInt()).isZero();
      assertThat(h.get("/api/v1/risk", t).json().get("total").asInt()).isZero();
      JsonNode l = h.get("/api/v1/ledger", t).json();
      assertThat(l.get("deliveries").asInt()).isZero();
      assertThat(l.get("lines")).isEmpty();
      assertThat(h.get("/api/v1/vessels/" + LISTED + "/risk", t).json().get("score").asDouble())
          .isZero();
    }
  }
}
