package org.tidewatch.sanctions.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tidewatch.core.sanctions.EntityName;
import org.tidewatch.core.sanctions.EntityType;
import org.tidewatch.core.sanctions.MergedEntity;
import org.tidewatch.core.sanctions.NameKind;

/**
 * An in-memory inverted index over every name of every merged entity, plus exact maps for IMO ship
 * numbers, IMO company numbers, MMSIs and call signs. Name keys are the phonetic folding keys of
 * the tokens ({@code t:}), the space-free folded name ({@code j:}) and character trigrams of each
 * folded token ({@code g:}), so spelling variants, typos and word joins all reach their entity;
 * candidates are ranked by the summed inverse document frequency of the keys they share with the
 * query, and only the best ones are scored. No query walks every entity.
 */
public final class ScreeningIndex {

  /** Weight of a trigram key relative to a whole-token key. */
  private static final float GRAM_WEIGHT = 0.3f;

  private final List<MergedEntity> entities;
  private final int[] nameEntity;
  private final NormalisedName[] names;
  private final NameKind[] nameKinds;
  private final EntityType[] entityTypes;
  private final Map<String, int[]> postings;
  private final int[] nameStart;
  private final Map<String, List<Integer>> byImo = new HashMap<>();
  private final Map<String, List<Integer>> byCompanyImo = new HashMap<>();
  private final Map<String, List<Integer>> byMmsi = new HashMap<>();
  private final Map<String, List<Integer>> byCallSign = new HashMap<>();

