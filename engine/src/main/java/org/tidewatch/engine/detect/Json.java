package org.tidewatch.engine.detect;

import java.util.LinkedHashMap;
import java.util.List;
import org.tidewatch.core.detect.EventCodec;
import org.tidewatch.core.detect.EventJsonReader;

/**
 * JSON reading and escaping (RFC 8259) for the event log and the simulator's truth file, without a
 * JSON library in the engine: core's reader and writer ({@link EventJsonReader}, {@link
 * EventCodec}). Objects become {@link LinkedHashMap}, arrays {@link List}, numbers {@link Double},
 * and {@code "NaN"} strings stay strings.
 */
public final class Json {
  private Json() {}

  /** Parses one JSON value. */
  public static Object parse(String text) {
    return EventJsonReader.parse(text);
  }

  /** A JSON string literal. */
  public static String quote(String v) {
    return EventCodec.quote(v);
  }

  /** A JSON number, or null for NaN/infinite. */
  public static String number(double d) {
    return EventCodec.number(d);
  }
}
