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
 * of postings read ({@link CandidateRetrieval#WALK_BUDGET}), not by the size of the list: see
 * {@link #candidates}. Per-query scratch arrays are reused per thread.
 */
public final class ScreeningIndex {

  /** Prefix of consonant-skeleton keys, keeping them apart from the folded-token keys. */
  private static final String SKELETON_MARK = "#";

  /** Prefix of acronym keys. */
  private static final String ACRONYM_MARK = "@";

  /** The token index recorded for an organisation's acronym key ({@link #keys}). */
  static final int ACRONYM_TOKEN = -2;

  /** Tokens at least this long also get their single-deletion keys. */
  static final int DELETION_MIN_LENGTH = 5;

  private static final int ID_BITS = 24;

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
  private final CandidateRetrieval retrieval;

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
        keys(norm, keys, null, null, true);
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
    retrieval = new CandidateRetrieval(this, keyStart, postings, typeCode);
  }

  /**
   * The keys of a name: folded tokens, the space-free name, single deletions of long tokens, for a
   * {@code listed} organisation name its initials (acronym key), and the consonant skeletons of the
   * words of listed names and of queries written in Arabic or Hebrew script (counted as deletion
   * keys: fuzzy, half weight). When {@code deletion} and {@code token} are given, they record which
   * keys are deletion keys and the token each key comes from (-1 for the space-free name).
   */
  static void keys(
      NormalisedName n,
      LongBuffer out,
      boolean @org.jspecify.annotations.Nullable [] deletion,
      int @org.jspecify.annotations.Nullable [] token,
      boolean listed) {
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
      if ((listed || n.abjad()) && t.kind() == NameToken.Kind.WORD) {
        // consonant skeletons: a name from Arabic or Hebrew script (mhmd) meets Mohamed; queried
        // only for such names, so that other queries walk no more postings than before
        String keep = NameNormaliser.skeleton(f, false);
        String drop = NameNormaliser.skeleton(f, true);
        if (keep.length() >= 3) {
          add(out, deletion, token, ti, hash(SKELETON_MARK + keep, -1), true);
        }
        if (drop.length() >= 3 && !drop.equals(keep)) {
          add(out, deletion, token, ti, hash(SKELETON_MARK + drop, -1), true);
        }
      }
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
    if (n.type() != EntityType.PERSON) {
      // acronyms in a key space of their own, so that the postings of ordinary short words (KIM,
      // PAK) do not grow: a listed organisation's initials, met by a query that is one word of 2-6
      // letters besides legal forms (PLA, IRGC)
      String acronym =
          listed
              ? n.tokens().size() > 1 ? Acronyms.initials(n.tokens()) : null
              : Acronyms.single(n.tokens());
      if (acronym != null) {
        add(out, deletion, token, ACRONYM_TOKEN, hash(ACRONYM_MARK + acronym, -1), false);
      }
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

  /** The index of a key hash, negative when absent. */
  int findKey(long h) {
    return Arrays.binarySearch(keyHash, h);
  }

  /**
   * The entities whose names share the most (IDF-weighted) keys with the query name, best first, at
   * most {@code limit}, restricted to a type when one is given (see {@link CandidateRetrieval}).
   */
  int[] candidates(NormalisedName query, EntityType type, int limit) {
    return retrieval.candidates(query, type, limit);
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
}
