package org.tidewatch.sanctions.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.core.sanctions.EntityType;
import org.tidewatch.core.sanctions.LinkKind;
import org.tidewatch.core.sanctions.ListDiff;
import org.tidewatch.core.sanctions.NameKind;
import org.tidewatch.core.sanctions.SanctionsEntity;
import org.tidewatch.sanctions.Corpus;

class ListReadersTest {

  private static boolean dprk(SanctionsEntity e) {
    return e.programs().stream()
        .anyMatch(p -> p.startsWith("DPRK") || p.equals("EU-PRK") || p.equals("UN-1718"));
  }

  private static long dprkVessels(List<SanctionsEntity> es, boolean withImo) {
    return es.stream()
        .filter(e -> e.type() == EntityType.VESSEL && dprk(e) && (!withImo || e.imo().isPresent()))
        .count();
  }

  @Test
  void ofacSdnCsv2024MatchesTheReadme() throws Exception {
    ParsedList p = ListReaders.read(Corpus.sanctions().resolve("ofac/sdn-csv-2024-05-03/sdn.csv"));
    assertThat(p.format()).isEqualTo(ListFormat.OFAC_SDN_CSV);
    var es = p.entities();
    assertThat(es).hasSize(14965);
    assertThat(es.stream().filter(e -> e.type() == EntityType.VESSEL)).hasSize(851);
    assertThat(es.stream().filter(e -> e.type() == EntityType.PERSON)).hasSize(6854);
    assertThat(dprkVessels(es, false)).isEqualTo(105);
    assertThat(dprkVessels(es, true)).isEqualTo(104);
    assertThat(es.stream().filter(e -> e.type() == EntityType.VESSEL && e.imo().isPresent()))
        .hasSize(843);
    SanctionsEntity chonMaSan =
        es.stream().filter(e -> e.entryId().equals("23729")).findFirst().orElseThrow();
    assertThat(chonMaSan.imo().orElseThrow().value()).isEqualTo("8660313");
    assertThat(chonMaSan.links())
        .anyMatch(
            l ->
                l.kind() == LinkKind.LINKED_TO && l.targetName().equals("KOREA ACHIM SHIPPING CO"));
    SanctionsEntity artavil =
        es.stream().filter(e -> e.entryId().equals("15036")).findFirst().orElseThrow();
    var v = artavil.vessel().orElseThrow();
    assertThat(v.mmsis()).extracting(m -> m.value()).containsExactly("572469210");
    assertThat(v.callSign().orElseThrow().value()).isEqualTo("T2EU4");
    assertThat(v.formerFlags()).contains("Malta", "Tuvalu");
    assertThat(artavil.names())
        .anyMatch(n -> n.kind() == NameKind.FORMER && n.value().equals("ALPHA"));
  }

  @Test
  void ofacLegacyFourFileSet() throws Exception {
    ParsedList p = ListReaders.read(Corpus.sanctions().resolve("ofac/legacy-csv-2019-01/sdn.csv"));
    assertThat(p.files()).hasSize(4);
    assertThat(p.entities()).hasSize(7379);
    assertThat(dprkVessels(p.entities(), false)).isEqualTo(101);
    // aliases and addresses joined by ent_num
    assertThat(p.entities().stream().mapToInt(e -> e.names().size()).sum()).isGreaterThan(18000);
    assertThat(p.entities().stream().mapToInt(e -> e.addresses().size()).sum()).isGreaterThan(7000);
  }

  @Test
  void unConsolidatedAndItsDiff() throws Exception {
    ParsedList feb =
        ListReaders.read(
            Corpus.sanctions().resolve("un/consolidated-2026-02-27/UN_consolidated.xml"));
    ParsedList nov =
        ListReaders.read(
            Corpus.sanctions().resolve("un/consolidated-2025-11-18/un_consolidated.xml"));
    assertThat(feb.entities()).hasSize(1003);
    assertThat(nov.entities()).hasSize(1000);
    assertThat(
            feb.entities().stream()
                .filter(e -> e.programs().contains("DPRK") && e.type() == EntityType.PERSON))
        .hasSize(80);
    assertThat(
            feb.entities().stream()
                .filter(e -> e.programs().contains("DPRK") && e.type() == EntityType.COMPANY))
        .hasSize(75);
    SanctionsEntity achim =
        feb.entities().stream()
            .filter(e -> e.entryId().equals("KPe.061"))
            .findFirst()
            .orElseThrow();
    assertThat(achim.companyImo().orElseThrow().value()).isEqualTo("5936312");
    assertThat(achim.links())
        .anyMatch(l -> l.kind() == LinkKind.ASSET && l.targetName().equals("CHON MA SAN"));
    ListDiff d = ListDiff.between(nov.entities(), feb.entities());
    assertThat(d.added()).hasSize(4);
    assertThat(d.removed()).extracting(SanctionsEntity::entryId).containsExactly("IQi.074");
    assertThat(d.changed()).hasSize(2);
  }

