package org.tidewatch.ais.message.asm;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.tidewatch.ais.AisDecodeException;
import org.tidewatch.ais.json.JsonWriter;
import org.tidewatch.ais.message.BitReader;

/**
 * Test-only helpers: locating the corpus, a minimal gpsd-like fragment joiner for the corpus logs
 * (one assembly buffer per radio channel, tag blocks skipped), and rendering a payload's gpsd
 * fields.
 */
final class AsmTestSupport {
  static final ObjectMapper JSON = new ObjectMapper();

  private AsmTestSupport() {}

  /** The corpus directory, or a skipped test when it is absent. */
  static Path corpus() {
    String prop = System.getProperty("tidewatch.corpus");
    Path p = prop != null ? Path.of(prop) : Path.of("../shared/corpus");
    if (!Files.isDirectory(p)) {
      p = Path.of("/work/shared/corpus");
    }
    assumeTrue(Files.isDirectory(p), "AIS corpus not found (set -Dtidewatch.corpus); skipping");
    return p;
  }

  static Path corpusFile(String relative) {
    Path f = corpus().resolve(relative);
    assumeTrue(Files.isRegularFile(f), "corpus file " + relative + " missing; skipping");
    return f;
  }

  /** An assembled message: armoured payload and fill bits. */
  record Assembled(String payload, int fill) {
    BitReader bits() {
      BitReader r = new BitReader();
      byte[] b = payload.getBytes(StandardCharsets.US_ASCII);
      try {
        r.reset(b, 0, b.length, fill);
      } catch (AisDecodeException e) {
        throw new IllegalStateException(e);
      }
      return r;
    }
  }

  /** Joins AIVDM/AIVDO fragments; {@link #accept} returns a message when one completes. */
  static final class Joiner {
    private final Map<String, StringBuilder> parts = new HashMap<>();
    private final Map<String, Integer> expectedNext = new HashMap<>();

    Optional<Assembled> accept(String line) {
      String s = line.strip();
      if (s.startsWith("\\")) {
        int end = s.indexOf('\\', 1);
        if (end < 0) {
          return Optional.empty();
        }
        s = s.substring(end + 1);
      }
      int bang = s.indexOf('!');
      if (bang < 0) {
        return Optional.empty();
      }
      s = s.substring(bang);
      if (s.length() < 6 || !s.substring(3, 6).matches("VD[MO]")) {
        return Optional.empty();
      }
      int star = s.indexOf('*');
      String body = star >= 0 ? s.substring(0, star) : s;
      String[] f = body.split(",", -1);
      if (f.length < 7) {
        return Optional.empty();
      }
      int count;
      int index;
      int fill;
      try {
        count = Integer.parseInt(f[1]);
        index = Integer.parseInt(f[2]);
        fill = f[6].isEmpty() ? 0 : Integer.parseInt(f[6]);
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
      String channel = f[4].equals("2") ? "B" : f[4].equals("1") || f[4].isEmpty() ? "A" : f[4];
      if (count == 1) {
        return Optional.of(new Assembled(f[5], fill));
      }
      if (index == 1) {
        parts.put(channel, new StringBuilder(f[5]));
        expectedNext.put(channel, 2);
        return Optional.empty();
      }
      StringBuilder sb = parts.get(channel);
      Integer next = expectedNext.get(channel);
      if (sb == null || next == null || next != index) {
        parts.remove(channel);
        return Optional.empty();
      }
      sb.append(f[5]);
      if (index == count) {
        parts.remove(channel);
        return Optional.of(new Assembled(sb.toString(), fill));
      }
      expectedNext.put(channel, index + 1);
      return Optional.empty();
    }
  }

  /** The fields gpsd writes for this message after {@code "fid"}, as a JSON object text. */
  static String render(Assembled m, boolean scaled) {
    BitReader bits = m.bits();
    int type = (int) bits.unsigned(0, 6);
    int dac = type == 6 ? bits.uint(72, 10) : bits.uint(40, 10);
    int fi = type == 6 ? bits.uint(82, 6) : bits.uint(50, 6);
    int start = type == 6 ? 88 : 56;
    StringBuilder sb = new StringBuilder();
    JsonWriter w = new JsonWriter(sb);
    w.beginObject();
    Optional<ApplicationPayload> p = ApplicationPayloads.decode(type, dac, fi, bits, start);
    if (p.isPresent()) {
      ApplicationPayloads.writeGpsd(p.get(), w, scaled);
    } else {
      // what the gpsd writer falls back to
      int n = bits.bitLength() - start;
      w.field("data", n + ":" + AsmBits.hex(bits, start, n, type == 8));
    }
    w.endObject();
    return sb.toString();
  }

  /** Whether decode() returns a payload for this message. */
  static boolean decodes(Assembled m) {
    BitReader bits = m.bits();
    int type = (int) bits.unsigned(0, 6);
    int dac = type == 6 ? bits.uint(72, 10) : bits.uint(40, 10);
    int fi = type == 6 ? bits.uint(82, 6) : bits.uint(50, 6);
    return ApplicationPayloads.decode(type, dac, fi, bits, type == 6 ? 88 : 56).isPresent();
  }

  private static final java.util.Set<String> COMMON =
      java.util.Set.of(
          "class",
          "device",
          "type",
          "repeat",
          "mmsi",
          "scaled",
          "seqno",
          "dest_mmsi",
          "retransmit",
          "dac",
          "fid");

  /** The expected subtype fields of a gpsd AIS object (common fields removed). */
  static Map<String, JsonNode> subtypeFields(JsonNode gpsd) {
    Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
    gpsd.fields()
        .forEachRemaining(
            e -> {
              if (!COMMON.contains(e.getKey())) {
                out.put(e.getKey(), e.getValue());
              }
            });
    return out;
  }

  /** The text gpsd wrote after {@code "fid":N}, wrapped as an object. */
  static String subtypeText(String gpsdLine) {
    int i = gpsdLine.indexOf("\"fid\":");
    int comma = gpsdLine.indexOf(',', i);
    if (comma < 0) {
      return "{}";
    }
    return "{" + gpsdLine.substring(comma + 1).strip();
  }

  static Map<String, JsonNode> parseFields(String json) throws IOException {
    return subtypeFields(JSON.readTree(json));
  }
}
