package org.tidewatch.ais.sentence;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import org.tidewatch.ais.AisDecodeException;
import org.tidewatch.ais.RejectReason;
import org.tidewatch.ais.message.AisMessage;
import org.tidewatch.ais.message.AisMessageDecoder;
import org.tidewatch.ais.message.PositionFields;
import org.tidewatch.ais.sentence.Reception.TimeSource;

/**
 * Streams NMEA 0183 / IEC 61162-1 AIS input (VDM/VDO sentences with their wrappers) into decoded
 * messages, rejections and non-AIS lines, reported to an {@link AisListener} in input order. See
 * the package documentation for the formats accepted, the multipart policy and the accounting rule.
 *
 * <p>Lines are handled as bytes in a reused buffer; memory stays constant whatever the input size.
 * Bad input never throws: it becomes a counted {@link Rejection}. Not thread-safe; one reader per
 * input stream or feed.
 *
 * <pre>{@code
 * AisStats stats = new AisStats(listener);
 * AisReader reader = new AisReader(AisReaderOptions.defaults(), stats);
 * reader.read(Path.of("feed.nmea.gz"));
 * stats.checkBalanced(reader.linesRead());
 * }</pre>
 */
public final class AisReader {
  private static final int BUFFER_SIZE = 1 << 16;

  private final AisReaderOptions options;
  private final AisListener listener;
  private final PayloadDecoder decoder;
  // the fast path for position reports: both null unless the listener wants position fields
  private final PositionFieldsListener positions;
  private final AisMessageDecoder positionDecoder;
  private final PositionFields fields = new PositionFields();
  private final LineProcessor lines;
  private String source = "-";
  private long linesBefore;

  private final ReceptionFactory receptions = new ReceptionFactory();

  /**
   * A reader reporting to {@code listener}. When it is a {@link PositionFieldsListener} whose
   * {@link PositionFieldsListener#wantsPositionFields()} is true, position reports of types 1, 2,
   * 3, 18 and 27 are decoded straight into primitives and given to {@link
   * PositionFieldsListener#onPosition}.
   */
  public AisReader(AisReaderOptions options, AisListener listener) {
    this(options, listener, new AisMessageDecoder());
  }

  private AisReader(AisReaderOptions options, AisListener listener, AisMessageDecoder decoder) {
    this(
        options,
        listener,
        decoder::decode,
        listener instanceof PositionFieldsListener p && p.wantsPositionFields() ? decoder : null);
  }

  /** With another decoding step (tests of this layer independent of message decoding). */
  AisReader(AisReaderOptions options, AisListener listener, PayloadDecoder decoder) {
    this(options, listener, decoder, null);
  }

  private AisReader(
      AisReaderOptions options,
      AisListener listener,
      PayloadDecoder decoder,
      AisMessageDecoder positionDecoder) {
    this.options = Objects.requireNonNull(options, "options");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.decoder = Objects.requireNonNull(decoder, "decoder");
    this.positionDecoder = positionDecoder;
    this.positions = positionDecoder == null ? null : (PositionFieldsListener) listener;
    this.lines = new LineProcessor(options, new Sink());
  }

  /**
   * Opens a file for reading, decompressing it when it starts with the gzip magic bytes (whatever
   * its name).
   */
  public static InputStream open(Path file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER_SIZE);
    in.mark(2);
    int b0 = in.read();
    int b1 = in.read();
    in.reset();
    if (b0 == 0x1f && b1 == 0x8b) {
      return new GZIPInputStream(in, BUFFER_SIZE);
    }
    return in;
  }

  /** Reads a whole file ({@link #open}); the source name is the file name. */
  public void read(Path file) throws IOException {
    try (InputStream in = open(file)) {
      read(in, file.getFileName() == null ? file.toString() : file.getFileName().toString());
    }
  }

  /**
   * Reads a stream to its end as one source: starts numbering lines at 1, then calls {@link
   * #finish()}. Lines end with LF (a CR before it is ignored); a last line without LF counts.
   *
   * @throws IOException only for I/O failures of the stream itself
   */
  public void read(InputStream in, String sourceName) throws IOException {
    beginSource(sourceName);
    LineSplitter.split(in, options.maxLineLength_bytes(), lines);
    finish();
  }

  /**
   * Starts a new named source for {@link #accept}: expires what is pending from the previous one
   * and numbers lines from 1 again.
   */
  public void beginSource(String sourceName) {
    Objects.requireNonNull(sourceName, "sourceName");
    lines.finish(); // reported under the previous source's name
    linesBefore += lines.lineNumber();
    lines.restart();
    source = sourceName;
  }

  /**
   * Processes one line without its terminator (live feeds, benchmarks). The bytes are only read
   * during the call.
   */
  public void accept(byte[] buf, int off, int len) {
    Objects.checkFromIndexSize(off, len, buf.length);
    lines.line(buf, off, len);
  }

  /** End of input: expires pending fragments as {@code ORPHAN_FRAGMENT} rejections. */
  public void finish() {
    lines.finish();
  }

  /** Lines read so far, over all sources. */
  public long linesRead() {
    return linesBefore + lines.lineNumber();
  }

  private final class Sink implements SentenceSink {
    @Override
    public void payload(byte[] buf, int off, int len, int fillBits, PayloadInfo info) {
      if (positions != null && fastPosition(buf, off, len, fillBits, info)) {
        return;
      }
      AisMessage message;
      try {
        message = decoder.decode(buf, off, len, fillBits);
      } catch (AisDecodeException e) {
        listener.onRejected(
            new Rejection(e.reason(), source, info.firstLine, info.sentenceCount, e.getMessage()));
        return;
      } catch (RuntimeException e) {
        // a decoder defect must not stop the stream; the line is still accounted for
        listener.onRejected(
            new Rejection(
                RejectReason.DECODER_FAILURE,
                source,
                info.firstLine,
                info.sentenceCount,
                "decoder failure: " + e));
        return;
      }
      listener.onMessage(message, receptions.create(source, info));
    }

    /**
     * Gives a position report to {@link PositionFieldsListener#onPosition}; false when the payload
     * is not one (then the full decoder gives the message or the rejection, exactly as without the
     * fast path).
     */
    private boolean fastPosition(byte[] buf, int off, int len, int fillBits, PayloadInfo info) {
      PositionFields f = fields;
      try {
        if (!positionDecoder.decodePosition(buf, off, len, fillBits, f)) {
          return false;
        }
      } catch (RuntimeException e) {
        return false; // a defect: the full decoder reports it (or decodes the payload)
      }
      boolean timed = info.timeSource != TimeSource.NONE;
      positions.onPosition(
          f.messageType(),
          f.mmsi(),
          f.latitude_deg(),
          f.longitude_deg(),
          f.speedOverGround_kn(),
          f.courseOverGround_deg(),
          f.trueHeading_deg(),
          f.navigationStatus(),
          info.firstLine,
          info.sentenceCount,
          timed ? info.timeMillis : 0L,
          timed);
      return true;
    }

    @Override
    public void rejected(RejectReason reason, long firstLine, int lineCount, String detail) {
      listener.onRejected(new Rejection(reason, source, firstLine, lineCount, detail));
    }

    @Override
    public void nonAis(NonAisKind kind, long lineNumber) {
      listener.onNonAis(kind, lineNumber);
    }
  }
}
