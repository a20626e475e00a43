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
 * entity: symmetric deletion, as in SymSpell). Keys are 39-bit hashes kept in a sorted {@code
 * long[]} (no per-key objects); each key's postings are the ids of the entities carrying it, in
 * ascending order, in one {@code int[]}.
 *
 * <p>Retrieval ranks entities by the summed inverse document frequency of the keys they share with
 * the query and hands only the best {@code limit} to the scorer. Its cost is bounded by the number
 * of postings read ({@link #WALK_BUDGET}), not by the size of the list: see {@link #candidates}.
 * Per-query scratch arrays are reused per thread.
 */
public final class ScreeningIndex {

  /** Postings read in full per query (rarest keys first); commoner keys only raise candidates. */
  static final int WALK_BUDGET = 16_384;

  /** Candidates taken at most from an intersection of two common keys. */
  static final int MAX_TOUCHED = 4_096;

  /** Deletion keys of common words raise candidates only while at most this many are found. */
  static final int DELETION_RAISE_MAX = 256;

  /** Tokens at least this long also get their single-deletion keys. */
  static final int DELETION_MIN_LENGTH = 5;

  private static final float DELETION_WEIGHT = 0.5f;
  private static final int ID_BITS = 24;
  private static final byte UNKNOWN_CODE = (byte) EntityType.UNKNOWN.ordinal();

  private final List<MergedEntity> entities;
  private final NormalisedName[] names;
  private final NameKind[] nameKinds;
  private final EntityType[] entityTypes;
  private final byte[] typeCode;
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
    if (ne >= 1 << ID_BITS) {
      throw new IllegalArgumentException("more than 2^24 entities");
    }
    entityTypes = new EntityType[ne];
    typeCode = new byte[ne];
    countries = new String[ne][];
    birthYears = new int[ne][];
    nameStart = new int[ne + 1];
    List<NormalisedName> nn = new ArrayList<>(ne * 2);
    List<NameKind> nk = new ArrayList<>(ne * 2);
    LongBuffer packed = new LongBuffer(Math.max(1024, ne * 24));
    LongBuffer keys = new LongBuffer(64);
    for (int e = 0; e < ne; e++) {
      MergedEntity m = this.entities.get(e);
      entityTypes[e] = m.type();
      typeCode[e] = (byte) m.type().ordinal();
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
        nn.add(norm);
        nk.add(name.kind());
        keys.clear();
        keys(norm, keys, null, null);
        for (int k = 0; k < keys.size; k++) {
          packed.add((keys.data[k] << ID_BITS) | e);
        }
      }
    }
    nameStart[ne] = nn.size();
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
   * {@code deletion} and {@code token} are given, they record which keys are deletion keys and the
   * token each key comes from (-1 for the space-free name).
   */
  static void keys(
      NormalisedName n,
      LongBuffer out,
      boolean @org.jspecify.annotations.Nullable [] deletion,
      int @org.jspecify.annotations.Nullable [] token) {
    boolean onlyWeak = true;
    for (NameToken t : n.tokens()) {
      onlyWeak &=
          t.kind() == NameToken.Kind.LEGAL_FORM
              || t.kind() == NameToken.Kind.PARTICLE
              || t.kind() == NameToken.Kind.GENERIC;
    }
    for (int ti = 0; ti < n.tokens().size(); ti++) {
      NameToken t = n.tokens().get(ti);
      boolean weak = t.kind() == NameToken.Kind.LEGAL_FORM || t.kind() == NameToken.Kind.PARTICLE;
      if ((weak && !onlyWeak) || t.kind() == NameToken.Kind.INITIAL) {
        continue;
      }
      String f = t.folded();
      add(out, deletion, token, ti, hash(f, -1), false);
      if (t.kind() != NameToken.Kind.NUMBER && f.length() >= DELETION_MIN_LENGTH) {
        for (int i = 0; i < f.length(); i++) {
          if (i > 0 && f.charAt(i) == f.charAt(i - 1)) {
            continue;
          }
          add(out, deletion, token, ti, hash(f, i), true);
        }
      }
    }
    if (n.tokens().size() > 1 && !n.joined().isEmpty()) {
      add(out, deletion, token, -1, hash(n.joined(), -1), false);
    }
  }

  private static void add(
      LongBuffer out,
      boolean @org.jspecify.annotations.Nullable [] deletion,
      int @org.jspecify.annotations.Nullable [] token,
      int tokenIndex,
      long h,
      boolean del) {
    if (deletion != null && token != null && out.size < deletion.length) {
      deletion[out.size] = del;
      token[out.size] = tokenIndex;
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

  /** The number of postings (entity, key pairs). */
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

  private int touchSink;

  /**
   * Reads the first fields of the candidates' names in one tight loop, so that their cache misses
   * overlap instead of coming one by one in the scorer.
   */
  void touchNames(int[] entityIds) {
    int sum = 0;
    for (int e : entityIds) {
      for (int i = nameStart[e]; i < nameStart[e + 1]; i++) {
        sum += names[i].tokens().size();
      }
    }
    touchSink = sum;
  }

  private int findKey(long h) {
    return Arrays.binarySearch(keyHash, h);
  }

  /**
   * The entities whose names share the most (IDF-weighted) keys with the query name, best first, at
   * most {@code limit}, restricted to a type when one is given.
   *
   * <p>The cost is bounded whatever the query: keys are taken rarest first and their postings
   * walked (each entity met is a candidate) until {@link #WALK_BUDGET} postings have been read; the
   * remaining, commoner keys only raise candidates already found ({@link #raise}), and their
   * deletion keys only while few are found. When even the rarest key is longer than the budget
   * (every word of the query is common: PETROLEUM TRADING GMBH), the candidates are the entities
   * carrying the rarest keys of two different words (a galloping intersection), at most {@link
   * #MAX_TOUCHED}.
   */
  int[] candidates(NormalisedName query, EntityType type, int limit) {
    Scratch s = scratch.get();
    s.keys.clear();
    keys(query, s.keys, s.deletion, s.token);
    int nk = Math.min(s.keys.size, s.deletion.length);
    int q = 0;
    for (int i = 0; i < nk; i++) {
      int k = findKey(s.keys.data[i]);
      if (k < 0) {
        continue;
      }
      boolean dup = false;
      for (int j = 0; j < q && !dup; j++) {
        dup = s.keyIdx[j] == k;
      }
      if (!dup) {
        s.keyIdx[q] = k;
        s.keyDel[q] = s.deletion[i];
        s.keyTok[q] = s.token[i];
        q++;
      }
    }
    // rarest first
    for (int i = 1; i < q; i++) {
      for (int j = i; j > 0 && len(s.keyIdx[j]) < len(s.keyIdx[j - 1]); j--) {
        swap(s.keyIdx, j);
        swap(s.keyTok, j);
        boolean d = s.keyDel[j];
        s.keyDel[j] = s.keyDel[j - 1];
        s.keyDel[j - 1] = d;
      }
    }
    byte wanted = (byte) (type == EntityType.UNKNOWN ? -1 : type.ordinal());
    s.nTouched = 0;
    int walked = 0;
    int x = 0;
    for (; x < q; x++) {
      int len = len(s.keyIdx[x]);
      if (walked + len > WALK_BUDGET) {
        break;
      }
      walk(s, s.keyIdx[x], weight(s, x), wanted, Integer.MAX_VALUE);
      walked += len;
    }
    int paired = -1;
    if (s.nTouched == 0 && x < q) {
      // every remaining key is common: intersect the rarest with the rarest of another word
      for (int y = x + 1; y < q && paired < 0; y++) {
        if (s.keyTok[y] != s.keyTok[x]) {
          paired = y;
        }
      }
      if (paired >= 0) {
        intersect(s, s.keyIdx[x], s.keyIdx[paired], weight(s, x) + weight(s, paired), wanted);
      } else {
        walk(s, s.keyIdx[x], weight(s, x), wanted, MAX_TOUCHED);
      }
      x++;
    }
    for (; x < q; x++) {
      if (x == paired || (s.keyDel[x] && s.nTouched > DELETION_RAISE_MAX)) {
        continue;
      }
      raise(s, s.keyIdx[x], weight(s, x));
    }
    return best(s, limit);
  }

  private float weight(Scratch s, int x) {
    return (float) Math.log(1 + (double) entityTypes.length / len(s.keyIdx[x]))
        * (s.keyDel[x] ? DELETION_WEIGHT : 1f);
  }

  /** Adds the entities of a key's postings (of the wanted type, -1 for any) as candidates. */
  private void walk(Scratch s, int k, float w, byte wanted, int maxTouched) {
    float[] acc = s.acc;
    for (int p = keyStart[k], to = keyStart[k + 1]; p < to; p++) {
      int e = postings[p];
      if (wanted >= 0 && typeCode[e] != wanted && typeCode[e] != UNKNOWN_CODE) {
        continue;
      }
      if (acc[e] == 0f) {
        if (s.nTouched >= maxTouched) {
          return;
        }
        s.touch(e);
      }
      acc[e] += w;
    }
  }

  /** Candidates carrying both keys: the shorter postings galloping through the longer. */
  private void intersect(Scratch s, int ka, int kb, float w, byte wanted) {
    int a = keyStart[ka];
    int aEnd = keyStart[ka + 1];
    int b = keyStart[kb];
    int bEnd = keyStart[kb + 1];
    while (a < aEnd && b < bEnd && s.nTouched < MAX_TOUCHED) {
      int e = postings[a];
      b = gallop(b, bEnd, e);
      if (b < bEnd && postings[b] == e) {
        if (wanted < 0 || typeCode[e] == wanted || typeCode[e] == UNKNOWN_CODE) {
          s.touch(e);
          s.acc[e] += w;
        }
        b++;
      }
      a++;
    }
  }

  /** The first position in {@code [from, to)} whose posting is at least {@code e}. */
  private int gallop(int from, int to, int e) {
    int step = 1;
    int lo = from;
    int hi = from;
    while (hi < to && postings[hi] < e) {
      lo = hi + 1;
      hi += step;
      step <<= 1;
    }
    int r = Arrays.binarySearch(postings, lo, Math.min(hi + 1, to), e);
    return r >= 0 ? r : -r - 1;
  }

  /** Raises candidates already found that also carry key {@code k}. */
  private void raise(Scratch s, int k, float w) {
    int from = keyStart[k];
    int to = keyStart[k + 1];
    float[] acc = s.acc;
    if (to - from <= s.nTouched * 8) {
      for (int p = from; p < to; p++) {
        int e = postings[p];
        if (acc[e] != 0f) {
          acc[e] += w;
        }
      }
      return;
    }
    for (int t = 0; t < s.nTouched; t++) {
      int e = s.touched[t];
      if (Arrays.binarySearch(postings, from, to, e) >= 0) {
        acc[e] += w;
      }
    }
  }

  /** The best {@code limit} candidates by accumulated weight (a small min-heap); clears them. */
  private static int[] best(Scratch s, int limit) {
    float[] acc = s.acc;
    int nTouched = s.nTouched;
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
    s.nTouched = 0;
    return out;
  }

  private static void swap(int[] a, int j) {
    int t = a[j];
    a[j] = a[j - 1];
    a[j - 1] = t;
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
    int nTouched;
    final LongBuffer keys = new LongBuffer(256);
    final boolean[] deletion = new boolean[256];
    final int[] token = new int[256];
    final int[] keyIdx = new int[256];
    final boolean[] keyDel = new boolean[256];
    final int[] keyTok = new int[256];

    Scratch(int entities) {
      acc = new float[entities];
    }

    void touch(int e) {
      if (nTouched == touched.length) {
        touched = Arrays.copyOf(touched, nTouched * 2);
      }
      touched[nTouched++] = e;
    }
  }
}
