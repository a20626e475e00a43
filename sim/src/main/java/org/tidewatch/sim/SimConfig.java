package org.tidewatch.sim;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Parameters of one run.
 *
 * @param feedInterval_s minimum spacing of forwarded position reports per vessel (the feed is
 *     thinned like an aggregator's; transmissions follow ITU-R M.1371 intervals and the forwarded
 *     one is always a transmitted one)
 * @param staticInterval_s minimum spacing of forwarded static/voyage reports per vessel
 * @param plot PNG map to draw, or null
 */
public record SimConfig(
    long seed,
    int days,
    int vessels,
    Instant start,
    String scenario,
    Path outDir,
    Path plot,
    int feedInterval_s,
    int staticInterval_s) {

  public static SimConfig of(long seed, int days, int vessels, Instant start, Path out) {
    return new SimConfig(seed, days, vessels, start, "default", out, null, 300, 1800);
  }

  public SimConfig withPlot(Path p) {
    return new SimConfig(
        seed, days, vessels, start, scenario, outDir, p, feedInterval_s, staticInterval_s);
  }
}