  @Test
  void un1718VesselsEuAnnexesAndOfacXml() throws Exception {
    var un = ListReaders.read(Corpus.sanctions().resolve("un-1718-vessels/un_vessels.jsonld"));
    assertThat(un.listId()).isEqualTo("un-1718-vessels");
    assertThat(un.entities()).hasSize(32).allMatch(e -> e.imo().isPresent());
    var eu = ListReaders.read(Corpus.sanctions().resolve("eu/dprk-reg-2017-1509/32017R1509.csv"));
    assertThat(eu.format()).isEqualTo(ListFormat.EU_JOURNAL_CSV);
    assertThat(eu.entities().stream().filter(e -> e.type() == EntityType.VESSEL)).hasSize(61);
    assertThat(dprkVessels(eu.entities(), true)).isEqualTo(60);
    SanctionsEntity chongBong =
        eu.entities().stream()
            .filter(e -> e.primaryName().equals("Chong Bong"))
            .findFirst()
            .orElseThrow();
    assertThat(chongBong.names())
        .extracting(n -> n.value())
        .contains("Greenlight", "Blue Nouvelle");
    var cons =
        ListReaders.read(Corpus.sanctions().resolve("ofac/cons-xml-2024-05-06/consolidated.xml"));
    assertThat(cons.format()).isEqualTo(ListFormat.OFAC_SDN_XML);
    assertThat(cons.entities()).hasSize(443);
    var irgc =
        ListReaders.read(
            Corpus.sanctions().resolve("ofac/enhanced-xml-irgc-2024-08-28/IRGC_sanctions.xml"));
    assertThat(irgc.format()).isEqualTo(ListFormat.OFAC_ENHANCED_XML);
    assertThat(irgc.entities()).hasSize(293);
  }

  @Test
  void ftmJsonLinesFixture() throws Exception {
    Path f = Path.of(getClass().getResource("/fixtures/dprk_maritime.ftm.jsonl").toURI());
    ParsedList p = ListReaders.read(f);
    assertThat(p.format()).isEqualTo(ListFormat.FTM_JSONL);
    SanctionsEntity v =
        p.entities().stream().filter(e -> e.type() == EntityType.VESSEL).findFirst().orElseThrow();
    assertThat(v.imo().orElseThrow().value()).isEqualTo("8660313");
    assertThat(v.links())
        .anyMatch(
            l -> l.kind() == LinkKind.OWNER && l.targetName().equals("KOREA ACHIM SHIPPING CO"));
    assertThat(v.programs()).contains("UN-1718");
  }

  @Test
  void malformedFilesAreRefusedWithLineAndReason(@TempDir Path dir) throws Exception {
    Path sdn = dir.resolve("sdn.csv");
    Files.writeString(
        sdn,
        "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
            + "173,\"ANGLO-CARIBBEAN CO., LTD.\",-0- ,\"CUBA\",-0- \r\n");
    assertThatThrownBy(() -> ListReaders.read(sdn))
        .isInstanceOf(MalformedListException.class)
        .satisfies(
            e -> {
              MalformedListException m = (MalformedListException) e;
              assertThat(m.line()).isEqualTo(2);
              assertThat(m.reason()).contains("12 columns");
            });
    Path xml = dir.resolve("un.xml");
    Files.writeString(
        xml,
        "<?xml version=\"1.0\"?>\n<CONSOLIDATED_LIST>\n<INDIVIDUALS>\n<INDIVIDUAL>\n</CONSOLIDATED_LIST>\n");
    assertThatThrownBy(() -> ListReaders.read(xml))
        .isInstanceOf(MalformedListException.class)
        .satisfies(e -> assertThat(((MalformedListException) e).line()).isEqualTo(5));
    Path junk = dir.resolve("junk.txt");
    Files.writeString(junk, "hello world\n");
    assertThatThrownBy(() -> ListReaders.read(junk))
        .hasMessageContaining("unrecognised list format");
  }
}
