package org.tidewatch.ais.sentence;

import org.tidewatch.ais.RejectReason;

/**
 * Input lines that did not become a message.
 *
 * @param reason the counted reason
 * @param source the input's name
 * @param lineNumber 1-based line number of the first line concerned
 * @param lineCount number of input lines this rejection accounts for
 * @param detail a human-readable explanation (what was wrong, where)
 */
public record Rejection(
    RejectReason reason, String source, long lineNumber, int lineCount, String detail) {}
