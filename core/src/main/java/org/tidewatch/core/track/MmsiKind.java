package org.tidewatch.core.track;

/**
 * What kind of station an MMSI identifies, from its leading digits (ITU-R M.585-9, annexes 1 to 6).
 * Only {@link #SHIP} MMSIs (MIDXXXXXX) identify a vessel; the others are shore stations, aids to
 * navigation, craft, SART/MOB devices or invalid.
 */
public enum MmsiKind {
  /** MIDXXXXXX, MID 201 to 775: a ship station. */
  SHIP,
  /** 0MIDXXXXX: a group of ship stations. */
  GROUP,
  /** 00MIDXXXX: a coast station (base station). */
  COAST_STATION,
  /** 111MIDXXX: a SAR aircraft. */
  SAR_AIRCRAFT,
  /** 8MIDXXXXX: a handheld VHF transceiver with DSC and GNSS. */
  HANDHELD,
  /** 98MIDXXXX: a craft associated with a parent ship (tender, lifeboat). */
  CRAFT_ASSOCIATED,
  /** 99MIDXXXX: an aid to navigation. */
  AID_TO_NAVIGATION,
  /** 970XXYYYY AIS-SART, 972XXYYYY MOB device, 974XXYYYY EPIRB-AIS. */
  AUTONOMOUS_DEVICE,
  /** Anything else (out of range, unallocated leading digits, default numbers such as 0). */
  INVALID;

  /** Classifies an MMSI (a 30-bit AIS user ID). */
  public static MmsiKind of(int mmsi) {
    if (mmsi < 0 || mmsi > 999_999_999) {
      return INVALID;
    }
    if (mmsi >= 201_000_000 && mmsi <= 775_999_999) {
      return SHIP;
    }
    if (mmsi >= 111_000_000 && mmsi <= 111_999_999) {
      return SAR_AIRCRAFT;
    }
    if (mmsi >= 970_000_000 && mmsi <= 974_999_999) {
      return AUTONOMOUS_DEVICE;
    }
    if (mmsi >= 980_000_000 && mmsi <= 989_999_999) {
      return CRAFT_ASSOCIATED;
    }
    if (mmsi >= 990_000_000) {
      return AID_TO_NAVIGATION;
    }
    if (mmsi >= 800_000_000 && mmsi <= 899_999_999) {
      return HANDHELD;
    }
    if (mmsi >= 2_000_000 && mmsi <= 7_759_999) {
      return COAST_STATION;
    }
    if (mmsi >= 20_000_000 && mmsi <= 77_599_999) {
      return GROUP;
    }
    return INVALID;
  }
}
