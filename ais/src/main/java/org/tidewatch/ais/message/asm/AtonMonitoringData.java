package org.tidewatch.ais.message.asm;

import org.tidewatch.ais.message.BitReader;

/**
 * AtoN monitoring data of the UK and Irish General Lighthouse Authorities: type 6, DAC 235 (UK) or
 * 250 (Ireland), FI 10 (136 bits). Layout from gpsd's {@code driver_ais.c} / {@code AIVDM.adoc}.
 *
 * @param dac 235 or 250
 * @param analogueInternalCode internal supply voltage in 0.05 V
 * @param analogueExternal1Code external analogue input 1 in 0.05 V
 * @param analogueExternal2Code external analogue input 2 in 0.05 V
 * @param raconStatus 0 none, 1 not monitored, 2 operational, 3 error
 * @param lightStatus 0 none / not monitored, 1 on, 2 off, 3 error
 * @param alarm health alarm
 * @param digitalInputs status of the eight external digital inputs, bit 7 first
 * @param offPosition the AtoN is off its charted position
 */
public record AtonMonitoringData(
    int dac,
    int analogueInternalCode,
    int analogueExternal1Code,
    int analogueExternal2Code,
    int raconStatus,
    int lightStatus,
    boolean alarm,
    int digitalInputs,
    boolean offPosition)
    implements ApplicationPayload {

  /** Decodes the payload, or returns {@code null} unless it has gpsd's required 136 bits. */
  static AtonMonitoringData decode(int dac, BitReader b) {
    if (b.bitLength() != 136) {
      return null;
    }
    return new AtonMonitoringData(
        dac,
        b.uint(88, 10),
        b.uint(98, 10),
        b.uint(108, 10),
        b.uint(118, 2),
        b.uint(120, 2),
        b.bit(122),
        b.uint(123, 8),
        b.bit(131));
  }

  @Override
  public int fi() {
    return 10;
  }

  /** Internal supply voltage, volts. */
  public double analogueInternal_V() {
    return analogueInternalCode * 0.05;
  }

  /** External analogue input 1, volts. */
  public double analogueExternal1_V() {
    return analogueExternal1Code * 0.05;
  }

  /** External analogue input 2, volts. */
  public double analogueExternal2_V() {
    return analogueExternal2Code * 0.05;
  }
}
