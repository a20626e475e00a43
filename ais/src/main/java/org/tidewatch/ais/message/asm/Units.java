package org.tidewatch.ais.message.asm;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Package-private conversions from transmitted codes to units, with "not available" as empty. */
final class Units {
  private Units() {}

  /** A position in 1/1000 minute; empty outside ±{@code limitDeg} (91° / 181° = not available). */
  static OptionalDouble position(int thousandthsOfMinute, int limitDeg) {
    double deg = thousandthsOfMinute / 60000.0;
    return Math.abs(deg) <= limitDeg ? OptionalDouble.of(deg) : OptionalDouble.empty();
  }

  /** A position in 1/10000 minute; empty outside ±{@code limitDeg}. */
  static OptionalDouble position4(int tenThousandthsOfMinute, int limitDeg) {
    double deg = tenThousandthsOfMinute / 600000.0;
    return Math.abs(deg) <= limitDeg ? OptionalDouble.of(deg) : OptionalDouble.empty();
  }

  /** The code itself when at most {@code max}, else empty. */
  static OptionalInt upTo(int code, int max) {
    return code <= max ? OptionalInt.of(code) : OptionalInt.empty();
  }
}
