package org.tidewatch.ais.message.asm;

import org.tidewatch.ais.message.BitReader;

/**
 * Interrogation for a specific functional message, ITU-R M.1371-5 annex 5 §2.4.1 (international
 * function message 2): type 6, DAC 1, FI 2. Asks the addressee to transmit the application message
 * identified by the requested DAC and FI. gpsd does not decode it (it prints the raw data).
 *
 * @param requestedDac DAC of the requested message
 * @param requestedFi FI of the requested message
 * @param raw the application data as transmitted
 */
public record FunctionalMessageRequest(int requestedDac, int requestedFi, RawApplicationData raw)
    implements ApplicationPayload {

  /** Decodes the payload, or returns {@code null} when shorter than the 16 bits of the layout. */
  static FunctionalMessageRequest decode(BitReader b) {
    if (b.bitLength() < 88 + 16) {
      return null;
    }
    return new FunctionalMessageRequest(
        b.uint(88, 10), b.uint(98, 6), RawApplicationData.of(6, b, 88));
  }

  @Override
  public int dac() {
    return 1;
  }

  @Override
  public int fi() {
    return 2;
  }
}
