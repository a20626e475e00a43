package org.tidewatch.ais.sentence;

import org.tidewatch.ais.RejectReason;

/**
 * What the sentence layer makes of its lines before message decoding: assembled payloads,
 * rejections, non-AIS lines. {@link AisReader} decodes the payloads; tests count them.
 */
interface SentenceSink {
  /**
   * A complete armoured payload (single sentence in place, or fragments concatenated). The buffer
   * and {@code info} are only valid during the call.
   */
  void payload(byte[] buf, int off, int len, int fillBits, PayloadInfo info);

  /** Lines that did not give a payload. */
  void rejected(RejectReason reason, long firstLine, int lineCount, String detail);

  /** A line that is not an AIS sentence. */
  void nonAis(NonAisKind kind, long lineNumber);
}
