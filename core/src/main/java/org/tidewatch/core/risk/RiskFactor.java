package org.tidewatch.core.risk;

/** The factors of the vessel risk score (weights in {@code risk-weights.properties}). */
public enum RiskFactor {
  LISTED_IDENTITY("listed identity"),
  OWNERSHIP_LINK("owner or manager listed"),
  DELIVERY("inferred delivery"),
  DPRK_PORT_CALL("DPRK port calls"),
  DPRK_FLAG("DPRK flag"),
  STS_WITH_LINKED("STS with listed or DPRK-linked vessel"),
  DARK_NEAR_DPRK("dark near the DPRK or in a transfer area"),
  IDENTITY_LAUNDERING("identity laundering"),
  SPOOFING("spoofing or shared MMSI"),
  FLAG_MID_MISMATCH("flag and MID mismatch");

  /** Label. */
  public final String label;

  RiskFactor(String label) {
    this.label = label;
  }
}
