package org.tidewatch.core.detect;

import java.time.Instant;
import java.util.List;

/**
 * A change or anomaly of broadcast identity.
 *
 * @param kind what changed
 * @param mmsis the MMSI before (and, for a new MMSI, after)
 * @param start when the old value was last seen
 * @param end when the new value was first seen
 * @param latitude_deg where (NaN when unknown)
 * @param longitude_deg where (NaN when unknown)
 * @param before the old value (empty for an anomaly)
 * @param after the new value
 * @param confidence [0, 1]
 * @param evidence the last report of the old and the first of the new identity
 */
public record IdentityChange(
    Kind kind,
    List<Integer> mmsis,
    Instant start,
    Instant end,
    double latitude_deg,
    double longitude_deg,
    String before,
    String after,
    double confidence,
    List<Evidence> evidence)
    implements DetectedEvent {

  /** What changed. */
  public enum Kind {
    NAME,
    CALL_SIGN,
    IMO,
    SHIP_TYPE,
    /** The same hull (IMO) now transmits another MMSI. */
    MMSI_SAME_IMO,
    /** A new MMSI appeared where and when another vanished (kinematic stitch). */
    MMSI_REAPPEARED,
    /** The claimed IMO number fails its check digit. */
    INVALID_IMO,
    /** The flag of the MMSI's MID differs from the flag claimed elsewhere. */
    MID_FLAG_MISMATCH
  }

  /** Copies the list. */
  public IdentityChange {
    mmsis = List.copyOf(mmsis);
  }

  @Override
  public EventType type() {
    return EventType.IDENTITY_CHANGE;
  }

  @Override
  public String summary() {
    return kind + " " + (before.isEmpty() ? "" : before + " -> ") + after;
  }
}
