package org.tidewatch.ais.sentence;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.tidewatch.ais.RejectReason;

/**
 * Classifies one input line and, for an AIS sentence, locates its fields in place (IEC 61162-1
 * sentence syntax, NMEA 4 tag blocks, receiver wrappers). No allocation on the accepting path: the
 * results are left in this object's fields, as offsets into the caller's buffer, until the next
 * {@link #parse}.
 *
 * <p>Grammar accepted, after trimming ASCII whitespace and control characters at both ends:
 *
 * <pre>
 *   line      = { tagblock } ( sentence [ trailing ] | other )
 *   tagblock  = "\" field { "," field } [ "*" hh ] "\"          field = key ":" value
 *   sentence  = ( "!" | "$" ) talker ( "VDM" | "VDO" ) "," count "," number "," [seq] ","
 *               [channel] "," payload "," fill "*" hh
 *   trailing  = { "," token }   (Unix seconds or milliseconds, USCG station r.../b...)
 * </pre>
 */
final class LineParser {

  /** What a line is. */
  enum Kind {
    AIS,
    BLANK,
    COMMENT,
    GATEHOUSE_HEADER,
    TAG_BLOCK_ONLY,
    OTHER_NMEA,
    OTHER,
    /** An AIS sentence (or its tag block) that cannot be used: see {@link #reason}. */
    REJECT
  }

  static final int NO_FILL = -1;
  private static final long MILLIS_THRESHOLD = 100_000_000_000L; // 12+ digits: milliseconds

  private final boolean acceptBadChecksums;
  private final boolean strictTagBlockChecksum;
  private final int[] commas = new int[7];
  private final int[] gatehouseFields = new int[8];

  // ---- results of the last parse ----
  Kind kind;
  RejectReason reason;
  String detail;

  /** {@code true} when the line looked like an AIS sentence (counts for fragment expiry). */
  boolean aisAttempt;

  boolean hasTagBlock;
  boolean hasTagTime;
  long tagTimeMillis;
  int stationOff;
  int stationLen; // 0 when absent
  boolean hasGroup;
  int groupSentence;
  int groupSize;
  long groupId;

  byte talker0;
  byte talker1;
  boolean own;
  int fragmentCount;
  int fragmentNumber;
  int sequenceId; // -1 when empty
  byte channel; // 0 when empty
  int payloadOff;
  int payloadLen;
  int fillBits; // NO_FILL when empty or not a single digit
  boolean checksumValid;

  boolean hasTrailingTime;
  long trailingTimeMillis;
  int trailingStationOff;
  int trailingStationLen;

  boolean hasHeaderTime;
  long headerTimeMillis;

  LineParser(boolean acceptBadChecksums, boolean strictTagBlockChecksum) {
    this.acceptBadChecksums = acceptBadChecksums;
    this.strictTagBlockChecksum = strictTagBlockChecksum;
  }

  Kind parse(byte[] b, int off, int len) {
    reset();
    int start = off;
    int end = off + len;
    while (start < end && (b[start] & 0xff) <= ' ') {
      start++;
    }
    while (end > start && (b[end - 1] & 0xff) <= ' ') {
      end--;
    }
    if (start == end) {
      return kind = Kind.BLANK;
    }
    if (b[start] == '#') {
      return kind = Kind.COMMENT;
    }
    int p = start;
    while (p < end && b[p] == '\\') {
      hasTagBlock = true;
      int close = indexOf(b, (byte) '\\', p + 1, end);
      if (close < 0) {
        aisAttempt = looksLikeAis(b, p, end);
        return reject(RejectReason.MALFORMED_TAG_BLOCK, "unterminated tag block", b, start, end);
      }
      if (!parseTagBlock(b, p + 1, close)) {
        aisAttempt = looksLikeAis(b, close + 1, end);
        return reject(
            RejectReason.MALFORMED_TAG_BLOCK, "tag-block checksum missing or wrong", b, start, end);
      }
      p = close + 1;
    }
    if (p == end) {
      return kind = Kind.TAG_BLOCK_ONLY;
    }
    byte c = b[p];
    if (c != '!' && c != '$') {
      return kind = Kind.OTHER;
    }
    if (isAisFormatter(b, p, end)) {
      aisAttempt = true;
      return parseSentence(b, p, end, start);
    }
    if (end - p >= 5 && b[p + 1] == 'P' && b[p + 2] == 'G' && b[p + 3] == 'H' && b[p + 4] == 'P') {
      parseGatehouse(b, p, end);
      return kind = Kind.GATEHOUSE_HEADER;
    }
    return kind = Kind.OTHER_NMEA;
  }

