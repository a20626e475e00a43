package org.tidewatch.ais.message;

/**
 * Ship and cargo type category (ITU-R M.1371-5, annex 2, table 53). The second digit of the 2-digit
 * code (hazard category) stays in the raw {@code shipTypeCode} of the message.
 */
public enum ShipType {
  NOT_AVAILABLE,
  WING_IN_GROUND,
  FISHING,
  TOWING,
  TOWING_LARGE,
  DREDGING_OR_UNDERWATER_OPS,
  DIVING_OPS,
  MILITARY_OPS,
  SAILING,
  PLEASURE_CRAFT,
  HIGH_SPEED_CRAFT,
  PILOT_VESSEL,
  SEARCH_AND_RESCUE,
  TUG,
  PORT_TENDER,
  ANTI_POLLUTION,
  LAW_ENFORCEMENT,
  LOCAL_VESSEL,
  MEDICAL_TRANSPORT,
  NONCOMBATANT,
  PASSENGER,
  CARGO,
  TANKER,
  OTHER,
  /** Reserved codes 1-19, 38-39 and anything above 99. */
  UNKNOWN;

  private static final ShipType[] BY_CODE = new ShipType[256];

  static {
    java.util.Arrays.fill(BY_CODE, UNKNOWN);
    BY_CODE[0] = NOT_AVAILABLE;
    fill(20, 29, WING_IN_GROUND);
    BY_CODE[30] = FISHING;
    BY_CODE[31] = TOWING;
    BY_CODE[32] = TOWING_LARGE;
    BY_CODE[33] = DREDGING_OR_UNDERWATER_OPS;
    BY_CODE[34] = DIVING_OPS;
    BY_CODE[35] = MILITARY_OPS;
    BY_CODE[36] = SAILING;
    BY_CODE[37] = PLEASURE_CRAFT;
    fill(40, 49, HIGH_SPEED_CRAFT);
    BY_CODE[50] = PILOT_VESSEL;
    BY_CODE[51] = SEARCH_AND_RESCUE;
    BY_CODE[52] = TUG;
    BY_CODE[53] = PORT_TENDER;
    BY_CODE[54] = ANTI_POLLUTION;
    BY_CODE[55] = LAW_ENFORCEMENT;
    BY_CODE[56] = LOCAL_VESSEL;
    BY_CODE[57] = LOCAL_VESSEL;
    BY_CODE[58] = MEDICAL_TRANSPORT;
    BY_CODE[59] = NONCOMBATANT;
    fill(60, 69, PASSENGER);
    fill(70, 79, CARGO);
    fill(80, 89, TANKER);
    fill(90, 99, OTHER);
  }

  private static void fill(int from, int to, ShipType t) {
    for (int i = from; i <= to; i++) {
      BY_CODE[i] = t;
    }
  }

  /** The category of an 8-bit code. */
  public static ShipType of(int code) {
    return code >= 0 && code < 256 ? BY_CODE[code] : UNKNOWN;
  }
}
