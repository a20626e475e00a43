package org.tidewatch.core.detect;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * The JSON form of a {@link DetectedEvent}, for the event log ({@code detect/events.jsonl}) and the
 * store's typed payload: the common fields ({@code id, type, mmsis, start, end, lat, lon,
 * confidence, summary}), the family's own record components under {@code detail} (by name) and the
 * evidence by provenance (source, line and, since session 5, the stored record's content hash as
 * {@code hash}, 16 hexadecimal digits; lines without it still decode). {@link #encode} gives the
 * lines the event log has always had, plus that hash (the confidence rounded to 3 decimals); {@link
 * #encodeExact} keeps the confidence as is, so that {@link #decode} gives back an equal record.
 * Lives in core so that a store can hold typed events without depending on the engine.
 */
public final class EventCodec {
  private static final Map<EventType, Class<? extends Record>> FAMILIES =
      new EnumMap<>(EventType.class);

  static {
    FAMILIES.put(EventType.PORT_CALL, PortCall.class);
    FAMILIES.put(EventType.STS, Encounter.class);
    FAMILIES.put(EventType.POSSIBLE_STS, Encounter.class);
    FAMILIES.put(EventType.ENCOUNTER, Encounter.class);
    FAMILIES.put(EventType.LOITERING, Loitering.class);
    FAMILIES.put(EventType.AIS_GAP, AisGap.class);
    FAMILIES.put(EventType.DARK_PERIOD, AisGap.class);
    FAMILIES.put(EventType.SPOOFING, Spoofing.class);
    FAMILIES.put(EventType.SHARED_MMSI, SharedMmsi.class);
    FAMILIES.put(EventType.IDENTITY_CHANGE, IdentityChange.class);
    FAMILIES.put(EventType.DRAUGHT_CHANGE, DraughtChange.class);
  }

  /** A family's record components, read once per class (reflection on records is not cheap). */
  private record Shape(
      String[] names,
      Method[] accessors,
      Class<?>[] types,
      Type[] genericTypes,
      Constructor<?> constructor) {}

  private static final ClassValue<Shape> SHAPES =
      new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> c) {
          RecordComponent[] rc = c.getRecordComponents();
          String[] names = new String[rc.length];
          Method[] accessors = new Method[rc.length];
          Class<?>[] types = new Class<?>[rc.length];
          Type[] generic = new Type[rc.length];
          for (int i = 0; i < rc.length; i++) {
            names[i] = rc[i].getName();
            accessors[i] = rc[i].getAccessor();
            types[i] = rc[i].getType();
            generic[i] = rc[i].getGenericType();
          }
          try {
            return new Shape(names, accessors, types, generic, c.getDeclaredConstructor(types));
          } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
          }
        }
      };

  private EventCodec() {}

  /** One event-log line (no line break), the confidence rounded to 3 decimals. */
  public static String encode(DetectedEvent e) {
    return encode(e, false);
  }

  /**
   * The same object with the confidence exact, so that {@link #decode} gives back an equal event.
   */
  public static String encodeExact(DetectedEvent e) {
    return encode(e, true);
  }

  /**
   * The object; {@code exact}: the confidence not rounded, and the doubles that the log form
   * flattens (infinities, which it writes as {@code null}, and -0.0, written {@code 0}) written so
   * that they come back: {@code "Infinity"}, {@code "-Infinity"}, {@code -0.0}.
   */
  private static String encode(DetectedEvent e, boolean exact) {
    double confidence = exact ? e.confidence() : Math.round(e.confidence() * 1000) / 1000.0;
    StringBuilder b = new StringBuilder(512);
    b.append("{\"id\":").append(quote(e.id()));
    b.append(",\"type\":").append(quote(e.type().name()));
    b.append(",\"mmsis\":[")
        .append(e.mmsis().stream().map(String::valueOf).collect(Collectors.joining(",")))
        .append(']');
    b.append(",\"start\":").append(quote(e.start().toString()));
    b.append(",\"end\":").append(quote(e.end().toString()));
    b.append(",\"lat\":").append(number(e.latitude_deg(), exact));
    b.append(",\"lon\":").append(number(e.longitude_deg(), exact));
    b.append(",\"confidence\":").append(number(confidence, exact));
    b.append(",\"summary\":").append(quote(e.summary()));
    b.append(",\"detail\":{");
    boolean first = true;
    Shape shape = SHAPES.get(e.getClass());
    for (int i = 0; i < shape.names().length; i++) {
      String n = shape.names()[i];
      if (n.equals("evidence") || n.equals("start") || n.equals("end") || n.equals("confidence")) {
        continue;
      }
      Object v;
      try {
        v = shape.accessors()[i].invoke(e);
      } catch (ReflectiveOperationException x) {
        throw new IllegalStateException(x);
      }
      if (!first) {
        b.append(',');
      }
      first = false;
      b.append(quote(n)).append(':').append(value(v, exact));
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
          .append(quote(ev.time().toString()))
          .append(",\"lat\":")
          .append(number(ev.latitude_deg(), exact))
          .append(",\"lon\":")
          .append(number(ev.longitude_deg(), exact))
          .append(",\"role\":")
          .append(quote(ev.role()))
          .append(",\"source\":")
          .append(quote(ev.source()))
          .append(",\"line\":")
          .append(ev.line());
      if (ev.contentHash().isPresent()) {
        // hexadecimal text: a JSON number would lose 64-bit precision in most readers
        b.append(",\"hash\":").append(quote(hash(ev.contentHash().getAsLong())));
      }
      b.append('}');
    }
    return b.append("]}").toString();
  }

  /**
   * The event of one JSON object written by {@link #encode} or {@link #encodeExact} (or by earlier
   * versions of the event log: a component missing from {@code detail} gets its neutral value).
   *
   * @throws IllegalArgumentException when the text is not such an object, or its type is unknown
   */
  @SuppressWarnings("unchecked")
  public static DetectedEvent decode(String json) {
    Map<String, Object> top = (Map<String, Object>) EventJsonReader.parse(json);
    EventType type = EventType.valueOf((String) top.get("type"));
    Class<? extends Record> c = FAMILIES.get(type);
    Map<String, Object> detail = (Map<String, Object>) top.getOrDefault("detail", Map.of());
    Shape shape = SHAPES.get(c);
    String[] names = shape.names();
    Object[] args = new Object[names.length];
    try {
      for (int i = 0; i < names.length; i++) {
        Object raw =
            switch (names[i]) {
              case "start", "end", "confidence", "evidence" -> top.get(names[i]);
              default -> detail.get(names[i]);
            };
        if (names[i].equals("mmsis") && raw == null) {
          raw = top.get("mmsis");
        }
        args[i] = convert(raw, shape.types()[i], shape.genericTypes()[i]);
      }
      return (DetectedEvent) shape.constructor().newInstance(args);
    } catch (ReflectiveOperationException | ClassCastException | NullPointerException e) {
      throw new IllegalArgumentException("not a " + type + " event: " + e, e);
    }
  }

  /** A JSON string literal (RFC 8259 escapes). */
  public static String quote(String v) {
    StringBuilder b = new StringBuilder(v.length() + 2).append('"');
    for (int k = 0; k < v.length(); k++) {
      char c = v.charAt(k);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  /** A JSON number: integral values without a fraction, {@code null} for NaN and infinities. */
  public static String number(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return "null";
    }
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return Double.toString(d);
  }

  private static String number(double d, boolean exact) {
    if (exact && Double.isInfinite(d)) {
      return d > 0 ? "\"Infinity\"" : "\"-Infinity\"";
    }
    if (exact && d == 0 && 1 / d < 0) {
      return "-0.0";
    }
    return number(d);
  }

  private static String value(Object v, boolean exact) {
    if (v == null) {
      return "null";
    }
    if (v instanceof Number n) {
      return number(n.doubleValue(), exact);
    }
    if (v instanceof Boolean z) {
      return z.toString();
    }
    if (v instanceof Instant t) {
      return quote(t.toString());
    }
    if (v instanceof OptionalDouble o) {
      return o.isPresent() ? number(o.getAsDouble(), exact) : "null";
    }
    if (v instanceof OptionalInt o) {
      return o.isPresent() ? Integer.toString(o.getAsInt()) : "null";
    }
    if (v instanceof Optional<?> o) {
      return o.isPresent() ? value(o.get(), exact) : "null";
    }
    if (v instanceof List<?> l) {
      return l.stream().map(x -> value(x, exact)).collect(Collectors.joining(",", "[", "]"));
    }
    return quote(v.toString());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object convert(Object v, Class<?> t, Type g) {
    if (t == int.class) {
      return v == null ? 0 : ((Double) v).intValue();
    }
    if (t == long.class) {
      return v == null ? 0L : ((Double) v).longValue();
    }
    if (t == double.class) {
      return real(v);
    }
    if (t == boolean.class) {
      return Boolean.TRUE.equals(v);
    }
    if (t == String.class) {
      return v == null ? "" : v.toString();
    }
    if (t == Instant.class) {
      return Instant.parse((String) v);
    }
    if (t == OptionalDouble.class) {
      return v == null ? OptionalDouble.empty() : OptionalDouble.of(real(v));
    }
    if (t == OptionalInt.class) {
      return v instanceof Double d ? OptionalInt.of(d.intValue()) : OptionalInt.empty();
    }
    if (t.isEnum()) {
      // absent from logs written before the component existed: the record defaults it
      return v == null ? null : Enum.valueOf((Class<? extends Enum>) t, (String) v);
    }
    Type arg = g instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
    Class<?> argClass = arg instanceof Class<?> k ? k : Object.class;
    if (t == Optional.class) {
      return v == null ? Optional.empty() : Optional.of(convert(v, argClass, argClass));
    }
    if (t == List.class) {
      List<Object> out = new ArrayList<>();
      if (v != null) {
        for (Object o : (List<Object>) v) {
          out.add(
              argClass == Evidence.class
                  ? evidence((Map<String, Object>) o)
                  : convert(o, unbox(argClass), argClass));
        }
      }
      return List.copyOf(out);
    }
    throw new IllegalArgumentException("unsupported component type " + t);
  }

  /** A double: a number, null (NaN), or the exact form's "Infinity" and "-Infinity". */
  private static double real(Object v) {
    if (v instanceof Double d) {
      return d;
    }
    if ("Infinity".equals(v)) {
      return Double.POSITIVE_INFINITY;
    }
    if ("-Infinity".equals(v)) {
      return Double.NEGATIVE_INFINITY;
    }
    return Double.NaN;
  }

  private static Class<?> unbox(Class<?> c) {
    return c == Integer.class ? int.class : c == Double.class ? double.class : c;
  }

  private static Evidence evidence(Map<String, Object> m) {
    return new Evidence(
        ((Double) m.get("mmsi")).intValue(),
        Instant.parse((String) m.get("time")),
        real(m.get("lat")),
        real(m.get("lon")),
        (String) m.get("role"),
        (String) m.get("source"),
        ((Double) m.get("line")).longValue(),
        m.get("hash") instanceof String h
            ? OptionalLong.of(Long.parseUnsignedLong(h, 16))
            : OptionalLong.empty());
  }

  /** A content hash as the event log writes it: 16 lower-case hexadecimal digits. */
  public static String hash(long contentHash) {
    return String.format(java.util.Locale.ROOT, "%016x", contentHash);
  }
}
