package org.tidewatch.ais.message;

/**
 * One decoded ITU-R M.1371 message: one immutable record per message type (or family of types
 * sharing a layout). Produced by {@link AisMessageDecoder}.
 *
 * <p>Every message keeps {@link #payloadBits()}, the number of bits actually received; {@link
 * #lengthIsNominal()} says whether that is one of the lengths M.1371 defines for the type. Messages
 * a few bits short or long are decoded as far as their bits go (see the package documentation).
 */
public sealed interface AisMessage
    permits PositionReport,
        BaseStationReport,
        StaticAndVoyageData,
        AddressedBinaryMessage,
        Acknowledgement,
        BroadcastBinaryMessage,
        SarAircraftPositionReport,
        UtcDateInquiry,
        SafetyRelatedMessage,
        SafetyBroadcastMessage,
        Interrogation,
        AssignedModeCommand,
        GnssBroadcastMessage,
        ClassBPositionReport,
        ExtendedClassBPositionReport,
        DataLinkManagement,
        AidToNavigationReport,
        ChannelManagement,
        GroupAssignmentCommand,
        StaticDataReportA,
        StaticDataReportB,
        SingleSlotBinaryMessage,
        MultipleSlotBinaryMessage,
        LongRangePositionReport {
  /** Message type, 1 to 27. */
  int messageType();

  /** Repeat indicator, 0 to 3. */
  int repeatIndicator();

  /** The sender's MMSI (30-bit user ID), as transmitted. */
  int mmsi();

  /** Number of payload bits received (after removing fill bits). */
  int payloadBits();

  /** Whether {@link #payloadBits()} is a length that ITU-R M.1371-5 defines for this type. */
  default boolean lengthIsNominal() {
    return NominalLength.matches(messageType(), payloadBits());
  }
}
