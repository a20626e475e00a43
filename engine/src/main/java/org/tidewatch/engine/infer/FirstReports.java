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
 *
 * <p>For a data directory, {@code tidewatch detect} keeps the same four columns in {@code
 * DIR/detect/first-reports.csv} ({@link #FILE}), merged across runs (the earlier report wins), so
 * that {@code ledger}, {@code risk} and the server infer as the simulator evaluation does.
 */
public final class FirstReports {
  /** The file {@code tidewatch detect} keeps in {@code DIR/detect}. */
  public static final String FILE = "first-reports.csv";

  private FirstReports() {}

  /**
   * Folds {@code seen} into the file (created if missing): per MMSI the earlier report wins. The
   * file is replaced atomically.
   */
  public static void merge(Path file, Map<Integer, FirstReport> seen) throws IOException {
    Map<Integer, FirstReport> all = Files.exists(file) ? fromCsv(file) : new HashMap<>();
    for (Map.Entry<Integer, FirstReport> e : seen.entrySet()) {
      all.merge(e.getKey(), e.getValue(), (a, b) -> b.time().isBefore(a.time()) ? b : a);
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (java.io.BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      w.write("MMSI,BaseDateTime,LAT,LON\n");
      for (int m : new java.util.TreeSet<>(all.keySet())) {
        FirstReport f = all.get(m);
        String t = f.time().toString();
        w.write(
            m
                + ","
                + t.substring(0, t.length() - 1)
                + ","
                + f.latitude_deg()
                + ","
                + f.longitude_deg()
                + "\n");
      }
    }
    Files.move(
        tmp,
        file,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  /** Reads the file once; rows that do not parse are skipped. */
  public static Map<Integer, FirstReport> fromCsv(Path csv) throws IOException {
    Map<Integer, FirstReport> out = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      String line = r.readLine(); // header
      while ((line = r.readLine()) != null) {
        int a = line.indexOf(',');
        int b = a < 0 ? -1 : line.indexOf(',', a + 1);
        int c = b < 0 ? -1 : line.indexOf(',', b + 1);
        if (c < 0) {
          continue;
        }
        int d = line.indexOf(',', c + 1);
        if (d < 0) {
          d = line.length(); // LON is the last column (DIR/detect/first-reports.csv)
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
