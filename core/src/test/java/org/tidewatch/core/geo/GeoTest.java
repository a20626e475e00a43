package org.tidewatch.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class GeoTest {

  @Property(tries = 2000)
  void seriesArcSine_matchesMathAsin(@ForAll @DoubleRange(min = 0, max = 1) double x) {
    assertThat(Geo.asin(x)).isCloseTo(Math.asin(x), within(1e-10 * Math.max(1e-12, x)));
  }

  @Property(tries = 500)
  void fastDistance_within0point6PercentOfTheGeodesic(
      @ForAll @DoubleRange(min = -80, max = 80) double lat,
      @ForAll @DoubleRange(min = -179, max = 179) double lon,
      @ForAll @DoubleRange(min = -2, max = 2) double dLat,
      @ForAll @DoubleRange(min = -2, max = 2) double dLon) {
    double exact = Geo.distance_m(lat, lon, lat + dLat, lon + dLon);
    assertThat(Geo.fastDistance_m(lat, lon, lat + dLat, lon + dLon))
        .isCloseTo(exact, within(0.006 * exact + 1e-6));
  }

  @Property(tries = 1000)
  void shortDistances_agreeWithTheHaversine(
      @ForAll @DoubleRange(min = -84, max = 84) double lat,
      @ForAll @DoubleRange(min = -179, max = 179) double lon,
      @ForAll @DoubleRange(min = -0.99, max = 0.99) double dLat,
      @ForAll @DoubleRange(min = -0.99, max = 0.99) double dLon) {
    double h = Geo.haversine_m(lat, lon, lat + dLat, lon + dLon);
    assertThat(Geo.fastDistance_m(lat, lon, lat + dLat, lon + dLon))
        .isCloseTo(h, within(1e-4 * h + 1e-6));
  }

  @Test
  void oneDegreeOfLatitude() {
    assertThat(Geo.fastDistance_m(38, 125, 39, 125)).isCloseTo(111_195, within(5.0));
  }
}
