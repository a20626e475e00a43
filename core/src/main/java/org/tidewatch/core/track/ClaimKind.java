package org.tidewatch.core.track;

/** What an {@link IdentityClaim} is about. */
public enum ClaimKind {
  /** The ship name, as transmitted (upper case six-bit text). */
  NAME,
  /** The radio call sign. */
  CALL_SIGN,
  /** The IMO number, seven digits, as claimed (check digit not verified). */
  IMO,
  /** ITU-R M.1371 type of ship and cargo, as a decimal code. */
  SHIP_TYPE,
  /** Overall length x beam in metres, as {@code "LxB"}. */
  DIMENSIONS,
  /** The flag given by the MMSI's MID, as ISO 3166-1 alpha-2 (derived, not transmitted). */
  FLAG_MID
}
