package org.tidewatch.ais.gpsd;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Corpus access for the gpsd conformance tests. */
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
}
