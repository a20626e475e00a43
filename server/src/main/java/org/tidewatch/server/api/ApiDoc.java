package org.tidewatch.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tidewatch.server.auth.Role;

/**
 * Every API route with its documentation: routes are declared here once, mounted on Javalin from
 * here, and described by the OpenAPI 3.1 document built from here, so a route cannot be served
 * undocumented (a test compares the routes Javalin reports against the document).
 */
public final class ApiDoc {

  /** A route parameter. */
  public record Param(String name, String in, String type, boolean required, String description) {}

  /** One documented route. */
  public record Route(
      HandlerType method,
      String path,
      String operationId,
      String tag,
      String summary,
      Set<Role> roles,
      List<Param> params,
      @Nullable String requestSchema,
      String responseSchema,
      String responseMediaType,
      Map<String, String> problems,
      Handler handler) {}

  /** Builds one route. */
  public final class Builder {
    private final HandlerType method;
    private final String path;
    private final String operationId;
    private String tag = "misc";
    private String summary = "";
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private final List<Param> params = new ArrayList<>();
    private @Nullable String requestSchema;
    private String responseSchema = "";
    private String mediaType = "application/json";
    private final Map<String, String> problems = new LinkedHashMap<>();

    private Builder(HandlerType method, String path, String operationId) {
      this.method = method;
      this.path = path;
      this.operationId = operationId;
    }

    public Builder tag(String t) {
      tag = t;
      return this;
    }

    public Builder summary(String s) {
      summary = s;
      return this;
    }

    public Builder roles(Role first, Role... rest) {
      roles = EnumSet.of(first, rest);
      return this;
    }

    public Builder path(String name, String type, String description) {
      params.add(new Param(name, "path", type, true, description));
      return this;
    }

    public Builder query(String name, String type, String description) {
      params.add(new Param(name, "query", type, false, description));
      return this;
    }

    public Builder requiredQuery(String name, String type, String description) {
      params.add(new Param(name, "query", type, true, description));
      return this;
    }

    /** Adds the paging and sorting parameters. */
    public Builder paged(String sortable) {
      query("page", "integer", "Page number, from 0 (default 0).");
      query("size", "integer", "Items per page, 1 to " + Paging.MAX_SIZE + " (default 50).");
      query("sort", "string", "Sort key, '-' prefix for descending: " + sortable + ".");
      return this;
    }

    /** Documents a further problem response (status, description). */
    public Builder problem(String status, String description) {
      problems.put(status, description);
      return this;
    }

    public Builder body(String schema) {
      requestSchema = schema;
      return this;
    }

    public Builder returns(String schema) {
      responseSchema = schema;
      return this;
    }

    public Builder returns(String schema, String media) {
      responseSchema = schema;
      mediaType = media;
      return this;
    }

    public void handle(Handler h) {
      if (roles.isEmpty()) {
        throw new IllegalStateException("route " + path + " names no roles");
      }
      routes.add(
          new Route(
              method,
              path,
              operationId,
              tag,
              summary,
              Set.copyOf(roles),
              List.copyOf(params),
              requestSchema,
              responseSchema,
              mediaType,
              Map.copyOf(problems),
              h));
    }
  }

  private final List<Route> routes = new ArrayList<>();

  public Builder get(String path, String operationId) {
    return new Builder(HandlerType.GET, path, operationId);
  }

  public Builder post(String path, String operationId) {
    return new Builder(HandlerType.POST, path, operationId);
  }

  public Builder delete(String path, String operationId) {
    return new Builder(HandlerType.DELETE, path, operationId);
  }

  /** The declared routes. */
  public List<Route> routes() {
    return List.copyOf(routes);
  }

  /** Adds every declared route to the app, with its roles. */
  public void mount(Javalin app) {
    for (Route r : routes) {
      app.addHttpHandler(r.method(), r.path(), r.handler(), r.roles().toArray(new Role[0]));
    }
  }

  /** The OpenAPI 3.1 document. */
  public ObjectNode openApi(ObjectMapper json, String version) {
    ObjectNode doc;
    try (InputStream in = ApiDoc.class.getResourceAsStream("openapi-base.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi-base.json missing from the build");
      }
      doc = (ObjectNode) json.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ((ObjectNode) doc.get("info")).put("version", version);
    ObjectNode paths = doc.putObject("paths");
    for (Route r : routes) {
      ObjectNode item =
          paths.has(r.path()) ? (ObjectNode) paths.get(r.path()) : paths.putObject(r.path());
      ObjectNode op = item.putObject(r.method().name().toLowerCase(Locale.ROOT));
      op.put("operationId", r.operationId());
      op.putArray("tags").add(r.tag());
      op.put("summary", r.summary());
      List<String> roleNames =
          r.roles().stream().filter(x -> x != Role.PUBLIC).map(Role::id).sorted().toList();
      if (r.roles().contains(Role.PUBLIC)) {
        op.putArray("security");
        op.put("description", "No credential needed.");
      } else {
        op.put("description", "Roles: " + String.join(", ", roleNames) + ".");
        ArrayNode sec = op.putArray("security");
        sec.addObject().putArray("bearerAuth");
        if (r.roles().contains(Role.SCREENING)) {
          sec.addObject().putArray("apiKey");
        }
      }
      if (!r.params().isEmpty()) {
        ArrayNode ps = op.putArray("parameters");
        for (Param p : r.params()) {
          ObjectNode pn = ps.addObject();
          pn.put("name", p.name());
          pn.put("in", p.in());
          pn.put("required", p.required());
          pn.put("description", p.description());
          pn.putObject("schema").put("type", p.type());
        }
      }
      if (r.requestSchema() != null) {
        ObjectNode rb = op.putObject("requestBody");
        rb.put("required", true);
        rb.putObject("content")
            .putObject("application/json")
            .putObject("schema")
            .put("$ref", "#/components/schemas/" + r.requestSchema());
      }
      ObjectNode responses = op.putObject("responses");
      ObjectNode ok = responses.putObject("200");
      ok.put("description", "OK");
      ObjectNode schema =
          ok.putObject("content").putObject(r.responseMediaType()).putObject("schema");
      if (r.responseSchema().isEmpty()) {
        schema.put("type", "string");
      } else {
        schema.put("$ref", "#/components/schemas/" + r.responseSchema());
      }
      problem(responses, "400", "Bad request (invalid parameter or body)");
      if (!r.roles().contains(Role.PUBLIC)) {
        problem(responses, "401", "No valid credential");
        problem(responses, "403", "The caller's role may not use this route");
      }
      if (r.params().stream().anyMatch(p -> p.in().equals("path"))) {
        problem(responses, "404", "Not found, or not releasable to the caller");
      }
      r.problems().forEach((status, description) -> problem(responses, status, description));
    }
    return doc;
  }

  private static void problem(ObjectNode responses, String status, String description) {
    ObjectNode p = responses.putObject(status);
    p.put("description", description);
    p.putObject("content")
        .putObject(Problem.MEDIA_TYPE)
        .putObject("schema")
        .put("$ref", "#/components/schemas/Problem");
  }
}
