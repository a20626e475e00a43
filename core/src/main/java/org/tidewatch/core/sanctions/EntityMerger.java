package org.tidewatch.core.sanctions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins entries of different lists that are the same party. Only checksum-validated identifiers
 * join: the IMO ship number for vessels (the same hull is "PI RUY GANG" on OFAC and "Kang Gye (Pi
 * Ryu Gang)" on the EU list) and the IMO company number for companies. Names never join on their
 * own: sister ships share all but a number, and people share names. MMSIs and call signs are not
 * used either, because they move between hulls when flags change.
 */
public final class EntityMerger {

  private EntityMerger() {}

  /** Merges the entries; entries without a joining identifier stay alone. Order is stable. */
  public static List<MergedEntity> merge(List<SanctionsEntity> entries) {
    int n = entries.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    Map<String, Integer> firstByKey = new HashMap<>();
    for (int i = 0; i < n; i++) {
      SanctionsEntity e = entries.get(i);
      List<String> keys = new ArrayList<>(2);
      e.imo().ifPresent(imo -> keys.add("imo:" + imo.value()));
      e.companyImo().ifPresent(c -> keys.add("cimo:" + c.value()));
      for (String k : keys) {
        Integer j = firstByKey.putIfAbsent(k, i);
        if (j != null) {
          union(parent, i, j);
        }
      }
    }
    Map<Integer, List<SanctionsEntity>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(entries.get(i));
    }
    List<MergedEntity> out = new ArrayList<>(groups.size());
    for (List<SanctionsEntity> g : groups.values()) {
      out.add(toMerged(g));
    }
    return out;
  }

  private static MergedEntity toMerged(List<SanctionsEntity> g) {
    EntityType type =
        g.stream()
            .map(SanctionsEntity::type)
            .filter(t -> t == EntityType.VESSEL)
            .findFirst()
            .orElse(g.get(0).type());
    String id =
        g.stream()
            .flatMap(e -> e.imo().stream())
            .findFirst()
            .map(imo -> "imo:" + imo.value())
            .orElseGet(
                () ->
                    g.size() > 1 && g.get(0).companyImo().isPresent()
                        ? "cimo:" + g.get(0).companyImo().orElseThrow().value()
                        : g.get(0).key());
    return new MergedEntity(id, type, g);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
