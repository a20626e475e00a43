package org.tidewatch.ais.message.asm;

/**
 * The decoded application data of a binary message (ITU-R M.1371 message 6, addressed, or 8,
 * broadcast), identified by its designated area code (DAC) and function identifier (FI). One record
 * per decoded DAC/FI; see the package documentation for the list and the layout sources.
 */
public sealed interface ApplicationPayload
    permits AtonMonitoringData,
        BerthingData,
        CapabilityReply,
        CapabilityRequest,
        ClearanceTimeToEnterPort,
        DangerousCargo236,
        DangerousCargo289,
        ExtendedShipStatic236,
        FairwayClosed,
        FunctionalMessageRequest,
        InlandEmmaWarning,
        InlandLockEta,
        InlandLockRta,
        InlandPersonsOnBoard,
        InlandShipStaticData,
        InlandSignalStatus,
        InlandWaterLevels,
        MarineTrafficSignal,
        MetHydro236,
        MetHydro289,
        PersonsOnBoard,
        RouteInformation,
        TextDescription,
        TidalWindow,
        VtsTargets {
  /** Designated area code (10 bits): 1 = international (IMO), 200 = inland, 235/250 = UK/IE. */
  int dac();

  /** Function identifier (6 bits), numbered within the DAC. */
  int fi();
}
