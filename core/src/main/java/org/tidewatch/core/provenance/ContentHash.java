package org.tidewatch.core.provenance;

import org.jspecify.annotations.Nullable;

/**
 * A small, fast, stable 64-bit content hash (a multiply-xorshift mix in the style of SplitMix64 /
 * wyhash). Stable across JVMs and releases: stored hashes stay comparable. Not cryptographic: it
 * finds duplicate records, it does not prove integrity (source files are identified by SHA-256).
 */
public final class ContentHash {
  private static final long SEED = 0x9E3779B97F4A7C15L;

  private long h;

  private ContentHash(long seed) {
    this.h = seed;
  }

  /** A fresh hash state. */
  public static ContentHash start() {
    return new ContentHash(SEED);
  }

  /** Mixes in a long. */
  public ContentHash add(long v) {
    h = mix(h ^ mix(v + SEED));
    return this;
  }

  /** Mixes in a double (by its bits; -0.0 and 0.0 differ, NaN is canonical). */
  public ContentHash add(double v) {
    return add(Double.doubleToLongBits(v));
  }

  /** Mixes in a string (its UTF-16 code units and length); {@code null} differs from "". */
  public ContentHash add(@Nullable String s) {
    if (s == null) {
      return add(0x5A5A5A5A5A5A5A5AL);
    }
    long acc = s.length();
    for (int i = 0; i < s.length(); i++) {
      acc = acc * 31 + s.charAt(i);
      if ((i & 7) == 7) {
        add(acc);
        acc = 0;
      }
    }
    return add(acc);
  }

  /** The hash value. */
  public long value() {
    return mix(h);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
