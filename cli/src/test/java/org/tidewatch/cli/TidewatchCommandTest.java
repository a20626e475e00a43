package org.tidewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TidewatchCommandTest {
  @Test
  void help_listsTheSubcommands() {
    CliTestSupport.Run run = CliTestSupport.run("--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("demo", "decode", "Usage: tidewatch");
  }

  @Test
  void version_namesTheReleaseAndTheJava() {
    CliTestSupport.Run run = CliTestSupport.run("--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).containsPattern("tidewatch \\d+\\.\\d+\\.\\d+").contains("Java ");
  }

  @Test
  void subcommand_hasItsOwnHelp() {
    CliTestSupport.Run run = CliTestSupport.run("decode", "--help");
    assertThat(run.out()).contains("--unscaled", "--stats", "--accept-bad-checksum");
  }

  @Test
  void unknownOption_isRefusedWithUsage() {
    CliTestSupport.Run run = CliTestSupport.run("decode", "--no-such-option", "x");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option: '--no-such-option'");
  }

  @Test
  void demo_decodesSimulatesAndLoads(@TempDir Path dir) {
    Path data = dir.resolve("demo");
    CliTestSupport.Run run =
        CliTestSupport.run(
            "demo", "--no-serve", "--data", data.toString(), "--days", "2", "--vessels", "20");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("== sample.aivdm")
        .contains("== Ais1000Lines.nm4")
        .containsPattern("message type 27\\s+2\\s+2")
        .contains("decoded 979 messages from 2,121 lines; every line accounted for.")
        .containsPattern("bundled sample: 7\\d\\d positions")
        .containsPattern("theatre: [\\d,]+ positions");
    // a second run starts again from an empty directory
    assertThat(
            CliTestSupport.run("demo", "--no-serve", "--data", data.toString(), "--days", "1")
                .exitCode())
        .isZero();
  }

  @Test
  void demo_refusesToWipeADirectoryItDidNotCreate(@TempDir Path dir) {
    CliTestSupport.Run run = CliTestSupport.run("demo", "--no-serve", "--data", dir.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("is not a tidewatch demo directory");
  }
}
