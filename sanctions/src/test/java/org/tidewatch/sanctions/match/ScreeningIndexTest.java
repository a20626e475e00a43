package org.tidewatch.sanctions.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.sanctions.EntityType;
import org.tidewatch.core.sanctions.MergedEntity;
import org.tidewatch.core.sanctions.NameKind;
import org.tidewatch.core.sanctions.SanctionsEntity;

/** Bounded candidate retrieval when every word of a query is common. */
class ScreeningIndexTest {

  private static final int COMMON = CandidateRetrieval.WALK_BUDGET + 4_000;
  private static ScreeningIndex index;
  private static int exact;
  private static int ocean;

  @BeforeAll
  static void build() {
    List<MergedEntity> all = new ArrayList<>();
    all.add(company(0, "Petroleum Trading"));
    for (int i = 1; i < COMMON; i++) {
      all.add(company(i, "Petroleum Trading " + word(i)));
      all.add(company(COMMON + i, "Petroleum " + word(COMMON + i)));
    }
    exact = all.size();
    all.add(company(exact, "Petroleum Trading GmbH"));
    ocean = all.size();
    all.add(company(ocean, "Ocean Petroleum Trading"));
    index = new ScreeningIndex(all);
  }

  @Test
  void aRareKeyFindsItsEntityAmongCommonOnes() {
    assertThat(candidates("Ocaen Petroleum Trading", EntityType.UNKNOWN)).contains(ocean);
    assertThat(candidates("Petroleum Trading GmbH", EntityType.COMPANY)[0]).isEqualTo(exact);
  }

  @Test
  void onlyCommonWordsGiveEntitiesCarryingBoth() {
    int[] found = candidates("Petroleum Tradng", EntityType.UNKNOWN);
    assertThat(found).hasSize(Screener.CANDIDATES).contains(0);
    for (int e : found) {
      assertThat(index.entity(e).caption()).startsWith("Petroleum Trading");
    }
    assertThat(candidates("Petroleum Tradng", EntityType.PERSON)).isEmpty();
  }

  @Test
  void theScreenerRanksTheExactNameFirst() {
    var res = new Screener(index).screen(ScreeningQuery.ofName("Petroleum Trading"), 0.7, 3);
    assertThat(res).isNotEmpty();
    assertThat(res.get(0).entity().caption()).isEqualTo("Petroleum Trading");
  }

  private static int[] candidates(String name, EntityType type) {
    return index.candidates(NameNormaliser.normalise(name, type), type, Screener.CANDIDATES);
  }

  private static MergedEntity company(int i, String name) {
    var b = SanctionsEntity.builder("test", Integer.toString(i), EntityType.COMPANY);
    b.name(name, NameKind.PRIMARY);
    return new MergedEntity("test:" + i, EntityType.COMPANY, List.of(b.build()));
  }

  /** A distinct made-up word per number (base-26 letters after a fixed prefix). */
  private static String word(int i) {
    StringBuilder b = new StringBuilder("Zq");
    do {
      b.append((char) ('a' + i % 26));
      i /= 26;
    } while (i > 0);
    return b.toString();
  }
}
