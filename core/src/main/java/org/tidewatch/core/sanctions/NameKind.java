package org.tidewatch.core.sanctions;

/** How a list presents a name of an entry. */
public enum NameKind {
  /** The name the entry is listed under. */
  PRIMARY,
  /** Also known as (a.k.a.), good quality. */
  ALIAS,
  /** A weak or low-quality alias (OFAC "weak", UN "Low"): screened with less confidence. */
  WEAK_ALIAS,
  /** Formerly known as (f.k.a.), e.g. a vessel's former name. */
  FORMER,
  /** The name in its original script. */
  ORIGINAL_SCRIPT
}
