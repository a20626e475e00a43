package org.tidewatch.ais.message;

/**
 * The fields of a position report (messages 1, 2, 3, 18 and 27) that a track store needs, as
 * primitives: a mutable holder that {@link AisMessageDecoder#decodePosition} fills in place, so
 * that decoding a position allocates nothing. Reuse one instance per decoder; the values are those
 * of the last successful {@code decodePosition} call. Not thread-safe.
 *
 * <p>Every value is bit for bit what the record of the same payload from {@link
 * AisMessageDecoder#decode} holds ({@link PositionReport}, {@link ClassBPositionReport}, {@link
 * LongRangePositionReport}); where the record has an empty optional, the holder has the absent
 * value documented on each getter: {@code NaN} for doubles, {@code -1} for ints (no valid value of
 * these fields is negative).
 */
public final class PositionFields {
  /** The {@code int} fields' "absent" value (heading not available, or no status in type 18). */
  public static final int ABSENT = -1;

  int messageType;
  int mmsi;
  double latitude_deg;
  double longitude_deg;
  double speedOverGround_kn;
  double courseOverGround_deg;
  int trueHeading_deg;
  int navigationStatus;

  /** Message type: 1, 2, 3, 18 or 27. */
  public int messageType() {
    return messageType;
  }

  /** The sender's MMSI (30-bit user ID, never negative), as transmitted. */
  public int mmsi() {
    return mmsi;
  }

  /**
   * Latitude in degrees (north positive), {@code NaN} when 91° ("not available") was sent. Other
   * out-of-range codes are passed through, as in the records.
   */
  public double latitude_deg() {
    return latitude_deg;
  }

  /** Longitude in degrees (east positive), {@code NaN} when 181° ("not available") was sent. */
  public double longitude_deg() {
    return longitude_deg;
  }

  /**
   * Speed over ground in knots, {@code NaN} when not available (1023 in types 1-3 and 18, in 1/10
   * knot; 63 in type 27, in whole knots).
   */
  public double speedOverGround_kn() {
    return speedOverGround_kn;
  }

  /**
   * Course over ground in degrees, {@code NaN} when not available (3600 in types 1-3 and 18, in
   * 1/10 degree; 511 in type 27, in whole degrees). Codes above the range are passed through.
   */
  public double courseOverGround_deg() {
    return courseOverGround_deg;
  }

  /**
   * True heading in whole degrees (0-359; 360-510 passed through as sent), {@link #ABSENT} when 511
   * was sent, and always {@link #ABSENT} for type 27 (which has no heading).
   */
  public int trueHeading_deg() {
    return trueHeading_deg;
  }

  /**
   * The 4-bit navigational status code (0-15, see {@link NavigationStatus#of}) of types 1-3 and 27;
   * {@link #ABSENT} for type 18, which has none.
   */
  public int navigationStatus() {
    return navigationStatus;
  }

  @Override
  public String toString() {
    return "PositionFields[type="
        + messageType
        + ", mmsi="
        + mmsi
        + ", lat="
        + latitude_deg
        + ", lon="
        + longitude_deg
        + ", sog="
        + speedOverGround_kn
        + ", cog="
        + courseOverGround_deg
        + ", heading="
        + trueHeading_deg
        + ", status="
        + navigationStatus
        + "]";
  }
}
