package org.tidewatch.ais.message;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Conversions between ITU-R M.1371 field codes and typed values, with caches of the small optional
 * values so that decoding does not allocate one object per field.
 */
public final class Values {
  private Values() {}

  /** Divisor of the 1/10 000 minute coordinates of most position reports. */
  public static final double LATLON_DIV = 600_000.0;

  /** Divisor of the 1/10 minute coordinates of messages 17, 22, 23 and 27. */
  public static final double COARSE_LATLON_DIV = 600.0;

  /** Latitude code meaning "not available": 91 degrees in 1/10 000 minute. */
  public static final int LAT_NA = 91 * 600_000;

  /** Longitude code meaning "not available": 181 degrees in 1/10 000 minute. */
  public static final int LON_NA = 181 * 600_000;

  private static final OptionalInt[] INTS = new OptionalInt[4096];
  private static final OptionalDouble[] TENTHS = new OptionalDouble[4096];

  static {
    for (int i = 0; i < INTS.length; i++) {
      INTS[i] = OptionalInt.of(i);
      TENTHS[i] = OptionalDouble.of(i / 10.0);
    }
  }

  /** {@code code} as an OptionalInt, empty when it equals {@code notAvailable}. */
  public static OptionalInt optInt(int code, int notAvailable) {
    if (code == notAvailable) {
      return OptionalInt.empty();
    }
    return code >= 0 && code < INTS.length ? INTS[code] : OptionalInt.of(code);
  }

  /**
   * {@code code / 10} as an OptionalDouble, empty when {@code code} equals {@code notAvailable}.
   */
  public static OptionalDouble tenths(int code, int notAvailable) {
    if (code == notAvailable) {
      return OptionalDouble.empty();
    }
    return code >= 0 && code < TENTHS.length ? TENTHS[code] : OptionalDouble.of(code / 10.0);
  }

  /** A coordinate in degrees, empty when the code equals {@code notAvailable}. */
  public static OptionalDouble degrees(int code, int notAvailable, double divisor) {
    return code == notAvailable ? OptionalDouble.empty() : OptionalDouble.of(code / divisor);
  }

  /** Inverse of {@link #optInt}. */
  public static int code(OptionalInt v, int notAvailable) {
    return v.isPresent() ? v.getAsInt() : notAvailable;
  }

  /** Inverse of {@link #tenths}. */
  public static int tenthsCode(OptionalDouble v, int notAvailable) {
    return v.isPresent() ? (int) Math.round(v.getAsDouble() * 10) : notAvailable;
  }

  /** Inverse of {@link #degrees}. */
  public static int degreesCode(OptionalDouble v, int notAvailable, double divisor) {
    return v.isPresent() ? (int) Math.round(v.getAsDouble() * divisor) : notAvailable;
  }
}
