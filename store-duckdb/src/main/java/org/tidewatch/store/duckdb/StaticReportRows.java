package org.tidewatch.store.duckdb;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;
import org.tidewatch.core.track.StaticReport;

/**
 * An immutable batch of static reports that may carry a prepared Parquet file (written by {@link
 * #prepare} on the caller's thread), which the DuckDB store inserts from instead of appending the
 * reports one by one on its writer thread. Any store accepts it as a plain list.
 */
public final class StaticReportRows extends AbstractList<StaticReport> implements RandomAccess {
  private final List<StaticReport> reports;
  BatchFiles.@Nullable Prepared file;

  private StaticReportRows(List<StaticReport> reports) {
    this.reports = List.copyOf(reports);
  }

  /**
   * Copies the reports and writes them to a temporary file now. The file is deleted when a store
   * commits the batch, when it is {@linkplain #discard() discarded}, or after a crash by the next
   * preparation (files of processes no longer running).
   */
  public static StaticReportRows prepare(List<StaticReport> reports, PositionColumns.Preparer p) {
    StaticReportRows r = new StaticReportRows(reports);
    if (!r.reports.isEmpty()) {
      r.file = p.files().write(r.reports).orElse(null);
    }
    return r;
  }

  /** Deletes the prepared file, if any. */
  public void discard() {
    if (file != null) {
      file.delete();
      file = null;
    }
  }

  @Override
  public StaticReport get(int i) {
    return reports.get(i);
  }

  @Override
  public int size() {
    return reports.size();
  }
}
