package org.tidewatch.ais.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.tidewatch.ais.AisDecodeException;
import org.tidewatch.ais.RejectReason;
import org.tidewatch.ais.message.json.MessageJsonWriter;

class AisMessageDecoderTest {
  private final AisMessageDecoder decoder = new AisMessageDecoder();

  private AisMessage decode(String payload, int fill) throws AisDecodeException {
    byte[] b = payload.getBytes(StandardCharsets.US_ASCII);
    return decoder.decode(b, 0, b.length, fill);
  }

  @Test
  void positionReportInProperUnits() throws AisDecodeException {
    PositionReport p = (PositionReport) decode("15RTgt0PAso;90TKcjM8h6g208CQ", 0);
    assertThat(p.mmsi()).isEqualTo(371798000);
    assertThat(p.speedOverGround_kn()).hasValue(12.3);
    assertThat(p.longitude_deg().getAsDouble())
        .isCloseTo(-123.3953833, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(p.courseOverGround_deg()).hasValue(224.0);
    assertThat(p.trueHeading_deg()).hasValue(215);
    assertThat(p.navigationStatus()).isEqualTo(NavigationStatus.UNDER_WAY_USING_ENGINE);
    assertThat(p.lengthIsNominal()).isTrue();
    assertThat(MessageJsonWriter.toJson(p))
        .contains("\"kind\":\"PositionReport\"", "\"speedOverGround_kn\":12.3");
  }

  @Test
  void notAvailableIsEmpty() throws AisDecodeException {
    PositionReport p = (PositionReport) decode("15N9NLPP01IS<RFF7fLVmgvN00Rv", 0);
    assertThat(p.trueHeading_deg()).isEmpty();
    assertThat(p.rateOfTurn_degPerMin()).isEmpty();
  }

  @Test
  void baseStationUtc() throws AisDecodeException {
    BaseStationReport b = (BaseStationReport) decode("403OviQuMGCqWrRO9>E6fE700@GO", 0);
    assertThat(b.utc()).contains(Instant.parse("2007-05-14T19:57:39Z"));
    assertThat(b.epfd()).isEqualTo(EpfdType.SURVEYED);
  }

  @Test
  void rejectsUnknownTypeAndShortPayloads() {
    assertThatThrownBy(() -> decode("0000000000", 0))
        .isInstanceOfSatisfying(
            AisDecodeException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectReason.UNKNOWN_MESSAGE_TYPE));
    assertThatThrownBy(() -> decode("15RTgt0PAso;90TKcjM8h6", 0))
        .isInstanceOfSatisfying(
            AisDecodeException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectReason.TOO_SHORT));
  }

  @Test
  void rejectsMessage24PartNumber3AsAnUndefinedVariant() {
    // gpsd/ais-18-27.log: part number bits 38-39 = 3, which ITU-R M.1371 leaves undefined
    assertThatThrownBy(() -> decode("H3KLehdt00000000?6ekkjm000000", 0))
        .isInstanceOfSatisfying(
            AisDecodeException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectReason.UNDEFINED_VARIANT));
  }
}
