package org.tidewatch.ais.message.asm;

import java.util.ArrayList;
import java.util.List;
import org.tidewatch.ais.message.BitReader;

/**
 * Dangerous cargo indication, IMO SN.1/Circ.289 section 3: type 6, DAC 1, FI 25. Unit and amount of
 * the cargo, then 17-bit cargo entries (4-bit code, 13-bit subtype) while any bit of one is left,
 * as gpsd reads them.
 *
 * @param unitCode 0 n/a, 1 kg, 2 tonnes, 3 1000 tonnes
 * @param amount amount of cargo
 * @param cargos the cargo entries
 */
public record DangerousCargo289(int unitCode, int amount, List<Cargo> cargos)
    implements ApplicationPayload {

  /**
   * One cargo entry.
   *
   * @param code code under which the cargo is carried (IMDG class, BC code, MARPOL annex ...)
   * @param subtype the class, UN number or category within that code
   */
  public record Cargo(int code, int subtype) {}

  public DangerousCargo289 {
    cargos = List.copyOf(cargos);
  }

  static DangerousCargo289 decode(BitReader b) {
    List<Cargo> list = new ArrayList<>();
    for (int a = 100; a < b.bitLength(); a += 17) {
      list.add(new Cargo(b.uint(a, 4), b.uint(a + 4, 13)));
    }
    return new DangerousCargo289(b.uint(88, 2), b.uint(90, 10), list);
  }

  @Override
  public int dac() {
    return 1;
  }

  @Override
  public int fi() {
    return 25;
  }
}
