package org.tidewatch.sanctions.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tidewatch.core.sanctions.EntityName;
import org.tidewatch.core.sanctions.EntityType;
import org.tidewatch.core.sanctions.MergedEntity;
import org.tidewatch.core.sanctions.NameKind;

/**
 * An in-memory inverted index over every name of every merged entity, plus exact maps for IMO ship
 * numbers, IMO company numbers, MMSIs and call signs.
 *
 * <p>Name keys share one key space: the phonetic folding key of each token, the space-free folded
 * name (so CHONMASAN finds CHON MA SAN and back), and the single-deletion neighbourhood of every
 * token of five or more letters (so a dropped, added, changed or swapped letter still meets its
 * entity: symmetric deletion, as in SymSpell). Keys are 39-bit hashes kept in sorted primitive
 * arrays (no per-key objects), postings are name ids in ascending order.
 *
 * <p>Retrieval ranks entities by the summed inverse document frequency of the keys they share with
 * the query, rarest key first; a key carried by more than {@link #COMMON_SHARE} of all names only
 * raises entities already found (looked up by binary search in its postings), so the cost of a
 * query depends on how rare its words are, not on the size of the list. Only the best {@code limit}
 * entities are scored. Per-query scratch arrays are reused per thread.
 */
public final class ScreeningIndex {

  /** Keys on more names than this share of all names only raise entities found by rarer keys. */
  static final double COMMON_SHARE = 0.002;

  /** Tokens at least this long also get their single-deletion keys. */
  static final int DELETION_MIN_LENGTH = 5;

  /** Once this many entities are found, further keys only raise them. */
  static final int MAX_TOUCHED = 20_000;

  private static final float DELETION_WEIGHT = 0.5f;
  private static final int ID_BITS = 24;

  private final List<MergedEntity> entities;
  private final int[] nameEntity;
  private final NormalisedName[] names;
  private final NameKind[] nameKinds;
  private final EntityType[] entityTypes;
  private final int[] nameStart;
  private final long[] keyHash;
  private final int[] keyStart;
  private final int[] postings;
  private final Map<String, List<Integer>> byImo = new HashMap<>();
  private final Map<String, List<Integer>> byCompanyImo = new HashMap<>();
  private final Map<String, List<Integer>> byMmsi = new HashMap<>();
  private final Map<String, List<Integer>> byCallSign = new HashMap<>();
  private final String[][] countries;
  private final int[][] birthYears;
  private final ThreadLocal<Scratch> scratch;

  /** Builds the index. */
  public ScreeningIndex(List<MergedEntity> entities) {
    this.entities = List.copyOf(entities);
    int ne = this.entities.size();
    entityTypes = new EntityType[ne];
    countries = new String[ne][];
    birthYears = new int[ne][];
    nameStart = new int[ne + 1];
    List<NormalisedName> nn = new ArrayList<>(ne * 2);
    List<NameKind> nk = new ArrayList<>(ne * 2);
    int[] owner = new int[Math.max(16, ne * 2)];
    LongBuffer packed = new LongBuffer(Math.max(1024, ne * 24));
    LongBuffer keys = new LongBuffer(64);
    for (int e = 0; e < ne; e++) {
      MergedEntity m = this.entities.get(e);
      entityTypes[e] = m.type();
      nameStart[e] = nn.size();
      final int ei = e;
      m.imo().ifPresent(i -> byImo.computeIfAbsent(i.value(), k -> new ArrayList<>(1)).add(ei));
      m.companyImo()
          .ifPresent(i -> byCompanyImo.computeIfAbsent(i.value(), k -> new ArrayList<>(1)).add(ei));
      m.mmsis().forEach(i -> byMmsi.computeIfAbsent(i.value(), k -> new ArrayList<>(1)).add(ei));
      m.callSigns()
          .forEach(i -> byCallSign.computeIfAbsent(i.value(), k -> new ArrayList<>(1)).add(ei));
      countries[e] =
          m.countries().stream().map(Screener::country).distinct().toArray(String[]::new);
      birthYears[e] = Screener.years(m.birthDates());
      for (EntityName name : m.names()) {
        NormalisedName norm = NameNormaliser.normalise(name.value(), m.type());
        if (norm.isEmpty()) {
          continue;
        }
        int id = nn.size();
        if (id >= 1 << ID_BITS) {
          throw new IllegalArgumentException("more than 2^24 names");
        }
        if (id == owner.length) {
          owner = Arrays.copyOf(owner, owner.length * 2);
        }
        owner[id] = e;
        nn.add(norm);
        nk.add(name.kind());
        keys.clear();
        keys(norm, keys, null);
        for (int k = 0; k < keys.size; k++) {
          packed.add((keys.data[k] << ID_BITS) | id);
        }
      }
    }
    nameStart[ne] = nn.size();
    nameEntity = Arrays.copyOf(owner, nn.size());
    names = nn.toArray(new NormalisedName[0]);
    nameKinds = nk.toArray(new NameKind[0]);
    long[] all = Arrays.copyOf(packed.data, packed.size);
    packed = null;
    Arrays.parallelSort(all);
    int distinct = 0;
    int n = 0;
    for (int i = 0; i < all.length; i++) {
      if (i > 0 && all[i] == all[i - 1]) {
        continue;
      }
      if (n == 0 || (all[i] >>> ID_BITS) != (all[n - 1] >>> ID_BITS)) {
        distinct++;
      }
      all[n++] = all[i];
    }
    keyHash = new long[distinct];
    keyStart = new int[distinct + 1];
    postings = new int[n];
    int k = -1;
    for (int i = 0; i < n; i++) {
      long h = all[i] >>> ID_BITS;
      if (k < 0 || keyHash[k] != h) {
        keyHash[++k] = h;
        keyStart[k] = i;
      }
      postings[i] = (int) (all[i] & ((1L << ID_BITS) - 1));
    }
    keyStart[distinct] = n;
    scratch = ThreadLocal.withInitial(() -> new Scratch(ne));
  }

