package org.tidewatch.ais.message.asm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tidewatch.ais.AisDecodeException;
import org.tidewatch.ais.message.BitReader;

/** Decoded values in proper units, with "not available" as empty, on real messages. */
class ApplicationPayloadValuesTest {

  private static ApplicationPayload decode(String payload, int fill) throws AisDecodeException {
    BitReader bits = new BitReader();
    byte[] b = payload.getBytes(StandardCharsets.US_ASCII);
    bits.reset(b, 0, b.length, fill);
    int type = (int) bits.unsigned(0, 6);
    int dac = type == 6 ? bits.uint(72, 10) : bits.uint(40, 10);
    int fi = type == 6 ? bits.uint(82, 6) : bits.uint(50, 6);
    return ApplicationPayloads.decode(type, dac, fi, bits, type == 6 ? 88 : 56).orElseThrow();
  }

  @Test
  void metHydro289AllNotAvailableExceptPosition() throws AisDecodeException {
    // gpsd ais-nmea-type6-fid55.log: type 8 DAC 1 FI 31 (IMO 289 met/hydro), mostly n/a
    MetHydro289 m =
        (MetHydro289) decode("8h2=Vg@0GwwfOANA>AB0OwvlFR06EuOwgr27wnSwe7wvlOwwsAwwnSGmwvh0", 0);
    assertThat(m.latitude_deg().getAsDouble()).isCloseTo(3089010 / 60000.0, within(1e-9));
    assertThat(m.longitude_deg().getAsDouble()).isCloseTo(-8966 / 60000.0, within(1e-9));
    assertThat(m.waterLevel_m().getAsDouble()).isCloseTo(0.40, within(1e-9));
    assertThat(m.windSpeed_kn()).isEmpty();
    assertThat(m.windDirection_deg()).isEmpty();
    assertThat(m.airTemperature_degC()).isEmpty();
    assertThat(m.humidity_pct()).isEmpty();
    assertThat(m.dewPoint_degC()).isEmpty();
    assertThat(m.pressure_hPa()).isEmpty();
    assertThat(m.waterTemperature_degC()).isEmpty();
    assertThat(m.salinity_permille()).isEmpty();
  }

  @Test
  void inlandStaticAndPersons() throws AisDecodeException {
    InlandShipStaticData s = (InlandShipStaticData) decode("83aDAthj2d<dtuM<v@Gh`@P@8W00", 0);
    assertThat(s.europeanVesselId()).isEqualTo("02335439");
    assertThat(s.length_m().getAsDouble()).isEqualTo(19.0);
    assertThat(s.beam_m().getAsDouble()).isEqualTo(8.0);
    assertThat(s.draught_m().getAsDouble()).isEqualTo(2.75);
    assertThat(s.loaded()).contains(true);

    InlandPersonsOnBoard p = (InlandPersonsOnBoard) decode("640UrH@0RW?<<SOwwwwp00000000", 0);
    assertThat(p.crew()).isEmpty();
    assertThat(p.passengers()).isEmpty();
    assertThat(p.personnel()).isEmpty();
    InlandPersonsOnBoard q = (InlandPersonsOnBoard) decode("63aDq8P0RW?4<SL3000000000000", 0);
    assertThat(q.crew()).hasValue(3);
    assertThat(q.passengers()).hasValue(0);
  }

  @Test
  void atonMonitoringVolts() throws AisDecodeException {
    AtonMonitoringData a = (AtonMonitoringData) decode("6>jCJfkfJjOt>dap@104P00", 2);
    assertThat(a.dac()).isEqualTo(235);
    assertThat(a.analogueInternal_V()).isCloseTo(24.05, within(1e-9));
    assertThat(a.lightStatus()).isEqualTo(2);
  }

  @Test
  void functionalMessageRequestKeepsGpsdData() throws AisDecodeException {
    FunctionalMessageRequest f =
        (FunctionalMessageRequest) decode("602:LtTjF<G8048j=h0000000000", 0);
    assertThat(f.requestedDac()).isEqualTo(200);
    assertThat(f.requestedFi()).isEqualTo(55);
    assertThat(f.raw().gpsd()).isEqualTo("80:32370000000000000000");
  }

  @Test
  void cFormattingMatchesPrintf() {
    assertThat(AsmBits.fixed(0.125, 2)).isEqualTo("0.12");
    assertThat(AsmBits.fixed(2.675, 2)).isEqualTo("2.67");
    assertThat(AsmBits.fixed(274 * 0.05, 2)).isEqualTo("13.70");
    assertThat(AsmBits.fixed(-0.00001, 4)).isEqualTo("-0.0000");
    assertThat(AsmBits.fixed(-1.0 / 60000, 6)).isEqualTo("-0.000017");
  }
}
