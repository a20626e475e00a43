package org.tidewatch.ais.json;

/**
 * A minimal streaming JSON writer into a {@link StringBuilder}, for one object per line output
 * (gpsd-compatible JSON and our own JSON lines). Handles commas and string escaping; the caller
 * keeps the nesting right. Numbers are written as given, so callers choose the formatting (gpsd
 * fixes the number of decimals per field).
 */
public final class JsonWriter {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final StringBuilder out;
  private boolean needComma;

  public JsonWriter(StringBuilder out) {
    this.out = out;
  }

  public StringBuilder buffer() {
    return out;
  }

  public JsonWriter beginObject() {
    comma();
    out.append('{');
    needComma = false;
    return this;
  }

  public JsonWriter endObject() {
    out.append('}');
    needComma = true;
    return this;
  }

  public JsonWriter beginArray() {
    comma();
    out.append('[');
    needComma = false;
    return this;
  }

  public JsonWriter endArray() {
    out.append(']');
    needComma = true;
    return this;
  }

  /** Writes a member name; the next call writes its value. */
  public JsonWriter name(String name) {
    comma();
    quote(name);
    out.append(':');
    needComma = false;
    return this;
  }

  public JsonWriter value(String s) {
    comma();
    quote(s);
    needComma = true;
    return this;
  }

  public JsonWriter value(long v) {
    comma();
    out.append(v);
    needComma = true;
    return this;
  }

  public JsonWriter value(boolean v) {
    comma();
    out.append(v);
    needComma = true;
    return this;
  }

  /** Writes a double with Java's shortest round-trip representation; NaN and infinities as null. */
  public JsonWriter value(double v) {
    comma();
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      out.append("null");
    } else {
      out.append(v);
    }
    needComma = true;
    return this;
  }

  /** Writes an already formatted JSON number or literal verbatim. */
  public JsonWriter raw(CharSequence json) {
    comma();
    out.append(json);
    needComma = true;
    return this;
  }

  public JsonWriter nullValue() {
    return raw("null");
  }

  public JsonWriter field(String name, String v) {
    return name(name).value(v);
  }

  public JsonWriter field(String name, long v) {
    return name(name).value(v);
  }

  public JsonWriter field(String name, boolean v) {
    return name(name).value(v);
  }

  public JsonWriter field(String name, double v) {
    return name(name).value(v);
  }

  /** Writes {@code v} with exactly {@code decimals} digits after the point (as C's %.Nf). */
  public JsonWriter fixed(String name, double v, int decimals) {
    name(name);
    comma();
    out.append(String.format(java.util.Locale.ROOT, "%." + decimals + "f", v));
    needComma = true;
    return this;
  }

  private void comma() {
    if (needComma) {
      out.append(',');
      needComma = false;
    }
  }

  private void quote(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 15]);
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
