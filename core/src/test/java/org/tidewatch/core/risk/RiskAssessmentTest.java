package org.tidewatch.core.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.delivery.Delivery;
import org.tidewatch.core.delivery.DeliveryInference;
import org.tidewatch.core.delivery.Product;
import org.tidewatch.core.delivery.VolumeEstimator;
import org.tidewatch.core.port.PlaceIndex;

class RiskAssessmentTest {
  static final int GIVER = 457_476_000;
  static final int RECEIVER = 445_431_000;
  static final int CLEAN = 636_000_001;

  static Delivery transfer(Delivery.Mode mode) {
    Instant at = Instant.parse("2024-01-07T17:46:00Z");
    return new Delivery(
        "DLV:" + RECEIVER + ":" + at.getEpochSecond(),
        mode,
        OptionalInt.of(RECEIVER),
        OptionalInt.of(GIVER),
        "at sea, from " + GIVER,
        Optional.of(at),
        Optional.of("39.078,123.447"),
        "DPRK (receiver dark)",
        at,
        39.078,
        123.447,
        VolumeEstimator.unquantified(Product.REFINED_UNSPECIFIED, "test"),
        0.45,
        List.of("hand-made"),
        List.of(),
        List.of());
  }

  static RiskAssessment assessment() {
    return new RiskAssessment(
        RiskModel.defaults(),
        DeliveryInference.dprkPorts(PlaceIndex.reference().places()),
        m -> Optional.empty());
  }

  static Optional<RiskScore.FactorScore> factor(List<RiskScore> rs, int mmsi, RiskFactor f) {
    return rs.stream()
        .filter(r -> r.mmsis().contains(mmsi))
        .flatMap(r -> r.factors().stream())
        .filter(x -> x.factor() == f)
        .findFirst();
  }

  @Test
  void theGiverOfATransferToADarkDprkTankerMetADprkLinkedVessel() {
    List<RiskScore> rs =
        assessment()
            .assess(
                List.of(),
                List.of(transfer(Delivery.Mode.STS_DARK_RECEIVER)),
                List.of(GIVER, RECEIVER, CLEAN),
                List.of());
    assertThat(factor(rs, GIVER, RiskFactor.DELIVERY)).isPresent();
    RiskScore.FactorScore sts = factor(rs, GIVER, RiskFactor.STS_WITH_LINKED).orElseThrow();
    assertThat(sts.evidence())
        .singleElement()
        .asString()
        .contains("inferred transfer to DPRK-linked " + RECEIVER);
    assertThat(factor(rs, RECEIVER, RiskFactor.STS_WITH_LINKED)).isEmpty();
    double giver = rs.stream().filter(r -> r.mmsis().contains(GIVER)).findFirst().get().score();
    double clean = rs.stream().filter(r -> r.mmsis().contains(CLEAN)).findFirst().get().score();
    assertThat(giver).isGreaterThan(clean);
  }

  @Test
  void aTransferSeenAlongsideTakesItsStsFactorFromTheEncounterOnly() {
    List<RiskScore> rs =
        assessment()
            .assess(List.of(), List.of(transfer(Delivery.Mode.STS)), List.of(GIVER), List.of());
    assertThat(factor(rs, GIVER, RiskFactor.STS_WITH_LINKED)).isEmpty();
  }
}
