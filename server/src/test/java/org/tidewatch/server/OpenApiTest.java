package org.tidewatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.event.HandlerMetaInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.server.api.Api;

/** The OpenAPI document describes every route Javalin serves, and is self-consistent. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiTest {
  @TempDir static Path dir;
  TestWorld world;
  JsonNode doc;

  @BeforeAll
  void start() throws Exception {
    world = new TestWorld(dir);
    Http.Response r = new Http(world.base()).get(Api.OPENAPI_PATH, null);
    assertThat(r.status()).isEqualTo(200);
    doc = r.json();
  }

  @AfterAll
  void stop() {
    world.close();
  }

  @Test
  void everyRouteJavalinServesIsDocumented() {
    List<String> undocumented = new ArrayList<>();
    int routes = 0;
    for (HandlerMetaInfo h : world.server.handlers()) {
      if (!Api.isRouteMethod(h.getHttpMethod())) {
        continue;
      }
      routes++;
      JsonNode op =
          doc.path("paths")
              .path(h.getPath())
              .path(h.getHttpMethod().name().toLowerCase(Locale.ROOT));
      if (op.isMissingNode() || op.path("summary").asText().isBlank()) {
        undocumented.add(h.getHttpMethod() + " " + h.getPath());
      }
    }
    assertThat(routes).isGreaterThan(15);
    assertThat(undocumented).as("routes missing from the OpenAPI document").isEmpty();
  }

  @Test
  void everyReferenceResolvesAndEveryPathParameterIsDeclared() {
    List<String> problems = new ArrayList<>();
    check(doc, problems);
    doc.path("paths")
        .fields()
        .forEachRemaining(
            e -> {
              java.util.regex.Matcher m =
                  java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(e.getKey());
              while (m.find()) {
                String name = m.group(1);
                e.getValue()
                    .fields()
                    .forEachRemaining(
                        op -> {
                          boolean declared = false;
                          for (JsonNode p : op.getValue().path("parameters")) {
                            declared |=
                                p.path("name").asText().equals(name)
                                    && p.path("in").asText().equals("path");
                          }
                          if (!declared) {
                            problems.add(
                                op.getKey() + " " + e.getKey() + " lacks path parameter " + name);
                          }
                        });
              }
            });
    assertThat(problems).isEmpty();
  }

  private void check(JsonNode node, List<String> problems) {
    if (node.isObject()) {
      JsonNode ref = node.get("$ref");
      if (ref != null) {
        String name = ref.asText().replace("#/components/schemas/", "");
        if (doc.path("components").path("schemas").path(name).isMissingNode()) {
          problems.add("unresolved " + ref.asText());
        }
      }
      node.elements().forEachRemaining(n -> check(n, problems));
    } else if (node.isArray()) {
      node.elements().forEachRemaining(n -> check(n, problems));
    }
  }

  @Test
  void onlyHealthLoginAndDocumentationArePublic() {
    List<String> open = new ArrayList<>();
    doc.path("paths")
        .fields()
        .forEachRemaining(
            e ->
                e.getValue()
                    .fields()
                    .forEachRemaining(
                        op -> {
                          if (op.getValue().path("security").isEmpty()) {
                            open.add(e.getKey());
                          }
                        }));
    assertThat(open)
        .allMatch(
            p ->
                p.equals("/api/v1/health")
                    || p.equals("/api/v1/auth/login")
                    || p.equals(Api.OPENAPI_PATH)
                    || p.equals("/api/docs")
                    || p.equals("/"));
  }
}
