package org.tidewatch.cli.server;

import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.tidewatch.cli.UserError;
import org.tidewatch.server.auth.Passwords;
import org.tidewatch.server.auth.Role;
import org.tidewatch.server.auth.UserStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tidewatch users}: local users and screening API keys of a data directory. */
@Command(
    name = "users",
    mixinStandardHelpOptions = true,
    description = "Manage the workspace's local users and screening API keys.",
    subcommands = {
      UsersCommand.Add.class,
      UsersCommand.ListUsers.class,
      UsersCommand.Remove.class,
      UsersCommand.Passwd.class,
      UsersCommand.Clear.class,
      UsersCommand.AddKey.class,
      UsersCommand.RevokeKey.class
    })
public final class UsersCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  abstract static class Base implements Callable<Integer> {
    @Option(
        names = "--data",
        paramLabel = "DIR",
        defaultValue = "tidewatch-data",
        description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("tidewatch-data");

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    UserStore store() {
      return UserStore.open(data, new Passwords(Passwords.DEFAULT_COST));
    }

    PrintWriter out() {
      return spec.commandLine().getOut();
    }

    /** The password from --password-stdin, else the console (never a command-line argument). */
    String password(boolean fromStdin) {
      if (fromStdin) {
        try {
          String line =
              new java.io.BufferedReader(
                      new java.io.InputStreamReader(
                          System.in, java.nio.charset.StandardCharsets.UTF_8))
                  .readLine();
          if (line == null || line.isEmpty()) {
            throw new UserError("no password on standard input");
          }
          return line;
        } catch (java.io.IOException e) {
          throw new UserError("cannot read the password: " + e.getMessage(), e);
        }
      }
      Console c = System.console();
      if (c == null) {
        throw new UserError("no terminal to ask for the password: use --password-stdin");
      }
      char[] a = c.readPassword("password: ");
      char[] b = c.readPassword("again: ");
      if (a == null || b == null || !java.util.Arrays.equals(a, b)) {
        throw new UserError("the passwords differ");
      }
      return new String(a);
    }

    @Override
    public Integer call() {
      try {
        return run();
      } catch (IllegalArgumentException e) {
        throw new UserError(e.getMessage(), e);
      }
    }

    abstract int run();
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = "Add an analyst (or, with --admin, an admin).")
  static final class Add extends Base {
    @Parameters(index = "0", paramLabel = "NAME")
    String name = "";

    @Option(names = "--admin", description = "Make the user an admin.")
    boolean admin;

    @Option(
        names = "--clearance",
        paramLabel = "MARKING",
        description = "A releasability marking the user may see (repeatable; default UNMARKED).")
    @Nullable List<String> clearances;

    @Option(names = "--password-stdin", description = "Read the password from standard input.")
    boolean stdin;

    @Override
    int run() {
      UserStore s = store();
      s.addUser(
          name,
          password(stdin),
          admin ? Role.ADMIN : Role.ANALYST,
          new LinkedHashSet<>(clearances == null ? List.of() : clearances));
      out().printf("added %s %s%n", admin ? "admin" : "analyst", name);
      return 0;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List users and API keys.")
  static final class ListUsers extends Base {
    @Override
    int run() {
      UserStore s = store();
      for (UserStore.User u : s.users()) {
        out().printf("%-20s %-8s %s%n", u.name(), u.role().id(), String.join(", ", u.clearances()));
      }
      for (UserStore.ApiKey k : s.apiKeys()) {
        out()
            .printf(
                "key %-16s %-8s %s (%s)%n",
                k.id(), k.role().id(), String.join(", ", k.clearances()), k.owner());
      }
      return 0;
    }
  }

  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a user.")
  static final class Remove extends Base {
    @Parameters(index = "0", paramLabel = "NAME")
    String name = "";

    @Override
    int run() {
      if (!store().removeUser(name)) {
        throw new UserError("no user " + name);
      }
      out().printf("removed %s%n", name);
      return 0;
    }
  }

  @Command(name = "passwd", mixinStandardHelpOptions = true, description = "Change a password.")
  static final class Passwd extends Base {
    @Parameters(index = "0", paramLabel = "NAME")
    String name = "";

    @Option(names = "--password-stdin", description = "Read the password from standard input.")
    boolean stdin;

    @Override
    int run() {
      store().setPassword(name, password(stdin));
      out().printf("password of %s changed%n", name);
      return 0;
    }
  }

  @Command(
      name = "clear",
      mixinStandardHelpOptions = true,
      description = "Set the markings a user may see.")
  static final class Clear extends Base {
    @Parameters(index = "0", paramLabel = "NAME")
    String name = "";

    @Parameters(index = "1..*", paramLabel = "MARKING", arity = "1..*")
    List<String> markings = List.of();

    @Override
    int run() {
      store().setClearances(name, new LinkedHashSet<>(markings));
      out().printf("%s is cleared for: %s%n", name, String.join(", ", markings));
      return 0;
    }
  }

  @Command(
      name = "add-key",
      mixinStandardHelpOptions = true,
      description = "Create a screening-only API key for a client; the key is printed once.")
  static final class AddKey extends Base {
    @Parameters(index = "0", paramLabel = "CLIENT")
    String owner = "";

    @Override
    int run() {
      String key = store().addApiKey(owner, java.util.Set.of());
      out().println(key);
      out().println("(shown once: give it to " + owner + "; send it as the X-API-Key header)");
      return 0;
    }
  }

  @Command(
      name = "revoke-key",
      mixinStandardHelpOptions = true,
      description = "Revoke an API key by id.")
  static final class RevokeKey extends Base {
    @Parameters(index = "0", paramLabel = "ID")
    String id = "";

    @Override
    int run() {
      if (!store().revokeApiKey(id)) {
        throw new UserError("no API key " + id);
      }
      out().printf("revoked %s%n", id);
      return 0;
    }
  }
}
