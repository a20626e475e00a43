package org.tidewatch.ais.message.asm;

import java.util.OptionalInt;
import org.tidewatch.ais.message.BitReader;

/**
 * Number of persons on board, DAC 1: FI 40 (IMO SN.1/Circ.289 section 10; type 6 addressed or type
 * 8 broadcast; 13 bits) and FI 16 (IMO SN/Circ.236 application 5 as gpsd reads it: type 6 only;
 * gpsd 3.22 leaves type 8 FI 16 undecoded, see {@link VtsTargets}).
 *
 * <p>gpsd prints {@code "persons"} for FI 16 and the raw data for FI 40. For FI 16 gpsd reads the
 * count at bit 88 of the message when it has 136 data bits and otherwise at bit 55 (inside the
 * header); this record holds what gpsd reads, so {@link #persons()} is only meaningful for FI 40
 * and for the 136-bit FI 16 form.
 *
 * @param messageType 6 or 8
 * @param fi 16 or 40
 * @param personsCode number of persons, 0 = not available, 8191 = 8191 or more
 * @param raw the application data as transmitted
 */
public record PersonsOnBoard(int messageType, int fi, int personsCode, RawApplicationData raw)
    implements ApplicationPayload {

  static PersonsOnBoard decodeFi40(int messageType, BitReader b, int dataStart) {
    if (b.bitLength() < dataStart + 13) {
      return null;
    }
    return new PersonsOnBoard(
        messageType, 40, b.uint(dataStart, 13), RawApplicationData.of(messageType, b, dataStart));
  }

  /** gpsd's reading of type 6 FI 16. */
  static PersonsOnBoard decodeFi16(int messageType, BitReader b, int dataStart) {
    int bitCount = b.bitLength() - dataStart;
    int persons = bitCount == 136 ? b.uint(88, 13) : b.uint(55, 13);
    return new PersonsOnBoard(
        messageType, 16, persons, RawApplicationData.of(messageType, b, dataStart));
  }

  @Override
  public int dac() {
    return 1;
  }

  /** Persons on board; empty when 0 (not available). */
  public OptionalInt persons() {
    return personsCode == 0 ? OptionalInt.empty() : OptionalInt.of(personsCode);
  }
}
