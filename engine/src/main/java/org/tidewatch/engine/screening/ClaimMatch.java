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
 * @param explanation the per-feature explanation on one line
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
    String explanation) {

  /** Copies the lists. */
  public ClaimMatch {
    lists = List.copyOf(lists);
    programs = List.copyOf(programs);
  }
}
