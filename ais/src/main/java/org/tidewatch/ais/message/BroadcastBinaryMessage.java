package org.tidewatch.ais.message;

import java.util.Optional;
import org.tidewatch.ais.message.asm.ApplicationPayload;

/**
 * Message 8: binary broadcast message (ITU-R M.1371-5 §3.3.7.6, table 62).
 *
 * @param spare the 2 spare bits
 * @param dac designated area code (10 bits)
 * @param fi function identifier (6 bits)
 * @param data the application data after the FI, most significant bit first, zero-padded to whole
 *     bytes (a copy is returned)
 * @param dataBits number of valid bits in {@code data}
 * @param application the decoded application payload, when its DAC/FI is known and fits
 * @param payloadBits number of payload bits received (56 to 1008)
 */
public record BroadcastBinaryMessage(
    int messageType,
    int repeatIndicator,
    int mmsi,
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
    return o instanceof BroadcastBinaryMessage m
        && m.repeatIndicator == repeatIndicator
        && m.mmsi == mmsi
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
    return java.util.Objects.hash(mmsi, dac, fi, java.util.Arrays.hashCode(data));
  }
}
