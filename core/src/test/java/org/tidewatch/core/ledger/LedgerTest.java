package org.tidewatch.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.delivery.Commodity;
import org.tidewatch.core.delivery.Delivery;
import org.tidewatch.core.delivery.Product;
import org.tidewatch.core.delivery.VolumeEstimate;

class LedgerTest {
  static VolumeEstimate bbl(double central, double low, double high) {
    return new VolumeEstimate(
        Product.DIESEL,
        VolumeEstimate.Method.DRAUGHT,
        central,
        low,
        high,
        central / 7.45,
        7.45,
        OptionalDouble.of(0.7),
        OptionalDouble.of(central / 7.45 / 0.7),
        "test");
  }

  @Test
  void cumulativeTotalsAndTheDayTheCapWasPassed() {
    List<Delivery> ds =
        List.of(
            Deliveries.of(1, Instant.parse("2024-02-01T10:00:00Z"), bbl(200_000, 150_000, 260_000)),
            Deliveries.of(2, Instant.parse("2024-03-01T10:00:00Z"), bbl(200_000, 150_000, 260_000)),
            Deliveries.of(3, Instant.parse("2024-04-01T10:00:00Z"), bbl(200_000, 150_000, 260_000)),
            Deliveries.of(4, Instant.parse("2023-12-31T23:00:00Z"), bbl(999_999, 1, 1)));
    List<ReportedDelivery> rep =
        List.of(
            new ReportedDelivery(
                LocalDate.of(2024, 1, 1), Commodity.REFINED, 30_000, "State A", "1718 Committee"),
            new ReportedDelivery(
                LocalDate.of(2024, 2, 1), Commodity.REFINED, 20_000, "State B", "1718 Committee"),
            new ReportedDelivery(
                LocalDate.of(2024, 2, 1), Commodity.CRUDE, 99_000, "State B", "x"));
    Ledger l = Ledger.build(2024, Commodity.REFINED, ds, rep);
    assertThat(l.deliveries()).isEqualTo(3); // the 2023 one is left out
    assertThat(l.totals().get(Scenario.CENTRAL)).isEqualTo(600_000);
    assertThat(l.lines().get(1).cumulative().get(Scenario.HIGH)).isEqualTo(520_000);
    assertThat(l.capPassed().get(Scenario.CENTRAL)).contains(LocalDate.of(2024, 4, 1));
    assertThat(l.capPassed().get(Scenario.HIGH)).contains(LocalDate.of(2024, 3, 1));
    assertThat(l.capPassed().get(Scenario.LOW)).isEmpty(); // 450,000
    // reported figures stay separate
    assertThat(l.reported().total()).isEqualTo(50_000);
    assertThat(l.reported().entries()).hasSize(2);
    assertThat(l.reported().capPassed()).isEmpty();
    assertThat(l.inferredMinusReported()).isEqualTo(550_000);
  }

  @Test
  void coalHasAZeroCapPassedByTheFirstDelivery() {
    VolumeEstimate coal =
        new VolumeEstimate(
            Product.COAL,
            VolumeEstimate.Method.DRAUGHT,
            3000,
            2900,
            3100,
            3000,
            Double.NaN,
            OptionalDouble.empty(),
            OptionalDouble.empty(),
            "coal");
    Ledger l =
        Ledger.build(
            2024,
            Commodity.COAL,
            List.of(Deliveries.of(9, Instant.parse("2024-05-05T00:00:00Z"), coal)),
            List.of());
    assertThat(l.cap()).isZero();
    assertThat(l.commodity().unit).isEqualTo(Commodity.Unit.TONNES);
    assertThat(l.capPassed().get(Scenario.CENTRAL)).contains(LocalDate.of(2024, 5, 5));
    assertThat(
            Ledger.build(
                    2024,
                    Commodity.REFINED,
                    List.of(Deliveries.of(9, Instant.parse("2024-05-05T00:00:00Z"), coal)),
                    List.of())
                .deliveries())
        .isZero();
  }

  @Test
  void reportedCsv() throws IOException {
    String csv =
        "# notifications\nDate,Commodity,Barrels,Tonnes,Reporter,Source\n"
            + "2024-01,refined,,1000,Russian Federation,\"1718 Committee, notification\"\n"
            + "2024-02-15,crude,50000,,China,x\n";
    List<ReportedDelivery> r = ReportedCsv.read(new StringReader(csv));
    assertThat(r).hasSize(2);
    assertThat(r.get(0).date()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(r.get(0).quantity()).isCloseTo(7800, within(1e-6));
    assertThat(r.get(0).source()).isEqualTo("1718 Committee, notification");
    assertThat(r.get(1).commodity()).isEqualTo(Commodity.CRUDE);
    assertThatThrownBy(() -> ReportedCsv.read(new StringReader("date,barrels\n2024-13-01,5\n")))
        .hasMessageContaining("line 2");
    assertThatThrownBy(() -> ReportedCsv.read(new StringReader("when,barrels\n")))
        .hasMessageContaining("header");
  }
}
