package org.tidewatch.engine.infer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.tidewatch.core.delivery.FirstReport;

/**
 * Each MMSI's first position report in a simulator/MarineCadastre-layout CSV ({@code MMSI,
 * BaseDateTime, LAT, LON, ...}; times UTC without a zone): what {@code DeliveryInference} needs to
 * see a receiver that was silent since before the data began.
 */
public final class FirstReports {
  private FirstReports() {}

  /** Reads the file once; rows that do not parse are skipped. */
  public static Map<Integer, FirstReport> fromCsv(Path csv) throws IOException {
    Map<Integer, FirstReport> out = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      String line = r.readLine(); // header
      while ((line = r.readLine()) != null) {
        int a = line.indexOf(',');
        int b = a < 0 ? -1 : line.indexOf(',', a + 1);
        int c = b < 0 ? -1 : line.indexOf(',', b + 1);
        int d = c < 0 ? -1 : line.indexOf(',', c + 1);
        if (d < 0) {
          continue;
        }
        try {
          int mmsi = Integer.parseInt(line, 0, a, 10);
          String t = line.substring(a + 1, b);
          Instant time = Instant.parse(t.endsWith("Z") ? t : t + "Z");
          FirstReport f = out.get(mmsi);
          if (f == null || time.isBefore(f.time())) {
            out.put(
                mmsi,
                new FirstReport(
                    time,
                    Double.parseDouble(line.substring(b + 1, c)),
                    Double.parseDouble(line.substring(c + 1, d))));
          }
        } catch (RuntimeException e) {
          // not a position row
        }
      }
    }
    return out;
  }
}
