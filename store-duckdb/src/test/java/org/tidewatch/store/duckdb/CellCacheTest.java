package org.tidewatch.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import com.uber.h3core.H3Core;
import com.uber.h3core.util.LatLng;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The cache gives exactly H3's cell for every position: vessels walking over the whole globe,
 * around the twelve pentagons, across icosahedron faces, and along cell edges and vertices; and it
 * spares most H3 calls for vessels that stay in a cell.
 */
class CellCacheTest {
  private static final int RES = Schema.H3_RESOLUTION;

  /** Moves (lat, lon) by {@code metres} towards {@code bearing} (radians), on a sphere. */
  private static double[] step(double lat, double lon, double metres, double bearing) {
    double d = metres / 6_371_007.2;
    double phi = Math.toRadians(lat);
    double lambda = Math.toRadians(lon);
    double phi2 =
        Math.asin(Math.sin(phi) * Math.cos(d) + Math.cos(phi) * Math.sin(d) * Math.cos(bearing));
    double lambda2 =
        lambda
            + Math.atan2(
                Math.sin(bearing) * Math.sin(d) * Math.cos(phi),
                Math.cos(d) - Math.sin(phi) * Math.sin(phi2));
    double lon2 = Math.toDegrees(lambda2);
    lon2 = ((lon2 + 540) % 360) - 180;
    return new double[] {Math.toDegrees(phi2), lon2};
  }

  /** Walks {@code vessels} vessels from the given starts; returns the positions checked. */
  private static long walk(
      H3Core h3, CellCache cache, List<double[]> starts, int steps, double maxStep_m, long seed) {
    Random rnd = new Random(seed);
    long checked = 0;
    for (int v = 0; v < starts.size(); v++) {
      int mmsi = 200_000_000 + v;
      double[] p = starts.get(v);
      double bearing = rnd.nextDouble() * 2 * Math.PI;
      for (int s = 0; s < steps; s++) {
        if (rnd.nextInt(10) == 0) {
          bearing = rnd.nextDouble() * 2 * Math.PI; // a turn now and then
        }
        double moved = rnd.nextInt(8) == 0 ? 0 : rnd.nextDouble() * maxStep_m; // some at rest
        p = step(p[0], p[1], moved, bearing);
        long expected = h3.latLngToCell(p[0], p[1], RES);
        assertThat(cache.cell(mmsi, p[0], p[1]))
            .as("vessel %d at %.9f, %.9f", mmsi, p[0], p[1])
            .isEqualTo(expected);
        checked++;
      }
    }
    return checked;
  }

  /**
   * Reports of many vessels interleaved, as in a live feed: every one gets H3's cell while the
   * table grows and, past its limit, starts again; vessels that stay put are answered from it.
   */
  @Test
  void interleavedVesselsGetH3sCell_whileTheTableGrowsAndStartsAgain() throws IOException {
    H3Core h3 = H3Core.newInstance();
    Random rnd = new Random(5);
    int vessels = 3000;
    double[][] at = new double[vessels][];
    for (int v = 0; v < vessels; v++) {
      at[v] = new double[] {rnd.nextDouble() * 120 - 60, rnd.nextDouble() * 360 - 180};
    }
    for (int limit : new int[] {1 << 12, 1 << 10}) { // grows from 2 k slots; starts again at 1 k
      CellCache cache = new CellCache(limit);
      long checked = 0;
      for (int round = 0; round < 20; round++) {
        for (int v = 0; v < vessels; v++) {
          int mmsi = 412_000_000 + 7919 * v;
          if (rnd.nextInt(4) == 0) {
            at[v] = step(at[v][0], at[v][1], rnd.nextDouble() * 300, rnd.nextDouble() * 6.3);
          }
          assertThat(cache.cell(mmsi, at[v][0], at[v][1]))
              .as("vessel %d in round %d, limit %d", mmsi, round, limit)
              .isEqualTo(h3.latLngToCell(at[v][0], at[v][1], RES));
          checked++;
        }
      }
      if (limit > vessels) {
        // remembered: H3 for the first report and for a quarter of moves at most
        assertThat(cache.h3Calls).isLessThan(vessels + checked / 4);
      } else {
        assertThat(cache.h3Calls).isGreaterThan(checked / 2); // forgotten, asked again
      }
    }
  }

