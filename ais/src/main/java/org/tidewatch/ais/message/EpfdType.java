package org.tidewatch.ais.message;

/** Type of electronic position fixing device (ITU-R M.1371-5, annex 2, table 50). */
public enum EpfdType {
  UNDEFINED,
  GPS,
  GLONASS,
  COMBINED_GPS_GLONASS,
  LORAN_C,
  CHAYKA,
  INTEGRATED_NAVIGATION_SYSTEM,
  SURVEYED,
  GALILEO,
  /** Codes 9-14 (not used). */
  UNKNOWN,
  /** Code 15: internal GNSS (M.1371-5). */
  INTERNAL_GNSS;

  private static final EpfdType[] BY_CODE = new EpfdType[16];

  static {
    EpfdType[] v = values();
    for (int i = 0; i < 16; i++) {
      BY_CODE[i] = i <= 8 ? v[i] : UNKNOWN;
    }
    BY_CODE[15] = INTERNAL_GNSS;
  }

  /** The type for a 4-bit code; {@link #UNKNOWN} for reserved codes. */
  public static EpfdType of(int code) {
    return code >= 0 && code < 16 ? BY_CODE[code] : UNKNOWN;
  }
}
