package org.tidewatch.sanctions.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.sanctions.Corpus;
import org.tidewatch.sanctions.read.MalformedListException;

class SanctionsStoreTest {

  @Test
  void versionsAreKeptAndAMalformedFileLeavesThePreviousInForce(@TempDir Path data)
      throws Exception {
    Path s = Corpus.sanctions();
    SanctionsStore store = new SanctionsStore(data);
    Instant t0 = Instant.parse("2026-03-01T00:00:00Z");
    var first =
        store.ingest(List.of(s.resolve("un/consolidated-2025-11-18/un_consolidated.xml")), t0);
    assertThat(first.get(0).isNew()).isTrue();
    var second =
        store.ingest(
            List.of(s.resolve("un/consolidated-2026-02-27/UN_consolidated.xml")),
            t0.plusSeconds(60));
    assertThat(second.get(0).version().entryCount()).isEqualTo(1003);
    assertThat(store.versions().get("un-sc-consolidated")).hasSize(2);
    String inForce = store.current().get("un-sc-consolidated").versionId();

    Path bad = data.resolve("broken.xml");
    Files.writeString(bad, "<?xml version=\"1.0\"?>\n<CONSOLIDATED_LIST>\n<ENTITIES>\n");
    assertThatThrownBy(() -> store.ingest(List.of(bad), t0.plusSeconds(120)))
        .isInstanceOf(MalformedListException.class);
    assertThat(store.current().get("un-sc-consolidated").versionId()).isEqualTo(inForce);
    assertThat(store.loadCurrent().get(0).entities()).hasSize(1003);

    var again =
        store.ingest(
            List.of(s.resolve("un/consolidated-2026-02-27/UN_consolidated.xml")),
            t0.plusSeconds(180));
    assertThat(again.get(0).isNew()).isFalse();
  }
}