  /** Builds the index. */
  public ScreeningIndex(List<MergedEntity> entities) {
    this.entities = List.copyOf(entities);
    List<Integer> ne = new ArrayList<>();
    List<NormalisedName> nn = new ArrayList<>();
    List<NameKind> nk = new ArrayList<>();
    Map<String, List<Integer>> post = new HashMap<>();
    entityTypes = new EntityType[this.entities.size()];
    for (int e = 0; e < this.entities.size(); e++) {
      MergedEntity m = this.entities.get(e);
      entityTypes[e] = m.type();
      final int ei = e;
      m.imo().ifPresent(i -> byImo.computeIfAbsent(i.value(), k -> new ArrayList<>()).add(ei));
      m.companyImo()
          .ifPresent(i -> byCompanyImo.computeIfAbsent(i.value(), k -> new ArrayList<>()).add(ei));
      m.mmsis().forEach(i -> byMmsi.computeIfAbsent(i.value(), k -> new ArrayList<>()).add(ei));
      m.callSigns()
          .forEach(i -> byCallSign.computeIfAbsent(i.value(), k -> new ArrayList<>()).add(ei));
      for (EntityName name : m.names()) {
        NormalisedName norm = NameNormaliser.normalise(name.value(), m.type());
        if (norm.isEmpty()) {
          continue;
        }
        int id = nn.size();
        ne.add(e);
        nn.add(norm);
        nk.add(name.kind());
        for (String key : keys(norm)) {
          post.computeIfAbsent(key, k -> new ArrayList<>(2)).add(id);
        }
      }
    }
    nameEntity = ne.stream().mapToInt(Integer::intValue).toArray();
    names = nn.toArray(new NormalisedName[0]);
    nameKinds = nk.toArray(new NameKind[0]);
    nameStart = new int[this.entities.size() + 1];
    int ni = 0;
    for (int e = 0; e <= this.entities.size(); e++) {
      while (ni < nameEntity.length && nameEntity[ni] < e) {
        ni++;
      }
      nameStart[e] = ni;
    }
    postings = new HashMap<>(post.size() * 2);
    post.forEach((k, v) -> postings.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
  }

  /** The keys a name is indexed (and looked up) under. */
  static Set<String> keys(NormalisedName n) {
    Set<String> keys = new LinkedHashSet<>();
    boolean onlyWeak =
        n.tokens().stream()
            .allMatch(
                t ->
                    t.kind() == NameToken.Kind.LEGAL_FORM
                        || t.kind() == NameToken.Kind.PARTICLE
                        || t.kind() == NameToken.Kind.GENERIC);
    for (NameToken t : n.tokens()) {
      boolean weak = t.kind() == NameToken.Kind.LEGAL_FORM || t.kind() == NameToken.Kind.PARTICLE;
      if (weak && !onlyWeak) {
        continue;
      }
      keys.add("t:" + t.folded());
      if (t.kind() == NameToken.Kind.NUMBER || t.kind() == NameToken.Kind.INITIAL) {
        continue;
      }
      String padded = "^" + t.folded() + "$";
      for (int i = 0; i + 3 <= padded.length(); i++) {
        keys.add("g:" + padded.substring(i, i + 3));
      }
    }
    keys.add("j:" + n.joined());
    return keys;
  }

  /** The number of entities. */
  public int size() {
    return entities.size();
  }

  /** The number of indexed names. */
  public int nameCount() {
    return names.length;
  }

  /** The entities. */
  public List<MergedEntity> entities() {
    return entities;
  }

  MergedEntity entity(int e) {
    return entities.get(e);
  }

  List<Integer> byImo(String imo) {
    return byImo.getOrDefault(imo, List.of());
  }

  List<Integer> byCompanyImo(String imo) {
    return byCompanyImo.getOrDefault(imo, List.of());
  }

  List<Integer> byMmsi(String mmsi) {
    return byMmsi.getOrDefault(mmsi, List.of());
  }

  List<Integer> byCallSign(String cs) {
    return byCallSign.getOrDefault(cs, List.of());
  }

  /**
   * The entities whose names share the most (IDF-weighted) keys with the query name, best first, at
   * most {@code limit}, restricted to a type when one is given.
   */
  List<Integer> candidates(NormalisedName query, EntityType type, int limit) {
    float[] acc = new float[entities.size()];
    int[] touched = new int[64];
    int nTouched = 0;
    double total = names.length;
    for (String key : keys(query)) {
      int[] p = postings.get(key);
      if (p == null) {
        continue;
      }
      // keys carried by more than a fifth of all names say nothing
      if (p.length > total / 5 && !key.startsWith("j:")) {
        continue;
      }
      float idf = (float) Math.log(1 + total / p.length);
      float w = key.startsWith("g:") ? idf * GRAM_WEIGHT : idf;
      for (int name : p) {
        int e = nameEntity[name];
        if (type != EntityType.UNKNOWN
            && entityTypes[e] != type
            && entityTypes[e] != EntityType.UNKNOWN) {
          continue;
        }
        if (acc[e] == 0f) {
          if (nTouched == touched.length) {
            touched = java.util.Arrays.copyOf(touched, nTouched * 2);
          }
          touched[nTouched++] = e;
        }
        acc[e] += w;
      }
    }
    Integer[] order = new Integer[nTouched];
    for (int i = 0; i < nTouched; i++) {
      order[i] = touched[i];
    }
    java.util.Arrays.sort(order, (a, b) -> Float.compare(acc[b], acc[a]));
    List<Integer> out = new ArrayList<>(Math.min(limit, nTouched));
    for (int i = 0; i < nTouched && i < limit; i++) {
      out.add(order[i]);
    }
    return out;
  }

  /** The normalised names of an entity with their kinds. */
  List<Map.Entry<NormalisedName, NameKind>> namesOf(int entity) {
    List<Map.Entry<NormalisedName, NameKind>> out = new ArrayList<>();
    entityNames(entity).forEach(i -> out.add(Map.entry(names[i], nameKinds[i])));
    return out;
  }

  private List<Integer> entityNames(int entity) {
    List<Integer> out = new ArrayList<>();
    for (int i = nameStart[entity]; i < nameStart[entity + 1]; i++) {
      out.add(i);
    }
    return out;
  }
}
