package org.tidewatch.ais.conformance;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tidewatch.ais.message.AisMessage;
import org.tidewatch.ais.sentence.AisListener;
import org.tidewatch.ais.sentence.AisReader;
import org.tidewatch.ais.sentence.AisReaderOptions;
import org.tidewatch.ais.sentence.Reception;
import org.tidewatch.ais.sentence.Rejection;

/**
 * Corpus access and a line-by-line driver of the real {@link AisReader} for the conformance tests:
 * each decoded message is tied to the input line whose sentence completed it.
 */
final class ConformanceSupport {
  private ConformanceSupport() {}

  /** The corpus folder (system property {@code tidewatch.corpus}); skips the test when absent. */
  static Path corpus() {
    String prop = System.getProperty("tidewatch.corpus");
    Path p = prop != null ? Path.of(prop) : Path.of("../shared/corpus");
    if (!Files.isDirectory(p)) {
      p = Path.of("/work/shared/corpus");
    }
    assumeTrue(Files.isDirectory(p), "AIS corpus not found (set -Dtidewatch.corpus); skipping");
    return p;
  }

  /** A file of the corpus; skips the test when it is missing. */
  static Path corpusFile(String relative) {
    Path f = corpus().resolve(relative);
    assumeTrue(Files.isRegularFile(f), "corpus file " + relative + " missing; skipping");
    return f;
  }

  /**
   * A decoded message with the 0-based index of the input line that completed it.
   *
   * @param line index of the completing line in the input
   * @param message the message
   * @param reception how it was received
   */
  record Completed(int line, AisMessage message, Reception reception) {}

  /** What the reader made of an input, line by line. */
  record ReadResult(List<Completed> messages, List<Rejection> rejections) {}

  /** Feeds {@code lines} one by one to a fresh {@link AisReader} with default options. */
  static ReadResult read(List<String> lines, String source) {
    List<Completed> messages = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    int[] current = {0};
    AisReader reader =
        new AisReader(
            AisReaderOptions.defaults(),
            new AisListener() {
              @Override
              public void onMessage(AisMessage message, Reception reception) {
                messages.add(new Completed(current[0], message, reception));
              }

              @Override
              public void onRejected(Rejection rejection) {
                rejections.add(rejection);
              }
            });
    reader.beginSource(source);
    for (int i = 0; i < lines.size(); i++) {
      current[0] = i;
      byte[] b = lines.get(i).getBytes(StandardCharsets.ISO_8859_1);
      reader.accept(b, 0, b.length);
    }
    current[0] = lines.size();
    reader.finish();
    return new ReadResult(messages, rejections);
  }
}
