package org.tidewatch.ais.message.asm;

import java.util.ArrayList;
import java.util.List;
import org.tidewatch.ais.message.BitReader;

/**
 * Capability reply, ITU-R M.1371-5 annex 5 §2.4.1 (international function message 4): type 6, DAC
 * 1, FI 4. The DAC replied for, then for each FI 0-63 an availability bit and a reserved bit (138
 * bits used). gpsd does not decode it (it prints the raw data).
 *
 * @param replyDac the DAC the reply is about
 * @param availableFis the function identifiers flagged as available, ascending
 * @param raw the application data as transmitted
 */
public record CapabilityReply(int replyDac, List<Integer> availableFis, RawApplicationData raw)
    implements ApplicationPayload {

  public CapabilityReply {
    availableFis = List.copyOf(availableFis);
  }

  /** Decodes the payload, or returns {@code null} when shorter than the 138 bits of the layout. */
  static CapabilityReply decode(BitReader b) {
    if (b.bitLength() < 88 + 138) {
      return null;
    }
    List<Integer> available = new ArrayList<>();
    for (int fi = 0; fi < 64; fi++) {
      if (b.bit(98 + 2 * fi)) {
        available.add(fi);
      }
    }
    return new CapabilityReply(b.uint(88, 10), available, RawApplicationData.of(6, b, 88));
  }

  @Override
  public int dac() {
    return 1;
  }

  @Override
  public int fi() {
    return 4;
  }
}
