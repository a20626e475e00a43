package org.tidewatch.core.sanctions;

/** The relation a link states between a listed entry and another party. */
public enum LinkKind {
  /** Registered owner (or beneficial owner where the list says so). */
  OWNER,
  /** Ship manager / commercial manager. */
  MANAGER,
  /** Operator of a vessel or aircraft. */
  OPERATOR,
  /** Director, officer or controlling person of a company. */
  DIRECTOR,
  /** The other name is the same party listed separately. */
  ALIAS_OF,
  /** A link the list does not qualify (OFAC "Linked To:"). */
  LINKED_TO
}
