package org.tidewatch.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiskModelTest {
  @Test
  void theShippedConfigurationWeighsEveryFactor() {
    RiskModel m = RiskModel.defaults();
    for (RiskFactor f : RiskFactor.values()) {
      assertThat(m.weights().get(f)).isBetween(0.0, 1.0);
    }
    assertThat(m.areas()).extracting(RiskModel.Area::name).contains("KOREA_BAY", "OFF_ZHOUSHAN");
  }

  @Test
  void factorsCompoundAndPointsAddUpToTheScore() {
    RiskModel m = RiskModel.defaults();
    RiskScore none = m.score("MMSI 1", "", List.of(1), List.of());
    assertThat(none.score()).isZero();
    RiskScore listed =
        m.score(
            "IMO 1",
            "A",
            List.of(1),
            List.of(new RiskSignal(RiskFactor.LISTED_IDENTITY, 1, "on UN list")));
    assertThat(listed.score())
        .isCloseTo(100 * m.weights().get(RiskFactor.LISTED_IDENTITY), within(1e-9));
    RiskScore two =
        m.score(
            "IMO 2",
            "B",
            List.of(2),
            List.of(
                new RiskSignal(RiskFactor.DPRK_PORT_CALL, 0.5, "call 1"),
                new RiskSignal(RiskFactor.DPRK_PORT_CALL, 0.5, "call 2"),
                new RiskSignal(RiskFactor.SPOOFING, 1, "jump")));
    double wp = m.weights().get(RiskFactor.DPRK_PORT_CALL) * 0.75; // noisy-OR of two halves
    double ws = m.weights().get(RiskFactor.SPOOFING);
    assertThat(two.score()).isCloseTo(100 * (1 - (1 - wp) * (1 - ws)), within(1e-9));
    assertThat(two.factors().stream().mapToDouble(RiskScore.FactorScore::points).sum())
        .isCloseTo(two.score(), within(1e-9));
    assertThat(two.explanation()).contains("DPRK port calls").contains("call 2").contains("weight");
  }

  @Test
  void aBrokenConfigurationIsRefused() {
    assertThatThrownBy(
            () ->
                RiskModel.load(
                    new ByteArrayInputStream(
                        "weight.DELIVERY=2\n".getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("weight.");
  }
}