  private void reset() {
    reason = null;
    detail = null;
    aisAttempt = false;
    hasTagBlock = false;
    hasTagTime = false;
    stationLen = 0;
    hasGroup = false;
    hasTrailingTime = false;
    trailingStationLen = 0;
    hasHeaderTime = false;
    checksumValid = true;
  }

  private static boolean isAisFormatter(byte[] b, int p, int end) {
    return end - p >= 6
        && b[p + 3] == 'V'
        && b[p + 4] == 'D'
        && (b[p + 5] == 'M' || b[p + 5] == 'O');
  }

  private static boolean looksLikeAis(byte[] b, int p, int end) {
    int bang = indexOf(b, (byte) '!', p, end);
    return bang >= 0 && isAisFormatter(b, bang, end);
  }

  private Kind parseSentence(byte[] b, int p, int end, int lineStart) {
    int xor = 0;
    int nComma = 0;
    int i = p + 1;
    for (; i < end; i++) {
      byte c = b[i];
      if (c == '*') {
        break;
      }
      xor ^= c;
      if (c == ',') {
        if (nComma < commas.length) {
          commas[nComma] = i;
        }
        nComma++;
      }
    }
    if (i == end) {
      return reject(RejectReason.MALFORMED_SENTENCE, "no checksum", b, lineStart, end);
    }
    int h1 = end - i > 2 ? hex(b[i + 1]) : -1;
    int h2 = end - i > 2 ? hex(b[i + 2]) : -1;
    if (h1 < 0 || h2 < 0) {
      return reject(RejectReason.MALFORMED_SENTENCE, "checksum is not two hex digits", b, p, end);
    }
    int expected = (h1 << 4) | h2;
    checksumValid = expected == (xor & 0xff);
    if (!checksumValid && !acceptBadChecksums) {
      return reject(
          RejectReason.BAD_CHECKSUM,
          String.format("checksum *%02X, computed %02X", expected, xor & 0xff),
          b,
          p,
          end);
    }
    if (nComma != 6) {
      return reject(
          RejectReason.MALFORMED_SENTENCE,
          "expected 7 fields, found " + (nComma + 1),
          b,
          lineStart,
          end);
    }
    if (commas[0] != p + 6) {
      return reject(RejectReason.MALFORMED_SENTENCE, "bad sentence formatter", b, p, end);
    }
    talker0 = b[p + 1];
    talker1 = b[p + 2];
    if (!talkerChar(talker0) || !talkerChar(talker1)) {
      return reject(RejectReason.MALFORMED_SENTENCE, "bad talker", b, p, end);
    }
    own = b[p + 5] == 'O';
    fragmentCount = smallNumber(b, commas[0] + 1, commas[1]);
    fragmentNumber = smallNumber(b, commas[1] + 1, commas[2]);
    if (fragmentCount < 0 || fragmentNumber < 0) {
      return reject(RejectReason.MALFORMED_SENTENCE, "fragment field is not a number", b, p, end);
    }
    if (fragmentCount < 1 || fragmentCount > 9) {
      return reject(RejectReason.BAD_FRAGMENT_NUMBER, "fragment count " + fragmentCount, b, p, end);
    }
    if (fragmentNumber < 1 || fragmentNumber > fragmentCount) {
      return reject(
          RejectReason.BAD_FRAGMENT_NUMBER,
          "fragment " + fragmentNumber + " of " + fragmentCount,
          b,
          p,
          end);
    }
    if (commas[2] + 1 == commas[3]) {
      sequenceId = -1;
    } else {
      sequenceId = smallNumber(b, commas[2] + 1, commas[3]);
      if (sequenceId < 0) {
        return reject(RejectReason.MALFORMED_SENTENCE, "bad sequential message id", b, p, end);
      }
    }
    int channelLen = commas[4] - commas[3] - 1;
    if (channelLen == 0) {
      channel = 0;
    } else if (channelLen == 1 && b[commas[3] + 1] > ' ') {
      channel = b[commas[3] + 1];
    } else {
      return reject(RejectReason.MALFORMED_SENTENCE, "bad channel field", b, p, end);
    }
    payloadOff = commas[4] + 1;
    payloadLen = commas[5] - payloadOff;
    int fillLen = i - commas[5] - 1;
    byte f = b[commas[5] + 1];
    fillBits = fillLen == 1 && f >= '0' && f <= '9' ? f - '0' : NO_FILL;
    if (i + 3 < end && b[i + 3] == ',') {
      parseTrailing(b, i + 4, end);
    }
    return kind = Kind.AIS;
  }

