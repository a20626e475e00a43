package org.tidewatch.ais.message;

import java.util.Optional;
import org.tidewatch.ais.message.asm.ApplicationPayload;

/**
 * Message 6: addressed binary message (ITU-R M.1371-5 §3.3.7.4, table 57).
 *
 * @param sequenceNumber 0-3
 * @param destinationMmsi addressee
 * @param retransmitted {@code true} when the message was retransmitted
 * @param spare the spare bit
 * @param dac designated area code (10 bits)
 * @param fi function identifier (6 bits)
 * @param data the application data after the FI, most significant bit first, in whole bytes; the
 *     bits after {@code dataBits} in the last byte are the payload bits that follow, as received
 *     (gpsd prints them) (a copy is returned)
 * @param dataBits number of valid bits in {@code data}
 * @param application the decoded application payload, when its DAC/FI is known and fits
 * @param payloadBits number of payload bits received (88 to 1008)
 */
public record AddressedBinaryMessage(
    int messageType,
    int repeatIndicator,
    int mmsi,
    int sequenceNumber,
    int destinationMmsi,
    boolean retransmitted,
    int spare,
    int dac,
    int fi,
    byte[] data,
    int dataBits,
    Optional<ApplicationPayload> application,
    int payloadBits)
    implements AisMessage {

  @Override
  public byte[] data() {
    return data.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AddressedBinaryMessage m
        && m.repeatIndicator == repeatIndicator
        && m.mmsi == mmsi
        && m.sequenceNumber == sequenceNumber
        && m.destinationMmsi == destinationMmsi
        && m.retransmitted == retransmitted
        && m.spare == spare
        && m.dac == dac
        && m.fi == fi
        && java.util.Arrays.equals(m.data, data)
        && m.dataBits == dataBits
        && m.application.equals(application)
        && m.payloadBits == payloadBits;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(mmsi, destinationMmsi, dac, fi, java.util.Arrays.hashCode(data));
  }
}