  @Test
  void everyPositionGetsH3sCell_overTheGlobe() throws IOException {
    H3Core h3 = H3Core.newInstance();
    Random rnd = new Random(1);
    List<double[]> starts = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      // uniform on the sphere, poles included
      starts.add(
          new double[] {
            Math.toDegrees(Math.asin(2 * rnd.nextDouble() - 1)), rnd.nextDouble() * 360 - 180
          });
    }
    CellCache cache = new CellCache();
    long checked = walk(h3, cache, starts, 400, 150, 2);
    assertThat(checked).isEqualTo(160_000);
    // vessels moving up to 150 m a report stay in a cell for several reports
    assertThat(cache.h3Calls).isLessThan(checked / 3);
  }

  @Test
  void everyPositionGetsH3sCell_aroundPentagonsAndAcrossFaces() throws IOException {
    H3Core h3 = H3Core.newInstance();
    List<double[]> starts = new ArrayList<>();
    for (long pentagon : h3.getPentagons(RES)) {
      LatLng c = h3.cellToLatLng(pentagon);
      for (int k = 0; k < 12; k++) {
        starts.add(step(c.lat, c.lng, 100 + 150 * k, k * Math.PI / 6));
      }
      // and cells on several faces near it: walk from their centres too
      for (long n : h3.gridDisk(pentagon, 6)) {
        if (h3.getIcosahedronFaces(n).size() > 1) {
          LatLng m = h3.cellToLatLng(n);
          starts.add(new double[] {m.lat, m.lng});
        }
      }
    }
    assertThat(starts.size()).isGreaterThan(144);
    CellCache cache = new CellCache();
    assertThat(walk(h3, cache, starts, 300, 400, 3)).isPositive();
  }

  /**
   * The test without trigonometry treats a cell's edges as straight lines in degrees: its margin
   * must exceed how far a great-circle edge bows away from that line, here measured at the edge's
   * midpoint on 20,000 random cells within the latitudes where it is used.
   */
  @Test
  void theStraightLineMarginCoversTheBowOfEveryEdge() throws IOException {
    H3Core h3 = H3Core.newInstance();
    Random rnd = new Random(6);
    double maxBow = 0;
    for (int i = 0; i < 20_000; i++) {
      double lat = Math.toDegrees(Math.asin(rnd.nextDouble() * 2 - 1));
      if (Math.abs(lat) > CellCache.LINES_MAX_LAT) {
        continue;
      }
      List<LatLng> b = h3.cellToBoundary(h3.latLngToCell(lat, rnd.nextDouble() * 340 - 170, RES));
      for (int k = 0; k < b.size(); k++) {
        LatLng p = b.get(k);
        LatLng q = b.get((k + 1) % b.size());
        // the great circle's midpoint: the normalised sum of the unit vectors
        double[] u = unit(p);
        double[] v = unit(q);
        double x = u[0] + v[0];
        double y = u[1] + v[1];
        double z = u[2] + v[2];
        double mLat = Math.toDegrees(Math.atan2(z, Math.hypot(x, y)));
        double mLon = Math.toDegrees(Math.atan2(y, x));
        double dLat = q.lat - p.lat;
        double dLon = q.lng - p.lng;
        double bow =
            Math.abs((mLon - p.lng) * dLat - (mLat - p.lat) * dLon) / Math.hypot(dLat, dLon);
        maxBow = Math.max(maxBow, bow);
      }
    }
    assertThat(maxBow).isPositive().isLessThan(CellCache.MARGIN_DEG / 4);
  }

  private static double[] unit(LatLng p) {
    double phi = Math.toRadians(p.lat);
    double lambda = Math.toRadians(p.lng);
    return new double[] {
      Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi)
    };
  }

  @Test
  void pointsOnAndNearCellEdgesAndVertices_getH3sCell() throws IOException {
    H3Core h3 = H3Core.newInstance();
    Random rnd = new Random(4);
    CellCache cache = new CellCache();
    int mmsi = 366_000_001;
    for (int i = 0; i < 600; i++) {
      long cell =
          h3.latLngToCell(
              Math.toDegrees(Math.asin(2 * rnd.nextDouble() - 1)),
              rnd.nextDouble() * 360 - 180,
              RES);
      LatLng c = h3.cellToLatLng(cell);
      cache.cell(mmsi, c.lat, c.lng); // the vessel sits in the cell: its polygon is cached
      List<LatLng> b = h3.cellToBoundary(cell);
      for (int k = 0; k < b.size(); k++) {
        LatLng p = b.get(k);
        LatLng q = b.get((k + 1) % b.size());
        for (double f : new double[] {0, 1e-12, 1e-9, 0.25, 0.5, 0.999999999, 1}) {
          double lat = p.lat + f * (q.lat - p.lat);
          double lon = p.lng + f * (q.lng - p.lng);
          // on the straight line between the vertices, and off it by up to ~1 m (the curved
          // edge bows away from that line by up to ~1e-7° here; the test without trigonometry
          // leaves 2e-6° to the exact one)
          for (double eps :
              new double[] {
                0, 1e-10, -1e-10, 1e-8, -1e-8, 1e-7, -1e-7, 1e-6, -1e-6, 2e-6, -2e-6, 3e-6, -3e-6,
                1e-5, -1e-5
              }) {
            double la = Math.max(-90, Math.min(90, lat + eps));
            double lo = lon + (i % 2 == 0 ? eps : -eps);
            assertThat(cache.cell(mmsi, la, lo))
                .as("edge %d of %x at f=%s eps=%s", k, cell, f, eps)
                .isEqualTo(h3.latLngToCell(la, lo, RES));
            cache.cell(mmsi, c.lat, c.lng); // back to the centre between probes
          }
        }
      }
    }
  }
}
