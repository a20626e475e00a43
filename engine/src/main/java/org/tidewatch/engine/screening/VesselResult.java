package org.tidewatch.engine.screening;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The screening of one MMSI.
 *
 * @param mmsi the MMSI
 * @param claimsDigest a digest of the claims screened (names, IMO numbers, call signs), to tell
 *     whether a later store state changed what this vessel claimed
 * @param claims how many claims were screened (the MMSI included)
 * @param matches every match at or above the threshold, best first (several per claim at most)
 */
public record VesselResult(int mmsi, String claimsDigest, int claims, List<ClaimMatch> matches) {

  /** Orders the matches best first (ties: identifiers before names, then by entity id). */
  public VesselResult {
    matches = matches.stream().sorted(ORDER).toList();
  }

  /** Best first; at equal score an identifier claim before a name, then by entity id. */
  public static final Comparator<ClaimMatch> ORDER =
      Comparator.comparingDouble((ClaimMatch m) -> -m.score())
          .thenComparingInt(m -> rank(m.claimKind()))
          .thenComparing(ClaimMatch::entityId)
          .thenComparing(ClaimMatch::claimValue);

  private static int rank(String kind) {
    return switch (kind) {
      case "IMO" -> 0;
      case "MMSI" -> 1;
      case "CALL_SIGN" -> 2;
      default -> 3;
    };
  }

  /** Whether any listed party matched. */
  public boolean listed() {
    return !matches.isEmpty();
  }

  /** The best match, if any. */
  public Optional<ClaimMatch> best() {
    return matches.isEmpty() ? Optional.empty() : Optional.of(matches.get(0));
  }
}
