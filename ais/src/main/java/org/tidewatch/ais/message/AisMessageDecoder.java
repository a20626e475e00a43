package org.tidewatch.ais.message;

import static org.tidewatch.ais.message.Values.COARSE_LATLON_DIV;
import static org.tidewatch.ais.message.Values.LATLON_DIV;
import static org.tidewatch.ais.message.Values.LAT_NA;
import static org.tidewatch.ais.message.Values.LON_NA;
import static org.tidewatch.ais.message.Values.degrees;
import static org.tidewatch.ais.message.Values.optInt;
import static org.tidewatch.ais.message.Values.tenths;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.tidewatch.ais.AisDecodeException;
import org.tidewatch.ais.RejectReason;
import org.tidewatch.ais.message.asm.ApplicationPayloads;

/**
 * Decodes one assembled, armoured AIS payload (ITU-R M.1371-5 annex 8 six-bit armouring, all
 * fragments concatenated) into a typed {@link AisMessage}. Reusable, not thread-safe.
 *
 * <p>Length policy (copied from gpsd 3.22's {@code drivers/driver_ais.c}, our reference decoder): a
 * payload shorter than the shortest length gpsd accepts for its type is rejected with {@link
 * RejectReason#TOO_SHORT}; longer payloads are decoded, extra bits ignored, and keep their length
 * in {@link AisMessage#payloadBits()}. Where gpsd reads fields past the end of a short payload we
 * do the same: the fill bits of the last character and then zeros are read (see {@link BitReader}).
 */
public final class AisMessageDecoder {
  private static final int COARSE_LAT_NA = 91 * 600;
  private static final int COARSE_LON_NA = 181 * 600;

  private final BitReader bits = new BitReader();

  /**
   * Decodes a complete payload (all fragments concatenated).
   *
   * @param armoured the payload characters (ASCII bytes)
   * @param offset index of the first payload character
   * @param length number of payload characters
   * @param fillBits fill bits of the last fragment (0-5)
   * @throws AisDecodeException with the reason when the payload cannot be decoded
   */
  public AisMessage decode(byte[] armoured, int offset, int length, int fillBits)
      throws AisDecodeException {
    bits.reset(armoured, offset, length, fillBits);
    BitReader b = bits;
    int n = b.bitLength();
    if (n < 38) {
      if (n >= 6) {
        checkType(b.uint(0, 6));
      }
      throw new AisDecodeException(RejectReason.TOO_SHORT, n + " bits");
    }
    int type = checkType(b.uint(0, 6));
    int repeat = b.uint(6, 2);
    int mmsi = b.uint(8, 30);
    return switch (type) {
      case 1, 2, 3 -> positionReport(b, n, type, repeat, mmsi);
      case 4, 11 -> baseStation(b, n, type, repeat, mmsi);
      case 5 -> staticAndVoyage(b, n, repeat, mmsi);
      case 6 -> addressedBinary(b, n, repeat, mmsi);
      case 7, 13 -> acknowledgement(b, n, type, repeat, mmsi);
      case 8 -> broadcastBinary(b, n, repeat, mmsi);
      case 9 -> sarAircraft(b, n, repeat, mmsi);
      case 10 -> {
        require(n, 72);
        yield new UtcDateInquiry(type, repeat, mmsi, b.uint(40, 30), n);
      }
      case 12 -> {
        require(n, 72);
        yield new SafetyRelatedMessage(
            type,
            repeat,
            mmsi,
            b.uint(38, 2),
            b.uint(40, 30),
            b.bit(70),
            b.gpsdText(72, (n - 72) / 6),
            n);
      }
      case 14 -> {
        require(n, 40);
        yield new SafetyBroadcastMessage(type, repeat, mmsi, b.gpsdText(40, (n - 40) / 6), n);
      }
      case 15 -> interrogation(b, n, repeat, mmsi);
      case 16 -> assignedMode(b, n, repeat, mmsi);
      case 17 -> gnss(b, n, repeat, mmsi);
      case 18 -> classB(b, n, repeat, mmsi);
      case 19 -> extendedClassB(b, n, repeat, mmsi);
      case 20 -> dataLink(b, n, repeat, mmsi);
      case 21 -> aidToNavigation(b, n, repeat, mmsi);
      case 22 -> channelManagement(b, n, repeat, mmsi);
      case 23 -> groupAssignment(b, n, repeat, mmsi);
      case 24 -> staticDataReport(b, n, repeat, mmsi);
      case 25 -> singleSlotBinary(b, n, repeat, mmsi);
      case 26 -> multipleSlotBinary(b, n, repeat, mmsi);
      default -> longRange(b, n, repeat, mmsi);
    };
  }

