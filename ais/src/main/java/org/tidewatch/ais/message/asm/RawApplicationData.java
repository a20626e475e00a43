package org.tidewatch.ais.message.asm;

import org.tidewatch.ais.message.BitReader;

/**
 * The application data bits of a binary message as transmitted: kept by payload records whose
 * DAC/FI gpsd does not decode to fields, so that gpsd's {@code "data":"<bits>:<hex>"} can be
 * reproduced.
 *
 * @param bitCount number of application data bits (after the FI field)
 * @param hex the bits as lower-case hex, whole bytes, as gpsd prints them
 */
public record RawApplicationData(int bitCount, String hex) {

  static RawApplicationData of(int messageType, BitReader bits, int dataStart) {
    int n = Math.max(0, bits.bitLength() - dataStart);
    return new RawApplicationData(n, AsmBits.hex(bits, dataStart, n, messageType == 8));
  }

  /** gpsd's rendering, {@code <bitCount>:<hex>}. */
  public String gpsd() {
    return bitCount + ":" + hex;
  }
}
