package org.tidewatch.core.delivery;

import java.time.Instant;

/**
 * The first position report of an MMSI in the data inference runs on. A DPRK-linked tanker first
 * seen long after the data began was silent (or absent) until then: a dark receiver whose silence
 * no event shows, since it has no "off" report.
 *
 * @param time when it was first heard
 * @param latitude_deg where
 * @param longitude_deg where
 */
public record FirstReport(Instant time, double latitude_deg, double longitude_deg) {}
