package org.tidewatch.sim;

import java.nio.file.Path;
import java.time.Instant;

/** Manual driver: java ... RunOnce seed days vessels out [plot]. */
public final class RunOnce {
  public static void main(String[] a) throws Exception {
    SimConfig c =
        SimConfig.of(
            Long.parseLong(a[0]),
            Integer.parseInt(a[1]),
            Integer.parseInt(a[2]),
            Instant.parse("2024-01-01T00:00:00Z"),
            Path.of(a[3]));
    if (a.length > 4) {
      c = c.withPlot(Path.of(a[4]));
    }
    long t = System.nanoTime();
    Simulator.Result r = new Simulator(c).run();
    System.out.println(r + " in " + (System.nanoTime() - t) / 1e9 + " s");
  }
}
