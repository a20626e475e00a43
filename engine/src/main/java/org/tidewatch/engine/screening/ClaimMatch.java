package org.tidewatch.engine.screening;

import java.util.List;

/**
 * One listed party matching one identity claim of a vessel.
 *
 * @param claimKind what the vessel claimed: {@code NAME}, {@code IMO}, {@code CALL_SIGN} or {@code
 *     MMSI} (the MMSI itself, which every caller who sees the vessel sees)
 * @param claimValue the claimed value as the store holds it
 * @param entityId the merged entity id of the listed party
 * @param caption the listed party's main name
 * @param entityType VESSEL (or UNKNOWN when a list does not say)
 * @param lists the lists naming it
 * @param programs the programmes it is listed under
 * @param score the screening score in [0, 1]
 * @param matchedName the listed name that matched (empty for identifier matches)
 * @param explanation the per-feature explanation on one line (with the IMO conflict, if any)
 * @param imoConflict for a name match of a listed hull whose IMO number differs from every IMO
 *     number the vessel claims: those numbers, the listed one and the score before it was halved
 *     (as {@code Screener} halves a name score when a query's IMO differs); null otherwise
 */
public record ClaimMatch(
    String claimKind,
    String claimValue,
    String entityId,
    String caption,
    String entityType,
    List<String> lists,
    List<String> programs,
    double score,
    String matchedName,
    String explanation,
    @org.jspecify.annotations.Nullable ImoConflict imoConflict) {

  /**
   * The vessel's claimed IMO numbers that differ from the listed hull's, and the score before the
   * conflict halved it.
   */
  public record ImoConflict(String listedImo, List<String> claimedImos, double scoreBefore) {
    /** Copies the numbers. */
    public ImoConflict {
      claimedImos = List.copyOf(claimedImos);
    }

    String explained() {
      return "; listed IMO "
          + listedImo
          + " differs from the vessel's IMO "
          + String.join(", ", claimedImos)
          + ": score halved";
    }
  }

  /** Copies the lists. */
  public ClaimMatch {
    lists = List.copyOf(lists);
    programs = List.copyOf(programs);
  }

  /**
   * This name match with its score halved because the listed hull's IMO number differs from every
   * one the vessel claims ({@code claimedImos}, not empty).
   */
  ClaimMatch withImoConflict(String listedImo, List<String> claimedImos) {
    ImoConflict c = new ImoConflict(listedImo, claimedImos, score);
    return with(Math.round(score * 0.5 * 1e4) / 1e4, explanation + c.explained(), c);
  }

  /**
   * This match as a caller sees it who may see only the IMO claims {@code imoSeen} accepts: the
   * conflict names only those; with none of them, the match is as if the vessel claimed no IMO
   * number (the score before the conflict, no mention of it).
   */
  public ClaimMatch seenWith(java.util.function.Predicate<String> imoSeen) {
    if (imoConflict == null) {
      return this;
    }
    List<String> seen = imoConflict.claimedImos().stream().filter(imoSeen).toList();
    if (seen.size() == imoConflict.claimedImos().size()) {
      return this;
    }
    ClaimMatch without =
        with(
            imoConflict.scoreBefore(),
            explanation.substring(0, explanation.length() - imoConflict.explained().length()),
            null);
    return seen.isEmpty() ? without : without.withImoConflict(imoConflict.listedImo(), seen);
  }

  private ClaimMatch with(
      double score, String explanation, @org.jspecify.annotations.Nullable ImoConflict c) {
    return new ClaimMatch(
        claimKind,
        claimValue,
        entityId,
        caption,
        entityType,
        lists,
        programs,
        score,
        matchedName,
        explanation,
        c);
  }
}
