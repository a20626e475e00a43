package org.tidewatch.engine.screening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code DIR/screening/vessels.jsonl}: a header line ({@code schema}, {@code screenedAt}, {@code
 * lists}, {@code storeState}, {@code threshold}, counts), then one line per MMSI ({@code mmsi},
 * {@code claimsDigest}, {@code claims}, {@code matches}). Written to a temporary file and moved in
 * place, so a reader sees the old file or the new one, never half of one.
 */
public final class ScreeningFile {
  /** The schema id of the header. */
  public static final String SCHEMA = "tidewatch-vessel-screening/1";

  private static final ObjectMapper JSON = new ObjectMapper();

  private ScreeningFile() {}

  /** Where the results of a data directory are kept. */
  public static Path of(Path dataDir) {
    return dataDir.resolve("screening").resolve("vessels.jsonl");
  }

  /** Writes the results atomically. */
  public static void write(Path file, ScreeningResults r) throws IOException {
    Files.createDirectories(file.getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      ObjectNode h = JSON.createObjectNode();
      h.put("schema", SCHEMA);
      h.put("screenedAt", r.screenedAt().toString());
      ObjectNode lists = h.putObject("lists");
      r.basis().lists().forEach(lists::put);
      h.put("storeState", r.basis().storeState());
      h.put("threshold", r.basis().threshold());
      h.put("screener", r.basis().screener());
      h.put("vessels", r.vessels().size());
      h.put("listed", r.listedCount());
      h.put("rescreened", r.rescreened());
      h.put("elapsed_ms", r.elapsed_ms());
      w.write(h.toString());
      w.newLine();
      for (VesselResult v : r.vessels().values()) {
        w.write(JSON.writeValueAsString(v));
        w.newLine();
      }
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** The basis of the results kept, read from the header alone; empty when there is no file. */
  public static Optional<ScreeningBasis> readBasis(Path file) throws IOException {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line = r.readLine();
      if (line == null) {
        throw new IOException(file + ": empty");
      }
      return Optional.of(header(file, JSON.readTree(line)).basis());
    }
  }

  /** The results kept, or empty when there is no file; a damaged file is refused with its line. */
  public static Optional<ScreeningResults> read(Path file) throws IOException {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line = r.readLine();
      if (line == null) {
        throw new IOException(file + ": empty");
      }
      Header h = header(file, JSON.readTree(line));
      Map<Integer, VesselResult> vessels = new HashMap<>();
      int n = 1;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          VesselResult v = JSON.readValue(line, VesselResult.class);
          vessels.put(v.mmsi(), v);
        } catch (IOException | RuntimeException e) {
          throw new IOException(file + ":" + n + ": not a vessel result: " + e.getMessage(), e);
        }
      }
      if (vessels.size() != h.vessels()) {
        throw new IOException(
            file
                + ": the header counts "
                + h.vessels()
                + " vessels, the file holds "
                + vessels.size());
      }
      return Optional.of(
          new ScreeningResults(h.basis(), h.screenedAt(), h.elapsed_ms(), h.rescreened(), vessels));
    }
  }

  private record Header(
      ScreeningBasis basis, Instant screenedAt, int vessels, int rescreened, long elapsed_ms) {}

  private static Header header(Path file, JsonNode h) throws IOException {
    if (!SCHEMA.equals(h.path("schema").asText())) {
      throw new IOException(file + ":1: not a " + SCHEMA + " header");
    }
    try {
      Map<String, String> lists = new LinkedHashMap<>();
      h.path("lists").fields().forEachRemaining(e -> lists.put(e.getKey(), e.getValue().asText()));
      return new Header(
          new ScreeningBasis(
              lists,
              h.get("storeState").asText(),
              h.get("threshold").asDouble(),
              h.path("screener").asText("")),
          Instant.parse(h.get("screenedAt").asText()),
          h.get("vessels").asInt(),
          h.path("rescreened").asInt(),
          h.path("elapsed_ms").asLong());
    } catch (RuntimeException e) {
      throw new IOException(file + ":1: bad header: " + e.getMessage(), e);
    }
  }
}
