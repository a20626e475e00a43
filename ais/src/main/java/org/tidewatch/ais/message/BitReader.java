package org.tidewatch.ais.message;

import org.tidewatch.ais.AisDecodeException;
import org.tidewatch.ais.RejectReason;

/**
 * Reads ITU-R M.1371 fields out of an armoured (six-bit ASCII) AIS payload.
 *
 * <p>{@link #reset} de-armours the payload into a {@code long[]} bit buffer, most significant bit
 * first, so field extraction is a shift and a mask. Reads past {@link #bitLength()} see the fill
 * bits of the last armoured character (as transmitted) and then zero bits, exactly like gpsd's bit
 * buffer; this lets decoders take messages that are a few bits short "as far as their bits go" (as
 * gpsd does) and reproduce gpsd's values for them. One instance is reused for many payloads and is
 * not thread-safe.
 */
public final class BitReader {
  /** Six-bit value of each armoured ASCII character, or -1 where the character is not valid. */
  private static final byte[] SIXBIT = new byte[128];

  static {
    java.util.Arrays.fill(SIXBIT, (byte) -1);
    for (int c = 48; c <= 87; c++) {
      SIXBIT[c] = (byte) (c - 48);
    }
    for (int c = 96; c <= 119; c++) {
      SIXBIT[c] = (byte) (c - 56);
    }
  }

  /** Six-bit ASCII as used in AIS text fields (ITU-R M.1371 table 47). */
  private static final char[] TEXT =
      "@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_ !\"#$%&'()*+,-./0123456789:;<=>?".toCharArray();

  private long[] words = new long[32];
  private int bitLength;
  private int armouredBits;

  /**
   * Loads a payload.
   *
   * @param armoured the payload characters (ASCII bytes)
   * @param offset index of the first payload character
   * @param length number of payload characters
   * @param fillBits number of fill bits at the end of the payload (0-5 by IEC 61162; larger values,
   *     as gpsd accepts them, drop that many bits)
   * @throws AisDecodeException with {@link RejectReason#BAD_PAYLOAD_CHARACTER} for a character
   *     outside the armouring alphabet
   */
  public void reset(byte[] armoured, int offset, int length, int fillBits)
      throws AisDecodeException {
    int totalBits = length * 6;
    int nWords = (totalBits + 63) >>> 6;
    if (nWords + 1 > words.length) {
      words = new long[Math.max(nWords + 1, words.length * 2)];
    }
    long acc = 0;
    int accBits = 0;
    int w = 0;
    for (int i = 0; i < length; i++) {
      int c = armoured[offset + i];
      int v = c >= 0 && c < 128 ? SIXBIT[c] : -1;
      if (v < 0) {
        throw new AisDecodeException(
            RejectReason.BAD_PAYLOAD_CHARACTER,
            "character '" + (char) (c & 0xff) + "' at payload position " + i);
      }
      if (accBits <= 58) {
        acc |= ((long) v) << (58 - accBits);
        accBits += 6;
        if (accBits == 64) {
          words[w++] = acc;
          acc = 0;
          accBits = 0;
        }
      } else {
        int first = 64 - accBits; // bits that still fit in this word (1..5)
        acc |= ((long) v) >>> (6 - first);
        words[w++] = acc;
        acc = ((long) v) << (64 - (6 - first));
        accBits = 6 - first;
      }
    }
    if (accBits > 0) {
      words[w++] = acc;
    }
    words[w] = 0;
    bitLength = Math.max(0, totalBits - Math.max(0, fillBits));
    armouredBits = totalBits;
  }

  /** Number of payload bits, excluding fill bits. */
  public int bitLength() {
    return bitLength;
  }

  /** Reads {@code len} bits (0-63) from bit {@code start} as an unsigned number. */
  public long unsigned(int start, int len) {
    if (len == 0 || start >= armouredBits) {
      return 0;
    }
    int idx = start >>> 6;
    int off = start & 63;
    long hi = words[idx] << off;
    if (off + len > 64 && idx + 1 < words.length) {
      hi |= words[idx + 1] >>> (64 - off);
    }
    return hi >>> (64 - len);
  }

  /** Reads {@code len} bits as an unsigned int (len at most 31, or 32 when the value fits). */
  public int uint(int start, int len) {
    return (int) unsigned(start, len);
  }

