package org.tidewatch.ais.message.asm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.tidewatch.ais.message.BitReader;

/** Package-private helpers shared by the application-payload decoders and the gpsd writer. */
final class AsmBits {
  private static final char[] SIXBIT_TEXT =
      "@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_ !\"#$%&'()*+,-./0123456789:;<=>?".toCharArray();
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private AsmBits() {}

  /**
   * Reads up to {@code maxChars} six-bit characters (ITU-R M.1371 table 47) from {@code start} the
   * way gpsd's fixed-width text fields do: reading stops at the first {@code @} (padding, which is
   * also what bits past the end of the payload read as) and trailing spaces are removed. A
   * character cut by the end of the payload is read with zero bits filling it.
   */
  static String text(BitReader bits, int start, int maxChars) {
    StringBuilder sb = new StringBuilder(maxChars);
    for (int i = 0; i < maxChars; i++) {
      int c = (int) bits.unsigned(start + 6 * i, 6);
      if (c == 0) {
        break;
      }
      sb.append(SIXBIT_TEXT[c]);
    }
    int n = sb.length();
    while (n > 0 && sb.charAt(n - 1) == ' ') {
      n--;
    }
    sb.setLength(n);
    return sb.toString();
  }

  /**
   * Reads the variable-length text that runs from {@code start} to the last whole six-bit character
   * of the payload, trimmed as {@link #text}.
   */
  static String textToEnd(BitReader bits, int start) {
    int len = bits.bitLength();
    if (len <= start) {
      return "";
    }
    return text(bits, start, (len - start) / 6);
  }

  /**
   * {@code bitCount} bits from {@code start} as gpsd's lower-case hex dump of whole bytes. gpsd
   * clears the unused bits of the last byte for message 8 ({@code maskLastByte}) but not for
   * message 6, where they show whatever follows the payload in its bit buffer.
   */
  static String hex(BitReader bits, int start, int bitCount, boolean maskLastByte) {
    int n = Math.max(0, bitCount);
    int nBytes = (n + 7) >>> 3;
    char[] out = new char[nBytes * 2];
    for (int i = 0; i < nBytes; i++) {
      int have = Math.min(8, n - 8 * i);
      int v = (int) bits.unsigned(start + 8 * i, 8);
      if (maskLastByte && have < 8) {
        v &= 0xff << (8 - have);
      }
      out[2 * i] = HEX[(v >> 4) & 15];
      out[2 * i + 1] = HEX[v & 15];
    }
    return new String(out);
  }

  /**
   * Formats {@code v} with exactly {@code decimals} fraction digits the way C's {@code printf
   * ("%.Nf")} does (exact binary value, ties to even), which {@link String#format} does not always
   * match.
   */
  static String fixed(double v, int decimals) {
    if (Double.isNaN(v)) {
      return "nan";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    String s = new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    boolean negative = v < 0 || (v == 0 && 1 / v < 0);
    if (negative && !s.startsWith("-")) {
      s = "-" + s;
    }
    return s;
  }
}
