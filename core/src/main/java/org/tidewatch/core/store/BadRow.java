package org.tidewatch.core.store;

/**
 * An input record that could not be stored, kept so that the ingest can report it with its file and
 * line (and so that the report survives a resume).
 *
 * @param source the source name
 * @param line 1-based line (or row) number
 * @param reason why it was refused, short and human-readable
 */
public record BadRow(String source, long line, String reason) {}
