package org.tidewatch.cli.sanctions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SanctionsCommandsTest {

  record Run(int code, String out, String err) {}

  private static Run run(Object command, String... args) {
    PrintStream o = System.out;
    PrintStream e = System.err;
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = new CommandLine(command).execute(args);
      return new Run(
          code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(o);
      System.setErr(e);
    }
  }

  private static Path corpus() {
    Path s =
        Path.of(System.getProperty("tidewatch.corpus", "../../shared/corpus")).resolve("sanctions");
    Assumptions.assumeTrue(Files.isDirectory(s), "sanctions corpus absent; skipping");
    return s;
  }

  @Test
  void ingestListsDiffScreen(@TempDir Path data) throws Exception {
    Path s = corpus();
    String d = data.toString();
    Run a =
        run(
            new SanctionsCommand(),
            "ingest",
            "--data",
            d,
            s.resolve("un/consolidated-2025-11-18/un_consolidated.xml").toString());
    assertThat(a.code()).isZero();
    assertThat(a.out()).contains("un-sc-consolidated").contains("1000 entries");
    Run b =
        run(
            new SanctionsCommand(),
            "ingest",
            "--data",
            d,
            s.resolve("un/consolidated-2026-02-27/UN_consolidated.xml").toString(),
            s.resolve("un-1718-vessels/un_vessels.jsonld").toString());
    assertThat(b.code()).isZero();

    Path bad = data.resolve("bad.csv");
    Files.writeString(bad, "1,\"X\",-0- \n");
    Run c = run(new SanctionsCommand(), "ingest", "--data", d, bad.toString());
    assertThat(c.code()).isEqualTo(1);
    assertThat(c.err()).contains("refused: bad.csv").contains("previous version");

    Run lists = run(new SanctionsCommand(), "lists", "--data", d);
    assertThat(lists.out())
        .contains("(in force)")
        .contains("2026-02-27")
        .contains("un-1718-vessels");

    Run diff =
        run(
            new SanctionsCommand(),
            "diff",
            s.resolve("un/consolidated-2025-11-18/un_consolidated.xml").toString(),
            s.resolve("un/consolidated-2026-02-27/UN_consolidated.xml").toString());
    assertThat(diff.out()).contains("+4 added, -1 removed, ~2 changed").contains("- IQi.074");

    Run screen =
        run(new ScreenCommand(), "--data", d, "--name", "Cheon Ma San", "--type", "vessel");
    assertThat(screen.code()).isZero();
    assertThat(screen.out()).contains("CHON MA SAN").contains("name");
    Run imo = run(new ScreenCommand(), "--data", d, "--imo", "8660313");
    assertThat(imo.out()).startsWith("1.000").contains("IMO 8660313");

    Path batch = data.resolve("in.csv");
    Files.writeString(
        batch,
        "name,imo,type\nKOREA ACHIM SHIPPING,,company\nJI SONG 6,,vessel\nNobody Atall,,person\n");
    Path outCsv = data.resolve("out.csv");
    Run br =
        run(
            new ScreenCommand(),
            "--data",
            d,
            "--batch",
            batch.toString(),
            "--out",
            outCsv.toString());
    assertThat(br.code()).isZero();
    String csv = Files.readString(outCsv);
    assertThat(csv)
        .contains("KOREA ACHIM SHIPPING CO")
        .contains("no match")
        .contains("explanation");

    Run wrongType = run(new ScreenCommand(), "--data", d, "--name", "x", "--type", "boat");
    assertThat(wrongType.code()).isEqualTo(2);
    assertThat(wrongType.err()).contains("--type must be");
  }

  @Test
  void screenWithoutListsSaysWhatToDo(@TempDir Path data) {
    Run r = run(new ScreenCommand(), "--data", data.toString(), "--name", "KIM");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("no sanctions lists").contains("sanctions ingest");
  }

  @Test
  void updateKnowsTheOfficialAddresses() {
    Run r = run(new SanctionsCommand(), "update", "--list-urls");
    assertThat(r.out()).contains("scsanctions.un.org").contains("ofac.treas.gov");
  }
}
