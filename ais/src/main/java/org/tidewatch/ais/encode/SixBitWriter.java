package org.tidewatch.ais.encode;

import java.util.Arrays;

/**
 * Packs unsigned, signed and six-bit-text fields most significant bit first (ITU-R M.1371-5 annex
 * 2, §3.3.7) and armours the result as the IEC 61162-1 six-bit ASCII payload. Reusable: {@link
 * #reset()} before each message. Not thread-safe.
 */
public final class SixBitWriter {
  private long[] words = new long[8];
  private int bitCount;

  /** Forgets all bits written so far. */
  public SixBitWriter reset() {
    Arrays.fill(words, 0, Math.min(words.length, (bitCount >>> 6) + 1), 0L);
    bitCount = 0;
    return this;
  }

  /** Number of bits written. */
  public int bitCount() {
    return bitCount;
  }

  /**
   * Appends the low {@code width} bits of {@code value} (two's complement for negative values, so
   * this serves signed fields as well).
   */
  public SixBitWriter put(long value, int width) {
    if (width < 1 || width > 63) {
      throw new IllegalArgumentException("width " + width);
    }
    for (int i = width - 1; i >= 0; i--) {
      putBit(((value >>> i) & 1L) != 0);
    }
    return this;
  }

  /** Appends one bit. */
  public SixBitWriter putBit(boolean bit) {
    int word = bitCount >>> 6;
    if (word >= words.length) {
      words = Arrays.copyOf(words, words.length * 2);
    }
    if (bit) {
      words[word] |= 1L << (63 - (bitCount & 63));
    }
    bitCount++;
    return this;
  }

  /**
   * Appends {@code chars} characters of six-bit ASCII text (ITU-R M.1371-5 table 47): upper-case
   * letters, digits, space and the printable symbols; lower case is upper-cased, other characters
   * become {@code ?}. Shorter text is padded with {@code @} (code 0).
   */
  public SixBitWriter putText(String text, int chars) {
    String s = text == null ? "" : text;
    for (int i = 0; i < chars; i++) {
      put(i < s.length() ? sixBitCode(s.charAt(i)) : 0, 6);
    }
    return this;
  }

  /** The six-bit code of a character (0-63). */
  static int sixBitCode(char c) {
    char u = Character.toUpperCase(c);
    if (u >= 64 && u < 96) {
      return u - 64;
    }
    if (u >= 32 && u < 64) {
      return u;
    }
    return '?';
  }

  /** Number of fill bits needed to complete the last six-bit character (0-5). */
  public int fillBits() {
    return (6 - bitCount % 6) % 6;
  }

  /** The armoured payload (IEC 61162-1 §8.3.3 six-bit ASCII), padded with zero fill bits. */
  public String armoured() {
    int n = (bitCount + 5) / 6;
    char[] out = new char[n];
    for (int c = 0; c < n; c++) {
      int v = 0;
      for (int b = 0; b < 6; b++) {
        int pos = c * 6 + b;
        v <<= 1;
        if (pos < bitCount && ((words[pos >>> 6] >>> (63 - (pos & 63))) & 1L) != 0) {
          v |= 1;
        }
      }
      out[c] = armour(v);
    }
    return new String(out);
  }

  /** Armour of a six-bit value: 0-39 map to '0'-'W', 40-63 to '`'-'w'. */
  static char armour(int v) {
    return (char) (v < 40 ? v + 48 : v + 56);
  }

  /** The armoured payload and its fill bits. */
  public Payload payload() {
    return new Payload(armoured(), fillBits());
  }
}