  /** Reads {@code len} bits (1-63) as a two's complement signed number. */
  public long signed(int start, int len) {
    long v = unsigned(start, len);
    return (v << (64 - len)) >> (64 - len);
  }

  /** Reads {@code len} bits as a signed int. */
  public int sint(int start, int len) {
    return (int) signed(start, len);
  }

  /** Reads one bit as a boolean. */
  public boolean bit(int start) {
    return unsigned(start, 1) != 0;
  }

  /**
   * Reads {@code len / 6} six-bit characters, untrimmed. Characters past the end of the payload are
   * not returned: the text stops at the last whole character inside {@link #bitLength()}.
   */
  public String text(int start, int len) {
    int chars = Math.max(0, Math.min(len, bitLength - start) / 6);
    char[] out = new char[chars];
    for (int i = 0; i < chars; i++) {
      out[i] = TEXT[(int) unsigned(start + 6 * i, 6)];
    }
    return new String(out);
  }

  /**
   * Reads six-bit text and trims it as gpsd does: the string ends at the first {@code @} (the AIS
   * padding character), then trailing spaces are removed.
   */
  public String trimmedText(int start, int len) {
    int chars = Math.max(0, Math.min(len, bitLength - start) / 6);
    char[] out = new char[chars];
    int n = 0;
    for (int i = 0; i < chars; i++) {
      char c = TEXT[(int) unsigned(start + 6 * i, 6)];
      if (c == '@') {
        break;
      }
      out[n++] = c;
    }
    while (n > 0 && out[n - 1] == ' ') {
      n--;
    }
    return new String(out, 0, n);
  }

  /**
   * Copies {@code len} bits from {@code start} into a byte array, most significant bit first; the
   * last byte is padded with zero bits.
   */
  public byte[] bytes(int start, int len) {
    int n = Math.max(0, len);
    byte[] out = new byte[(n + 7) >>> 3];
    for (int i = 0; i < out.length; i++) {
      int bits = Math.min(8, n - 8 * i);
      out[i] = (byte) (unsigned(start + 8 * i, bits) << (8 - bits));
    }
    return out;
  }

  /** Number of de-armoured bits including the fill bits of the last character. */
  public int armouredBitLength() {
    return armouredBits;
  }

  /**
   * Reads up to {@code count} six-bit characters as gpsd does: reading stops at the first {@code @}
   * (which is also what zero bits past the payload decode to), then trailing spaces and {@code @}
   * are removed. Unlike {@link #trimmedText} the characters are read regardless of {@link
   * #bitLength()}.
   */
  public String gpsdText(int start, int count) {
    char[] out = new char[Math.max(0, count)];
    int n = 0;
    for (int i = 0; i < count; i++) {
      char c = TEXT[(int) unsigned(start + 6 * i, 6)];
      if (c == '@') {
        break;
      }
      out[n++] = c;
    }
    while (n > 0 && out[n - 1] == ' ') {
      n--;
    }
    return new String(out, 0, n);
  }

  /**
   * Copies {@code len} bits from {@code start} into a byte array (most significant bit first); bits
   * at or after {@code limit} read as zero.
   */
  public byte[] bytesUpTo(int start, int len, int limit) {
    int n = Math.max(0, len);
    byte[] out = new byte[(n + 7) >>> 3];
    for (int i = 0; i < out.length; i++) {
      int from = start + 8 * i;
      int bits = Math.min(8, limit - from);
      if (bits <= 0) {
        break;
      }
      out[i] = (byte) (unsigned(from, bits) << (8 - bits));
    }
    return out;
  }

  /** As {@link #gpsdText} but without removing trailing spaces. */
  public String gpsdTextUntrimmed(int start, int count) {
    char[] out = new char[Math.max(0, count)];
    int n = 0;
    for (int i = 0; i < count; i++) {
      char c = TEXT[(int) unsigned(start + 6 * i, 6)];
      if (c == '@') {
        break;
      }
      out[n++] = c;
    }
    return new String(out, 0, n);
  }

  /** Removes trailing spaces and {@code @} characters. */
  public static String trimRight(String s) {
    int n = s.length();
    while (n > 0 && (s.charAt(n - 1) == ' ' || s.charAt(n - 1) == '@')) {
      n--;
    }
    return n == s.length() ? s : s.substring(0, n);
  }
}
