package org.tidewatch.ais.message.json;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.tidewatch.ais.json.JsonWriter;
import org.tidewatch.ais.message.AisMessage;

/**
 * Writes tidewatch's own message model as one JSON object per message (JSON lines): a {@code
 * "kind"} member with the record's simple name, then every record component by name, in declaration
 * order. Empty optionals are omitted, enums are written by name, {@code java.time} values as
 * ISO-8601, byte arrays as lower-case hex, nested records as objects.
 */
public final class MessageJsonWriter {
  private MessageJsonWriter() {}

  /** Appends one JSON object (no line terminator). */
  public static void write(AisMessage m, StringBuilder out) {
    JsonWriter j = new JsonWriter(out);
    j.beginObject().field("kind", m.getClass().getSimpleName());
    components(j, (Record) m);
    j.endObject();
  }

  /** The JSON object for {@code m}. */
  public static String toJson(AisMessage m) {
    StringBuilder sb = new StringBuilder(256);
    write(m, sb);
    return sb.toString();
  }

  private static void components(JsonWriter j, Record r) {
    for (RecordComponent c : r.getClass().getRecordComponents()) {
      Object v;
      try {
        v = c.getAccessor().invoke(r);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + c.getName(), e);
      }
      member(j, c.getName(), v);
    }
  }

  private static void member(JsonWriter j, String name, Object v) {
    switch (v) {
      case null -> {}
      case OptionalInt o -> {
        if (o.isPresent()) {
          j.field(name, o.getAsInt());
        }
      }
      case OptionalLong o -> {
        if (o.isPresent()) {
          j.field(name, o.getAsLong());
        }
      }
      case OptionalDouble o -> {
        if (o.isPresent()) {
          j.field(name, o.getAsDouble());
        }
      }
      case Optional<?> o -> o.ifPresent(x -> member(j, name, x));
      default -> {
        j.name(name);
        value(j, v);
      }
    }
  }

  private static void value(JsonWriter j, Object v) {
    switch (v) {
      case Boolean b -> j.value(b);
      case Double d -> j.value(d);
      case Float f -> j.value(f.doubleValue());
      case Number n -> j.value(n.longValue());
      case Enum<?> e -> j.value(e.name());
      case TemporalAccessor t -> j.value(t.toString());
      case byte[] bytes -> {
        StringBuilder sb = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
          sb.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
        }
        j.value(sb.toString());
      }
      case Record r -> {
        j.beginObject();
        components(j, r);
        j.endObject();
      }
      default -> j.value(v.toString());
    }
  }
}
