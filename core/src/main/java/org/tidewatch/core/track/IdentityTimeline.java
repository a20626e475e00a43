package org.tidewatch.core.track;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The identity history of one MMSI: every name, call sign, IMO number, ship type, dimension and
 * flag it used, each with first and last seen. Claims are ordered by kind, then first seen.
 *
 * @param mmsi the MMSI
 * @param claims the claims, ordered by kind then first seen then value
 */
public record IdentityTimeline(int mmsi, List<IdentityClaim> claims) {

  /** The order of {@link #claims()}. */
  public static final Comparator<IdentityClaim> ORDER =
      Comparator.comparing(IdentityClaim::kind)
          .thenComparing(IdentityClaim::firstSeen)
          .thenComparing(IdentityClaim::value);

  /** Copies and orders the claims. */
  public IdentityTimeline {
    claims = claims.stream().sorted(ORDER).toList();
  }

  /** The claims of one kind, in first-seen order. */
  public List<IdentityClaim> of(ClaimKind kind) {
    return claims.stream().filter(c -> c.kind() == kind).toList();
  }

  /** The value last seen of a kind (ties broken by report count). */
  public Optional<String> latest(ClaimKind kind) {
    return of(kind).stream()
        .max(
            Comparator.comparing(IdentityClaim::lastSeen).thenComparingLong(IdentityClaim::reports))
        .map(IdentityClaim::value);
  }

  /** The flag given by the MMSI's MID (not transmitted; ITU-R M.585). */
  public Optional<Flag> midFlag() {
    return Mids.flagOfMmsi(mmsi);
  }
}
