package org.tidewatch.engine.detect;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.tidewatch.core.detect.DetectedEvent;
import org.tidewatch.core.detect.Evidence;

/**
 * Writes a {@link DetectedEvent} as one JSON line: the common fields ({@code id, type, mmsis,
 * start, end, lat, lon, confidence, summary}), the family's own fields under {@code detail} (record
 * components by name) and the evidence by provenance.
 */
public final class EventJson {
  private EventJson() {}

  /** One JSON object, no line break. */
  public static String line(DetectedEvent e) {
    StringBuilder b = new StringBuilder(512);
    b.append("{\"id\":").append(Json.quote(e.id()));
    b.append(",\"type\":").append(Json.quote(e.type().name()));
    b.append(",\"mmsis\":[")
        .append(e.mmsis().stream().map(String::valueOf).collect(Collectors.joining(",")))
        .append(']');
    b.append(",\"start\":").append(Json.quote(e.start().toString()));
    b.append(",\"end\":").append(Json.quote(e.end().toString()));
    b.append(",\"lat\":").append(Json.number(e.latitude_deg()));
    b.append(",\"lon\":").append(Json.number(e.longitude_deg()));
    b.append(",\"confidence\":").append(Json.number(Math.round(e.confidence() * 1000) / 1000.0));
    b.append(",\"summary\":").append(Json.quote(e.summary()));
    b.append(",\"detail\":{");
    boolean first = true;
    for (RecordComponent c : e.getClass().getRecordComponents()) {
      String n = c.getName();
      if (n.equals("evidence") || n.equals("start") || n.equals("end") || n.equals("confidence")) {
        continue;
      }
      Object v;
      try {
        v = c.getAccessor().invoke(e);
      } catch (ReflectiveOperationException x) {
        throw new IllegalStateException(x);
      }
      String json = value(v);
      if (json == null) {
        continue;
      }
      if (!first) {
        b.append(',');
      }
      first = false;
      b.append(Json.quote(n)).append(':').append(json);
    }
    b.append("},\"evidence\":[");
    first = true;
    for (Evidence ev : e.evidence()) {
      if (!first) {
        b.append(',');
      }
      first = false;
      b.append("{\"mmsi\":")
          .append(ev.mmsi())
          .append(",\"time\":")
          .append(Json.quote(ev.time().toString()))
          .append(",\"lat\":")
          .append(Json.number(ev.latitude_deg()))
          .append(",\"lon\":")
          .append(Json.number(ev.longitude_deg()))
          .append(",\"role\":")
          .append(Json.quote(ev.role()))
          .append(",\"source\":")
          .append(Json.quote(ev.source()))
          .append(",\"line\":")
          .append(ev.line())
          .append('}');
    }
    return b.append("]}").toString();
  }

  private static String value(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof Number n) {
      return Json.number(n.doubleValue());
    }
    if (v instanceof Boolean z) {
      return z.toString();
    }
    if (v instanceof Instant t) {
      return Json.quote(t.toString());
    }
    if (v instanceof OptionalDouble o) {
      return o.isPresent() ? Json.number(o.getAsDouble()) : "null";
    }
    if (v instanceof OptionalInt o) {
      return o.isPresent() ? Integer.toString(o.getAsInt()) : "null";
    }
    if (v instanceof Optional<?> o) {
      return o.isPresent() ? value(o.get()) : "null";
    }
    if (v instanceof List<?> l) {
      return l.stream().map(EventJson::value).collect(Collectors.joining(",", "[", "]"));
    }
    return Json.quote(v.toString());
  }
}
