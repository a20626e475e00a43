package org.tidewatch.core.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.tidewatch.core.geo.Geo;

/** The index answers exactly what a scan of every place answers. */
class PlaceIndexTest {
  private static final List<Place> PLACES = new ArrayList<>();

  static {
    // a dense cluster near Nampo, a scatter, and places on both sides of the antimeridian
    java.util.SplittableRandom r = new java.util.SplittableRandom(7);
    for (int i = 0; i < 400; i++) {
      PLACES.add(place("C" + i, 38.6 + r.nextDouble(0.4), 125.0 + r.nextDouble(0.6)));
    }
    for (int i = 0; i < 400; i++) {
      PLACES.add(place("S" + i, r.nextDouble(-70, 70), r.nextDouble(-180, 180)));
    }
    for (int i = 0; i < 20; i++) {
      PLACES.add(place("E" + i, 51.0 + r.nextDouble(0.5), 179.7 + r.nextDouble(0.3)));
      PLACES.add(place("W" + i, 51.0 + r.nextDouble(0.5), -180 + r.nextDouble(0.3)));
    }
  }

  private static final PlaceIndex INDEX = new PlaceIndex(PLACES);

  private static Place place(String id, double lat, double lon) {
    return new Place(id, id, "XX", "", lat, lon, Place.Kind.PORT, Optional.empty());
  }

  private static Optional<PlaceIndex.Nearby> scan(double lat, double lon, double radius_m) {
    return PLACES.stream()
        .map(
            p ->
                new PlaceIndex.Nearby(
                    p, Geo.fastDistance_m(lat, lon, p.latitude_deg(), p.longitude_deg())))
        .filter(n -> n.distance_m() <= radius_m)
        .min(
            Comparator.comparingDouble(PlaceIndex.Nearby::distance_m)
                .thenComparing(n -> n.place().id()));
  }

  @Property(tries = 300)
  void nearCluster(
      @ForAll @DoubleRange(min = 38.4, max = 39.2) double lat,
      @ForAll @DoubleRange(min = 124.8, max = 125.8) double lon,
      @ForAll @DoubleRange(min = 100, max = 40_000) double radius_m) {
    assertThat(INDEX.nearest(lat, lon, radius_m)).isEqualTo(scan(lat, lon, radius_m));
  }

  @Property(tries = 300)
  void acrossTheAntimeridian(
      @ForAll @DoubleRange(min = 50.8, max = 51.7) double lat,
      @ForAll @DoubleRange(min = -180, max = 180) double lon,
      @ForAll @DoubleRange(min = 1_000, max = 60_000) double radius_m) {
    double l = lon > 0 ? 179.5 + (lon / 180) * 0.5 : -180 + (-lon / 180) * 0.5;
    assertThat(INDEX.nearest(lat, l, radius_m)).isEqualTo(scan(lat, l, radius_m));
  }

  @Property(tries = 200)
  void anywhere(
      @ForAll @DoubleRange(min = -75, max = 75) double lat,
      @ForAll @DoubleRange(min = -180, max = 179.99) double lon) {
    assertThat(INDEX.nearest(lat, lon, 300_000)).isEqualTo(scan(lat, lon, 300_000));
  }
}
