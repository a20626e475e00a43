package org.tidewatch.ais.message.asm;

import java.util.Optional;
import org.tidewatch.ais.json.JsonWriter;
import org.tidewatch.ais.message.BitReader;

/**
 * Decoding and gpsd-compatible JSON output of the application payloads of messages 6 and 8 (ITU-R
 * M.1371-5 §3.3.6 / §3.3.8, with application layouts from IMO SN/Circ.236, IMO SN.1/Circ.289 and
 * the regional authorities; see the package documentation).
 */
public final class ApplicationPayloads {
  private ApplicationPayloads() {}

  /**
   * Decodes the application data of a type 6 or type 8 message.
   *
   * <p>For the DAC/FI combinations gpsd structures, the result is present exactly when gpsd 3.22
   * decodes the message to fields (gpsd's own length checks included), so that {@link #writeGpsd}
   * plus the caller's {@code "data"} fallback reproduce gpsdecode. Never throws.
   *
   * @param messageType 6 or 8
   * @param dac designated area code
   * @param fi function identifier
   * @param bits the whole message's bits
   * @param dataStart index of the first bit after the FI field (88 for type 6, 56 for type 8)
   * @return the decoded payload, or empty when this DAC/FI is not one we decode or its bits do not
   *     fit the layout
   */
  public static Optional<ApplicationPayload> decode(
      int messageType, int dac, int fi, BitReader bits, int dataStart) {
    if (bits == null) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(decodeOrNull(messageType, dac, fi, bits, dataStart));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** As {@link #decode} but without the safety net: {@code null} when not decoded. */
  static ApplicationPayload decodeOrNull(
      int messageType, int dac, int fi, BitReader bits, int dataStart) {
    if (messageType == 6) {
      if (dataStart != 88 || bits.bitLength() < 88) {
        return null;
      }
      return switch (dac) {
        case 1 -> decodeType6Dac1(fi, bits);
        case 200 ->
            switch (fi) {
              case 21 -> InlandLockEta.decode(bits);
              case 22 -> InlandLockRta.decode(bits);
              case 55 -> InlandPersonsOnBoard.decode(bits);
              default -> null;
            };
        case 235, 250 -> fi == 10 ? AtonMonitoringData.decode(dac, bits) : null;
        default -> null;
      };
    }
    if (messageType == 8) {
      if (dataStart != 56 || bits.bitLength() < 56) {
        return null;
      }
      return switch (dac) {
        case 1 -> decodeType8Dac1(fi, bits);
        case 200 ->
            switch (fi) {
              case 10 -> InlandShipStaticData.decode(bits);
              case 23 -> InlandEmmaWarning.decode(bits);
              case 24 -> InlandWaterLevels.decode(bits);
              case 40 -> InlandSignalStatus.decode(bits);
              default -> null;
            };
        default -> null;
      };
    }
    return null;
  }

  private static ApplicationPayload decodeType6Dac1(int fi, BitReader bits) {
    return switch (fi) {
      case 2 -> FunctionalMessageRequest.decode(bits);
      case 3 -> CapabilityRequest.decode(bits);
      case 4 -> CapabilityReply.decode(bits);
      case 12 -> DangerousCargo236.decode(bits);
      case 16 -> PersonsOnBoard.decodeFi16(6, bits, 88);
      case 14, 32 -> TidalWindow.decode(fi, bits);
      case 18 -> ClearanceTimeToEnterPort.decode(bits);
      case 20 -> BerthingData.decode(bits);
      case 25 -> DangerousCargo289.decode(bits);
      case 28 -> RouteInformation.decode(6, bits, 88);
      case 30 -> TextDescription.decode(6, bits, 88);
      case 40 -> PersonsOnBoard.decodeFi40(6, bits, 88);
      default -> null;
    };
  }

  private static ApplicationPayload decodeType8Dac1(int fi, BitReader bits) {
    return switch (fi) {
      case 11 -> MetHydro236.decode(bits);
      case 13 -> FairwayClosed.decode(bits);
      case 15 -> ExtendedShipStatic236.decode(bits);
      case 16 -> VtsTargets.decodeFi16(bits);
      case 17 -> VtsTargets.decodeFi17(bits);
      case 19 -> MarineTrafficSignal.decode(bits);
      case 27 -> RouteInformation.decode(8, bits, 56);
      case 29 -> TextDescription.decode(8, bits, 56);
      case 31 -> MetHydro289.decode(bits);
      case 40 -> PersonsOnBoard.decodeFi40(8, bits, 56);
      default -> null;
    };
  }

  /**
   * Writes the payload's fields as gpsd's JSON does (after the common type 6/8 fields).
   *
   * @param scaled {@code true} for gpsdecode's default scaled units, {@code false} for {@code -u}
   */
  public static void writeGpsd(ApplicationPayload payload, JsonWriter json, boolean scaled) {
    GpsdAsmWriter.write(payload, json, scaled);
  }
}
