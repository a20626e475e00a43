package org.tidewatch.sanctions.read;

/**
 * The list file formats tidewatch reads, recognised from their content by {@link FormatDetector}.
 */
public enum ListFormat {
  /** UN Security Council consolidated list XML ({@code CONSOLIDATED_LIST}). */
  UN_CONSOLIDATED_XML,
  /**
   * Harmonised JSON-LD vessel lists (UN 1718 Committee vessels, EU vessel bans) in ammitto form.
   */
  VESSEL_LIST_JSONLD,
  /** OFAC SDN.CSV (legacy CSV, 12 columns, identifiers inside Remarks). */
  OFAC_SDN_CSV,
  /** OFAC ALT.CSV (aliases by ent_num), read together with its SDN.CSV. */
  OFAC_ALT_CSV,
  /** OFAC ADD.CSV (addresses by ent_num), read together with its SDN.CSV. */
  OFAC_ADD_CSV,
  /** OFAC SDN_COMMENTS.CSV (remarks overflow by ent_num), read together with its SDN.CSV. */
  OFAC_COMMENTS_CSV,
  /** OFAC classic XML ({@code sdnList}: sdn.xml, consolidated.xml). */
  OFAC_SDN_XML,
  /** OFAC Enhanced XML ({@code sanctionsData}). */
  OFAC_ENHANCED_XML,
  /** The OpenSanctions transcription of EU Official Journal annexes (FtM-aligned columns). */
  EU_JOURNAL_CSV,
  /** OpenSanctions FollowTheMoney entities, one JSON object per line. */
  FTM_JSONL
}
