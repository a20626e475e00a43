package org.tidewatch.ais.sentence;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.tidewatch.ais.RejectReason;
import org.tidewatch.ais.sentence.Reception.TimeSource;

/**
 * The sentence layer without message decoding: numbers lines, classifies them ({@link LineParser}),
 * applies receiver headers ({@code $PGHP}, a tag block alone on its line) to the next AIS sentence,
 * resolves reception metadata and assembles payloads ({@link MultipartAssembler}). Each line is
 * reported to the {@link SentenceSink} exactly once (multipart lines together).
 */
final class LineProcessor {
  private final LineParser parser;
  private final MultipartAssembler assembler;
  private final SentenceSink sink;
  private final int maxLineLength;
  private final PayloadInfo info = new PayloadInfo();

  private long lineNumber;

  // header lines waiting for the next AIS sentence
  private boolean headerTime;
  private long headerTimeMillis;
  private boolean headerTagTime;
  private long headerTagTimeMillis;
  private String headerStation;

  // caches so that repeated talkers and stations do not allocate
  private final String[] talkers = new String[1 << 14];
  private final byte[] stationBytes = new byte[64];
  private int stationBytesLen = -1;
  private String stationString;

  LineProcessor(AisReaderOptions options, SentenceSink sink) {
    this.parser = new LineParser(options.acceptBadChecksums(), options.strictTagBlockChecksum());
    this.assembler = new MultipartAssembler(options.maxFragmentGap_sentences(), sink);
    this.sink = sink;
    this.maxLineLength = options.maxLineLength_bytes();
  }

  /** Line number of the last line seen (1-based; 0 before the first). */
  long lineNumber() {
    return lineNumber;
  }

  /** Restarts line numbering (new input) after expiring what is pending. */
  void restart() {
    finish();
    lineNumber = 0;
  }

  /** Processes one line (without its terminator). */
  void line(byte[] b, int off, int len) {
    long line = ++lineNumber;
    if (len > maxLineLength) {
      overlong(len > 0 && b[off] == '#');
      return;
    }
    switch (parser.parse(b, off, len)) {
      case AIS -> sentence(b, line);
      case REJECT -> {
        if (parser.aisAttempt) {
          clearHeader();
          assembler.otherSentence();
        }
        sink.rejected(parser.reason, line, 1, parser.detail);
      }
      case BLANK -> sink.nonAis(NonAisKind.BLANK, line);
      case COMMENT -> sink.nonAis(NonAisKind.COMMENT, line);
      case OTHER_NMEA -> sink.nonAis(NonAisKind.OTHER_NMEA, line);
      case OTHER -> sink.nonAis(NonAisKind.OTHER, line);
      case GATEHOUSE_HEADER -> {
        headerTime = parser.hasHeaderTime;
        headerTimeMillis = parser.headerTimeMillis;
        sink.nonAis(NonAisKind.RECEIVER_HEADER, line);
      }
      case TAG_BLOCK_ONLY -> {
        headerTagTime = parser.hasTagTime;
        headerTagTimeMillis = parser.tagTimeMillis;
        headerStation =
            parser.stationLen > 0 ? station(b, parser.stationOff, parser.stationLen) : null;
        sink.nonAis(NonAisKind.RECEIVER_HEADER, line);
      }
    }
  }

  /** A line longer than the maximum, already skipped by the caller or here. */
  void overlong(boolean comment) {
    long line = lineNumber;
    if (comment) {
      sink.nonAis(NonAisKind.COMMENT, line);
    } else {
      sink.rejected(
          RejectReason.MALFORMED_SENTENCE, line, 1, "line longer than " + maxLineLength + " bytes");
    }
  }

  /** Counts a line whose content was skipped because it was too long. */
  void skippedOverlongLine(boolean comment) {
    ++lineNumber;
    overlong(comment);
  }

  /** Expires pending fragments ({@code ORPHAN_FRAGMENT}) and forgets pending headers. */
  void finish() {
    assembler.finish();
    clearHeader();
  }

  private void sentence(byte[] b, long line) {
    LineParser p = parser;
    PayloadInfo i = info;
    i.firstLine = line;
    i.talker = talker(p.talker0, p.talker1);
    i.own = p.own;
    i.channel = (char) (p.channel & 0xff);
    i.checksumValid = p.checksumValid;
    String stationKey = p.stationLen > 0 ? station(b, p.stationOff, p.stationLen) : null;
    if (p.hasTagTime) {
      i.timeSource = TimeSource.TAG_BLOCK;
      i.timeMillis = p.tagTimeMillis;
    } else if (headerTagTime) {
      i.timeSource = TimeSource.TAG_BLOCK;
      i.timeMillis = headerTagTimeMillis;
    } else if (headerTime) {
      i.timeSource = TimeSource.RECEIVER_HEADER;
      i.timeMillis = headerTimeMillis;
    } else if (p.hasTrailingTime) {
      i.timeSource = TimeSource.TRAILING_FIELD;
      i.timeMillis = p.trailingTimeMillis;
    } else {
      i.timeSource = TimeSource.NONE;
    }
    if (stationKey != null) {
      i.station = stationKey;
    } else if (headerStation != null) {
      i.station = headerStation;
    } else if (p.trailingStationLen > 0) {
      i.station = station(b, p.trailingStationOff, p.trailingStationLen);
    } else {
      i.station = null;
    }
    i.hasGroup = p.hasGroup;
    i.groupSentence = p.groupSentence;
    i.groupSize = p.groupSize;
    i.groupId = p.groupId;
    clearHeader();
    assembler.sentence(p, b, i, stationKey);
  }

  private void clearHeader() {
    headerTime = false;
    headerTagTime = false;
    headerStation = null;
  }

  private String talker(byte t0, byte t1) {
    int key = ((t0 & 0x7f) << 7) | (t1 & 0x7f);
    String s = talkers[key];
    if (s == null) {
      s = talkers[key] = new String(new char[] {(char) t0, (char) t1});
    }
    return s;
  }

  private String station(byte[] b, int off, int len) {
    if (len == stationBytesLen && Arrays.equals(stationBytes, 0, len, b, off, off + len)) {
      return stationString;
    }
    String s = new String(b, off, len, StandardCharsets.ISO_8859_1);
    if (len <= stationBytes.length) {
      System.arraycopy(b, off, stationBytes, 0, len);
      stationBytesLen = len;
      stationString = s;
    }
    return s;
  }
}
