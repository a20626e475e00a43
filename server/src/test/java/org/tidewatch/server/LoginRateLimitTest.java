package org.tidewatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failed logins over HTTP: 401 at first, then 429 problem documents with Retry-After. */
class LoginRateLimitTest {
  @TempDir Path dir;

  @Test
  void repeatedFailuresGet429WithRetryAfterEvenForTheRightPassword() throws Exception {
    try (TestWorld world = new TestWorld(dir)) {
      Http http = new Http(world.base());
      String bad = "{\"username\":\"boss\",\"password\":\"wrong-wrong\"}";
      List<Integer> statuses = new ArrayList<>();
      Http.Response limited = null;
      for (int i = 0; i < 9; i++) {
        Http.Response r = http.post("/api/v1/auth/login", bad, null);
        statuses.add(r.status());
        if (r.status() == 429) {
          limited = r;
        }
      }
      assertThat(statuses.subList(0, 5)).containsOnly(401);
      assertThat(statuses).contains(429);
      assertThat(limited.contentType()).startsWith("application/problem+json");
      assertThat(limited.json().get("type").asText()).endsWith("/too-many-requests");
      assertThat(limited.header("Retry-After")).matches("\\d+");
      Http.Response right =
          http.post(
              "/api/v1/auth/login",
              "{\"username\":\"boss\",\"password\":\"" + TestWorld.PASSWORD + "\"}",
              null);
      assertThat(right.status()).as("locked: not even the password is checked").isEqualTo(429);
      // another user from the same address is not locked (the address allows more failures)
      assertThat(http.login("ana", TestWorld.PASSWORD)).isNotBlank();
    }
  }
}
