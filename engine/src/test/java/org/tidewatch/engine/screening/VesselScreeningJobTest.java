package org.tidewatch.engine.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.core.provenance.Releasability;
import org.tidewatch.core.sanctions.ListVersion;
import org.tidewatch.engine.screening.Fleet.Ship;
import org.tidewatch.engine.screening.VesselScreeningJob.Options;
import org.tidewatch.engine.screening.VesselScreeningJob.Outcome;
import org.tidewatch.sanctions.read.MalformedListException;
import org.tidewatch.sanctions.store.SanctionsStore;
import org.tidewatch.store.duckdb.DuckDbTrackStore;

class VesselScreeningJobTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-04-01T00:00:00Z"), ZoneOffset.UTC);

  /** Listed by IMO (the vessel broadcasts another name). */
  static final int BY_IMO = 445_001_000;

  /** Listed by name (a valid IMO of its own). */
  static final int BY_NAME = 445_002_000;

  /** Listed by MMSI. */
  static final int BY_MMSI = 445_003_000;

  /** A listed name, and no real IMO number (AIS sends 0): a name match, not halved. */
  static final int BY_NAME_NO_IMO = 445_005_000;

  /** JI SONG 8: a listed name with another hull number, not the listed JI SONG 6. */
  static final int NUMBER_DIFFERS = 445_004_000;

  static final int LISTED_IMO = 8660313;
  static final int OTHER_LISTED_IMO = Fleet.imo(912_345);

  static String entry(String id, String name, int imo, String mmsi) {
    return "{\"id\": \""
        + id
        + "\", \"schema\": \"Vessel\", \"properties\": {\"name\": [\""
        + name
        + "\"], \"imoNumber\": [\""
        + imo
        + "\"], \"flag\": [\"kp\"]"
        + (mmsi == null ? "" : ", \"mmsi\": [\"" + mmsi + "\"]")
        + "}, \"datasets\": [\"test_list\"]}\n";
  }

  static final String LIST =
      entry("tw-1", "CHON MA SAN", LISTED_IMO, null)
          + entry("tw-2", "KUM UN SAN 3", Fleet.imo(871_234), null)
          + entry("tw-3", "PAEK YANG SAN", Fleet.imo(872_345), Integer.toString(BY_MMSI))
          + entry("tw-4", "JI SONG 6", Fleet.imo(873_456), null);

  @TempDir Path dir;

  List<Ship> world() {
    List<Ship> ships = new ArrayList<>(Fleet.background(300, 440_100_000, 7));
    ships.add(new Ship(BY_IMO, "SOUTHERN DREAM", LISTED_IMO, "HMAA1"));
    ships.add(new Ship(BY_NAME, "KUM UN SAN 3", Fleet.imo(990_001), "HMAA2"));
    ships.add(new Ship(BY_MMSI, "RYONG GANG", Fleet.imo(990_002), "HMAA3"));
    ships.add(new Ship(NUMBER_DIFFERS, "JI SONG 8", Fleet.imo(990_003), "HMAA4"));
    ships.add(new Ship(BY_NAME_NO_IMO, "KUM UN SAN 3", 0, "HMAA5"));
    return ships;
  }

  void ingestList(String text, String name) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, text);
    new SanctionsStore(dir).ingest(List.of(f), CLOCK.instant());
  }

  static Set<Integer> listed(ScreeningResults r) {
    return r.vessels().values().stream()
        .filter(VesselResult::listed)
        .map(VesselResult::mmsi)
        .collect(Collectors.toSet());
  }

  static Outcome run(DuckDbTrackStore s, Path dir) throws IOException {
    return VesselScreeningJob.run(s, dir, Options.defaults(), new ScreeningListener() {}, CLOCK);
  }

  @Test
  void marksListedVesselsAndRecomputesOnlyWhenListsOrStoreChange() throws Exception {
    try (DuckDbTrackStore s = DuckDbTrackStore.open(dir)) {
      Fleet.commit(s, "a.nmea", Releasability.UNMARKED, world());
      assertThat(run(s, dir)).isInstanceOf(Outcome.NoLists.class);
      ingestList(LIST, "list.ftm.jsonl");
      assertThat(VesselScreeningJob.staleness(s, dir)).contains("no vessel was screened yet");

      Outcome first = run(s, dir);
      assertThat(first).isInstanceOf(Outcome.Screened.class);
      ScreeningResults r = first.results().orElseThrow();
      assertThat(r.vessels()).hasSize(305);
      assertThat(listed(r)).containsExactlyInAnyOrder(BY_IMO, BY_NAME, BY_MMSI, BY_NAME_NO_IMO);
      ClaimMatch imo = r.vessel(BY_IMO).orElseThrow().best().orElseThrow();
      assertThat(imo.claimKind()).isEqualTo("IMO");
      assertThat(imo.claimValue()).isEqualTo("8660313");
      assertThat(imo.caption()).isEqualTo("CHON MA SAN");
      assertThat(imo.score()).isEqualTo(1.0);
      assertThat(imo.lists()).isNotEmpty();
      ClaimMatch name = r.vessel(BY_NAME).orElseThrow().best().orElseThrow();
      assertThat(name.claimKind()).isEqualTo("NAME");
      // the listed hull's name, but the vessel claims another IMO number: halved, and said why
      String own = String.format("%07d", Fleet.imo(990_001));
      assertThat(name.score()).isEqualTo(0.5);
      assertThat(name.imoConflict()).isNotNull();
      assertThat(name.imoConflict().scoreBefore()).isEqualTo(1.0);
      assertThat(name.imoConflict().claimedImos()).containsExactly(own);
      assertThat(name.explanation())
          .endsWith(
              "; listed IMO "
                  + String.format("%07d", Fleet.imo(871_234))
                  + " differs from the vessel's IMO "
                  + own
                  + ": score halved");
      // a caller who may not see that IMO claim sees the name match as if none were claimed
      ClaimMatch unseen = name.seenWith(number -> false);
      assertThat(unseen.score()).isEqualTo(1.0);
      assertThat(unseen.imoConflict()).isNull();
      assertThat(unseen.explanation()).doesNotContain(own).isNotBlank();
      assertThat(name.seenWith(number -> true)).isEqualTo(name);
      ClaimMatch noImo = r.vessel(BY_NAME_NO_IMO).orElseThrow().best().orElseThrow();
      assertThat(noImo.score()).isEqualTo(1.0);
      assertThat(noImo.imoConflict()).isNull();
      assertThat(unseen.explanation()).isEqualTo(noImo.explanation());
      assertThat(r.vessel(BY_MMSI).orElseThrow().best().orElseThrow().claimKind())
          .isEqualTo("MMSI");
      assertThat(r.vessel(NUMBER_DIFFERS).orElseThrow().listed()).isFalse();
      // the file holds what was returned
      assertThat(ScreeningFile.read(ScreeningFile.of(dir))).contains(r);

      // nothing changed: nothing done
      assertThat(VesselScreeningJob.staleness(s, dir)).isEmpty();
      assertThat(run(s, dir)).isInstanceOf(Outcome.UpToDate.class);

      // the store changes: a clean vessel now claims a listed IMO; only it is screened again
      int clean = 440_100_010;
      assertThat(r.vessel(clean).orElseThrow().listed()).isFalse();
      Fleet.commit(
          s,
          "b.nmea",
          Releasability.UNMARKED,
          List.of(new Ship(clean, "NEW NAME", OTHER_LISTED_IMO, "V7ZZZZ")));
      assertThat(VesselScreeningJob.staleness(s, dir)).contains("the store changed");
      ingestList(LIST + entry("tw-5", "SOME TANKER", OTHER_LISTED_IMO, null), "list.ftm.jsonl");
      Outcome lists = run(s, dir);
      assertThat(((Outcome.Screened) lists).reason()).isEqualTo("the lists in force changed");
      assertThat(lists.results().orElseThrow().rescreened()).isEqualTo(305);
      assertThat(listed(lists.results().orElseThrow())).contains(clean);

      Fleet.commit(
          s,
          "c.nmea",
          Releasability.UNMARKED,
          List.of(new Ship(440_100_020, "CHON MA SAN", Fleet.imo(990_004), "V7YYYY")));
      Outcome store = run(s, dir);
      assertThat(((Outcome.Screened) store).reason()).isEqualTo("the store changed");
      assertThat(((Outcome.Screened) store).reused()).isEqualTo(304);
      assertThat(store.results().orElseThrow().rescreened()).isEqualTo(1);
      assertThat(listed(store.results().orElseThrow())).contains(440_100_020);
    }
  }

  @Test
  void aBadListFileLeavesThePreviousResultsInForce() throws Exception {
    try (DuckDbTrackStore s = DuckDbTrackStore.open(dir)) {
      Fleet.commit(s, "a.nmea", Releasability.UNMARKED, world());
      ingestList(LIST, "list.ftm.jsonl");
      ScreeningResults before = run(s, dir).results().orElseThrow();
      byte[] file = Files.readAllBytes(ScreeningFile.of(dir));

      // a malformed file is refused at ingest: the lists in force and the results stay
      Path bad = dir.resolve("bad.ftm.jsonl");
      Files.writeString(bad, "{\"id\": \"x\", \"schema\": \"Vessel\", \"properties\": {\n");
      assertThatThrownBy(() -> new SanctionsStore(dir).ingest(List.of(bad), CLOCK.instant()))
          .isInstanceOf(MalformedListException.class);
      assertThat(run(s, dir)).isInstanceOf(Outcome.UpToDate.class);

      // a stored list file damaged on disk: the store changes, screening fails, results stay
      ListVersion v = new SanctionsStore(dir).current().values().iterator().next();
      Files.writeString(new SanctionsStore(dir).files(v).get(0), "not a list\n");
      Fleet.commit(s, "b.nmea", Releasability.UNMARKED, Fleet.background(5, 440_900_000, 9));
      Outcome o = run(s, dir);
      assertThat(o).isInstanceOf(Outcome.Failed.class);
      assertThat(((Outcome.Failed) o).reason()).contains("cannot load the sanctions lists");
      assertThat(o.results()).contains(before);
      assertThat(Files.readAllBytes(ScreeningFile.of(dir))).isEqualTo(file);
    }
  }

  @Test
  void aNewThresholdRecomputesAndIsKeptByLaterRuns() throws Exception {
    try (DuckDbTrackStore s = DuckDbTrackStore.open(dir)) {
      Fleet.commit(s, "a.nmea", Releasability.UNMARKED, world());
      ingestList(LIST, "list.ftm.jsonl");
      run(s, dir);
      Outcome strict =
          VesselScreeningJob.run(
              s, dir, new Options(Optional.of(0.99), false), new ScreeningListener() {}, CLOCK);
      assertThat(((Outcome.Screened) strict).reason()).isEqualTo("the threshold changed");
      // the MMSI match scores 0.95: below the new threshold
      assertThat(listed(strict.results().orElseThrow()))
          .containsExactlyInAnyOrder(BY_IMO, BY_NAME, BY_NAME_NO_IMO);
      assertThat(run(s, dir)).isInstanceOf(Outcome.UpToDate.class);
      assertThat(run(s, dir).results().orElseThrow().basis().threshold()).isEqualTo(0.99);
    }
  }

  @Test
  void resultsOfAnotherBuildOfTheScreeningCodeAreStale() throws Exception {
    assertThat(ScreenerBuild.id()).matches("[0-9a-f]{16}");
    try (DuckDbTrackStore s = DuckDbTrackStore.open(dir)) {
      Fleet.commit(s, "a.nmea", Releasability.UNMARKED, world());
      ingestList(LIST, "list.ftm.jsonl");
      run(s, dir);
      Path f = ScreeningFile.of(dir);
      List<String> lines = new ArrayList<>(Files.readAllLines(f));
      lines.set(0, lines.get(0).replace(ScreenerBuild.id(), "0123456789abcdef"));
      Files.write(f, lines);
      assertThat(VesselScreeningJob.staleness(s, dir)).contains("the screening code changed");
      Outcome o = run(s, dir);
      assertThat(((Outcome.Screened) o).reason()).isEqualTo("the screening code changed");
      assertThat(o.results().orElseThrow().rescreened()).isEqualTo(305);
    }
  }

  @Test
  void aDamagedResultsFileIsRefusedWithItsLineAndRecomputed() throws Exception {
    try (DuckDbTrackStore s = DuckDbTrackStore.open(dir)) {
      Fleet.commit(s, "a.nmea", Releasability.UNMARKED, world());
      ingestList(LIST, "list.ftm.jsonl");
      run(s, dir);
      Path f = ScreeningFile.of(dir);
      List<String> lines = new ArrayList<>(Files.readAllLines(f));
      lines.set(3, "{\"mmsi\": ");
      Files.write(f, lines);
      assertThatThrownBy(() -> ScreeningFile.read(f)).hasMessageContaining("vessels.jsonl:4:");
      Outcome o = run(s, dir);
      assertThat(((Outcome.Screened) o).reason()).startsWith("the results kept are unreadable");
      assertThat(listed(o.results().orElseThrow())).hasSize(4);
    }
  }
}
