package org.tidewatch.ais.message;

/**
 * Message 24 part B: Class B static data (ITU-R M.1371-5 §3.3.7.21, table 85). The vendor ID is
 * read as the 7-character field of M.1371-3 and, independently, as the 3-character manufacturer ID
 * with the unit model code and serial number of M.1371-4 (as gpsd does). For auxiliary craft (MMSI
 * 98xxxxxxx) the dimension bits carry the mother ship's MMSI instead.
 *
 * @param vendorId the 7 six-bit characters of the vendor ID field, trimmed
 * @param unitModel the 4-bit unit model code (M.1371-4)
 * @param serialNumber the 20-bit serial number (M.1371-4)
 * @param mothershipMmsi for auxiliary craft the mother ship's MMSI, otherwise 0
 * @param payloadBits number of payload bits received (nominal 168)
 */
public record StaticDataReportB(
    int messageType,
    int repeatIndicator,
    int mmsi,
    int shipTypeCode,
    String vendorId,
    int unitModel,
    int serialNumber,
    String callSign,
    int toBow_m,
    int toStern_m,
    int toPort_m,
    int toStarboard_m,
    int mothershipMmsi,
    int payloadBits)
    implements AisMessage {

  /** Whether the MMSI is that of an auxiliary craft (98MIDxxxx), which reports a mother ship. */
  public boolean auxiliaryCraft() {
    return mmsi / 10_000_000 == 98;
  }

  public ShipType shipType() {
    return ShipType.of(shipTypeCode);
  }
}