  /**
   * The keys of a name: folded tokens, the space-free name, single deletions of long tokens. When
   * {@code deletion} is given, it records which keys are deletion keys.
   */
  static void keys(
      NormalisedName n, LongBuffer out, @org.jspecify.annotations.Nullable boolean[] deletion) {
    boolean onlyWeak = true;
    for (NameToken t : n.tokens()) {
      onlyWeak &=
          t.kind() == NameToken.Kind.LEGAL_FORM
              || t.kind() == NameToken.Kind.PARTICLE
              || t.kind() == NameToken.Kind.GENERIC;
    }
    for (NameToken t : n.tokens()) {
      boolean weak = t.kind() == NameToken.Kind.LEGAL_FORM || t.kind() == NameToken.Kind.PARTICLE;
      if ((weak && !onlyWeak) || t.kind() == NameToken.Kind.INITIAL) {
        continue;
      }
      String f = t.folded();
      add(out, deletion, hash(f, -1), false);
      if (t.kind() != NameToken.Kind.NUMBER && f.length() >= DELETION_MIN_LENGTH) {
        for (int i = 0; i < f.length(); i++) {
          if (i > 0 && f.charAt(i) == f.charAt(i - 1)) {
            continue;
          }
          add(out, deletion, hash(f, i), true);
        }
      }
    }
    if (n.tokens().size() > 1 && !n.joined().isEmpty()) {
      add(out, deletion, hash(n.joined(), -1), false);
    }
  }

  private static void add(
      LongBuffer out, boolean @org.jspecify.annotations.Nullable [] deletion, long h, boolean del) {
    if (deletion != null && out.size < deletion.length) {
      deletion[out.size] = del;
    }
    out.add(h);
  }

