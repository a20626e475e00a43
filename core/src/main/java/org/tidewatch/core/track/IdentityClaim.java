package org.tidewatch.core.track;

import java.time.Instant;
import java.util.Optional;
import org.tidewatch.core.sanctions.ImoNumber;

/**
 * One identity value an MMSI used, with when it was first and last seen and how many reports
 * carried it. The set of claims of an MMSI is its identity timeline; the claims of kind {@link
 * ClaimKind#IMO} link MMSIs that claimed the same hull.
 *
 * @param mmsi the MMSI that made the claim
 * @param kind what the claim is about
 * @param value the claimed value (see {@link ClaimKind} for the formats)
 * @param firstSeen time of the first report carrying the value
 * @param lastSeen time of the last report carrying the value
 * @param reports number of reports carrying the value
 */
public record IdentityClaim(
    int mmsi, ClaimKind kind, String value, Instant firstSeen, Instant lastSeen, long reports) {

  /** Checks the interval and count. */
  public IdentityClaim {
    if (lastSeen.isBefore(firstSeen)) {
      throw new IllegalArgumentException("lastSeen before firstSeen: " + firstSeen + lastSeen);
    }
    if (reports < 1) {
      throw new IllegalArgumentException("reports must be >= 1: " + reports);
    }
  }

  /**
   * For an {@link ClaimKind#IMO} claim, whether the number has a valid check digit (IMO Resolution
   * A.1117(30)); a vessel sending an invalid IMO number is worth a look. Empty for other kinds.
   */
  public Optional<Boolean> imoCheckDigitValid() {
    return kind == ClaimKind.IMO ? Optional.of(ImoNumber.isValid(value)) : Optional.empty();
  }

  /** Formats an IMO number as the seven-digit claim value. */
  public static String imoValue(int imo) {
    return String.format("%07d", imo);
  }
}
