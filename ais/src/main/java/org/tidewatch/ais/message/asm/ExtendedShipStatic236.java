package org.tidewatch.ais.message.asm;

import java.util.OptionalInt;
import org.tidewatch.ais.message.BitReader;

/**
 * Extended ship static and voyage related data, IMO SN/Circ.236 annex 2 application 7: type 8, DAC
 * 1, FI 15.
 *
 * @param airDraughtCode air draught in metres, 1-2047 (0 = not available)
 */
public record ExtendedShipStatic236(int airDraughtCode) implements ApplicationPayload {

  static ExtendedShipStatic236 decode(BitReader b) {
    return new ExtendedShipStatic236(b.uint(56, 11));
  }

  @Override
  public int dac() {
    return 1;
  }

  @Override
  public int fi() {
    return 15;
  }

  /** Air draught in metres; empty when 0 (not available). */
  public OptionalInt airDraught_m() {
    return airDraughtCode == 0 ? OptionalInt.empty() : OptionalInt.of(airDraughtCode);
  }
}
