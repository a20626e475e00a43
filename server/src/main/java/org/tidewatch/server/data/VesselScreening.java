package org.tidewatch.server.data;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tidewatch.core.track.IdentityClaim;
import org.tidewatch.engine.screening.ClaimMatch;
import org.tidewatch.engine.screening.ScreeningResults;
import org.tidewatch.engine.screening.VesselResult;
import org.tidewatch.server.auth.Principal;

/**
 * The screening of the store's vessels as callers may see it. A match comes from one claim of a
 * vessel (a name, IMO number or call sign) or from its MMSI; it is shown only to a caller who sees
 * that claim: everything to a caller cleared for all of the vessel's reports, only the matches of
 * the claims in the reports they are cleared for to a partly cleared caller (the MMSI to anyone who
 * sees the vessel), nothing to one who does not see the vessel.
 *
 * @param results the results in force, if any
 * @param problem why they are stale (or missing), if they are
 */
public record VesselScreening(Optional<ScreeningResults> results, Optional<String> problem) {

  /** Whether the vessel has any stored match (unfiltered: for cheap pre-checks only). */
  public boolean anyMatch(int mmsi) {
    return results.flatMap(r -> r.vessel(mmsi)).map(VesselResult::listed).orElse(false);
  }

  /** The matches of a vessel the caller may see, best first. */
  public List<ClaimMatch> visible(Principal p, VesselAccess vessels, int mmsi) {
    Optional<VesselResult> r = results.flatMap(x -> x.vessel(mmsi));
    if (r.isEmpty() || !r.get().listed()) {
      return List.of();
    }
    return switch (vessels.visibility(p, mmsi)) {
      case NONE -> List.of();
      case FULL -> r.get().matches();
      case PARTIAL -> {
        Set<String> seen = new HashSet<>();
        vessels
            .find(p, mmsi)
            .ifPresent(
                v -> {
                  for (IdentityClaim c : v.timeline().claims()) {
                    seen.add(c.kind().name() + "\u0000" + c.value());
                  }
                });
        // a name match halved for an IMO conflict names only the IMO claims the caller sees
        yield r.get().matches().stream()
            .filter(
                m ->
                    m.claimKind().equals("MMSI")
                        || seen.contains(m.claimKind() + "\u0000" + m.claimValue()))
            .map(m -> m.seenWith(imo -> seen.contains("IMO\u0000" + imo)))
            .sorted(VesselResult.ORDER)
            .toList();
      }
    };
  }

  /** The best match of a vessel the caller may see. */
  public Optional<ClaimMatch> best(Principal p, VesselAccess vessels, int mmsi) {
    if (!anyMatch(mmsi)) {
      return Optional.empty();
    }
    List<ClaimMatch> v = visible(p, vessels, mmsi);
    return v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
  }
}
