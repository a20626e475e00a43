package org.tidewatch.server.api;

import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import java.util.Optional;
import java.util.Set;
import org.tidewatch.server.auth.Principal;
import org.tidewatch.server.auth.Role;
import org.tidewatch.server.auth.Tokens;
import org.tidewatch.server.auth.UserStore;

/**
 * The authentication gate, run before every matched route: public routes pass; every other route
 * needs a bearer token ({@code Authorization: Bearer <jwt>}) or an API key ({@code X-API-Key:
 * twk_...}) whose role the route admits. Requests under {@code /api/} that match no declared roles
 * are refused (fail closed).
 */
final class Auth {
  private static final String ATTRIBUTE = "tidewatch.principal";

  private final UserStore users;
  private final Tokens tokens;

  Auth(UserStore users, Tokens tokens) {
    this.users = users;
    this.tokens = tokens;
  }

  void check(Context ctx) {
    Set<RouteRole> roles = ctx.routeRoles();
    if (roles.contains(Role.PUBLIC)) {
      return;
    }
    if (roles.isEmpty() && !ctx.path().startsWith("/api/")) {
      return; // static assets of the web UI and Swagger UI: no records
    }
    Principal p =
        authenticate(ctx)
            .orElseThrow(
                () -> {
                  ctx.header("WWW-Authenticate", "Bearer realm=\"tidewatch\"");
                  return new Problem.Failure(
                      401,
                      "unauthenticated",
                      "Authentication required",
                      "give a bearer token (POST /api/v1/auth/login) or an API key (X-API-Key)");
                });
    if (!roles.contains(p.role())) {
      throw new Problem.Failure(
          403, "forbidden", "Forbidden", "the role " + p.role().id() + " may not use this route");
    }
    ctx.attribute(ATTRIBUTE, p);
  }

  private Optional<Principal> authenticate(Context ctx) {
    String key = ctx.header("X-API-Key");
    if (key != null && !key.isBlank()) {
      return users.authenticateApiKey(key.strip());
    }
    String h = ctx.header("Authorization");
    if (h != null && h.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return tokens.verify(h.substring(7).strip()).flatMap(users::principal);
    }
    return Optional.empty();
  }

  /** The caller, as the gate authenticated them. */
  static Principal principal(Context ctx) {
    Principal p = ctx.attribute(ATTRIBUTE);
    if (p == null) {
      throw new IllegalStateException("route reached without authentication: " + ctx.path());
    }
    return p;
  }
}
