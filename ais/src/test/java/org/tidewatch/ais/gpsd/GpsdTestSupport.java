package org.tidewatch.ais.gpsd;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tidewatch.ais.AisDecodeException;
import org.tidewatch.ais.message.AisMessage;
import org.tidewatch.ais.message.AisMessageDecoder;

/**
 * Corpus access and a naive fragment assembler for the gpsd conformance tests: sentences are joined
 * in input order per radio channel context (A: "A", "1", empty; B: "B", "2"), the way gpsd's {@code
 * aivdm_decode} does, which is all these reference files need.
 */
final class GpsdTestSupport {
  private GpsdTestSupport() {}

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

  /** A decoded message or the reason it was rejected, with the first line of its sentences. */
  record Decoded(String firstLine, AisMessage message, AisDecodeException error, int context) {}

  /** Assembles sentences and decodes complete messages, in input order. */
  static final class Assembler {
    private final AisMessageDecoder decoder = new AisMessageDecoder();
    private final StringBuilder[] payload = {new StringBuilder(), new StringBuilder()};
    private final int[] expected = new int[2];
    private final String[] first = new String[2];

    /** Feeds one input line; returns the decoded message when it completes one, else null. */
    Decoded accept(String line) {
      String s = line;
      if (s.startsWith("\\")) {
        int end = s.indexOf('\\', 1);
        s = end < 0 ? "" : s.substring(end + 1);
      }
      if (!s.startsWith("!", 0) || s.length() < 7 || !s.startsWith("VD", 3)) {
        return null;
      }
      int star = s.indexOf('*');
      String body = star > 0 ? s.substring(0, star) : s;
      String[] f = body.split(",", -1);
      if (f.length < 7) {
        return null;
      }
      String ch = f[4];
      int ctx;
      if (ch.isEmpty() || ch.equals("A") || (ch.startsWith("1") && !ch.equals("12"))) {
        ctx = 0;
      } else if (ch.equals("B") || ch.equals("2")) {
        ctx = 1;
      } else {
        return null;
      }
      int count;
      int number;
      try {
        count = Integer.parseInt(f[1]);
        number = Integer.parseInt(f[2]);
      } catch (NumberFormatException e) {
        return null;
      }
      if (number != expected[ctx] + 1) {
        if (number != 1) {
          return null;
        }
        expected[ctx] = 0;
      }
      if (number == 1) {
        payload[ctx].setLength(0);
        first[ctx] = line;
      }
      payload[ctx].append(f[5]);
      if (number != count) {
        expected[ctx]++;
        return null;
      }
      expected[ctx] = 0;
      int fill = !f[6].isEmpty() && Character.isDigit(f[6].charAt(0)) ? f[6].charAt(0) - '0' : 0;
      byte[] bytes = payload[ctx].toString().getBytes(StandardCharsets.ISO_8859_1);
      try {
        return new Decoded(first[ctx], decoder.decode(bytes, 0, bytes.length, fill), null, ctx);
      } catch (AisDecodeException e) {
        return new Decoded(first[ctx], null, e, ctx);
      }
    }

    /** Decodes all lines. */
    List<Decoded> all(List<String> lines) {
      List<Decoded> out = new ArrayList<>();
      for (String l : lines) {
        Decoded d = accept(l);
        if (d != null) {
          out.add(d);
        }
      }
      return out;
    }
  }
}
