package org.tidewatch.ais.message.asm;

import org.tidewatch.ais.message.BitReader;

/**
 * Capability interrogation, ITU-R M.1371-5 annex 5 §2.4.1 (international function message 3): type
 * 6, DAC 1, FI 3. Asks which functional messages of the requested DAC the addressee supports. gpsd
 * does not decode it (it prints the raw data).
 *
 * @param requestedDac the DAC asked about
 * @param raw the application data as transmitted
 */
public record CapabilityRequest(int requestedDac, RawApplicationData raw)
    implements ApplicationPayload {

  /** Decodes the payload, or returns {@code null} when shorter than the 10-bit DAC field. */
  static CapabilityRequest decode(BitReader b) {
    if (b.bitLength() < 88 + 10) {
      return null;
    }
    return new CapabilityRequest(b.uint(88, 10), RawApplicationData.of(6, b, 88));
  }

  @Override
  public int dac() {
    return 1;
  }

  @Override
  public int fi() {
    return 3;
  }
}
