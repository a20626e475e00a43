package org.tidewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.cli.sanctions.DemoWatchList;
import org.tidewatch.core.track.ClaimKind;
import org.tidewatch.core.track.IdentityClaim;
import org.tidewatch.core.track.IdentityTimeline;
import org.tidewatch.engine.screening.ClaimMatch;
import org.tidewatch.engine.screening.ScreeningFile;
import org.tidewatch.engine.screening.ScreeningResults;
import org.tidewatch.engine.screening.VesselResult;
import org.tidewatch.sim.SimConfig;
import org.tidewatch.sim.Simulator;
import org.tidewatch.store.duckdb.DuckDbTrackStore;

/**
 * The vessel screening job through the command line, on a simulated theatre and the demo's watch
 * list (some of the theatre's evasion hulls by IMO number and name, some by name alone).
 */
class VesselScreeningCommandsTest {
  static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

  @TempDir Path dir;

  @Test
  void screensTheStoreAfterEachChangeAndOnlyThen() throws Exception {
    Path theatre = dir.resolve("theatre");
    new Simulator(SimConfig.of(7, 2, 40, START, theatre)).run();
    Path data = dir.resolve("data");
    String d = data.toString();

    // AIS first, no list yet: nothing to screen against, and no noise about it
    CliTestSupport.Run ais =
        CliTestSupport.run(
            "ingest",
            "ais",
            "--no-progress",
            "--data",
            d,
            theatre.resolve("ais.nmea.gz").toString());
    assertThat(ais.exitCode()).as(ais.err()).isZero();
    assertThat(ais.out()).doesNotContain("vessel screening");

    // the lists arrive: the store's vessels are screened
    Path list = dir.resolve("watch.ftm.jsonl");
    assertThat(DemoWatchList.write(theatre.resolve("truth.json"), list)).isPositive();
    CliTestSupport.Run lists =
        CliTestSupport.run("sanctions", "ingest", "--data", d, list.toString());
    assertThat(lists.exitCode()).as(lists.err()).isZero();
    assertThat(lists.out()).contains("vessel screening: ").contains("no vessel was screened yet");
    ScreeningResults r = ScreeningFile.read(ScreeningFile.of(data)).orElseThrow();

    // every vessel that claimed a listed IMO number or a listed name is marked
    Set<String> listedImos = new HashSet<>();
    Set<String> listedNames = new HashSet<>();
    for (String line : Files.readAllLines(list)) {
      var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
      node.path("properties").path("imoNumber").forEach(x -> listedImos.add(x.asText()));
      if (node.path("schema").asText().equals("Vessel")) {
        node.path("properties").path("name").forEach(x -> listedNames.add(x.asText()));
      }
    }
    Set<Integer> expected = new HashSet<>();
    try (DuckDbTrackStore s = DuckDbTrackStore.open(data)) {
      for (int mmsi : r.vessels().keySet()) {
        IdentityTimeline t = s.identities().timeline(mmsi);
        for (IdentityClaim c : t.claims()) {
          if ((c.kind() == ClaimKind.IMO && listedImos.contains(c.value()))
              || (c.kind() == ClaimKind.NAME && listedNames.contains(c.value()))) {
            expected.add(mmsi);
          }
        }
      }
    }
    assertThat(expected).isNotEmpty();
    Set<Integer> listed = new HashSet<>();
    r.vessels().values().stream().filter(VesselResult::listed).forEach(v -> listed.add(v.mmsi()));
    assertThat(listed).containsAll(expected);
    // clean vessels are not marked: any other mark is a close (not exact) name
    for (int mmsi : listed) {
      if (!expected.contains(mmsi)) {
        ClaimMatch m = r.vessel(mmsi).orElseThrow().best().orElseThrow();
        assertThat(m.claimKind()).as(m.toString()).isEqualTo("NAME");
        assertThat(m.score()).as(m.toString()).isLessThan(1.0);
      }
    }
    assertThat(listed.size()).isLessThan(r.vessels().size() / 4);

    // nothing changed: the explicit command has nothing to do, and says so
    CliTestSupport.Run again = CliTestSupport.run("sanctions", "screen-vessels", "--data", d);
    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).contains("vessel screening up to date").contains("listed as");

    // a malformed list is refused: the lists in force and the results stay
    byte[] before = Files.readAllBytes(ScreeningFile.of(data));
    Path bad = dir.resolve("bad.ftm.jsonl");
    Files.writeString(bad, "{\"id\": \"x\", \"schema\": \"Vessel\", \"properties\": {\n");
    CliTestSupport.Run refused =
        CliTestSupport.run("sanctions", "ingest", "--data", d, bad.toString());
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err()).contains("refused");
    assertThat(Files.readAllBytes(ScreeningFile.of(data))).isEqualTo(before);

    // more AIS: only the vessels whose claims changed are screened again
    Path more = dir.resolve("more");
    new Simulator(SimConfig.of(8, 1, 10, START.plusSeconds(3 * 86_400), more)).run();
    CliTestSupport.Run ais2 =
        CliTestSupport.run(
            "ingest", "ais", "--no-progress", "--data", d, more.resolve("ais.nmea.gz").toString());
    assertThat(ais2.exitCode()).as(ais2.err()).isZero();
    assertThat(ais2.out()).contains("the store changed").contains("reused");
    ScreeningResults r2 = ScreeningFile.read(ScreeningFile.of(data)).orElseThrow();
    assertThat(r2.rescreened()).isLessThan(r2.vessels().size());
    assertThat(r2.vessels().size()).isGreaterThan(r.vessels().size());

    // a new threshold: everything again, and kept by later automatic runs
    CliTestSupport.Run strict =
        CliTestSupport.run("sanctions", "screen-vessels", "--data", d, "--threshold", "0.99");
    assertThat(strict.out()).contains("the threshold changed");
    assertThat(ScreeningFile.read(ScreeningFile.of(data)).orElseThrow().basis().threshold())
        .isEqualTo(0.99);
    assertThat(
            CliTestSupport.run("sanctions", "screen-vessels", "--data", d, "--threshold", "2")
                .exitCode())
        .isEqualTo(2);
    assertThat(List.of(strict.exitCode())).containsExactly(0);
  }
}
