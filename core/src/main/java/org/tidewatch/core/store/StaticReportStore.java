package org.tidewatch.core.store;

import java.time.Instant;
import java.util.List;
import org.tidewatch.core.track.StaticReport;

/** Stored static/voyage reports. */
public interface StaticReportStore {

  /** A vessel's static reports with {@code from <= time < to}, in time order. */
  List<StaticReport> reports(int mmsi, Instant from, Instant to);

  /** Number of stored static reports. */
  long count();
}
