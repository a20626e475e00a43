package org.tidewatch.ais.message.asm;

import org.tidewatch.ais.message.BitReader;

/**
 * Dangerous cargo indication, IMO SN/Circ.236 annex 2 application 2: type 6, DAC 1, FI 12.
 *
 * @param lastPort UN/LOCODE of the last port of call (5 characters)
 * @param departureMonth month of departure (0 = not available), likewise the day/hour/minute
 * @param nextPort UN/LOCODE of the next port of call
 * @param etaMonth month of arrival at the next port (0 = not available), likewise day/hour/minute
 * @param dangerousGoods main dangerous good (20 characters)
 * @param imdCategory IMD category of the main dangerous good (4 characters)
 * @param unNumber UN number (0 = not available)
 * @param amount amount of cargo (0 = not available)
 * @param unitCode unit of the amount: 0 n/a, 1 kg, 2 tonnes, 3 1000 tonnes
 */
public record DangerousCargo236(
    String lastPort,
    int departureMonth,
    int departureDay,
    int departureHour,
    int departureMinute,
    String nextPort,
    int etaMonth,
    int etaDay,
    int etaHour,
    int etaMinute,
    String dangerousGoods,
    String imdCategory,
    int unNumber,
    int amount,
    int unitCode)
    implements ApplicationPayload {

  static DangerousCargo236 decode(BitReader b) {
    return new DangerousCargo236(
        AsmBits.text(b, 88, 5),
        b.uint(118, 4),
        b.uint(122, 5),
        b.uint(127, 5),
        b.uint(132, 6),
        AsmBits.text(b, 138, 5),
        b.uint(168, 4),
        b.uint(172, 5),
        b.uint(177, 5),
        b.uint(182, 6),
        AsmBits.text(b, 188, 20),
        AsmBits.text(b, 308, 4),
        b.uint(332, 13),
        b.uint(345, 10),
        b.uint(355, 2));
  }

  @Override
  public int dac() {
    return 1;
  }

  @Override
  public int fi() {
    return 12;
  }
}