  /**
   * Decodes a position report of type 1, 2, 3, 18 or 27 straight into {@code out}, allocating
   * nothing: the fields a track store needs, with the values {@link #decode} would put in the
   * message record (see {@link PositionFields}). Returns {@code false}, leaving {@code out} in an
   * unspecified state, for every payload that {@link #decode} would not turn into one of these
   * messages (other types, too short, a bad payload character) — {@link #decode} then gives the
   * message or the rejection. Uses the same reusable buffer as {@link #decode}.
   *
   * @param armoured the payload characters (ASCII bytes)
   * @param offset index of the first payload character
   * @param length number of payload characters
   * @param fillBits fill bits of the last fragment
   * @param out the holder to fill
   * @return whether {@code out} now holds a position report
   */
  public boolean decodePosition(
      byte[] armoured, int offset, int length, int fillBits, PositionFields out) {
    if (length <= 0) {
      return false;
    }
    // the first armoured character is the 6-bit message type
    int type =
        switch (armoured[offset]) {
          case '1' -> 1;
          case '2' -> 2;
          case '3' -> 3;
          case 'B' -> 18;
          case 'K' -> 27;
          default -> 0;
        };
    if (type == 0) {
      return false;
    }
    try {
      bits.reset(armoured, offset, length, fillBits);
    } catch (AisDecodeException e) {
      return false;
    }
    BitReader b = bits;
    int n = b.bitLength();
    out.messageType = type;
    out.mmsi = b.uint(8, 30);
    switch (type) {
      case 18 -> {
        if (n < 168) {
          return false;
        }
        out.speedOverGround_kn = tenthsOrNaN(b.uint(46, 10), 1023);
        out.longitude_deg = degreesOrNaN(b.sint(57, 28), LON_NA, LATLON_DIV);
        out.latitude_deg = degreesOrNaN(b.sint(85, 27), LAT_NA, LATLON_DIV);
        out.courseOverGround_deg = tenthsOrNaN(b.uint(112, 12), 3600);
        out.trueHeading_deg = intOrAbsent(b.uint(124, 9), 511);
        out.navigationStatus = PositionFields.ABSENT;
      }
      case 27 -> {
        if (n < 96) {
          return false;
        }
        out.navigationStatus = b.uint(40, 4);
        out.longitude_deg = degreesOrNaN(b.sint(44, 18), COARSE_LON_NA, COARSE_LATLON_DIV);
        out.latitude_deg = degreesOrNaN(b.sint(62, 17), COARSE_LAT_NA, COARSE_LATLON_DIV);
        int sog = b.uint(79, 6);
        out.speedOverGround_kn = sog == 63 ? Double.NaN : sog;
        int cog = b.uint(85, 9);
        out.courseOverGround_deg = cog == 511 ? Double.NaN : cog;
        out.trueHeading_deg = PositionFields.ABSENT;
      }
      default -> {
        if (n < 163) {
          return false;
        }
        out.navigationStatus = b.uint(38, 4);
        out.speedOverGround_kn = tenthsOrNaN(b.uint(50, 10), 1023);
        out.longitude_deg = degreesOrNaN(b.sint(61, 28), LON_NA, LATLON_DIV);
        out.latitude_deg = degreesOrNaN(b.sint(89, 27), LAT_NA, LATLON_DIV);
        out.courseOverGround_deg = tenthsOrNaN(b.uint(116, 12), 3600);
        out.trueHeading_deg = intOrAbsent(b.uint(128, 9), 511);
      }
    }
    return true;
  }

