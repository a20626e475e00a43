package org.tidewatch.ais.message;

import java.util.OptionalDouble;

/**
 * Message 17: GNSS broadcast binary message (ITU-R M.1371-5 §3.3.7.14, table 72), carrying ITU-R
 * M.823 DGNSS corrections.
 *
 * @param longitude_deg reference station longitude (1/10 minute resolution), empty when 181°
 * @param latitude_deg reference station latitude (1/10 minute resolution), empty when 91°
 * @param data the correction data, in whole bytes; the bits after {@code dataBits} in the last byte
 *     are the payload bits that follow, as received (gpsd prints them) (a copy is returned)
 * @param dataBits number of valid bits in {@code data}
 * @param payloadBits number of payload bits received (80 to 816)
 */
public record GnssBroadcastMessage(
    int messageType,
    int repeatIndicator,
    int mmsi,
    OptionalDouble longitude_deg,
    OptionalDouble latitude_deg,
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
    return o instanceof GnssBroadcastMessage m
        && m.repeatIndicator == repeatIndicator
        && m.mmsi == mmsi
        && m.longitude_deg.equals(longitude_deg)
        && m.latitude_deg.equals(latitude_deg)
        && java.util.Arrays.equals(m.data, data)
        && m.dataBits == dataBits
        && m.payloadBits == payloadBits;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(mmsi, java.util.Arrays.hashCode(data));
  }
}
