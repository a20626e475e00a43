package org.tidewatch.ais.message.asm;

import java.util.OptionalDouble;
import org.tidewatch.ais.message.BitReader;

/**
 * Clearance time to enter port, IMO SN.1/Circ.289 section 5: type 6, DAC 1, FI 18.
 *
 * @param linkageId message linkage ID
 * @param month UTC month of the clearance time (0 = not available), likewise day/hour/minute
 * @param portName name of the port and berth (20 characters)
 * @param destination UN/LOCODE of the destination (5 characters)
 * @param longitudeCode longitude in 1/1000 minute (181° = not available)
 * @param latitudeCode latitude in 1/1000 minute (91° = not available)
 */
public record ClearanceTimeToEnterPort(
    int linkageId,
    int month,
    int day,
    int hour,
    int minute,
    String portName,
    String destination,
    int longitudeCode,
    int latitudeCode)
    implements ApplicationPayload {

  static ClearanceTimeToEnterPort decode(BitReader b) {
    return new ClearanceTimeToEnterPort(
        b.uint(88, 10),
        b.uint(98, 4),
        b.uint(102, 5),
        b.uint(107, 5),
        b.uint(112, 6),
        AsmBits.text(b, 118, 20),
        AsmBits.text(b, 238, 5),
        b.sint(268, 25),
        b.sint(293, 24));
  }

  @Override
  public int dac() {
    return 1;
  }

  @Override
  public int fi() {
    return 18;
  }

  /** Latitude in degrees; empty when not available. */
  public OptionalDouble latitude_deg() {
    return Units.position(latitudeCode, 90);
  }

  /** Longitude in degrees; empty when not available. */
  public OptionalDouble longitude_deg() {
    return Units.position(longitudeCode, 180);
  }
}
