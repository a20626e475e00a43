package org.tidewatch.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class VolumeEstimatorTest {

  @Test
  void ladenDraughtAgainstRegistryRange() {
    // simulator seed 1, OP-001: 3,990 t capacity, ballast 3.6 m, summer 7.9 m, laden 6.6 m;
    // truth 2,784 t of diesel = 20,741 bbl
    Hull h = Hulls.tanker(445030000, "PRK", 3990, 3.6, 7.9);
    VolumeEstimate v = VolumeEstimator.fromLadenDraught(h, 6.6, Product.DIESEL);
    assertThat(v.method()).isEqualTo(VolumeEstimate.Method.DRAUGHT);
    assertThat(v.tonnes()).isCloseTo(2784, within(10.0));
    assertThat(v.central()).isCloseTo(20741, within(100.0));
    assertThat(v.low()).isLessThan(v.central());
    assertThat(v.high()).isGreaterThan(v.central());
    // ± 0.05 m of draught on a 4.3 m range: ± 1.2 % of capacity
    assertThat(v.high() - v.central()).isCloseTo(3990 * 0.05 / 4.3 * 7.45, within(1.0));
    assertThat(v.basis()).contains("6.6 m").contains("3,990 t").contains("7.45 bbl/t");
  }

  @Test
  void unknownRefinedProductCarriesTheFactorRange() {
    Hull h = Hulls.tanker(1, "PRK", 1000, 3, 6);
    VolumeEstimate v = VolumeEstimator.fromLadenDraught(h, 6, Product.REFINED_UNSPECIFIED);
    assertThat(v.central()).isCloseTo(1000 * 7.8, within(1e-6));
    assertThat(v.low()).isCloseTo(1000 * (5.95 - 3) / 3 * 7.45, within(1e-6));
    assertThat(v.high()).isCloseTo(1000 * 8.5, within(1e-6)); // clamped at full
  }

  @Test
  void withoutDraughtTheScenariosStandIn() {
    VolumeEstimate v =
        VolumeEstimator.fromLadenDraught(Hulls.capacityOnly(2, 3000), 5.0, Product.DIESEL);
    assertThat(v.method()).isEqualTo(VolumeEstimate.Method.SCENARIO);
    assertThat(v.low()).isCloseTo(3000 / 3.0 * 7.45, within(1e-6));
    assertThat(v.central()).isCloseTo(1500 * 7.45, within(1e-6));
    assertThat(v.high()).isCloseTo(2700 * 7.45, within(1e-6));
    assertThat(v.scenario(LadenScenario.NINETY_PERCENT).getAsDouble())
        .isCloseTo(2700 * 7.45, within(1e-6));
  }

  @Test
  void transferFromTheGiversDraughtDrop() {
    // a 20,000 t giver on a 5 m range drops 0.5 m: 10 % = 2,000 t
    Hull giver = Hulls.tanker(3, "PAN", 20_000, 5, 10);
    VolumeEstimate g = VolumeEstimator.fromTransfer(giver, 9.5, 9.0, Product.DIESEL);
    assertThat(g.tonnes()).isCloseTo(2000, within(1e-6));
    assertThat(g.low()).isCloseTo(1600 * 7.45, within(1e-6));
    assertThat(g.high()).isCloseTo(2400 * 7.45, within(1e-6));
    // fused with a 2,500 t receiver's prior (70 % = 1,750 t): between the two, nearer the sharper
    Hull recv = Hulls.tanker(4, "PRK", 2500, 3, 6);
    VolumeEstimate f = VolumeEstimator.fused(g, giver, recv);
    assertThat(f.method()).isEqualTo(VolumeEstimate.Method.TRANSFER_FUSED);
    assertThat(f.tonnes()).isBetween(1750.0, 2000.0);
    assertThat(f.low()).isLessThanOrEqualTo(f.central());
    assertThat(f.high()).isGreaterThanOrEqualTo(f.central());
    assertThat(f.tonnes()).isLessThanOrEqualTo(2500 * VolumeEstimator.MAX_LADEN);
  }

  @Test
  void coalIsCountedInTonnes() {
    Hull h = Hulls.tanker(5, "PRK", 5000, 4, 9);
    VolumeEstimate v = VolumeEstimator.fromLadenDraught(h, 8, Product.COAL);
    assertThat(v.commodity()).isEqualTo(Commodity.COAL);
    assertThat(v.central()).isCloseTo(4000, within(1e-6));
  }

  @Test
  void noCapacityIsCountedNotQuantified() {
    Hull h =
        new Hull(
            java.util.OptionalInt.empty(),
            6,
            "X",
            "",
            "Product Tanker",
            java.util.OptionalDouble.empty(),
            java.util.OptionalDouble.empty(),
            java.util.OptionalDouble.empty(),
            java.util.OptionalDouble.empty(),
            java.util.Optional.empty(),
            java.util.Optional.empty());
    VolumeEstimate v = VolumeEstimator.fromLadenDraught(h, 5, Product.DIESEL);
    assertThat(v.quantified()).isFalse();
    assertThat(v.central()).isZero();
  }
}
