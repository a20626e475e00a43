package org.tidewatch.core.track;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MidsTest {

  @Test
  void shipStation_flagFromTheFirstThreeDigits() {
    assertThat(Mids.flagOfMmsi(445123456).orElseThrow().iso2()).isEqualTo("KP");
    assertThat(Mids.flagOfMmsi(366000001).orElseThrow().iso2()).isEqualTo("US");
    assertThat(Mids.flagOfMmsi(636012345).orElseThrow().iso2()).isEqualTo("LR");
    assertThat(Mids.flagOfMmsi(416000000).orElseThrow().iso2()).isEqualTo("TW");
    assertThat(Mids.flagOfMmsi(240000000).orElseThrow().iso2()).isEqualTo("GR");
  }

  @Test
  void otherStations_flagFromTheEmbeddedMid() {
    assertThat(MmsiKind.of(2320001)).isEqualTo(MmsiKind.COAST_STATION);
    assertThat(Mids.flagOfMmsi(2320001).orElseThrow().iso2()).isEqualTo("GB");
    assertThat(MmsiKind.of(992351234)).isEqualTo(MmsiKind.AID_TO_NAVIGATION);
    assertThat(Mids.flagOfMmsi(992351234).orElseThrow().iso2()).isEqualTo("GB");
    assertThat(MmsiKind.of(111232500)).isEqualTo(MmsiKind.SAR_AIRCRAFT);
    assertThat(Mids.flagOfMmsi(111232500).orElseThrow().iso2()).isEqualTo("GB");
    assertThat(MmsiKind.of(982191234)).isEqualTo(MmsiKind.CRAFT_ASSOCIATED);
    assertThat(Mids.flagOfMmsi(982191234).orElseThrow().iso2()).isEqualTo("DK");
    assertThat(MmsiKind.of(970123456)).isEqualTo(MmsiKind.AUTONOMOUS_DEVICE);
    assertThat(Mids.flagOfMmsi(970123456)).isEmpty();
  }

  @Test
  void invalidOrUnallocated_haveNoFlag() {
    assertThat(MmsiKind.of(0)).isEqualTo(MmsiKind.INVALID);
    assertThat(MmsiKind.of(123456789)).isEqualTo(MmsiKind.INVALID);
    assertThat(Mids.flagOfMmsi(0)).isEmpty();
    assertThat(Mids.flagOfMmsi(217000000)).isEmpty(); // 217 is not allocated
  }

  @Test
  void boundingBox_acrossTheAntimeridian() {
    BoundingBox b = new BoundingBox(-10, 170, 10, -170);
    assertThat(b.contains(0, 180)).isTrue();
    assertThat(b.contains(0, -175)).isTrue();
    assertThat(b.contains(0, 0)).isFalse();
  }
}
