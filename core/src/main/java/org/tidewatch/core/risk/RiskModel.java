package org.tidewatch.core.risk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The score: 100 × (1 − Π (1 − weight × strength)) over the factors, each factor's strength the
 * noisy-OR of its observations (README.md; weights in {@code risk-weights.properties}).
 *
 * @param weights weight per factor
 * @param darkNearDprk_m a dark period within this distance of a DPRK port counts
 * @param areas known transfer areas
 */
public record RiskModel(Map<RiskFactor, Double> weights, double darkNearDprk_m, List<Area> areas) {

  /**
   * A known transfer area (a circle).
   *
   * @param name name
   * @param latitude_deg centre
   * @param longitude_deg centre
   * @param radius_m radius
   */
  public record Area(String name, double latitude_deg, double longitude_deg, double radius_m) {}

  /** The configuration shipped with tidewatch. */
  public static RiskModel defaults() {
    try (InputStream in = RiskModel.class.getResourceAsStream("risk-weights.properties")) {
      if (in == null) {
        throw new IllegalStateException("risk-weights.properties missing from the build");
      }
      return load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a configuration (every factor must have a weight in [0, 1]). */
  public static RiskModel load(InputStream in) throws IOException {
    Properties p = new Properties();
    p.load(in);
    Map<RiskFactor, Double> w = new EnumMap<>(RiskFactor.class);
    for (RiskFactor f : RiskFactor.values()) {
      String v = p.getProperty("weight." + f.name());
      if (v == null) {
        throw new IOException("risk configuration: no weight." + f.name());
      }
      double d = Double.parseDouble(v.trim());
      if (d < 0 || d > 1) {
        throw new IOException("risk configuration: weight." + f.name() + " must be in [0, 1]");
      }
      w.put(f, d);
    }
    List<Area> areas = new ArrayList<>();
    for (String k : p.stringPropertyNames().stream().sorted().toList()) {
      if (k.startsWith("area.")) {
        String[] x = p.getProperty(k).split(",");
        areas.add(
            new Area(
                k.substring(5),
                Double.parseDouble(x[0].trim()),
                Double.parseDouble(x[1].trim()),
                Double.parseDouble(x[2].trim()) * 1000));
      }
    }
    double r = Double.parseDouble(p.getProperty("darkNearDprk.radius_km", "150").trim()) * 1000;
    return new RiskModel(Map.copyOf(w), r, List.copyOf(areas));
  }

  /** Scores one vessel from its observations. */
  public RiskScore score(
      String vessel, String name, List<Integer> mmsis, List<RiskSignal> signals) {
    Map<RiskFactor, double[]> strength = new EnumMap<>(RiskFactor.class);
    Map<RiskFactor, List<String>> evidence = new EnumMap<>(RiskFactor.class);
    for (RiskSignal s : signals) {
      double st = Math.max(0, Math.min(1, s.strength()));
      double[] a = strength.computeIfAbsent(s.factor(), k -> new double[] {1});
      a[0] *= 1 - st;
      evidence.computeIfAbsent(s.factor(), k -> new ArrayList<>()).add(s.evidence());
    }
    double keep = 1;
    double logSum = 0;
    Map<RiskFactor, Double> logs = new EnumMap<>(RiskFactor.class);
    for (Map.Entry<RiskFactor, double[]> e : strength.entrySet()) {
      double st = 1 - e.getValue()[0];
      double wsum = weights.get(e.getKey()) * st;
      keep *= 1 - wsum;
      double l = -Math.log(Math.max(1e-9, 1 - wsum));
      logs.put(e.getKey(), l);
      logSum += l;
    }
    double score = 100 * (1 - keep);
    List<RiskScore.FactorScore> fs = new ArrayList<>();
    for (Map.Entry<RiskFactor, double[]> e : strength.entrySet()) {
      double st = 1 - e.getValue()[0];
      double pts = logSum > 0 ? score * logs.get(e.getKey()) / logSum : 0;
      fs.add(
          new RiskScore.FactorScore(
              e.getKey(), weights.get(e.getKey()), st, pts, List.copyOf(evidence.get(e.getKey()))));
    }
    fs.sort(
        Comparator.comparingDouble(RiskScore.FactorScore::points)
            .reversed()
            .thenComparing(f -> f.factor().ordinal()));
    return new RiskScore(vessel, name, mmsis, score, fs);
  }
}
