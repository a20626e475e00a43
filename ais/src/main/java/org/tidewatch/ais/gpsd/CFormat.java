package org.tidewatch.ais.gpsd;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** C {@code printf} number formatting as gpsd uses it. */
final class CFormat {
  private CFormat() {}

  /** {@code %.Nf}: the exact binary value rounded half-even to {@code decimals} digits. */
  static String fixed(double v, int decimals) {
    String s = new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    if ((v < 0 || (v == 0 && 1 / v < 0)) && s.charAt(0) != '-') {
      s = "-" + s;
    }
    return s;
  }

  /** {@code %0Nu}. */
  static StringBuilder pad(StringBuilder sb, int v, int width) {
    String s = Integer.toString(v);
    for (int i = s.length(); i < width; i++) {
      sb.append('0');
    }
    return sb.append(s);
  }
}
