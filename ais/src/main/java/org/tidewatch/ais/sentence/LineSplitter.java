package org.tidewatch.ais.sentence;

import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines for a {@link LineProcessor}, in one reused buffer. Lines end with
 * LF; the CR of CRLF is trimmed later with other whitespace. A last line without LF counts. A line
 * longer than the maximum is skipped without being buffered and counted as one overlong line.
 */
final class LineSplitter {
  private static final int BUFFER_SIZE = 1 << 16;

  private LineSplitter() {}

  static void split(InputStream in, int maxLineLength, LineProcessor lines) throws IOException {
    byte[] buf = new byte[Math.max(BUFFER_SIZE, maxLineLength + 1)];
    int start = 0;
    int end = 0;
    int scan = 0;
    boolean skipping = false; // inside a line longer than the maximum
    boolean skippedComment = false;
    while (true) {
      int nl = -1;
      for (int i = scan; i < end; i++) {
        if (buf[i] == '\n') {
          nl = i;
          break;
        }
      }
      if (nl >= 0) {
        if (skipping) {
          lines.skippedOverlongLine(skippedComment);
          skipping = false;
        } else {
          lines.line(buf, start, nl - start);
        }
        start = scan = nl + 1;
        continue;
      }
      if (end - start > maxLineLength) {
        if (!skipping) {
          skipping = true;
          skippedComment = buf[start] == '#';
        }
        start = end = scan = 0;
      } else if (start > 0) {
        System.arraycopy(buf, start, buf, 0, end - start);
        end -= start;
        start = 0;
        scan = end;
      } else {
        scan = end;
      }
      int n = in.read(buf, end, buf.length - end);
      if (n < 0) {
        break;
      }
      end += n;
    }
    if (skipping) {
      lines.skippedOverlongLine(skippedComment);
    } else if (end > start) {
      lines.line(buf, start, end - start);
    }
  }
}