  // the primitive twins of Values.tenths / degrees / optInt: same arithmetic, NaN or -1 for empty
  private static double tenthsOrNaN(int code, int notAvailable) {
    return code == notAvailable ? Double.NaN : code / 10.0;
  }

  private static double degreesOrNaN(int code, int notAvailable, double divisor) {
    return code == notAvailable ? Double.NaN : code / divisor;
  }

  private static int intOrAbsent(int code, int notAvailable) {
    return code == notAvailable ? PositionFields.ABSENT : code;
  }

  private static int checkType(int type) throws AisDecodeException {
    if (type == 0 || type > 27) {
      throw new AisDecodeException(RejectReason.UNKNOWN_MESSAGE_TYPE, "message type " + type);
    }
    return type;
  }

  private static void require(int n, int min) throws AisDecodeException {
    if (n < min) {
      throw new AisDecodeException(RejectReason.TOO_SHORT, n + " bits, need " + min);
    }
  }

  private static OptionalDouble lon(BitReader b, int start) {
    return degrees(b.sint(start, 28), LON_NA, LATLON_DIV);
  }

  private static OptionalDouble lat(BitReader b, int start) {
    return degrees(b.sint(start, 27), LAT_NA, LATLON_DIV);
  }

  private static AisMessage positionReport(BitReader b, int n, int type, int repeat, int mmsi)
      throws AisDecodeException {
    require(n, 163);
    int radio = n >= 168 ? b.uint(149, 19) : b.uint(149, n - 149);
    return new PositionReport(
        type,
        repeat,
        mmsi,
        b.uint(38, 4),
        b.sint(42, 8),
        tenths(b.uint(50, 10), 1023),
        b.bit(60),
        lon(b, 61),
        lat(b, 89),
        tenths(b.uint(116, 12), 3600),
        optInt(b.uint(128, 9), 511),
        b.uint(137, 6),
        b.uint(143, 2),
        b.uint(145, 3),
        b.bit(148),
        radio,
        n);
  }

  private static AisMessage baseStation(BitReader b, int n, int type, int repeat, int mmsi)
      throws AisDecodeException {
    require(n, 168);
    return new BaseStationReport(
        type,
        repeat,
        mmsi,
        b.uint(38, 14),
        b.uint(52, 4),
        b.uint(56, 5),
        b.uint(61, 5),
        b.uint(66, 6),
        b.uint(72, 6),
        b.bit(78),
        lon(b, 79),
        lat(b, 107),
        b.uint(134, 4),
        b.uint(138, 10),
        b.bit(148),
        b.uint(149, 19),
        n);
  }

  private static AisMessage staticAndVoyage(BitReader b, int n, int repeat, int mmsi)
      throws AisDecodeException {
    require(n, 420);
    return new StaticAndVoyageData(
        5,
        repeat,
        mmsi,
        b.uint(38, 2),
        optInt(b.uint(40, 30), 0),
        b.gpsdText(70, 7),
        b.gpsdText(112, 20),
        b.uint(232, 8),
        b.uint(240, 9),
        b.uint(249, 9),
        b.uint(258, 6),
        b.uint(264, 6),
        b.uint(270, 4),
        optInt(b.uint(274, 4), 0),
        optInt(b.uint(278, 5), 0),
        optInt(b.uint(283, 5), 24),
        optInt(b.uint(288, 6), 60),
        tenths(b.uint(294, 8), 0),
        b.gpsdText(302, 20),
        n >= 423 && b.bit(422),
        n);
  }

  private static AisMessage addressedBinary(BitReader b, int n, int repeat, int mmsi)
      throws AisDecodeException {
    require(n, 88);
    int dac = b.uint(72, 10);
    int fi = b.uint(82, 6);
    int count = n - 88;
    return new AddressedBinaryMessage(
        6,
        repeat,
        mmsi,
        b.uint(38, 2),
        b.uint(40, 30),
        b.bit(70),
        b.uint(71, 1),
        dac,
        fi,
        new BinaryData(b.bytesUpTo(88, count, b.armouredBitLength()), count),
        ApplicationPayloads.decode(6, dac, fi, b, 88),
        n);
  }

