package org.tidewatch.sanctions.match;

/**
 * The result of comparing two names.
 *
 * @param score similarity in [0, 1]
 * @param detail how it was reached (pairs, extras, number check), for the explanation
 */
public record NameComparison(double score, String detail) {}
