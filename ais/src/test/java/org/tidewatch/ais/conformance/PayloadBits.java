package org.tidewatch.ais.conformance;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The payload bits of a message straight from its NMEA sentences, independent of our reader and
 * decoder: used to check libais' spare-bit fields, which neither gpsd nor tidewatch reports.
 */
final class PayloadBits {
  private PayloadBits() {}

  /**
   * The payload, as '0'/'1' characters without fill bits, of the message completed by {@code
   * lines.get(last)}: its fragments are the preceding sentences with the same fragment count,
   * sequential id and channel.
   */
  static String of(List<String> lines, int last) {
    String[] f = fields(lines.get(last));
    int count = Integer.parseInt(f[1]);
    Deque<String> payloads = new ArrayDeque<>();
    payloads.push(f[5]);
    int want = count - 1;
    for (int i = last - 1; i >= 0 && want >= 1; i--) {
      String[] g = fields(lines.get(i));
      if (g != null
          && g[1].equals(f[1])
          && g[3].equals(f[3])
          && g[4].equals(f[4])
          && Integer.parseInt(g[2]) == want) {
        payloads.push(g[5]);
        want--;
      }
    }
    StringBuilder bits = new StringBuilder();
    for (String p : payloads) {
      for (int i = 0; i < p.length(); i++) {
        int v = p.charAt(i) - 48;
        if (v > 40) {
          v -= 8;
        }
        for (int b = 5; b >= 0; b--) {
          bits.append((v >>> b & 1) == 1 ? '1' : '0');
        }
      }
    }
    int fill = f[6].charAt(0) - '0';
    return bits.substring(0, bits.length() - fill);
  }

  /** The comma-separated fields of the sentence on {@code line} (tag block dropped), or null. */
  private static String[] fields(String line) {
    int start = line.indexOf('!');
    if (start < 0) {
      return null;
    }
    String[] f = line.substring(start).split(",", -1);
    return f.length >= 7 ? f : null;
  }
}
