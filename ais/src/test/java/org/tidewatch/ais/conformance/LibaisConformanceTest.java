package org.tidewatch.ais.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.tidewatch.ais.gpsd.GpsdFlavor;
import org.tidewatch.ais.gpsd.GpsdJsonWriter;

/**
 * libais' expected decodes ({@code libais/typeexamples.json}, one object per line of {@code
 * typeexamples.nmea}, and {@code tagblock.json} for {@code tagblock.nmea}), written with libais'
 * gpsd-compatibility mapping, against the real {@code AisReader} and our gpsd JSON. Every libais
 * field of every message is resolved on our side ({@link LibaisFieldMap}: same gpsd name, or an
 * explicit mapping with its reason) and compared; numbers with a relative tolerance of 1e-7 because
 * libais stores floats as float32 (35.9 is written 35.900001525878906). A field whose values differ
 * must be listed in {@link LibaisDifferences} with its reason.
 */
class LibaisConformanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final double RELATIVE_TOLERANCE = 1e-7;

  private final GpsdJsonWriter scaled = new GpsdJsonWriter("stdin", true, GpsdFlavor.CURRENT);
  private final GpsdJsonWriter unscaled = new GpsdJsonWriter("stdin", false, GpsdFlavor.CURRENT);

  /** Per-file tallies, for the report. */
  private record Tally(int messages, int fields, int equal, int mapped, int known) {}

  @Test
  void typeExamples() throws IOException {
    Tally t = compareFile("typeexamples", 26, 26);
    assertThat(t.messages()).isEqualTo(26);
  }

  @Test
  void tagBlock() throws IOException {
    // 5 sentences: a 2-part message 5 whose halves are split by an unrelated sentence
    Tally t = compareFile("tagblock", 5, 4);
    assertThat(t.messages()).isEqualTo(4);
  }

  private Tally compareFile(String base, int lineCount, int messageCount) throws IOException {
    List<String> lines =
        Files.readAllLines(
            ConformanceSupport.corpusFile("ais/libais/" + base + ".nmea"),
            StandardCharsets.ISO_8859_1);
    List<String> expected =
        Files.readAllLines(
            ConformanceSupport.corpusFile("ais/libais/" + base + ".json"), StandardCharsets.UTF_8);
    assertThat(lines).hasSize(lineCount);
    ConformanceSupport.ReadResult read = ConformanceSupport.read(lines, base + ".nmea");
    assertThat(read.rejections()).isEmpty();
    assertThat(read.messages()).hasSize(messageCount);
    assertThat(expected).hasSize(messageCount);

    List<String> problems = new ArrayList<>();
    TreeSet<String> usedKnown = new TreeSet<>();
    int fields = 0;
    int equal = 0;
    int mapped = 0;
    int known = 0;
    for (int i = 0; i < messageCount; i++) {
      ConformanceSupport.Completed m = read.messages().get(i);
      JsonNode theirs = JSON.readTree(expected.get(i));
      LibaisFieldMap.Ctx ctx =
          new LibaisFieldMap.Ctx(
              m.message(),
              JSON.readTree(scaled.toJson(m.message())),
              JSON.readTree(unscaled.toJson(m.message())),
              PayloadBits.of(lines, m.line()),
              m.reception());
      int type = m.message().messageType();
      assertThat(theirs.get("type").asInt()).as("%s message %d type", base, i + 1).isEqualTo(type);
      for (Iterator<Map.Entry<String, JsonNode>> it = theirs.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        String field = f.getKey();
        fields++;
        LibaisFieldMap.Mapping mapping = LibaisFieldMap.mapping(type, field);
        Object ours;
        if (mapping != null) {
          ours = mapping.ours().apply(ctx);
        } else if (LibaisFieldMap.SAME.contains(field)) {
          ours = ctx.gpsd().get(field);
        } else {
          problems.add(
              base + " message " + (i + 1) + " type " + type + ": no mapping for " + field);
          continue;
        }
        if (ours == LibaisFieldMap.NOT_KEPT) {
          known++;
          continue;
        }
        JsonNode oursNode = ours instanceof JsonNode n ? n : JSON.valueToTree(ours);
        if (same(f.getValue(), oursNode)) {
          equal++;
          if (mapping != null) {
            mapped++;
          }
          continue;
        }
        String key = base + ":" + (i + 1) + ":" + field;
        LibaisDifferences.Difference d = LibaisDifferences.ALL.get(key);
        if (d != null
            && d.libais().equals(f.getValue().toString())
            && d.ours().equals(String.valueOf(oursNode))) {
          known++;
          usedKnown.add(key);
        } else {
          problems.add(
              key
                  + " (type "
                  + type
                  + "): libais "
                  + f.getValue()
                  + " ours "
                  + oursNode
                  + (mapping != null ? " [" + mapping.reason() + "]" : ""));
        }
      }
    }
    System.out.printf(
        "libais %s: %d messages, %d fields: %d equal (%d of them through an explicit mapping),"
            + " %d known differences%n",
        base, messageCount, fields, equal, mapped, known);
    assertThat(problems).as("%s: unexplained differences", base).isEmpty();
    assertThat(usedKnown)
        .as("%s: listed differences that no longer occur", base)
        .containsExactlyElementsOf(
            LibaisDifferences.ALL.keySet().stream()
                .filter(k -> k.startsWith(base + ":"))
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
    return new Tally(messageCount, fields, equal, mapped, known);
  }

  /** libais value against ours: numbers within tolerance, text against text or number. */
  static boolean same(JsonNode libais, JsonNode ours) {
    if (libais.isNull()) {
      return ours == null || ours.isNull();
    }
    if (ours == null || ours.isNull() || ours.isMissingNode()) {
      return false;
    }
    if (libais.isNumber()) {
      double b = libais.asDouble();
      double a;
      if (ours.isNumber()) {
        a = ours.asDouble();
      } else if (ours.isTextual()) {
        try {
          a = Double.parseDouble(ours.asText());
        } catch (NumberFormatException e) {
          return false;
        }
      } else {
        return false;
      }
      return Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(1.0, Math.abs(b));
    }
    if (libais.isBoolean()) {
      return ours.isBoolean() && ours.asBoolean() == libais.asBoolean();
    }
    if (libais.isTextual()) {
      return (ours.isTextual() || ours.isNumber()) && libais.asText().equals(ours.asText());
    }
    if (libais.isArray()) {
      if (!ours.isArray() || ours.size() != libais.size()) {
        return false;
      }
      for (int i = 0; i < libais.size(); i++) {
        if (!same(libais.get(i), ours.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (libais.isObject()) {
      if (!ours.isObject() || ours.size() != libais.size()) {
        return false;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = libais.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!same(e.getValue(), ours.get(e.getKey()))) {
          return false;
        }
      }
      return true;
    }
    return libais.equals(ours);
  }
}
