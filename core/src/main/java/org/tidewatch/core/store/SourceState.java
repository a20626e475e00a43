package org.tidewatch.core.store;

/**
 * How far the store has got with one source. The {@code committedSequence} counts the records
 * (messages, rows, bad rows) of the source, in the order its reader produces them, that are
 * committed; a resumed ingest re-reads the source and skips that many records, so the store ends
 * exactly as if it had run once.
 *
 * @param sourceId store id of the source
 * @param file the source
 * @param committedSequence records committed so far
 * @param complete {@code true} once the whole source is committed (a new ingest then skips it)
 * @param positions positions stored from the source
 * @param staticReports static reports stored from the source
 * @param badRows bad rows recorded for the source
 */
public record SourceState(
    long sourceId,
    SourceFile file,
    long committedSequence,
    boolean complete,
    long positions,
    long staticReports,
    long badRows) {}
