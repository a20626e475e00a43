package org.tidewatch.ais.encode;

/** A minimal independent six-bit de-armourer and field reader, for testing the encoder. */
final class TestBits {
  private final boolean[] bits;

  TestBits(String armoured, int fillBits) {
    int n = armoured.length() * 6 - fillBits;
    bits = new boolean[n];
    for (int i = 0; i < n; i++) {
      int c = armoured.charAt(i / 6) - 48;
      if (c > 40) {
        c -= 8;
      }
      bits[i] = ((c >>> (5 - i % 6)) & 1) != 0;
    }
  }

  TestBits(Payload p) {
    this(p.armoured(), p.fillBits());
  }

  int length() {
    return bits.length;
  }

  long u(int from, int width) {
    long v = 0;
    for (int i = from; i < from + width; i++) {
      v = (v << 1) | (bits[i] ? 1 : 0);
    }
    return v;
  }

  long s(int from, int width) {
    long v = u(from, width);
    return (v & (1L << (width - 1))) != 0 ? v - (1L << width) : v;
  }

  String text(int from, int chars) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < chars; i++) {
      int c = (int) u(from + 6 * i, 6);
      sb.append((char) (c < 32 ? c + 64 : c));
    }
    String s = sb.toString();
    int at = s.indexOf('@');
    return (at >= 0 ? s.substring(0, at) : s).strip();
  }
}
