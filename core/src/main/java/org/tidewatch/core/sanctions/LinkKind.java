package org.tidewatch.core.sanctions;

/**
 * The role of the <em>target</em> of an {@link EntityLink} towards the entry that states the link.
 */
public enum LinkKind {
  /** The target is the registered (or beneficial) owner of the entry. */
  OWNER,
  /** The target is the ship manager / commercial manager of the entry. */
  MANAGER,
  /** The target operates the entry (vessel or aircraft). */
  OPERATOR,
  /** The target is a director, officer or controlling person of the entry. */
  DIRECTOR,
  /** The target is an asset (a vessel) the entry owns, manages or operates. */
  ASSET,
  /** The target is the same party listed separately. */
  ALIAS_OF,
  /** A link the list does not qualify (OFAC "Linked To:"). */
  LINKED_TO
}
