package org.tidewatch.ais.message.asm;

import java.util.OptionalDouble;
import org.tidewatch.ais.message.BitReader;

/**
 * Marine traffic signal, IMO SN.1/Circ.289 section 6: type 8, DAC 1, FI 19.
 *
 * @param linkageId message linkage ID
 * @param stationName name of the signal station (20 characters)
 * @param longitudeCode station longitude in 1/1000 minute
 * @param latitudeCode station latitude in 1/1000 minute
 * @param status 0 n/a, 1 in regular service, 2 irregular service, 3 reserved
 * @param signal signal in service (IALA port traffic signal code, 0 = n/a)
 * @param hour UTC hour of the next signal shift (24 = n/a)
 * @param minute UTC minute of the next signal shift (60 = n/a)
 * @param nextSignal the expected next signal (0 = n/a)
 */
public record MarineTrafficSignal(
    int linkageId,
    String stationName,
    int longitudeCode,
    int latitudeCode,
    int status,
    int signal,
    int hour,
    int minute,
    int nextSignal)
    implements ApplicationPayload {

  static MarineTrafficSignal decode(BitReader b) {
    return new MarineTrafficSignal(
        b.uint(56, 10),
        AsmBits.text(b, 66, 20),
        b.sint(186, 25),
        b.sint(211, 24),
        b.uint(235, 2),
        b.uint(237, 5),
        b.uint(242, 5),
        b.uint(247, 6),
        b.uint(253, 5));
  }

  @Override
  public int dac() {
    return 1;
  }

  @Override
  public int fi() {
    return 19;
  }

  /** Latitude of the station, degrees; empty when not available. */
  public OptionalDouble latitude_deg() {
    return Units.position(latitudeCode, 90);
  }

  /** Longitude of the station, degrees; empty when not available. */
  public OptionalDouble longitude_deg() {
    return Units.position(longitudeCode, 180);
  }
}
