package org.tidewatch.ais.message.asm;

import org.tidewatch.ais.message.BitReader;

/**
 * Fairway closed, IMO SN/Circ.236 annex 2 application 3: type 8, DAC 1, FI 13.
 *
 * @param reason reason for closing (20 characters)
 * @param closedFrom location of the closing from (20 characters)
 * @param closedTo location of the closing to (20 characters)
 * @param radius extension of the closed area
 * @param extensionUnit unit of the radius: 0 m, 1 km, 2 nautical miles, 3 cables
 * @param fromDay closing from: UTC day, likewise month/hour/minute
 * @param toDay closing to: UTC day, likewise month/hour/minute
 */
public record FairwayClosed(
    String reason,
    String closedFrom,
    String closedTo,
    int radius,
    int extensionUnit,
    int fromDay,
    int fromMonth,
    int fromHour,
    int fromMinute,
    int toDay,
    int toMonth,
    int toHour,
    int toMinute)
    implements ApplicationPayload {

  static FairwayClosed decode(BitReader b) {
    return new FairwayClosed(
        AsmBits.text(b, 56, 20),
        AsmBits.text(b, 176, 20),
        AsmBits.text(b, 296, 20),
        b.uint(416, 10),
        b.uint(426, 2),
        b.uint(428, 5),
        b.uint(433, 4),
        b.uint(437, 5),
        b.uint(442, 6),
        b.uint(448, 5),
        b.uint(453, 4),
        b.uint(457, 5),
        b.uint(462, 6));
  }

  @Override
  public int dac() {
    return 1;
  }

  @Override
  public int fi() {
    return 13;
  }
}
