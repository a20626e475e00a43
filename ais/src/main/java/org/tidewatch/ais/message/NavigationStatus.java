package org.tidewatch.ais.message;

/** Navigational status of messages 1-3 and 27 (ITU-R M.1371-5, annex 2, table 48). */
public enum NavigationStatus {
  UNDER_WAY_USING_ENGINE,
  AT_ANCHOR,
  NOT_UNDER_COMMAND,
  RESTRICTED_MANOEUVRABILITY,
  CONSTRAINED_BY_DRAUGHT,
  MOORED,
  AGROUND,
  ENGAGED_IN_FISHING,
  UNDER_WAY_SAILING,
  RESERVED_HSC,
  RESERVED_WIG,
  POWER_DRIVEN_TOWING_ASTERN,
  POWER_DRIVEN_PUSHING_AHEAD_OR_TOWING_ALONGSIDE,
  RESERVED,
  AIS_SART_ACTIVE,
  NOT_DEFINED,
  /** Not a 4-bit code (never produced by the decoder, kept for callers mapping other sources). */
  UNKNOWN;

  private static final NavigationStatus[] BY_CODE = values();

  /** The status for a 4-bit code; {@link #UNKNOWN} outside 0-15. */
  public static NavigationStatus of(int code) {
    return code >= 0 && code < 16 ? BY_CODE[code] : UNKNOWN;
  }
}
