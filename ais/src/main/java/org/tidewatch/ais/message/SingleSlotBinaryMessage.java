package org.tidewatch.ais.message;

import java.util.OptionalInt;

/**
 * Message 25: single slot binary message (ITU-R M.1371-5 §3.3.7.22, table 86), addressed or
 * broadcast, with or without a 16-bit application identifier.
 *
 * @param destinationMmsi present when addressed
 * @param applicationId present when structured (DAC 10 bits + FI 6 bits)
 * @param data the binary data after the header, in whole bytes; the bits after {@code dataBits} in
 *     the last byte are the payload bits that follow, as received (gpsd prints them) (a copy is
 *     returned)
 * @param dataBits number of valid bits in {@code data}
 * @param payloadBits number of payload bits received (40 to 168)
 */
public record SingleSlotBinaryMessage(
    int messageType,
    int repeatIndicator,
    int mmsi,
    boolean addressed,
    boolean structured,
    OptionalInt destinationMmsi,
    OptionalInt applicationId,
    byte[] data,
    int dataBits,
    int payloadBits)
    implements AisMessage {

  @Override
  public byte[] data() {
    return data.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SingleSlotBinaryMessage m
        && m.repeatIndicator == repeatIndicator
        && m.mmsi == mmsi
        && m.addressed == addressed
        && m.structured == structured
        && m.destinationMmsi.equals(destinationMmsi)
        && m.applicationId.equals(applicationId)
        && java.util.Arrays.equals(m.data, data)
        && m.dataBits == dataBits
        && m.payloadBits == payloadBits;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(mmsi, java.util.Arrays.hashCode(data));
  }
}
