package org.tidewatch.server.auth;

import io.javalin.security.RouteRole;

/**
 * Who may call a route. {@link #PUBLIC} marks the few routes that need no credential (health,
 * login, the API description); every other route names the roles it admits.
 */
public enum Role implements RouteRole {
  /** No credential needed. Never given to a user. */
  PUBLIC,
  /** An analyst: reads vessels, tracks, events, sanctions; screens. */
  ANALYST,
  /** An administrator: everything an analyst does, and manages users. */
  ADMIN,
  /** A private-sector API key: screening only. */
  SCREENING;

  /** The lower-case name used in tokens, files and the API. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Parses {@code analyst}, {@code admin} or {@code screening}. */
  public static Role parse(String text) {
    for (Role r : values()) {
      if (r != PUBLIC && r.id().equalsIgnoreCase(text.strip())) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "unknown role '" + text + "' (expected analyst, admin or screening)");
  }
}
