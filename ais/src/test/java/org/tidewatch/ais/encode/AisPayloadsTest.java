package org.tidewatch.ais.encode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class AisPayloadsTest {
  private final AisPayloads enc = new AisPayloads();

  /** gpsd sample.aivdm first sentence; gpsd decodes it as below (www/AIVDM.adoc example). */
  @Test
  void independentReaderAgreesWithGpsdOnTheSampleAndEncoderReproducesItsFields() {
    TestBits gpsd = new TestBits("15RTgt0PAso;90TKcjM8h6g208CQ", 0);
    assertThat(gpsd.u(0, 6)).isEqualTo(1);
    assertThat(gpsd.u(8, 30)).isEqualTo(371798000);
    assertThat(gpsd.u(50, 10) / 10.0).isEqualTo(12.3);
    assertThat(gpsd.s(61, 28) / 600000.0).isCloseTo(-123.395383, within(1e-6));
    assertThat(gpsd.s(89, 27) / 600000.0).isCloseTo(48.38163, within(1e-5));
    assertThat(gpsd.u(116, 12) / 10.0).isEqualTo(224.0);
    assertThat(gpsd.u(128, 9)).isEqualTo(215);
    assertThat(gpsd.u(137, 6)).isEqualTo(33);

    Payload p =
        enc.encode(
            new AisPayloads.PositionA(
                1,
                371798000,
                (int) gpsd.u(38, 4),
                (int) gpsd.s(42, 8),
                12.3,
                gpsd.u(60, 1) == 1,
                gpsd.s(61, 28) / 600000.0,
                gpsd.s(89, 27) / 600000.0,
                224.0,
                215,
                33,
                (int) gpsd.u(149, 19)));
    assertThat(p.bitLength()).isEqualTo(168);
    TestBits mine = new TestBits(p);
    // identical up to and including the time stamp; then manoeuvre/spare/RAIM as we set them
    assertThat(mine.u(0, 63)).isEqualTo(gpsd.u(0, 63));
    assertThat(mine.u(63, 80)).isEqualTo(gpsd.u(63, 80));
    assertThat(mine.u(149, 19)).isEqualTo(gpsd.u(149, 19));
  }

  @Property(tries = 300)
  void positionReportRoundTrips(
      @ForAll @IntRange(min = 200_000_000, max = 775_999_999) int mmsi,
      @ForAll @DoubleRange(min = 0, max = 102.2) double sog,
      @ForAll @DoubleRange(min = -180, max = 180) double lon,
      @ForAll @DoubleRange(min = -90, max = 90) double lat,
      @ForAll @DoubleRange(min = 0, max = 359.9) double cog,
      @ForAll @IntRange(min = 0, max = 59) int second,
      @ForAll @IntRange(min = 0, max = 15) int status) {
    Payload p =
        enc.encode(
            new AisPayloads.PositionA(
                3, mmsi, status, -128, sog, true, lon, lat, cog, 12, second, 0));
    TestBits b = new TestBits(p);
    assertThat(p.armoured()).hasSize(28);
    assertThat(p.fillBits()).isZero();
    assertThat(b.u(0, 6)).isEqualTo(3);
    assertThat(b.u(8, 30)).isEqualTo(mmsi);
    assertThat(b.u(38, 4)).isEqualTo(status);
    assertThat(b.s(42, 8)).isEqualTo(-128);
    assertThat(b.u(50, 10) / 10.0).isCloseTo(sog, within(0.05 + 1e-9));
    assertThat(b.s(61, 28) / 600000.0).isCloseTo(lon, within(1e-6));
    assertThat(b.s(89, 27) / 600000.0).isCloseTo(lat, within(1e-6));
    assertThat(b.u(116, 12) / 10.0).isCloseTo(cog, within(0.05 + 1e-9));
    assertThat(b.u(128, 9)).isEqualTo(12);
    assertThat(b.u(137, 6)).isEqualTo(second);
  }

  @Test
  void notAvailableCodes() {
    TestBits b =
        new TestBits(
            enc.encode(
                new AisPayloads.PositionA(
                    1,
                    1,
                    15,
                    -128,
                    Double.NaN,
                    false,
                    Double.NaN,
                    Double.NaN,
                    Double.NaN,
                    Double.NaN,
                    60,
                    0)));
    assertThat(b.u(50, 10)).isEqualTo(1023);
    assertThat(b.s(61, 28)).isEqualTo(181 * 600000L);
    assertThat(b.s(89, 27)).isEqualTo(91 * 600000L);
    assertThat(b.u(116, 12)).isEqualTo(3600);
    assertThat(b.u(128, 9)).isEqualTo(511);
    assertThat(b.u(137, 6)).isEqualTo(60);
  }

  @Test
  void staticAndVoyageData() {
    Payload p =
        enc.encode(
            new AisPayloads.StaticVoyage(
                445123000,
                9321483,
                "HMYU7",
                "chon ma san",
                80,
                90,
                20,
                8,
                9,
                1,
                3,
                14,
                8,
                30,
                7.4,
                "NAMPO"));
    assertThat(p.bitLength()).isEqualTo(424);
    assertThat(p.armoured()).hasSize(71);
    assertThat(p.fillBits()).isEqualTo(2);
    TestBits b = new TestBits(p);
    assertThat(b.u(0, 6)).isEqualTo(5);
    assertThat(b.u(38, 2)).isEqualTo(2);
    assertThat(b.u(40, 30)).isEqualTo(9321483);
    assertThat(b.text(70, 7)).isEqualTo("HMYU7");
    assertThat(b.text(112, 20)).isEqualTo("CHON MA SAN");
    assertThat(b.u(232, 8)).isEqualTo(80);
    assertThat(b.u(240, 9)).isEqualTo(90);
    assertThat(b.u(249, 9)).isEqualTo(20);
    assertThat(b.u(258, 6)).isEqualTo(8);
    assertThat(b.u(264, 6)).isEqualTo(9);
    assertThat(b.u(270, 4)).isEqualTo(1);
    assertThat(b.u(274, 4)).isEqualTo(3);
    assertThat(b.u(278, 5)).isEqualTo(14);
    assertThat(b.u(283, 5)).isEqualTo(8);
    assertThat(b.u(288, 6)).isEqualTo(30);
    assertThat(b.u(294, 8)).isEqualTo(74);
    assertThat(b.text(302, 20)).isEqualTo("NAMPO");
  }

  @Test
  void classBMessages() {
    AisPayloads.PositionB pos =
        new AisPayloads.PositionB(412000001, 6.5, false, 122.25, 31.5, 90.0, Double.NaN, 17);
    Payload p18 = enc.encode(pos);
    assertThat(p18.bitLength()).isEqualTo(168);
    TestBits b = new TestBits(p18);
    assertThat(b.u(0, 6)).isEqualTo(18);
    assertThat(b.u(46, 10)).isEqualTo(65);
    assertThat(b.s(57, 28) / 600000.0).isCloseTo(122.25, within(1e-7));
    assertThat(b.s(85, 27) / 600000.0).isCloseTo(31.5, within(1e-7));
    assertThat(b.u(124, 9)).isEqualTo(511);
    assertThat(b.u(133, 6)).isEqualTo(17);
    assertThat(b.u(141, 1)).isEqualTo(1); // CS unit

    Payload p19 = enc.encode(new AisPayloads.ExtendedB(pos, "LU RONG YU 1", 30, 20, 10, 3, 3, 1));
    assertThat(p19.bitLength()).isEqualTo(312);
    TestBits e = new TestBits(p19);
    assertThat(e.u(0, 6)).isEqualTo(19);
    assertThat(e.text(143, 20)).isEqualTo("LU RONG YU 1");
    assertThat(e.u(263, 8)).isEqualTo(30);

    Payload a = enc.encodeStaticA(412000001, "LU RONG YU 1");
    assertThat(a.bitLength()).isEqualTo(160);
    TestBits ta = new TestBits(a);
    assertThat(ta.u(0, 6)).isEqualTo(24);
    assertThat(ta.u(38, 2)).isZero();
    assertThat(ta.text(40, 20)).isEqualTo("LU RONG YU 1");

    Payload pb =
        enc.encode(new AisPayloads.StaticB(412000001, 30, "SRT", 1, 1234, "BZ12", 20, 10, 3, 3));
    assertThat(pb.bitLength()).isEqualTo(168);
    TestBits tb = new TestBits(pb);
    assertThat(tb.u(38, 2)).isEqualTo(1);
    assertThat(tb.u(40, 8)).isEqualTo(30);
    assertThat(tb.text(48, 3)).isEqualTo("SRT");
    assertThat(tb.text(90, 7)).isEqualTo("BZ12");
    assertThat(tb.u(132, 9)).isEqualTo(20);
  }

  @Test
  void longRange() {
    Payload p =
        enc.encode(new AisPayloads.LongRange(445000001, false, 0, 125.4, 38.7, 11.4, 271, false));
    assertThat(p.bitLength()).isEqualTo(96);
    TestBits b = new TestBits(p);
    assertThat(b.u(0, 6)).isEqualTo(27);
    assertThat(b.s(44, 18) / 600.0).isCloseTo(125.4, within(1e-9));
    assertThat(b.s(62, 17) / 600.0).isCloseTo(38.7, within(1e-9));
    assertThat(b.u(79, 6)).isEqualTo(11);
    assertThat(b.u(85, 9)).isEqualTo(271);
  }
}
