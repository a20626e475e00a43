package org.tidewatch.server.api;

import static org.tidewatch.server.auth.Role.ADMIN;
import static org.tidewatch.server.auth.Role.ANALYST;
import static org.tidewatch.server.auth.Role.PUBLIC;
import static org.tidewatch.server.auth.Role.SCREENING;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.tidewatch.server.auth.LoginThrottle;
import org.tidewatch.server.auth.Principal;
import org.tidewatch.server.auth.Role;
import org.tidewatch.server.auth.Tokens;
import org.tidewatch.server.auth.UserStore;

/** Login, the caller's identity, and user administration (admins only). */
final class AccountRoutes {
  private final UserStore users;
  private final Tokens tokens;
  private final LoginThrottle throttle;

  AccountRoutes(UserStore users, Tokens tokens, LoginThrottle throttle) {
    this.users = users;
    this.tokens = tokens;
    this.throttle = throttle;
  }

  void declare(ApiDoc api) {
    api.post("/api/v1/auth/login", "login")
        .tag("auth")
        .summary("Exchange a user name and password for a signed bearer token")
        .roles(PUBLIC)
        .body("Login")
        .returns("Token")
        .problem(
            "429",
            "Too many failed logins for this user name or from this address: wait Retry-After"
                + " seconds")
        .handle(this::login);
    api.get("/api/v1/auth/me", "getMe")
        .tag("auth")
        .summary("The caller: name, role and clearances")
        .roles(ANALYST, ADMIN, SCREENING)
        .returns("Me")
        .handle(ctx -> ctx.json(me(Auth.principal(ctx))));
    api.get("/api/v1/admin/users", "listUsers")
        .tag("admin")
        .summary("The local users (never their hashes)")
        .roles(ADMIN)
        .returns("UserList")
        .handle(this::listUsers);
    api.post("/api/v1/admin/users", "createUser")
        .tag("admin")
        .summary("Create an analyst or admin")
        .roles(ADMIN)
        .body("NewUser")
        .returns("Me")
        .handle(this::createUser);
    api.delete("/api/v1/admin/users/{name}", "deleteUser")
        .tag("admin")
        .summary("Delete a user")
        .roles(ADMIN)
        .path("name", "string", "The user name.")
        .returns("Me")
        .handle(this::deleteUser);
  }

  static Dto.Me me(Principal p) {
    return new Dto.Me(p.name(), p.role().id(), p.clearances().stream().sorted().toList());
  }

  private void login(Context ctx) {
    Dto.Login l = Json.body(ctx, Dto.Login.class);
    if (l.username() == null || l.password() == null) {
      throw Problem.badRequest("give username and password");
    }
    String address = ctx.req().getRemoteAddr();
    Optional<Duration> wait = throttle.retryAfter(l.username(), address);
    if (wait.isPresent()) {
      throw Problem.tooManyRequests(
          "too many failed logins: try again later", (wait.get().toMillis() + 999) / 1000);
    }
    Optional<Principal> found = users.authenticate(l.username(), l.password());
    if (found.isEmpty()) {
      throttle.failed(l.username(), address);
      throw new Problem.Failure(
          401, "bad-credentials", "Bad credentials", "unknown user or wrong password");
    }
    Principal p = found.get();
    throttle.succeeded(l.username());
    ctx.json(new Dto.Token(tokens.issue(p.name()), "Bearer", tokens.lifetime().toSeconds(), me(p)));
  }

  private void listUsers(Context ctx) {
    List<Dto.Me> out =
        users.users().stream()
            .map(u -> new Dto.Me(u.name(), u.role().id(), u.clearances()))
            .toList();
    ctx.json(out);
  }

  private void createUser(Context ctx) {
    Dto.NewUser n = Json.body(ctx, Dto.NewUser.class);
    if (n.username() == null || n.password() == null) {
      throw Problem.badRequest("give username and password");
    }
    try {
      Role role = n.role() == null ? Role.ANALYST : Role.parse(n.role());
      UserStore.User u =
          users.addUser(
              n.username(),
              n.password(),
              role,
              new HashSet<>(n.clearances() == null ? List.of() : n.clearances()));
      ctx.status(201).json(new Dto.Me(u.name(), u.role().id(), u.clearances()));
    } catch (IllegalArgumentException e) {
      throw Problem.badRequest(e.getMessage());
    }
  }

  private void deleteUser(Context ctx) {
    String name = ctx.pathParam("name");
    if (name.equals(Auth.principal(ctx).name())) {
      throw Problem.badRequest("an admin cannot delete themself");
    }
    UserStore.User u =
        users.users().stream()
            .filter(x -> x.name().equals(name))
            .findFirst()
            .orElseThrow(() -> Problem.notFound("no user " + name));
    users.removeUser(name);
    ctx.json(new Dto.Me(u.name(), u.role().id(), u.clearances()));
  }
}
