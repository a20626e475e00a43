package org.tidewatch.ais.message.asm;

import java.util.Optional;
import org.tidewatch.ais.message.BitReader;

/**
 * PLACEHOLDER (being replaced by the binary-application work): decoding and gpsd-JSON output of the
 * application payloads of messages 6 and 8.
 */
public final class ApplicationPayloads {
  private ApplicationPayloads() {}

  /**
   * Decodes the application data of a type 6 or type 8 message.
   *
   * @param messageType 6 or 8
   * @param dac designated area code
   * @param fi function identifier
   * @param bits the whole message's bits
   * @param dataStart index of the first bit after the FI field
   * @return the decoded payload, or empty when this DAC/FI is not one we decode or its bits do not
   *     fit the layout
   */
  public static Optional<ApplicationPayload> decode(
      int messageType, int dac, int fi, BitReader bits, int dataStart) {
    return Optional.empty();
  }

  /**
   * Writes the payload's fields as gpsd's JSON does (after the common type 6/8 fields).
   *
   * @param scaled {@code true} for gpsdecode's default scaled units, {@code false} for {@code -u}
   */
  public static void writeGpsd(
      ApplicationPayload payload, org.tidewatch.ais.json.JsonWriter json, boolean scaled) {}
}
