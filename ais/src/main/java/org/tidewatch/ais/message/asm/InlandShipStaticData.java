package org.tidewatch.ais.message.asm;

import java.util.Optional;
import java.util.OptionalDouble;
import org.tidewatch.ais.message.BitReader;

/**
 * Inland ship static and voyage related data, Inland AIS (CCNR / UNECE "Vessel Tracking and
 * Tracing" standard, ITU-R M.1371 regional application): type 8, DAC 200, FI 10 (168 bits).
 *
 * @param europeanVesselId European Number of Identification (ENI, "VIN" in gpsd), 8 characters
 * @param length_dm length of ship in 0.1 m (0 = default / not available)
 * @param beam_dm beam of ship in 0.1 m (0 = default)
 * @param shipTypeCode ERI ship or combination type (e.g. 8010 motor freighter)
 * @param hazardCode number of blue cones / lights: 0-3, 4 = B-flag, 5 = unknown (default)
 * @param draught_cm draught in 0.01 m (0 = default)
 * @param loadedCode 0 = not available, 1 = unloaded, 2 = loaded
 * @param speedQualityHigh quality of speed information (true = high)
 * @param courseQualityHigh quality of course information (true = high)
 * @param headingQualityHigh quality of heading information (true = high)
 */
public record InlandShipStaticData(
    String europeanVesselId,
    int length_dm,
    int beam_dm,
    int shipTypeCode,
    int hazardCode,
    int draught_cm,
    int loadedCode,
    boolean speedQualityHigh,
    boolean courseQualityHigh,
    boolean headingQualityHigh)
    implements ApplicationPayload {

  /** Number of bits gpsd requires for this message. */
  static final int BITS = 168;

  /**
   * Decodes the payload, or returns {@code null} when gpsd would not (wrong length, bad hazard).
   */
  static InlandShipStaticData decode(BitReader b) {
    if (b.bitLength() != BITS) {
      return null;
    }
    int hazard = b.uint(141, 3);
    if (hazard > 5) {
      return null;
    }
    return new InlandShipStaticData(
        AsmBits.text(b, 56, 8),
        b.uint(104, 13),
        b.uint(117, 10),
        b.uint(127, 14),
        hazard,
        b.uint(144, 11),
        b.uint(155, 2),
        b.bit(157),
        b.bit(158),
        b.bit(159));
  }

  @Override
  public int dac() {
    return 200;
  }

  @Override
  public int fi() {
    return 10;
  }

  /** Length in metres; empty when 0 (not available). */
  public OptionalDouble length_m() {
    return length_dm == 0 ? OptionalDouble.empty() : OptionalDouble.of(length_dm / 10.0);
  }

  /** Beam in metres; empty when 0 (not available). */
  public OptionalDouble beam_m() {
    return beam_dm == 0 ? OptionalDouble.empty() : OptionalDouble.of(beam_dm / 10.0);
  }

  /** Draught in metres; empty when 0 (not available). */
  public OptionalDouble draught_m() {
    return draught_cm == 0 ? OptionalDouble.empty() : OptionalDouble.of(draught_cm / 100.0);
  }

  /** Loaded ({@code true}) or unloaded; empty when not available. */
  public Optional<Boolean> loaded() {
    return switch (loadedCode) {
      case 1 -> Optional.of(false);
      case 2 -> Optional.of(true);
      default -> Optional.empty();
    };
  }
}
