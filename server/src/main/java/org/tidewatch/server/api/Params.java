package org.tidewatch.server.api;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.tidewatch.core.track.BoundingBox;

/** Parsing of path and query parameters; bad values become 400 problem documents. */
final class Params {
  private Params() {}

  static int intParam(Context ctx, String name, int dflt) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return dflt;
    }
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw Problem.badRequest(name + " must be an integer, got '" + v + "'");
    }
  }

  static Optional<Integer> optionalInt(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(intParam(ctx, name, 0));
  }

  static double doubleParam(Context ctx, String name, double dflt) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return dflt;
    }
    try {
      return Double.parseDouble(v.strip());
    } catch (NumberFormatException e) {
      throw Problem.badRequest(name + " must be a number, got '" + v + "'");
    }
  }

  static int mmsi(Context ctx) {
    String v = ctx.pathParam("mmsi");
    try {
      int m = Integer.parseInt(v);
      if (m < 0 || m > 999_999_999) {
        throw new NumberFormatException();
      }
      return m;
    } catch (NumberFormatException e) {
      throw Problem.badRequest("an MMSI is up to nine digits, got '" + v + "'");
    }
  }

  static Optional<Instant> instant(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.parse(v.strip()));
    } catch (DateTimeParseException e) {
      throw Problem.badRequest(
          name + " must be an ISO-8601 instant such as 2024-01-01T00:00:00Z, got '" + v + "'");
    }
  }

  /** {@code bbox=west,south,east,north} (the GeoJSON / OGC order). */
  static Optional<BoundingBox> bbox(Context ctx) {
    String v = ctx.queryParam("bbox");
    if (v == null || v.isBlank()) {
      return Optional.empty();
    }
    String[] parts = v.split(",");
    if (parts.length != 4) {
      throw Problem.badRequest("bbox is west,south,east,north, got '" + v + "'");
    }
    try {
      double[] d = Arrays.stream(parts).mapToDouble(s -> Double.parseDouble(s.strip())).toArray();
      return Optional.of(new BoundingBox(d[1], d[0], d[3], d[2]));
    } catch (IllegalArgumentException e) {
      throw Problem.badRequest("bad bbox '" + v + "': " + e.getMessage());
    }
  }

  static List<String> list(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return List.of();
    }
    return Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
