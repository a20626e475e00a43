package org.tidewatch.ais.sentence;

import org.tidewatch.ais.encode.NmeaFramer;
import org.tidewatch.ais.encode.Payload;

/**
 * Hand-built position payloads for the fast-path tests: a bit array written field by field (the
 * ITU-R M.1371-5 layouts of types 1-3, 18 and 27), armoured with any length and fill bits.
 */
final class PositionPayloads {
  /** Field layouts: {start, width} of lat, lon, sog, cog, heading (-1: none), status (-1: none). */
  static final int[][] CLASS_A = {{89, 27}, {61, 28}, {50, 10}, {116, 12}, {128, 9}, {38, 4}};

  static final int[][] CLASS_B = {{85, 27}, {57, 28}, {46, 10}, {112, 12}, {124, 9}, {-1, 0}};
  static final int[][] LONG_RANGE = {{62, 17}, {44, 18}, {79, 6}, {85, 9}, {-1, 0}, {40, 4}};

  static int[][] layout(int type) {
    return type == 18 ? CLASS_B : type == 27 ? LONG_RANGE : CLASS_A;
  }

  private final boolean[] bits;

  /** {@code chars} armoured characters, all zero bits, the type in the first six. */
  PositionPayloads(int type, int chars) {
    bits = new boolean[chars * 6];
    set(0, 6, type);
  }

  /** Writes the low {@code width} bits of {@code value} at bit {@code start} (ignored past end). */
  PositionPayloads set(int start, int width, long value) {
    for (int i = 0; i < width; i++) {
      int pos = start + i;
      if (pos >= 0 && pos < bits.length) {
        bits[pos] = ((value >>> (width - 1 - i)) & 1L) != 0;
      }
    }
    return this;
  }

  PositionPayloads bit(int pos, boolean value) {
    if (pos < bits.length) {
      bits[pos] = value;
    }
    return this;
  }

  int bitCapacity() {
    return bits.length;
  }

  /** The armoured characters (every bit, including those the fill-bit count will drop). */
  String armoured() {
    char[] out = new char[bits.length / 6];
    for (int c = 0; c < out.length; c++) {
      int v = 0;
      for (int b = 0; b < 6; b++) {
        v = (v << 1) | (bits[6 * c + b] ? 1 : 0);
      }
      out[c] = (char) (v < 40 ? v + 48 : v + 56);
    }
    return new String(out);
  }

  /** One or more {@code !AIVDM} sentences (with a tag-block time when {@code unix_s >= 0}). */
  String sentences(int fillBits, long unix_s) {
    return new NmeaFramer().frame(new Payload(armoured(), fillBits), 'A', unix_s, null);
  }
}
