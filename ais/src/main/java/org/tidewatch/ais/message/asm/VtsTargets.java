package org.tidewatch.ais.message.asm;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.tidewatch.ais.message.BitReader;

/**
 * VTS-generated / synthetic targets, type 8, DAC 1: FI 17 (IMO SN.1/Circ.289 section 7; 122-bit
 * targets, speed 10 bits) or FI 16 (IMO SN/Circ.236 application 6; 120-bit targets, speed 8 bits).
 *
 * <p>gpsd decodes FI 17 to fields (reading a target wherever its first bit lies within the message)
 * and prints FI 16 as raw data; for FI 16 only whole targets are decoded here and the message must
 * be a non-empty multiple of 120 bits.
 *
 * @param fi 16 or 17
 * @param targets the targets in transmission order
 * @param raw the application data as transmitted
 */
public record VtsTargets(int fi, List<Target> targets, RawApplicationData raw)
    implements ApplicationPayload {

  /**
   * One target.
   *
   * @param idType 0 MMSI, 1 IMO number, 2 call sign, 3 other
   * @param idNumber the 42-bit identifier for MMSI / IMO number types (0 otherwise)
   * @param idText the six-bit text identifier (7 characters) for call sign / other types
   * @param latitudeCode latitude in 1/1000 minute (91° = not available)
   * @param longitudeCode longitude in 1/1000 minute (181° = not available)
   * @param courseCode course over ground, degrees (360 = not available)
   * @param second UTC second of the report (60 = not available)
   * @param speedCode speed over ground, knots (FI 16: 255, FI 17: 1023 = not available)
   */
  public record Target(
      int idType,
      long idNumber,
      String idText,
      int latitudeCode,
      int longitudeCode,
      int courseCode,
      int second,
      int speedCode) {

    /** Latitude in degrees; empty when not available. */
    public OptionalDouble latitude_deg() {
      return Units.position(latitudeCode, 90);
    }

    /** Longitude in degrees; empty when not available. */
    public OptionalDouble longitude_deg() {
      return Units.position(longitudeCode, 180);
    }
  }

  public VtsTargets {
    targets = List.copyOf(targets);
  }

  /** FI 17 as gpsd reads it. */
  static VtsTargets decodeFi17(BitReader b) {
    List<Target> list = new ArrayList<>();
    for (int a = 56; a <= b.bitLength(); a += 122) {
      list.add(target(b, a, 10));
    }
    return new VtsTargets(17, list, RawApplicationData.of(8, b, 56));
  }

  /** FI 16 (IMO236 layout), or {@code null} unless the data is a whole number of targets. */
  static VtsTargets decodeFi16(BitReader b) {
    int n = b.bitLength() - 56;
    if (n <= 0 || n % 120 != 0) {
      return null;
    }
    List<Target> list = new ArrayList<>();
    for (int a = 56; a < b.bitLength(); a += 120) {
      list.add(target(b, a, 8));
    }
    return new VtsTargets(16, list, RawApplicationData.of(8, b, 56));
  }

  private static Target target(BitReader b, int a, int speedBits) {
    int idType = b.uint(a, 2);
    boolean numeric = idType < 2;
    return new Target(
        idType,
        numeric ? b.unsigned(a + 2, 42) : 0,
        numeric ? "" : AsmBits.text(b, a + 2, 7),
        b.sint(a + 48, 24),
        b.sint(a + 72, 25),
        b.uint(a + 97, 9),
        b.uint(a + 106, 6),
        b.uint(a + 112, speedBits));
  }

  @Override
  public int dac() {
    return 1;
  }
}
