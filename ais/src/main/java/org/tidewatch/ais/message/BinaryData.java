package org.tidewatch.ais.message;

import java.util.Arrays;

/**
 * Binary data carried by a message (types 6, 8, 17, 25, 26), most significant bit first, in whole
 * bytes. The bits after {@code bitCount} in the last byte are the payload bits that followed, as
 * received (gpsd prints them). Immutable: the bytes are copied in and out.
 *
 * @param bytes the data, {@code ceil(bitCount / 8)} bytes
 * @param bitCount number of valid data bits
 */
public record BinaryData(byte[] bytes, int bitCount) {
  public BinaryData {
    if (bitCount < 0 || (bitCount + 7) / 8 > bytes.length) {
      throw new IllegalArgumentException(bitCount + " bits in " + bytes.length + " bytes");
    }
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The data as lower-case hex, two digits a byte. */
  public String hex() {
    StringBuilder sb = new StringBuilder(bytes.length * 2);
    for (byte b : bytes) {
      sb.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BinaryData d && d.bitCount == bitCount && Arrays.equals(d.bytes, bytes);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(bytes) + bitCount;
  }

  @Override
  public String toString() {
    return bitCount + ":" + hex();
  }
}
