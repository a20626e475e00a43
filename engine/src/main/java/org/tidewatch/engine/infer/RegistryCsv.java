package org.tidewatch.engine.infer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.tidewatch.core.delivery.Hull;

/**
 * Reads a hull registry in the simulator's {@code registry.csv} layout (header {@code
 * IMO,MMSI,Name,CallSign,Flag,ShipType,AisTypeCode,Length,Beam,Deadweight_t,CargoCapacity_t,
 * CargoCapacity_bbl,BallastDraught_m,SummerDraught_m,BuildYear,Owner,Manager,TransceiverClass});
 * columns are found by name, so a registry extract with a subset of them works too (MMSI required).
 */
public final class RegistryCsv {
  private RegistryCsv() {}

  /** Hulls by registry MMSI. */
  public static Map<Integer, Hull> read(Path file) throws IOException {
    Map<Integer, Hull> out = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = r.readLine();
      if (header == null) {
        return out;
      }
      String[] h = header.replace("\uFEFF", "").split(",");
      Map<String, Integer> col = new HashMap<>();
      for (int i = 0; i < h.length; i++) {
        col.put(h[i].trim(), i);
      }
      if (!col.containsKey("MMSI")) {
        throw new IOException(file + ": no MMSI column");
      }
      int n = 1;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split(",", -1);
        try {
          int mmsi = Integer.parseInt(get(f, col, "MMSI"));
          String imo = get(f, col, "IMO");
          out.put(
              mmsi,
              new Hull(
                  imo.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(imo)),
                  mmsi,
                  get(f, col, "Name"),
                  get(f, col, "Flag"),
                  get(f, col, "ShipType"),
                  dbl(get(f, col, "Deadweight_t")),
                  dbl(get(f, col, "CargoCapacity_t")),
                  dbl(get(f, col, "BallastDraught_m")),
                  dbl(get(f, col, "SummerDraught_m")),
                  opt(get(f, col, "Owner")),
                  opt(get(f, col, "Manager"))));
        } catch (NumberFormatException e) {
          throw new IOException(file + " line " + n + ": " + e.getMessage(), e);
        }
      }
    }
    return out;
  }

  private static String get(String[] f, Map<String, Integer> col, String name) {
    Integer i = col.get(name);
    return i == null || i >= f.length ? "" : f[i].trim();
  }

  private static OptionalDouble dbl(String s) {
    return s.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(s));
  }

  private static Optional<String> opt(String s) {
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }
}
