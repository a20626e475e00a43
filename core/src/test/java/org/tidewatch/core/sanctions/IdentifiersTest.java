package org.tidewatch.core.sanctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

  @Test
  void shipImoCheckDigit() {
    assertThat(ImoNumber.isValid("8660313")).isTrue(); // CHON MA SAN
    assertThat(ImoNumber.isValid("9417115")).isTrue(); // KOTI
    assertThat(ImoNumber.isValid("8660314")).isFalse();
    assertThat(ImoNumber.parse("Vessel Registration Identification IMO 8660313"))
        .contains(new ImoNumber("8660313"));
    assertThat(ImoNumber.parse("IMO8660313")).isPresent();
    assertThat(ImoNumber.parse("Does not exist")).isEmpty();
    assertThatThrownBy(() -> new ImoNumber("1234568")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void companyImoUsesItsOwnCheckDigit() {
    // KOREA ACHIM SHIPPING CO (UN KPe.061) and Ocean Maritime Management (EU)
    assertThat(CompanyImoNumber.isValid("5936312")).isTrue();
    assertThat(CompanyImoNumber.isValid("1790183")).isTrue();
    assertThat(ImoNumber.isValid("5936312")).isFalse();
    assertThat(CompanyImoNumber.parse("790183")).isEmpty();
  }

  @Test
  void mmsiAndCallSign() {
    assertThat(Mmsi.parse("445123456").orElseThrow().maritimeIdentificationDigits())
        .isEqualTo("445");
    assertThat(Mmsi.parse("44512345")).isEmpty();
    assertThat(CallSign.parse("t2-eu4")).contains(new CallSign("T2EU4"));
  }

  private static SanctionsEntity vessel(String list, String id, String name, String imo) {
    return SanctionsEntity.builder(list, id, EntityType.VESSEL)
        .name(name, NameKind.PRIMARY)
        .imo(new ImoNumber(imo))
        .build();
  }

  @Test
  void mergesTheSameHullAcrossListsAndKeepsEachSource() {
    var ofac = vessel("ofac-sdn", "1", "PI RUY GANG", "8606173");
    var eu = vessel("eu", "2", "Kang Gye", "8606173");
    var other = vessel("ofac-sdn", "3", "JI SONG 6", "8898740");
    var merged = EntityMerger.merge(List.of(ofac, eu, other));
    assertThat(merged).hasSize(2);
    assertThat(merged.get(0).sources()).containsExactly(ofac, eu);
    assertThat(merged.get(0).id()).isEqualTo("imo:8606173");
    assertThat(merged.get(0).names())
        .extracting(EntityName::value)
        .contains("PI RUY GANG", "Kang Gye");
    assertThat(merged.get(0).listIds()).containsExactly("ofac-sdn", "eu");
  }

  @Test
  void diffFindsAddedRemovedChanged() {
    var a = vessel("l", "1", "A", "8606173");
    var b = vessel("l", "2", "B", "8898740");
    var b2 = vessel("l", "2", "B RENAMED", "8898740");
    var c = vessel("l", "3", "C", "8660313");
    ListDiff d = ListDiff.between(List.of(a, b), List.of(b2, c));
    assertThat(d.added()).containsExactly(c);
    assertThat(d.removed()).containsExactly(a);
    assertThat(d.changed()).hasSize(1);
    assertThat(d.changed().get(0).after()).isEqualTo(b2);
    assertThat(a.imo()).isEqualTo(Optional.of(new ImoNumber("8606173")));
  }
}
