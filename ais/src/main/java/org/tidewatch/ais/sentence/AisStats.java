package org.tidewatch.ais.sentence;

import java.util.Locale;
import org.tidewatch.ais.RejectReason;
import org.tidewatch.ais.message.AisMessage;

/**
 * Counts what an {@link AisReader} reports: messages and their lines per message type, rejections
 * and their lines per {@link RejectReason}, non-AIS lines per {@link NonAisKind}. Optionally
 * forwards every event to another listener (decorator). The line counts must add up to the lines
 * read ({@link #checkBalanced}); {@link #table()} prints them. Not thread-safe.
 *
 * <p>When the delegate is a {@link PositionFieldsListener} that wants position fields, so does this
 * decorator: position reports are counted from {@link #onPosition} and forwarded there. Counting
 * alone (no delegate) keeps the full decoding path.
 */
public final class AisStats implements PositionFieldsListener {
  private static final RejectReason[] REASONS = RejectReason.values();
  private static final NonAisKind[] KINDS = NonAisKind.values();

  private final AisListener delegate;
  private final long[] messagesByType = new long[64];
  private final long[] linesByType = new long[64];
  private final long[] rejectionsByReason = new long[REASONS.length];
  private final long[] linesByReason = new long[REASONS.length];
  private final long[] linesByKind = new long[KINDS.length];

  /** Counts only. */
  public AisStats() {
    this(null);
  }

  /** Counts, then forwards every event to {@code delegate} (may be {@code null}). */
  public AisStats(AisListener delegate) {
    this.delegate = delegate;
  }

  @Override
  public void onMessage(AisMessage message, Reception reception) {
    int type = message.messageType() & 63;
    messagesByType[type]++;
    linesByType[type] += reception.sentenceCount();
    if (delegate != null) {
      delegate.onMessage(message, reception);
    }
  }

  @Override
  public void onPosition(
      int messageType,
      int mmsi,
      double latitude_deg,
      double longitude_deg,
      double speedOverGround_kn,
      double courseOverGround_deg,
      int trueHeading_deg,
      int navigationStatus,
      long firstLine,
      int sentenceCount,
      long receivedAt_epochMs,
      boolean hasReceivedAt) {
    int type = messageType & 63;
    messagesByType[type]++;
    linesByType[type] += sentenceCount;
    if (delegate instanceof PositionFieldsListener p) {
      p.onPosition(
          messageType,
          mmsi,
          latitude_deg,
          longitude_deg,
          speedOverGround_kn,
          courseOverGround_deg,
          trueHeading_deg,
          navigationStatus,
          firstLine,
          sentenceCount,
          receivedAt_epochMs,
          hasReceivedAt);
    }
  }

  /** True exactly when the delegate is a {@link PositionFieldsListener} that wants them. */
  @Override
  public boolean wantsPositionFields() {
    return delegate instanceof PositionFieldsListener p && p.wantsPositionFields();
  }

  @Override
  public void onRejected(Rejection rejection) {
    int r = rejection.reason().ordinal();
    rejectionsByReason[r]++;
    linesByReason[r] += rejection.lineCount();
    if (delegate != null) {
      delegate.onRejected(rejection);
    }
  }

  @Override
  public void onNonAis(NonAisKind kind, long lineNumber) {
    linesByKind[kind.ordinal()]++;
    if (delegate != null) {
      delegate.onNonAis(kind, lineNumber);
    }
  }

  /** Decoded messages of one type (0-63). */
  public long messages(int type) {
    return messagesByType[type & 63];
  }

  /** All decoded messages. */
  public long messages() {
    return sum(messagesByType);
  }

  /** Lines (sentences) that made messages. */
  public long messageLines() {
    return sum(linesByType);
  }

  /** Rejections (events) for one reason; an orphan group of several lines is one rejection. */
  public long rejections(RejectReason reason) {
    return rejectionsByReason[reason.ordinal()];
  }

  /** All rejections (events). */
  public long rejections() {
    return sum(rejectionsByReason);
  }

  /** Lines rejected for one reason. */
  public long rejectedLines(RejectReason reason) {
    return linesByReason[reason.ordinal()];
  }

  /** All rejected lines. */
  public long rejectedLines() {
    return sum(linesByReason);
  }

  /** Non-AIS lines of one kind. */
  public long nonAisLines(NonAisKind kind) {
    return linesByKind[kind.ordinal()];
  }

  /** All non-AIS lines. */
  public long nonAisLines() {
    return sum(linesByKind);
  }

  /** Lines accounted for: message lines + rejected lines + non-AIS lines. */
  public long linesAccounted() {
    return messageLines() + rejectedLines() + nonAisLines();
  }

  /** Whether every line read was accounted for exactly once. */
  public boolean isBalanced(long linesRead) {
    return linesAccounted() == linesRead;
  }

  /**
   * Checks the accounting rule.
   *
   * @throws IllegalStateException when the counts do not add up to {@code linesRead}
   */
  public void checkBalanced(long linesRead) {
    if (!isBalanced(linesRead)) {
      throw new IllegalStateException(
          "lines read " + linesRead + " but accounted " + linesAccounted() + "\n" + table());
    }
  }

  /** A printable table of all non-zero counts, with totals. */
  public String table() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%-34s %12s %12s%n", "", "count", "lines"));
    for (int t = 0; t < 64; t++) {
      if (messagesByType[t] != 0) {
        row(sb, "message type " + t, messagesByType[t], linesByType[t]);
      }
    }
    row(sb, "messages", messages(), messageLines());
    for (RejectReason r : REASONS) {
      if (linesByReason[r.ordinal()] != 0) {
        row(
            sb,
            "rejected: " + r.label(),
            rejectionsByReason[r.ordinal()],
            linesByReason[r.ordinal()]);
      }
    }
    row(sb, "rejected", sum(rejectionsByReason), rejectedLines());
    for (NonAisKind k : KINDS) {
      if (linesByKind[k.ordinal()] != 0) {
        row(
            sb,
            "not AIS: " + k.name().toLowerCase(Locale.ROOT),
            linesByKind[k.ordinal()],
            linesByKind[k.ordinal()]);
      }
    }
    row(sb, "not AIS", nonAisLines(), nonAisLines());
    row(sb, "total lines", linesAccounted(), linesAccounted());
    return sb.toString();
  }

  @Override
  public String toString() {
    return table();
  }

  private static void row(StringBuilder sb, String label, long count, long lines) {
    sb.append(String.format(Locale.ROOT, "%-34s %,12d %,12d%n", label, count, lines));
  }

  private static long sum(long[] a) {
    long s = 0;
    for (long v : a) {
      s += v;
    }
    return s;
  }
}
