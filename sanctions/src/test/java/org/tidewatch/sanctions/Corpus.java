package org.tidewatch.sanctions;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Locates the shared corpus; tests skip with a message when it is absent. */
public final class Corpus {
  private Corpus() {}

  /** The corpus's {@code sanctions} folder, or a skipped test. */
  public static Path sanctions() {
    Path root = Path.of(System.getProperty("tidewatch.corpus", "../../shared/corpus"));
    Path s = root.resolve("sanctions");
    Assumptions.assumeTrue(
        Files.isDirectory(s), "sanctions corpus not found at " + s + "; skipping");
    return s;
  }
}
