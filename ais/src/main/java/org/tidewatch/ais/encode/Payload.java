package org.tidewatch.ais.encode;

import java.util.Objects;

/**
 * An armoured AIS payload (the six-bit ASCII of all fragments concatenated) and the number of fill
 * bits in its last character.
 */
public record Payload(String armoured, int fillBits) {
  public Payload {
    Objects.requireNonNull(armoured, "armoured");
    if (fillBits < 0 || fillBits > 5) {
      throw new IllegalArgumentException("fill bits " + fillBits);
    }
  }

  /** Number of payload bits (six per character minus the fill bits). */
  public int bitLength() {
    return armoured.length() * 6 - fillBits;
  }
}
