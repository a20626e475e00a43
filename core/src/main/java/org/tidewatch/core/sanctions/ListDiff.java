package org.tidewatch.core.sanctions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed between two versions of a list, entry by entry (matched on the list's own entry id).
 *
 * @param added entries only in the new version
 * @param removed entries only in the old version
 * @param changed entries in both whose content differs (old, new)
 */
public record ListDiff(
    List<SanctionsEntity> added, List<SanctionsEntity> removed, List<Change> changed) {

  /**
   * One changed entry.
   *
   * @param before the old entry
   * @param after the new entry
   */
  public record Change(SanctionsEntity before, SanctionsEntity after) {}

  /** Copies the lists. */
  public ListDiff {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    changed = List.copyOf(changed);
  }

  /** Compares two versions of the same list. */
  public static ListDiff between(List<SanctionsEntity> before, List<SanctionsEntity> after) {
    Map<String, SanctionsEntity> old = index(before);
    Map<String, SanctionsEntity> now = index(after);
    List<SanctionsEntity> added = new ArrayList<>();
    List<Change> changed = new ArrayList<>();
    for (var e : now.entrySet()) {
      SanctionsEntity o = old.get(e.getKey());
      if (o == null) {
        added.add(e.getValue());
      } else if (!sameContent(o, e.getValue())) {
        changed.add(new Change(o, e.getValue()));
      }
    }
    List<SanctionsEntity> removed = new ArrayList<>();
    for (var e : old.entrySet()) {
      if (!now.containsKey(e.getKey())) {
        removed.add(e.getValue());
      }
    }
    return new ListDiff(added, removed, changed);
  }

  private static Map<String, SanctionsEntity> index(List<SanctionsEntity> list) {
    Map<String, SanctionsEntity> m = new LinkedHashMap<>();
    list.forEach(e -> m.putIfAbsent(e.entryId(), e));
    return m;
  }

  private static boolean sameContent(SanctionsEntity a, SanctionsEntity b) {
    return a.equals(
        new SanctionsEntity(
            a.listId(),
            a.entryId(),
            b.type(),
            b.names(),
            b.programs(),
            b.countries(),
            b.addresses(),
            b.links(),
            b.vessel(),
            b.companyImo(),
            b.birthDates(),
            b.listedOn(),
            b.remarks()));
  }
}
