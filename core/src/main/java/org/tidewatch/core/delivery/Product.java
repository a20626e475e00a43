package org.tidewatch.core.delivery;

/**
 * A cargo product with its tonne-to-barrel factor (barrels per metric tonne, from the product's
 * typical density at 15 °C: 1 bbl = 0.158987 m³). Where the product is unknown the factor is given
 * as a range: {@link #REFINED_UNSPECIFIED} carries diesel's factor as its low bound and gasoline's
 * as its high bound.
 *
 * <p>Factors (typical industry conversion factors, see shared/guide/notes/behaviour-detection.md §
 * 4): gasoline 8.5, jet/kerosene 7.9, diesel/gasoil 7.45, fuel oil 6.7, crude 7.33. The central
 * factor for unspecified refined products, 7.8, is an assumption: a mix of about two thirds diesel
 * and one third gasoline, which is what DPRK-bound cargoes are reported to be mostly made of.
 */
public enum Product {
  DIESEL(Commodity.REFINED, 7.45, 7.45, 7.45),
  GASOLINE(Commodity.REFINED, 8.5, 8.5, 8.5),
  JET_KEROSENE(Commodity.REFINED, 7.9, 7.9, 7.9),
  FUEL_OIL(Commodity.REFINED, 6.7, 6.7, 6.7),
  /** A refined product of unknown kind: central 7.8, bounds diesel 7.45 to gasoline 8.5. */
  REFINED_UNSPECIFIED(Commodity.REFINED, 7.8, 7.45, 8.5),
  CRUDE_OIL(Commodity.CRUDE, 7.33, 7.33, 7.33),
  /** Coal, counted in tonnes (no barrel factor). */
  COAL(Commodity.COAL, Double.NaN, Double.NaN, Double.NaN);

  /** The commodity the product counts under. */
  public final Commodity commodity;

  /** Central barrels per tonne (NaN for coal). */
  public final double barrelsPerTonne;

  /** Low barrels per tonne. */
  public final double barrelsPerTonneLow;

  /** High barrels per tonne. */
  public final double barrelsPerTonneHigh;

  Product(Commodity commodity, double central, double low, double high) {
    this.commodity = commodity;
    this.barrelsPerTonne = central;
    this.barrelsPerTonneLow = low;
    this.barrelsPerTonneHigh = high;
  }
}
