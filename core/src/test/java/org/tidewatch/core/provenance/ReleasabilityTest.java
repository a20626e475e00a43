package org.tidewatch.core.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Combined markings: made of distinct sorted parts, visible only to those cleared for each. */
class ReleasabilityTest {
  @Test
  void allOf_joinsDistinctSortedParts_andFlattensCombinedOnes() {
    assertThat(Releasability.allOf(List.of()).marking()).isEqualTo("UNMARKED");
    assertThat(Releasability.allOf(List.of("OFFICIAL")).marking()).isEqualTo("OFFICIAL");
    Releasability ab = Releasability.allOf(List.of("REL TO USA, KOR", "OFFICIAL", "OFFICIAL"));
    assertThat(ab.marking()).isEqualTo("OFFICIAL + REL TO USA, KOR");
    assertThat(ab.parts()).containsExactly("OFFICIAL", "REL TO USA, KOR");
    assertThat(Releasability.allOf(List.of(ab.marking(), "ALPHA")).parts())
        .containsExactly("ALPHA", "OFFICIAL", "REL TO USA, KOR");
    assertThat(new Releasability("OFFICIAL").parts()).containsExactly("OFFICIAL");
  }

  @Test
  void aCombinedMarkingIsVisibleOnlyToThoseClearedForEveryPart() {
    Releasability ab = Releasability.allOf(List.of("A", "B"));
    assertThat(ab.visibleTo(Set.of("A", "B", "C"))).isTrue();
    assertThat(ab.visibleTo(Set.of("A"))).isFalse();
    assertThat(ab.visibleTo(Set.of("B"))).isFalse();
    assertThat(ab.visibleTo(Set.of())).isFalse();
    assertThat(ab.visibleTo(Set.of("A + B"))).isTrue(); // cleared for the text itself
    assertThat(new Releasability("A").visibleTo(Set.of("A"))).isTrue();
    assertThat(new Releasability("A").visibleTo(Set.of("B"))).isFalse();
  }

  @Test
  void aCombinedMarkingTooLongToWriteEndsInAPartNobodyIsClearedFor() {
    List<String> many = new java.util.ArrayList<>();
    for (int i = 0; i < 30; i++) {
      many.add("CAVEAT-" + (100 + i));
    }
    Releasability r = Releasability.allOf(many);
    assertThat(r.marking().length()).isLessThanOrEqualTo(200);
    assertThat(r.parts()).last().isEqualTo(Releasability.TRUNCATED);
    Set<String> all = new java.util.HashSet<>(many);
    all.add(Releasability.TRUNCATED);
    assertThat(r.visibleTo(all)).isFalse(); // too restrictive, never too open
  }
}