  /**
   * A 39-bit FNV-1a-style hash (so that it packs with a 24-bit name id into a non-negative long) of
   * {@code s} without the character at {@code skip} (or -1).
   */
  static long hash(String s, int skip) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      if (i != skip) {
        h ^= s.charAt(i);
        h *= 0x100000001b3L;
      }
    }
    h ^= h >>> 29;
    h *= 0xbf58476d1ce4e5b9L;
    h ^= h >>> 32;
    return h >>> 25;
  }

  /** The number of entities. */
  public int size() {
    return entities.size();
  }

  /** The number of indexed names. */
  public int nameCount() {
    return names.length;
  }

  /** The number of distinct name keys. */
  public int keyCount() {
    return keyHash.length;
  }

  /** The number of postings (name, key pairs). */
  public int postingCount() {
    return postings.length;
  }

  /** The entities. */
  public List<MergedEntity> entities() {
    return entities;
  }

  MergedEntity entity(int e) {
    return entities.get(e);
  }

  EntityType type(int e) {
    return entityTypes[e];
  }

  String[] countries(int e) {
    return countries[e];
  }

  int[] birthYears(int e) {
    return birthYears[e];
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

  int firstName(int entity) {
    return nameStart[entity];
  }

  int endName(int entity) {
    return nameStart[entity + 1];
  }

  NormalisedName name(int nameId) {
    return names[nameId];
  }

  NameKind nameKind(int nameId) {
    return nameKinds[nameId];
  }

  private int findKey(long h) {
    return Arrays.binarySearch(keyHash, h);
  }

  /**
   * The entities whose names share the most (IDF-weighted) keys with the query name, best first, at
   * most {@code limit}, restricted to a type when one is given.
   */
  int[] candidates(NormalisedName query, EntityType type, int limit) {
    Scratch s = scratch.get();
    s.keys.clear();
    Arrays.fill(s.deletion, false);
    keys(query, s.keys, s.deletion);
    int nk = Math.min(s.keys.size, s.deletion.length);
    int q = 0;
    for (int i = 0; i < nk; i++) {
      int k = findKey(s.keys.data[i]);
      if (k < 0) {
        continue;
      }
      boolean dup = false;
      for (int j = 0; j < q; j++) {
        dup |= s.keyIdx[j] == k;
      }
      if (!dup) {
        s.keyIdx[q] = k;
        s.keyDel[q] = s.deletion[i];
        q++;
      }
    }
    // rarest first
    for (int i = 1; i < q; i++) {
      for (int j = i; j > 0 && len(s.keyIdx[j]) < len(s.keyIdx[j - 1]); j--) {
        int t = s.keyIdx[j];
        s.keyIdx[j] = s.keyIdx[j - 1];
        s.keyIdx[j - 1] = t;
        boolean d = s.keyDel[j];
        s.keyDel[j] = s.keyDel[j - 1];
        s.keyDel[j - 1] = d;
      }
    }
    double total = names.length;
    int common = (int) Math.max(256, total * COMMON_SHARE);
    float[] acc = s.acc;
    int nTouched = 0;
    for (int x = 0; x < q; x++) {
      int k = s.keyIdx[x];
      int from = keyStart[k];
      int to = keyStart[k + 1];
      int len = to - from;
      float w = (float) Math.log(1 + total / len) * (s.keyDel[x] ? DELETION_WEIGHT : 1f);
      if ((len > common && nTouched > 0) || nTouched >= MAX_TOUCHED) {
        // a common key only raises what rarer keys found
        if (len <= nTouched) {
          for (int p = from; p < to; p++) {
            int e = nameEntity[postings[p]];
            if (acc[e] != 0f) {
              acc[e] += w;
            }
          }
          continue;
        }
        for (int t = 0; t < nTouched; t++) {
          int e = s.touched[t];
          int lo = Arrays.binarySearch(postings, from, to, nameStart[e]);
          int p = lo >= 0 ? lo : -lo - 1;
          if (p < to && postings[p] < nameStart[e + 1]) {
            acc[e] += w;
          }
        }
        continue;
      }
      int lastEntity = -1;
      for (int p = from; p < to; p++) {
        int e = nameEntity[postings[p]];
        if (e == lastEntity) {
          continue;
        }
        lastEntity = e;
        if (type != EntityType.UNKNOWN
            && entityTypes[e] != type
            && entityTypes[e] != EntityType.UNKNOWN) {
          continue;
        }
        if (acc[e] == 0f) {
          if (nTouched == s.touched.length) {
            s.touched = Arrays.copyOf(s.touched, nTouched * 2);
          }
          s.touched[nTouched++] = e;
        }
        acc[e] += w;
      }
    }
    // the best `limit` by accumulated weight: a small min-heap
    int k = Math.min(limit, nTouched);
    int[] heap = new int[k];
    int size = 0;
    for (int t = 0; t < nTouched; t++) {
      int e = s.touched[t];
      if (size < k) {
        heap[size++] = e;
        siftUp(heap, size - 1, acc);
      } else if (acc[e] > acc[heap[0]]) {
        heap[0] = e;
        siftDown(heap, size, acc);
      }
    }
    int[] out = new int[size];
    for (int i = size - 1; i >= 0; i--) {
      out[i] = heap[0];
      heap[0] = heap[i];
      siftDown(heap, i, acc);
    }
    for (int t = 0; t < nTouched; t++) {
      acc[s.touched[t]] = 0f;
    }
    return out;
  }

  private int len(int k) {
    return keyStart[k + 1] - keyStart[k];
  }

  private static void siftUp(int[] h, int i, float[] acc) {
    while (i > 0) {
      int p = (i - 1) / 2;
      if (acc[h[i]] >= acc[h[p]]) {
        return;
      }
      int t = h[i];
      h[i] = h[p];
      h[p] = t;
      i = p;
    }
  }

  private static void siftDown(int[] h, int n, float[] acc) {
    int i = 0;
    while (true) {
      int l = 2 * i + 1;
      int r = l + 1;
      int m = i;
      if (l < n && acc[h[l]] < acc[h[m]]) {
        m = l;
      }
      if (r < n && acc[h[r]] < acc[h[m]]) {
        m = r;
      }
      if (m == i) {
        return;
      }
      int t = h[i];
      h[i] = h[m];
      h[m] = t;
      i = m;
    }
  }

  /** A growable long array. */
  static final class LongBuffer {
    long[] data;
    int size;

    LongBuffer(int capacity) {
      data = new long[capacity];
    }

    void add(long v) {
      if (size == data.length) {
        data = Arrays.copyOf(data, data.length * 2);
      }
      data[size++] = v;
    }

    void clear() {
      size = 0;
    }
  }

  /** Per-thread query scratch space, reused so that a query allocates almost nothing. */
  private static final class Scratch {
    final float[] acc;
    int[] touched = new int[1024];
    final LongBuffer keys = new LongBuffer(256);
    final boolean[] deletion = new boolean[256];
    final int[] keyIdx = new int[256];
    final boolean[] keyDel = new boolean[256];

    Scratch(int entities) {
      acc = new float[entities];
    }
  }
}
