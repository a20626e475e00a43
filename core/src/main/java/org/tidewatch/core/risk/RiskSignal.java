package org.tidewatch.core.risk;

/**
 * One observation behind a factor.
 *
 * @param factor the factor
 * @param strength how sure the observation is, in [0, 1] (an event's confidence, a match score)
 * @param evidence one line an analyst can check (event id, list entry, ...)
 */
public record RiskSignal(RiskFactor factor, double strength, String evidence) {}
