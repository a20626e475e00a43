package org.tidewatch.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import picocli.CommandLine;

/** Runs the tidewatch command line in-process and captures what it prints. */
final class CliTestSupport {
  private CliTestSupport() {}

  /** What a run printed and returned. */
  record Run(int exitCode, String out, String err, byte[] stdoutBytes) {}

  static synchronized Run run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    try {
      System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
      CommandLine cl = TidewatchCommand.commandLine();
      cl.setOut(new PrintWriter(out, true));
      cl.setErr(new PrintWriter(err, true));
      int code = cl.execute(args);
      System.out.flush();
      return new Run(
          code,
          out + stdout.toString(StandardCharsets.UTF_8),
          err + stderr.toString(StandardCharsets.UTF_8),
          stdout.toByteArray());
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  /** A corpus file, or the test is skipped with a message when the corpus is absent. */
  static Path corpus(String relative) {
    Path root = Path.of(System.getProperty("tidewatch.corpus", "../shared/corpus"));
    Path file = root.resolve(relative);
    Assumptions.assumeTrue(
        Files.isReadable(file),
        "corpus file " + file.toAbsolutePath() + " absent (set -Dtidewatch.corpus); skipped");
    return file;
  }
}
