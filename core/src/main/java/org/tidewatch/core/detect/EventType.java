package org.tidewatch.core.detect;

/** The kinds of detected events, as they are stored, filtered and evaluated. */
public enum EventType {
  /** A stay at a port or anchorage (entry, stay, exit). */
  PORT_CALL,
  /** Two vessels together at low speed away from ports, at least one a tanker (or unknown). */
  STS,
  /** The looser tier: close (1 km) and slow for 1 h, for small, sparsely reporting tankers. */
  POSSIBLE_STS,
  /** Two vessels together at low speed, neither a tanker (fishing, cargo). */
  ENCOUNTER,
  /** One vessel slow offshore for hours. */
  LOITERING,
  /** A silence longer than the raw-gap threshold, explained by the area's reception. */
  AIS_GAP,
  /** A silence the area's reception does not explain: a likely deliberate dark period. */
  DARK_PERIOD,
  /** Positions no ship can reach: a track that jumps away and back. */
  SPOOFING,
  /** One MMSI used by two transmitters at once. */
  SHARED_MMSI,
  /** A change or anomaly of the identity a hull broadcasts. */
  IDENTITY_CHANGE,
  /** A change of broadcast draught: loading or discharge. */
  DRAUGHT_CHANGE
}
