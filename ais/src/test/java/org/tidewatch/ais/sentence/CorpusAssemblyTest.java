package org.tidewatch.ais.sentence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidewatch.ais.sentence.SentenceTestSupport.assemble;
import static org.tidewatch.ais.sentence.SentenceTestSupport.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tidewatch.ais.sentence.SentenceTestSupport.RecordingSink;

/** The sentence layer (parsing and multipart assembly, no decoding) on the whole AIS corpus. */
class CorpusAssemblyTest {
  private static final AisReaderOptions DEFAULTS = AisReaderOptions.defaults();

  @Test
  void everyCorpusFileIsAccountedLineByLine() throws IOException {
    Path dir = corpus();
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files =
          s.filter(Files::isRegularFile)
              .filter(
                  p ->
                      !p.toString()
                          .matches(
                              ".*(\\.chk|\\.json|\\.jsonl\\.gz|README\\.md|LICENSE|SHA256SUMS)$"))
              .sorted()
              .toList();
    }
    assertThat(files).hasSizeGreaterThan(20);
    for (Path f : files) {
      RecordingSink sink = assemble(f, DEFAULTS, false);
      System.out.printf(
          "%-45s lines %6d payloads %6d (%6d lines) rejected %s nonAis %s%n",
          dir.relativize(f),
          sink.linesRead,
          sink.payloadCount,
          sink.payloadLines,
          sink.rejectedLines,
          sink.nonAis);
      assertThat(sink.accounted()).as("lines of %s", f).isEqualTo(sink.linesRead);
    }
  }
}
