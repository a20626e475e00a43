package org.tidewatch.engine.infer;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.tidewatch.core.detect.AisGap;
import org.tidewatch.core.detect.DetectedEvent;
import org.tidewatch.core.detect.DraughtChange;
import org.tidewatch.core.detect.Encounter;
import org.tidewatch.core.detect.Evidence;
import org.tidewatch.core.detect.IdentityChange;
import org.tidewatch.core.detect.Loitering;
import org.tidewatch.core.detect.PortCall;
import org.tidewatch.core.detect.SharedMmsi;
import org.tidewatch.core.detect.Spoofing;
import org.tidewatch.engine.detect.EventJson;
import org.tidewatch.engine.detect.EventRow;
import org.tidewatch.engine.detect.Json;

/**
 * Rebuilds typed {@link DetectedEvent}s from the event log's JSON lines ({@link EventJson}): each
 * record component is read by name from {@code detail} (or {@code start}, {@code end}, {@code
 * confidence}, {@code evidence} at the top level) and converted to its declared type. An event of a
 * family this does not know, or a line that no longer fits its record, is skipped (counted).
 */
public final class EventDecoder {
  private static final Map<String, Class<? extends Record>> FAMILIES =
      Map.ofEntries(
          Map.entry("PORT_CALL", PortCall.class),
          Map.entry("STS", Encounter.class),
          Map.entry("POSSIBLE_STS", Encounter.class),
          Map.entry("ENCOUNTER", Encounter.class),
          Map.entry("LOITERING", Loitering.class),
          Map.entry("AIS_GAP", AisGap.class),
          Map.entry("DARK_PERIOD", AisGap.class),
          Map.entry("SPOOFING", Spoofing.class),
          Map.entry("SHARED_MMSI", SharedMmsi.class),
          Map.entry("IDENTITY_CHANGE", IdentityChange.class),
          Map.entry("DRAUGHT_CHANGE", DraughtChange.class));

  private EventDecoder() {}

  /** The events that could be decoded, and how many could not. */
  public record Decoded(List<DetectedEvent> events, int skipped) {}

  /** Decodes rows of the event log. */
  public static Decoded decode(List<EventRow> rows) {
    List<DetectedEvent> out = new ArrayList<>();
    int skipped = 0;
    for (EventRow r : rows) {
      Optional<DetectedEvent> e = decode(r);
      if (e.isPresent()) {
        out.add(e.get());
      } else {
        skipped++;
      }
    }
    return new Decoded(out, skipped);
  }

  /** Decodes one row. */
  @SuppressWarnings("unchecked")
  public static Optional<DetectedEvent> decode(EventRow r) {
    Class<? extends Record> c = FAMILIES.get(r.type());
    if (c == null) {
      return Optional.empty();
    }
    try {
      Map<String, Object> top = (Map<String, Object>) Json.parse(r.json());
      RecordComponent[] comps = c.getRecordComponents();
      Object[] args = new Object[comps.length];
      Class<?>[] types = new Class<?>[comps.length];
      for (int i = 0; i < comps.length; i++) {
        RecordComponent rc = comps[i];
        types[i] = rc.getType();
        Object raw =
            switch (rc.getName()) {
              case "start", "end", "confidence", "evidence" -> top.get(rc.getName());
              default -> r.detail().get(rc.getName());
            };
        if (rc.getName().equals("mmsis") && raw == null) {
          raw = top.get("mmsis");
        }
        args[i] = convert(raw, rc.getType(), rc.getGenericType());
      }
      Constructor<? extends Record> k = c.getDeclaredConstructor(types);
      return Optional.of((DetectedEvent) k.newInstance(args));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return Optional.empty();
    }
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
      return v instanceof Double d ? d : Double.NaN;
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
      return v instanceof Double d ? OptionalDouble.of(d) : OptionalDouble.empty();
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
                  : convert(o, box(argClass), argClass));
        }
      }
      return List.copyOf(out);
    }
    throw new IllegalArgumentException("unsupported component type " + t);
  }

  private static Class<?> box(Class<?> c) {
    return c == Integer.class ? int.class : c == Double.class ? double.class : c;
  }

  private static Evidence evidence(Map<String, Object> m) {
    return new Evidence(
        ((Double) m.get("mmsi")).intValue(),
        Instant.parse((String) m.get("time")),
        m.get("lat") instanceof Double d ? d : Double.NaN,
        m.get("lon") instanceof Double d ? d : Double.NaN,
        (String) m.get("role"),
        (String) m.get("source"),
        ((Double) m.get("line")).longValue());
  }
}
