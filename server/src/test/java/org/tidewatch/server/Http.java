package org.tidewatch.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A real HTTP client for tests (java.net.http). */
final class Http {
  static final ObjectMapper JSON = new ObjectMapper();

  record Response(int status, String contentType, String body, Map<String, List<String>> headers) {
    Response(int status, String contentType, String body) {
      this(status, contentType, body, Map.of());
    }

    /** The first value of a response header, or empty string. */
    String header(String name) {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
          return e.getValue().get(0);
        }
      }
      return "";
    }

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON (" + status + "): " + body, e);
      }
    }
  }

  private final HttpClient client = HttpClient.newHttpClient();
  private final String base;

  Http(String base) {
    this.base = base;
  }

  Response send(String method, String path, @Nullable String body, Map<String, String> headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
    headers.forEach(b::header);
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    try {
      HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(
          r.statusCode(),
          r.headers().firstValue("Content-Type").orElse(""),
          r.body(),
          r.headers().map());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  Response get(String path, @Nullable String token) {
    return send("GET", path, null, auth(token));
  }

  Response post(String path, String body, @Nullable String token) {
    return send("POST", path, body, auth(token));
  }

  String login(String user, String password) {
    Response r =
        post(
            "/api/v1/auth/login",
            "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}",
            null);
    if (r.status() != 200) {
      throw new AssertionError("login " + user + ": " + r);
    }
    return r.json().get("token").asText();
  }

  private static Map<String, String> auth(@Nullable String token) {
    if (token == null) {
      return Map.of();
    }
    return token.startsWith("twk_")
        ? Map.of("X-API-Key", token)
        : Map.of("Authorization", "Bearer " + token);
  }
}