  private static AisMessage broadcastBinary(BitReader b, int n, int repeat, int mmsi)
      throws AisDecodeException {
    require(n, 56);
    int dac = b.uint(40, 10);
    int fi = b.uint(50, 6);
    int count = n - 56;
    return new BroadcastBinaryMessage(
        8,
        repeat,
        mmsi,
        b.uint(38, 2),
        dac,
        fi,
        new BinaryData(b.bytes(56, count), count),
        ApplicationPayloads.decode(8, dac, fi, b, 56),
        n);
  }

  private static AisMessage acknowledgement(BitReader b, int n, int type, int repeat, int mmsi)
      throws AisDecodeException {
    require(n, 72);
    int[] m = new int[8];
    int present = 0;
    for (int u = 0; u < 4; u++) {
      if (n > 40 + 32 * u) {
        m[2 * u] = b.uint(40 + 32 * u, 30);
        m[2 * u + 1] = b.uint(70 + 32 * u, 2);
        present++;
      }
    }
    return new Acknowledgement(
        type, repeat, mmsi, present, m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7], n);
  }

  private static AisMessage sarAircraft(BitReader b, int n, int repeat, int mmsi)
      throws AisDecodeException {
    require(n, 168);
    return new SarAircraftPositionReport(
        9,
        repeat,
        mmsi,
        optInt(b.uint(38, 12), 4095),
        optInt(b.uint(50, 10), 1023),
        b.bit(60),
        lon(b, 61),
        lat(b, 89),
        tenths(b.uint(116, 12), 3600),
        b.uint(128, 6),
        b.uint(134, 8),
        b.bit(142),
        b.uint(143, 3),
        b.bit(146),
        b.bit(147),
        b.uint(148, 20),
        n);
  }

  private static AisMessage interrogation(BitReader b, int n, int repeat, int mmsi)
      throws AisDecodeException {
    require(n, 88);
    int type12 = 0;
    int offset12 = 0;
    int mmsi2 = 0;
    int type21 = 0;
    int offset21 = 0;
    if (n > 90) {
      type12 = b.uint(90, 6);
      offset12 = b.uint(96, 12);
      if (n > 110) {
        mmsi2 = b.uint(110, 30);
        type21 = b.uint(140, 6);
        offset21 = b.uint(146, 12);
      }
    }
    return new Interrogation(
        15,
        repeat,
        mmsi,
        b.uint(40, 30),
        b.uint(70, 6),
        b.uint(76, 12),
        type12,
        offset12,
        mmsi2,
        type21,
        offset21,
        n);
  }

  private static AisMessage assignedMode(BitReader b, int n, int repeat, int mmsi)
      throws AisDecodeException {
    require(n, 96);
    boolean two = n >= 144;
    return new AssignedModeCommand(
        16,
        repeat,
        mmsi,
        b.uint(40, 30),
        b.uint(70, 12),
        b.uint(82, 10),
        two ? b.uint(92, 30) : 0,
        two ? b.uint(122, 12) : 0,
        two ? b.uint(134, 10) : 0,
        n);
  }

  private static AisMessage gnss(BitReader b, int n, int repeat, int mmsi)
      throws AisDecodeException {
    require(n, 80);
    int count = n - 80;
    return new GnssBroadcastMessage(
        17,
        repeat,
        mmsi,
        degrees(b.sint(40, 18), COARSE_LON_NA, COARSE_LATLON_DIV),
        degrees(b.sint(58, 17), COARSE_LAT_NA, COARSE_LATLON_DIV),
        new BinaryData(b.bytesUpTo(80, count, b.armouredBitLength()), count),
        n);
  }

  private static AisMessage classB(BitReader b, int n, int repeat, int mmsi)
      throws AisDecodeException {
    require(n, 168);
    return new ClassBPositionReport(
        18,
        repeat,
        mmsi,
        b.uint(38, 8),
        tenths(b.uint(46, 10), 1023),
        b.bit(56),
        lon(b, 57),
        lat(b, 85),
        tenths(b.uint(112, 12), 3600),
        optInt(b.uint(124, 9), 511),
        b.uint(133, 6),
        b.uint(139, 2),
        b.bit(141),
        b.bit(142),
        b.bit(143),
        b.bit(144),
        b.bit(145),
        b.bit(146),
        b.bit(147),
        b.uint(148, 20),
        n);
  }

  private static AisMessage extendedClassB(BitReader b, int n, int repeat, int mmsi)
      throws AisDecodeException {
    require(n, 312);
    return new ExtendedClassBPositionReport(
        19,
        repeat,
        mmsi,
        b.uint(38, 8),
        tenths(b.uint(46, 10), 1023),
        b.bit(56),
        lon(b, 57),
        lat(b, 85),
        tenths(b.uint(112, 12), 3600),
        optInt(b.uint(124, 9), 511),
        b.uint(133, 6),
        b.uint(139, 4),
        b.gpsdText(143, 20),
        b.uint(263, 8),
        b.uint(271, 9),
        b.uint(280, 9),
        b.uint(289, 6),
        b.uint(295, 6),
        b.uint(301, 4),
        b.bit(305),
        b.bit(306),
        b.bit(307),
        n);
  }

  private static AisMessage dataLink(BitReader b, int n, int repeat, int mmsi)
      throws AisDecodeException {
    require(n, 72);
    return new DataLinkManagement(
        20,
        repeat,
        mmsi,
        b.uint(40, 12),
        b.uint(52, 4),
        b.uint(56, 3),
        b.uint(59, 11),
        b.uint(70, 12),
        b.uint(82, 4),
        b.uint(86, 3),
        b.uint(89, 11),
        b.uint(100, 12),
        b.uint(112, 4),
        b.uint(116, 3),
        b.uint(119, 11),
        b.uint(130, 12),
        b.uint(142, 4),
        b.uint(146, 3),
        b.uint(149, 11),
        n);
  }

  private static AisMessage aidToNavigation(BitReader b, int n, int repeat, int mmsi)
      throws AisDecodeException {
    require(n, 272);
    String name = b.gpsdTextUntrimmed(43, 20);
    if (name.length() == 20 && n > 272) {
      name = name + b.gpsdText(272, (n - 272) / 6);
    }
    name = BitReader.trimRight(name);
    return new AidToNavigationReport(
        21,
        repeat,
        mmsi,
        b.uint(38, 5),
        name,
        b.bit(163),
        lon(b, 164),
        lat(b, 192),
        b.uint(219, 9),
        b.uint(228, 9),
        b.uint(237, 6),
        b.uint(243, 6),
        b.uint(249, 4),
        b.uint(253, 6),
        b.bit(259),
        b.uint(260, 8),
        b.bit(268),
        b.bit(269),
        b.bit(270),
        n);
  }

  private static AisMessage channelManagement(BitReader b, int n, int repeat, int mmsi)
      throws AisDecodeException {
    require(n, 168);
    if (b.bit(139)) {
      return new ChannelManagementAddressed(
          22,
          repeat,
          mmsi,
          b.uint(40, 12),
          b.uint(52, 12),
          b.uint(64, 4),
          b.bit(68),
          b.uint(69, 30),
          b.uint(104, 30),
          b.bit(140),
          b.bit(141),
          b.uint(142, 3),
          n);
    }
    return new ChannelManagementArea(
        22,
        repeat,
        mmsi,
        b.uint(40, 12),
        b.uint(52, 12),
        b.uint(64, 4),
        b.bit(68),
        b.sint(69, 18) / COARSE_LATLON_DIV,
        b.sint(87, 17) / COARSE_LATLON_DIV,
        b.sint(104, 18) / COARSE_LATLON_DIV,
        b.sint(122, 17) / COARSE_LATLON_DIV,
        b.bit(140),
        b.bit(141),
        b.uint(142, 3),
        n);
  }

  private static AisMessage groupAssignment(BitReader b, int n, int repeat, int mmsi)
      throws AisDecodeException {
    require(n, 160);
    return new GroupAssignmentCommand(
        23,
        repeat,
        mmsi,
        b.sint(40, 18) / COARSE_LATLON_DIV,
        b.sint(58, 17) / COARSE_LATLON_DIV,
        b.sint(75, 18) / COARSE_LATLON_DIV,
        b.sint(93, 17) / COARSE_LATLON_DIV,
        b.uint(110, 4),
        b.uint(114, 8),
        b.uint(144, 2),
        b.uint(146, 4),
        b.uint(150, 4),
        n);
  }

  private static AisMessage staticDataReport(BitReader b, int n, int repeat, int mmsi)
      throws AisDecodeException {
    int part = b.uint(38, 2);
    if (part == 0) {
      require(n, 160);
      return new StaticDataReportA(24, repeat, mmsi, b.gpsdText(40, 20), n);
    }
    if (part != 1) {
      throw new AisDecodeException(
          RejectReason.UNDEFINED_VARIANT, "message 24 part number " + part);
    }
    require(n, 168);
    boolean auxiliary = mmsi / 10_000_000 == 98;
    return new StaticDataReportB(
        24,
        repeat,
        mmsi,
        b.uint(40, 8),
        b.gpsdText(48, 7),
        b.uint(66, 4),
        b.uint(70, 20),
        b.gpsdText(90, 7),
        auxiliary ? 0 : b.uint(132, 9),
        auxiliary ? 0 : b.uint(141, 9),
        auxiliary ? 0 : b.uint(150, 6),
        auxiliary ? 0 : b.uint(156, 6),
        auxiliary ? b.uint(132, 30) : 0,
        n);
  }

  private static AisMessage singleSlotBinary(BitReader b, int n, int repeat, int mmsi)
      throws AisDecodeException {
    require(n, 40);
    boolean addressed = b.bit(38);
    boolean structured = b.bit(39);
    int header = 40 + (addressed ? 30 : 0) + (structured ? 16 : 0);
    require(n, header);
    int count = n - header;
    // gpsd copies whole bytes from the start of the data (before dropping an addressee)
    int copied = n - 40 - (structured ? 16 : 0);
    int limit = Math.min(b.armouredBitLength(), 40 + (structured ? 16 : 0) + ((copied + 7) & ~7));
    return new SingleSlotBinaryMessage(
        25,
        repeat,
        mmsi,
        addressed,
        structured,
        addressed ? OptionalInt.of(b.uint(40, 30)) : OptionalInt.empty(),
        structured ? optInt(b.uint(addressed ? 70 : 40, 16), -1) : OptionalInt.empty(),
        new BinaryData(b.bytesUpTo(header, count, limit), count),
        n);
  }

  private static AisMessage multipleSlotBinary(BitReader b, int n, int repeat, int mmsi)
      throws AisDecodeException {
    require(n, 60);
    boolean addressed = b.bit(38);
    boolean structured = b.bit(39);
    int header = 40 + (addressed ? 30 : 0) + (structured ? 16 : 0);
    require(n, header + 20);
    int count = n - header - 20;
    int copied = n - 60 - (structured ? 16 : 0);
    int limit = Math.min(b.armouredBitLength(), 40 + (structured ? 16 : 0) + ((copied + 7) & ~7));
    return new MultipleSlotBinaryMessage(
        26,
        repeat,
        mmsi,
        addressed,
        structured,
        addressed ? OptionalInt.of(b.uint(40, 30)) : OptionalInt.empty(),
        structured ? optInt(b.uint(addressed ? 70 : 40, 16), -1) : OptionalInt.empty(),
        new BinaryData(b.bytesUpTo(header, count, limit), count),
        b.uint(n - 20, 20),
        n);
  }

  private static AisMessage longRange(BitReader b, int n, int repeat, int mmsi)
      throws AisDecodeException {
    require(n, 96);
    return new LongRangePositionReport(
        27,
        repeat,
        mmsi,
        b.bit(38),
        b.bit(39),
        b.uint(40, 4),
        degrees(b.sint(44, 18), COARSE_LON_NA, COARSE_LATLON_DIV),
        degrees(b.sint(62, 17), COARSE_LAT_NA, COARSE_LATLON_DIV),
        optInt(b.uint(79, 6), 63),
        optInt(b.uint(85, 9), 511),
        b.bit(94),
        n);
  }
}
