package org.tidewatch.sanctions;

import java.util.List;
import org.tidewatch.core.sanctions.MergedEntity;
import org.tidewatch.sanctions.eval.ScreeningEvaluation;
import org.tidewatch.sanctions.match.Screener;
import org.tidewatch.sanctions.match.ScreeningIndex;

/** The corpus screener, built once per test JVM. */
public final class CorpusIndex {
  private static Screener screener;

  private CorpusIndex() {}

  /** The screener over OFAC 2024 + UN 2026 + UN 1718 + EU 2017/1509 (skips without corpus). */
  public static synchronized Screener screener() throws Exception {
    var dir = Corpus.sanctions();
    if (screener == null) {
      List<MergedEntity> merged = ScreeningEvaluation.corpusEntities(dir);
      screener = new Screener(new ScreeningIndex(merged));
    }
    return screener;
  }
}
