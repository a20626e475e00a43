package org.tidewatch.sanctions.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.sanctions.EntityType;
import org.tidewatch.core.sanctions.MergedEntity;
import org.tidewatch.sanctions.CorpusIndex;

class ScreenerTest {

  @Test
  void exactImoComesFirstAndExplainsItself() throws Exception {
    Screener s = CorpusIndex.screener();
    var res = s.screen(ScreeningQuery.ofName("anything").withImo("IMO 8660313"), 0.7, 5);
    assertThat(res).isNotEmpty();
    MergedEntity e = res.get(0).entity();
    assertThat(e.imo().orElseThrow().value()).isEqualTo("8660313");
    assertThat(res.get(0).score()).isEqualTo(1.0);
    assertThat(res.get(0).features()).anyMatch(f -> f.feature().equals("imo"));
    // OFAC, EU and UN 1718 all list CHON MA SAN: one merged entity with three sources
    assertThat(e.listIds()).contains("ofac-sdn", "un-1718-vessels", "eu-32017R1509");
  }

  @Test
  void sameHullDifferentNamesOnOfacAndEuIsOneEntity() throws Exception {
    Screener s = CorpusIndex.screener();
    List<MergedEntity> crossNamed =
        s.index().entities().stream()
            .filter(m -> m.listIds().contains("ofac-sdn") && m.listIds().contains("eu-32017R1509"))
            .filter(m -> m.type() == EntityType.VESSEL)
            .toList();
    assertThat(crossNamed).hasSize(50);
    var res = s.screen(ScreeningQuery.ofName("Kang Gye").withType(EntityType.VESSEL), 0.7, 5);
    assertThat(res.get(0).entity().names()).anyMatch(n -> n.value().equals("PI RUY GANG"));
  }

  @Test
  void spellingVariantsFindTheVesselButSisterShipsDoNot() throws Exception {
    Screener s = CorpusIndex.screener();
    var chon = s.screen(ScreeningQuery.ofName("Cheonmasan").withType(EntityType.VESSEL), 0.7, 5);
    assertThat(chon).isNotEmpty();
    assertThat(chon.get(0).entity().imo().orElseThrow().value()).isEqualTo("8660313");
    var jiSong = s.screen(ScreeningQuery.ofName("JI SONG 6").withType(EntityType.VESSEL), 0.7, 5);
    assertThat(jiSong).isNotEmpty();
    assertThat(jiSong)
        .allSatisfy(
            m ->
                assertThat(m.entity().names())
                    .noneMatch(n -> n.value().equalsIgnoreCase("JI SONG 8")));
  }

  @Test
  void qualifiersAndThreshold() throws Exception {
    Screener s = CorpusIndex.screener();
    var q = ScreeningQuery.ofName("KIM Jong Un").withType(EntityType.PERSON);
    assertThat(s.screen(q, 0.99, 10)).allMatch(m -> m.score() >= 0.99);
    var noisy =
        s.screen(
            ScreeningQuery.ofName("Patricia Lucas Wheeler").withType(EntityType.PERSON), 0.7, 5);
    assertThat(noisy).isEmpty();
  }

  @Test
  void anAcronymFindsTheOrganisation() throws Exception {
    Screener s = CorpusIndex.screener();
    var omm = s.screen(ScreeningQuery.ofName("OMM").withType(EntityType.COMPANY), 0.7, 5);
    assertThat(omm)
        .anyMatch(m -> m.entity().caption().startsWith("OCEAN MARITIME MANAGEMENT COMPANY"));
    var irgc = s.screen(ScreeningQuery.ofName("IRGC").withType(EntityType.COMPANY), 0.7, 5);
    assertThat(irgc).anyMatch(m -> m.matchedName().equals("ISLAMIC REVOLUTIONARY GUARD CORPS"));
  }

  @Test
  void anArabicScriptQueryFindsTheLatinListedName() throws Exception {
    Screener s = CorpusIndex.screener();
    var res = s.screen(ScreeningQuery.ofName("أيمن الظواهري").withType(EntityType.PERSON), 0.7, 5);
    assertThat(res).anyMatch(m -> m.matchedName().equals("AL ZAWAHIRI, Dr. Ayman"));
  }
}
