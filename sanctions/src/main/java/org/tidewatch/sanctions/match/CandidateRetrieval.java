package org.tidewatch.sanctions.match;

import java.util.Arrays;
import org.tidewatch.core.sanctions.EntityType;

/**
 * Candidate retrieval over a {@link ScreeningIndex}'s keys and postings, with a cost bounded by the
 * number of postings read ({@link #WALK_BUDGET}) rather than by the size of the list. Per-query
 * scratch arrays are reused per thread.
 */
final class CandidateRetrieval {

  /** Postings read in full per query (rarest keys first); commoner keys only raise candidates. */
  static final int WALK_BUDGET = 16_384;

  /** Candidates taken at most from an intersection of two common keys. */
  static final int MAX_TOUCHED = 4_096;

  /** Deletion keys of common words raise candidates only while at most this many are found. */
  static final int DELETION_RAISE_MAX = 256;

  private static final float DELETION_WEIGHT = 0.5f;
  private static final byte UNKNOWN_CODE = (byte) EntityType.UNKNOWN.ordinal();

  private final ScreeningIndex index;
  private final int[] keyStart;
  private final int[] postings;
  private final byte[] typeCode;
  private final ThreadLocal<Scratch> scratch;

  CandidateRetrieval(ScreeningIndex index, int[] keyStart, int[] postings, byte[] typeCode) {
    this.index = index;
    this.keyStart = keyStart;
    this.postings = postings;
    this.typeCode = typeCode;
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(typeCode.length));
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
    ScreeningIndex.keys(query, s.keys, s.deletion, s.token, false);
    int nk = Math.min(s.keys.size, s.deletion.length);
    int q = 0;
    for (int i = 0; i < nk; i++) {
      int k = index.findKey(s.keys.data[i]);
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
    return (float) Math.log(1 + (double) typeCode.length / len(s.keyIdx[x]))
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

  /** Per-thread query scratch space, reused so that a query allocates almost nothing. */
  private static final class Scratch {
    final float[] acc;
    int[] touched = new int[1024];
    int nTouched;
    final ScreeningIndex.LongBuffer keys = new ScreeningIndex.LongBuffer(256);
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
