package org.tidewatch.ais.message.asm;

import org.tidewatch.ais.message.BitReader;

/**
 * RTA (requested time of arrival) at lock / bridge / terminal, Inland AIS: type 6, DAC 200, FI 22
 * (232 bits).
 *
 * @param country UN country code (2 characters)
 * @param locode UN/LOCODE location (3 characters)
 * @param section fairway section number (5 characters)
 * @param terminal terminal code (5 characters)
 * @param hectometre fairway hectometre (5 characters)
 * @param month RTA UTC month (0 = not available), likewise day/hour/minute
 * @param lockStatus 0 operational, 1 limited operation, 2 out of order, 3 not available
 */
public record InlandLockRta(
    String country,
    String locode,
    String section,
    String terminal,
    String hectometre,
    int month,
    int day,
    int hour,
    int minute,
    int lockStatus)
    implements ApplicationPayload {

  /** Decodes the payload, or returns {@code null} unless it has gpsd's required 232 bits. */
  static InlandLockRta decode(BitReader b) {
    if (b.bitLength() != 232) {
      return null;
    }
    return new InlandLockRta(
        AsmBits.text(b, 88, 2),
        AsmBits.text(b, 100, 3),
        AsmBits.text(b, 118, 5),
        AsmBits.text(b, 148, 5),
        AsmBits.text(b, 178, 5),
        b.uint(208, 4),
        b.uint(212, 5),
        b.uint(217, 5),
        b.uint(222, 6),
        b.uint(228, 2));
  }

  @Override
  public int dac() {
    return 200;
  }

  @Override
  public int fi() {
    return 22;
  }
}
