package org.tidewatch.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.provenance.Releasability;

/** A detected event's combined marking is for callers cleared for each of its parts. */
class PrincipalTest {
  @Test
  void aCombinedMarkingNeedsEveryPart() {
    Releasability both = Releasability.allOf(List.of("UNMARKED", "SECRET REL TIDE"));
    Principal sec = new Principal("sec", Role.ANALYST, Set.of("UNMARKED", "SECRET REL TIDE"));
    Principal ana = new Principal("ana", Role.ANALYST, Set.of("UNMARKED"));
    Principal so = new Principal("so", Role.ANALYST, Set.of("SECRET REL TIDE"));
    assertThat(sec.isClearedFor(both)).isTrue();
    assertThat(sec.isClearedFor(both.marking())).isTrue();
    assertThat(ana.isClearedFor(both)).isFalse();
    assertThat(ana.isClearedFor(both.marking())).isFalse();
    assertThat(so.isClearedFor(both.marking())).isFalse();
    assertThat(ana.isClearedFor("UNMARKED")).isTrue();
    assertThat(ana.isClearedFor("SECRET REL TIDE")).isFalse();
  }
}
