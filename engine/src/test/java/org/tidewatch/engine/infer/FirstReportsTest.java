package org.tidewatch.engine.infer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.core.delivery.FirstReport;

class FirstReportsTest {
  @Test
  void theEarliestRowOfEachMmsiWins(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("ais.csv");
    Files.writeString(
        csv,
        """
        MMSI,BaseDateTime,LAT,LON,SOG
        445069000,2024-01-07T08:09:02,38.71667,125.40000,0.1
        354449000,2024-01-01T00:01:24,29.88,121.55,0.0
        445069000,2024-01-07T08:04:02,38.70000,125.39000,0.2
        not,a,row
        """);
    Map<Integer, FirstReport> f = FirstReports.fromCsv(csv);
    assertThat(f).hasSize(2);
    assertThat(f.get(445069000))
        .isEqualTo(new FirstReport(Instant.parse("2024-01-07T08:04:02Z"), 38.7, 125.39));
    assertThat(f.get(354449000).time()).isEqualTo(Instant.parse("2024-01-01T00:01:24Z"));
  }

  @Test
  void mergeKeepsTheEarlierReportAndReadsBack(@TempDir Path dir) throws Exception {
    Path file = dir.resolve(FirstReports.FILE);
    FirstReport early = new FirstReport(Instant.parse("2024-01-02T03:04:05Z"), 38.5, 125.25);
    FirstReport late = new FirstReport(Instant.parse("2024-01-09T00:00:00Z"), 39.0, 124.0);
    FirstReports.merge(file, Map.of(445069000, late, 354449000, early));
    FirstReports.merge(file, Map.of(445069000, early, 354449000, late));
    assertThat(FirstReports.fromCsv(file)).isEqualTo(Map.of(445069000, early, 354449000, early));
    assertThat(dir.resolve(FirstReports.FILE + ".tmp")).doesNotExist();
  }
}