  private static boolean talkerChar(byte c) {
    return c > ' ' && c < 127 && c != ',' && c != '*' && c != '!' && c != '$' && c != '\\';
  }

  /** Parses 1-3 decimal digits; -1 when empty, longer or not digits. */
  private static int smallNumber(byte[] b, int from, int to) {
    int n = to - from;
    if (n < 1 || n > 3) {
      return -1;
    }
    int v = 0;
    for (int i = from; i < to; i++) {
      int d = b[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }

  /** Parses up to 18 decimal digits; -1 when empty, longer or not digits. */
  private static long number(byte[] b, int from, int to) {
    int n = to - from;
    if (n < 1 || n > 18) {
      return -1;
    }
    long v = 0;
    for (int i = from; i < to; i++) {
      int d = b[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }

  private static long unixToMillis(long v) {
    return v >= MILLIS_THRESHOLD ? v : v * 1000;
  }

  /**
   * Parses the inside of a tag block. Returns {@code false} only in strict mode when the checksum
   * is missing or wrong; unknown keys and unparseable values are ignored.
   */
  private boolean parseTagBlock(byte[] b, int from, int to) {
    int star = lastIndexOf(b, (byte) '*', from, to);
    int fieldsEnd = star >= 0 ? star : to;
    if (strictTagBlockChecksum) {
      if (star < 0 || to - star != 3 || hex(b[star + 1]) < 0 || hex(b[star + 2]) < 0) {
        return false;
      }
      int xor = 0;
      for (int i = from; i < star; i++) {
        xor ^= b[i];
      }
      if (((hex(b[star + 1]) << 4) | hex(b[star + 2])) != (xor & 0xff)) {
        return false;
      }
    }
    int i = from;
    while (i < fieldsEnd) {
      int comma = indexOf(b, (byte) ',', i, fieldsEnd);
      int j = comma < 0 ? fieldsEnd : comma;
      tagField(b, i, j);
      i = j + 1;
    }
    return true;
  }

  private void tagField(byte[] b, int from, int to) {
    int colon = indexOf(b, (byte) ':', from, to);
    if (colon < 0) {
      return;
    }
    int keyLen = colon - from;
    int v = colon + 1;
    if (keyLen == 1) {
      switch (b[from]) {
        case 'c' -> {
          long t = number(b, v, to);
          if (t >= 0 && !hasTagTime) {
            hasTagTime = true;
            tagTimeMillis = unixToMillis(t);
          }
        }
        case 's' -> {
          if (to > v && stationLen == 0) {
            stationOff = v;
            stationLen = to - v;
          }
        }
        case 'g' -> {
          int d1 = indexOf(b, (byte) '-', v, to);
          int d2 = d1 < 0 ? -1 : indexOf(b, (byte) '-', d1 + 1, to);
          if (d2 > 0) {
            setGroup(smallNumber(b, v, d1), smallNumber(b, d1 + 1, d2), number(b, d2 + 1, to));
          }
        }
        default -> {}
      }
    } else if (keyLen >= 3) {
      // NMEA 4.0 sentence grouping written as key "xGy", e.g. "1G2:0125"
      int g = indexOf(b, (byte) 'G', from, colon);
      if (g > from && g < colon - 1) {
        setGroup(smallNumber(b, from, g), smallNumber(b, g + 1, colon), number(b, v, to));
      }
    }
  }

  private void setGroup(int sentence, int size, long id) {
    if (sentence > 0 && size > 0 && id >= 0 && !hasGroup) {
      hasGroup = true;
      groupSentence = sentence;
      groupSize = size;
      groupId = id;
    }
  }

  /** Comma-separated tokens after the checksum: the first Unix time and r/b station win. */
  private void parseTrailing(byte[] b, int from, int to) {
    int i = from;
    while (i < to) {
      int comma = indexOf(b, (byte) ',', i, to);
      int j = comma < 0 ? to : comma;
      int n = j - i;
      if (n >= 10 && n <= 13 && b[i] >= '0' && b[i] <= '9') {
        long t = hasTrailingTime ? -1 : number(b, i, j);
        if (t >= 0) {
          hasTrailingTime = true;
          trailingTimeMillis = unixToMillis(t);
        }
      } else if (n >= 2 && (b[i] == 'r' || b[i] == 'b') && trailingStationLen == 0) {
        boolean alnum = true;
        for (int k = i + 1; k < j && alnum; k++) {
          byte c = b[k];
          alnum = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        }
        if (alnum) {
          trailingStationOff = i;
          trailingStationLen = n;
        }
      }
      i = j + 1;
    }
  }

  /** {@code $PGHP,1,year,month,day,hour,minute,second,millisecond,...*hh}: the receiver time. */
  private void parseGatehouse(byte[] b, int p, int end) {
    int star = indexOf(b, (byte) '*', p, end);
    int fieldsEnd = star < 0 ? end : star;
    if (star >= 0 && end - star >= 3) {
      int xor = 0;
      for (int i = p + 1; i < star; i++) {
        xor ^= b[i];
      }
      int h1 = hex(b[star + 1]);
      int h2 = hex(b[star + 2]);
      if (h1 < 0 || h2 < 0 || ((h1 << 4) | h2) != (xor & 0xff)) {
        return;
      }
    }
    int[] v = gatehouseFields;
    int i = p + 6;
    for (int k = 0; k < 8; k++) {
      if (i > fieldsEnd) {
        return;
      }
      int comma = indexOf(b, (byte) ',', i, fieldsEnd);
      int j = comma < 0 ? fieldsEnd : comma;
      long n = number(b, i, j);
      if (n < 0 || n > 9999) {
        return;
      }
      v[k] = (int) n;
      i = j + 1;
    }
    if (v[0] != 1 || v[4] > 23 || v[5] > 59 || v[6] > 60 || v[7] > 999) {
      return;
    }
    try {
      long day = LocalDate.of(v[1], v[2], v[3]).toEpochDay();
      headerTimeMillis = ((day * 24 + v[4]) * 60 + v[5]) * 60_000L + v[6] * 1000L + v[7];
      hasHeaderTime = true;
    } catch (DateTimeException e) {
      // not a date: the header carries no usable time
    }
  }

  private Kind reject(RejectReason r, String why, byte[] b, int from, int to) {
    reason = r;
    int n = Math.min(to - from, 100);
    detail = why + ": " + new String(b, from, n, StandardCharsets.ISO_8859_1);
    return kind = Kind.REJECT;
  }

  static int hex(byte c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    return -1;
  }

  static int indexOf(byte[] b, byte c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == c) {
        return i;
      }
    }
    return -1;
  }

  private static int lastIndexOf(byte[] b, byte c, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (b[i] == c) {
        return i;
      }
    }
    return -1;
  }
}
