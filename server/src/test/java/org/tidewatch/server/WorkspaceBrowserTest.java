package org.tidewatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the built web UI in Debian's Chromium (playwright-core from the ui module): log in, open
 * the map, follow a vessel to its page, open an STS event, read the ledger (and a delivery, the
 * risk ranking), screen a name. Screenshots are kept in {@code target/e2e-screenshots}. Skips when
 * {@code /usr/bin/chromium} (apt package chromium) or the ui module's node_modules are absent.
 */
class WorkspaceBrowserTest {
  static final Path CHROMIUM =
      Path.of(System.getProperty("tidewatch.chromium", "/usr/bin/chromium"));
  static final Path UI = Path.of("../ui").toAbsolutePath().normalize();

  @TempDir Path dir;

  @Test
  void analystWorkflowInChromium() throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM),
        "SKIPPED: no Chromium at "
            + CHROMIUM
            + " (apt-get install chromium) - browser tests not run");
    Assumptions.assumeTrue(
        Files.isDirectory(UI.resolve("node_modules/playwright-core")),
        "SKIPPED: " + UI + "/node_modules/playwright-core missing (build the ui module first)");
    Assumptions.assumeTrue(
        TestWorld.class.getResource(TidewatchServer.UI_RESOURCES + "/index.html") != null,
        "SKIPPED: the built UI is not on the class path");
    Path shots = Path.of("target/e2e-screenshots").toAbsolutePath();
    try (TestWorld world = new TestWorld(dir)) {
      Path log = dir.resolve("e2e.log");
      Process p =
          new ProcessBuilder(
                  List.of(
                      "node",
                      UI.resolve("e2e/workspace.e2e.mjs").toString(),
                      world.base(),
                      "ana",
                      TestWorld.PASSWORD,
                      shots.toString(),
                      "CHON MA SAN"))
              .directory(UI.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      boolean done = p.waitFor(180, TimeUnit.SECONDS);
      if (!done) {
        p.destroyForcibly();
      }
      String out = read(log);
      System.out.println(out);
      assertThat(done).as("browser test finished in time").isTrue();
      assertThat(p.exitValue()).as(out).isZero();
      assertThat(shots.resolve("1-map.png")).exists();
      assertThat(shots.resolve("4-screening.png")).exists();
      assertThat(shots.resolve("5-ledger.png")).exists();
      // the unmarked analyst's ledger: the one delivery resting on unmarked events only
      assertThat(out).contains("ledger: 1 deliveries").contains("central 300,000 bbl");
      assertThat(shots.resolve("6-delivery.png")).exists();
    }
  }

  private static String read(Path p) throws IOException {
    return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
  }
}
