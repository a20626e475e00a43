package org.tidewatch.core.risk;

/**
 * A screening result for a vessel seen on AIS: the vessel itself, or its owner or manager, matched
 * a listed party.
 *
 * @param mmsi the vessel's MMSI
 * @param ownership true when the owner or manager matched (not the vessel)
 * @param listedName the listed party's name
 * @param lists the lists that name it (with programmes)
 * @param score the screening score in [0, 1]
 * @param explanation the screener's per-feature explanation
 */
public record ListedMatch(
    int mmsi,
    boolean ownership,
    String listedName,
    String lists,
    double score,
    String explanation) {}
