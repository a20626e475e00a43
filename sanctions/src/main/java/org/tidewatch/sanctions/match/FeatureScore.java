package org.tidewatch.sanctions.match;

/**
 * One line of a match explanation.
 *
 * @param feature what was compared ({@code imo}, {@code mmsi}, {@code call_sign}, {@code name},
 *     {@code country}, {@code birth_date})
 * @param score its contribution: a score for main features, an adjustment for qualifiers
 * @param detail human-readable evidence
 */
public record FeatureScore(String feature, double score, String detail) {}
