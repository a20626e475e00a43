package org.tidewatch.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;

/** The server's JSON mapper and request-body reading (bad bodies become 400 problems). */
public final class Json {
  private Json() {}

  /** The mapper: strict on unknown fields of request bodies. */
  public static ObjectMapper mapper() {
    return new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  static final ObjectMapper MAPPER = mapper();

  static <T> T body(Context ctx, Class<T> type) {
    String text = ctx.body();
    if (text.isBlank()) {
      throw Problem.badRequest("a JSON body is required");
    }
    try {
      T v = MAPPER.readValue(text, type);
      if (v == null) {
        throw Problem.badRequest("a JSON object is required");
      }
      return v;
    } catch (JsonProcessingException e) {
      throw Problem.badRequest("invalid JSON body: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw Problem.badRequest("unreadable body: " + e.getMessage());
    }
  }
}
