package org.tidewatch.ais.message.asm;

import java.util.OptionalInt;
import org.tidewatch.ais.message.BitReader;

/**
 * Number of persons on board, Inland AIS: type 6, DAC 200, FI 55 (168 bits).
 *
 * @param crewCode crew members on board, 0-254; 255 = unknown (default)
 * @param passengersCode passengers on board, 0-8190; 8191 = unknown (default)
 * @param personnelCode shipboard personnel, 0-254; 255 = unknown (default)
 */
public record InlandPersonsOnBoard(int crewCode, int passengersCode, int personnelCode)
    implements ApplicationPayload {

  /** Decodes the payload, or returns {@code null} unless it has gpsd's required 168 bits. */
  static InlandPersonsOnBoard decode(BitReader b) {
    if (b.bitLength() != 168) {
      return null;
    }
    return new InlandPersonsOnBoard(b.uint(88, 8), b.uint(96, 13), b.uint(109, 8));
  }

  @Override
  public int dac() {
    return 200;
  }

  @Override
  public int fi() {
    return 55;
  }

  /** Crew members; empty when unknown. */
  public OptionalInt crew() {
    return Units.upTo(crewCode, 254);
  }

  /** Passengers; empty when unknown. */
  public OptionalInt passengers() {
    return Units.upTo(passengersCode, 8190);
  }

  /** Shipboard personnel; empty when unknown. */
  public OptionalInt personnel() {
    return Units.upTo(personnelCode, 254);
  }
}
