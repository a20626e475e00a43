package org.tidewatch.server.auth;

import java.util.Set;
import org.tidewatch.core.provenance.Releasability;

/**
 * The authenticated caller of a request: a user (password, then token) or an API key.
 *
 * @param name the user name, or {@code key:<id>} for an API key
 * @param role the role
 * @param clearances the releasability markings the caller may see (exact marking texts; a combined
 *     marking is visible to a caller cleared for each of its parts)
 */
public record Principal(String name, Role role, Set<String> clearances) {

  /** Copies the clearances. */
  public Principal {
    clearances = Set.copyOf(clearances);
  }

  /**
   * True when the caller is cleared for records carrying this marking: for a combined marking (a
   * detected event's, {@link Releasability#allOf}), cleared for every part.
   */
  public boolean isClearedFor(Releasability marking) {
    return marking.visibleTo(clearances);
  }

  /** True when the caller is cleared for records carrying this marking text (see above). */
  public boolean isClearedFor(String marking) {
    return Releasability.visibleTo(marking, clearances);
  }
}
