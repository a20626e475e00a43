package org.tidewatch.core.track;

import java.time.LocalDate;

/**
 * Messages stored for one UTC day.
 *
 * @param day the UTC day
 * @param positions position reports received that day
 * @param staticReports static/voyage reports received that day
 * @param vessels distinct MMSIs that sent position reports that day
 */
public record DailyCount(LocalDate day, long positions, long staticReports, long vessels) {}
