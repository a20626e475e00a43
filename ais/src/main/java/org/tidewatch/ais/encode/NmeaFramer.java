package org.tidewatch.ais.encode;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Frames armoured payloads as IEC 61162-1 {@code !AIVDM} sentences (at most 82 characters, so at
 * most 60 payload characters per fragment), optionally prefixed by an IEC 61162-450 tag block
 * {@code \g:1-2-7,s:station,c:1700000000*hh\} carrying the receiver time ({@code c:}, Unix
 * seconds), the source station ({@code s:}) and, for multipart messages, the sentence group ({@code
 * g:} sentence-of-total-group id). Stateless apart from the rolling sequential message identifier
 * (0-9) of multipart messages. Not thread-safe.
 */
public final class NmeaFramer {
  /** Payload characters per fragment: keeps each sentence within the 82-character limit. */
  public static final int MAX_FRAGMENT_CHARS = 60;

  private int sequence;
  private int groupId;
  private final StringBuilder tmp = new StringBuilder(128);

  /**
   * Appends the sentence(s) of one payload, each ending with a line feed.
   *
   * @param channel 'A' or 'B'
   * @param receivedUnix_s receiver time in Unix seconds, or a negative value for no tag block
   * @param station source station identifier for the {@code s:} field (may be null: none)
   */
  public void frame(
      Appendable out, Payload payload, char channel, long receivedUnix_s, String station) {
    try {
      String body = payload.armoured();
      int n = Math.max(1, (body.length() + MAX_FRAGMENT_CHARS - 1) / MAX_FRAGMENT_CHARS);
      String seq = "";
      int group = 0;
      if (n > 1) {
        seq = Integer.toString(sequence);
        sequence = (sequence + 1) % 10;
        groupId = groupId % 9999 + 1;
        group = groupId;
      }
      for (int k = 1; k <= n; k++) {
        if (receivedUnix_s >= 0) {
          tmp.setLength(0);
          if (n > 1) {
            tmp.append("g:").append(k).append('-').append(n).append('-').append(group).append(',');
          }
          if (station != null) {
            tmp.append("s:").append(station).append(',');
          }
          tmp.append("c:").append(receivedUnix_s);
          out.append('\\').append(tmp).append('*');
          hex(out, checksum(tmp, 0, tmp.length()));
          out.append('\\');
        }
        int from = (k - 1) * MAX_FRAGMENT_CHARS;
        int to = Math.min(body.length(), from + MAX_FRAGMENT_CHARS);
        tmp.setLength(0);
        tmp.append("AIVDM,").append(n).append(',').append(k).append(',').append(seq);
        tmp.append(',').append(channel).append(',');
        tmp.append(body, from, to).append(',').append(k == n ? payload.fillBits() : 0);
        out.append('!').append(tmp).append('*');
        hex(out, checksum(tmp, 0, tmp.length()));
        out.append('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sentences of one payload as a string (convenience for tests). */
  public String frame(Payload payload, char channel, long receivedUnix_s, String station) {
    StringBuilder sb = new StringBuilder(100);
    frame(sb, payload, channel, receivedUnix_s, station);
    return sb.toString();
  }

  /** XOR of the characters (IEC 61162-1 checksum). */
  public static int checksum(CharSequence s, int from, int to) {
    int x = 0;
    for (int i = from; i < to; i++) {
      x ^= s.charAt(i);
    }
    return x & 0xff;
  }

  private static void hex(Appendable out, int v) throws IOException {
    out.append(Character.toUpperCase(Character.forDigit(v >>> 4, 16)));
    out.append(Character.toUpperCase(Character.forDigit(v & 15, 16)));
  }
}
