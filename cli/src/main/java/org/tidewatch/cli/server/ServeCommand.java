package org.tidewatch.cli.server;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.tidewatch.cli.UserError;
import org.tidewatch.cli.infer.InferenceSession;
import org.tidewatch.server.TidewatchServer;
import org.tidewatch.server.auth.Passwords;
import org.tidewatch.server.auth.Role;
import org.tidewatch.server.auth.UserStore;
import org.tidewatch.store.duckdb.DuckDbTrackStore;
import org.tidewatch.store.duckdb.StoreUnavailableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tidewatch serve}: the analyst's workspace (REST API and web map) on a data directory. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the analyst's workspace (web map and REST API under /api/v1) on a data directory.",
      "Create the first admin first: tidewatch users add NAME --admin"
    })
public final class ServeCommand implements Callable<Integer> {
  /** The demo analyst created by {@link #serveDemo}. */
  public static final String DEMO_USER = "demo";

  /** The demo analyst's password (demo data only). */
  public static final String DEMO_PASSWORD = "tidewatch-demo";

  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "tidewatch-data",
      description = "Data directory (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("tidewatch-data");

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "Port (default: ${DEFAULT-VALUE}; 0 for any free port).")
  int port = 8080;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host = "127.0.0.1";

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.exists(data.resolve(DuckDbTrackStore.FILE_NAME))) {
      throw new UserError(
          "no tidewatch data in " + data + " (ingest first: tidewatch ingest ais FILE...)");
    }
    if (UserStore.open(data, new Passwords(Passwords.DEFAULT_COST)).users().isEmpty()) {
      out.println(
          "note: no users yet; create the first admin with: tidewatch users add NAME --admin --data "
              + data);
    }
    try (TidewatchServer server = start(data, host, port)) {
      out.printf(
          "tidewatch workspace on http://%s:%d/ (API docs: /api/docs); Ctrl-C stops%n",
          host, server.port());
      out.flush();
      awaitShutdown();
    }
    return 0;
  }

  /**
   * For {@code tidewatch demo}: makes sure the demo analyst exists (cleared for UNMARKED), serves
   * the data directory, prints the address and the login, and blocks until the process is stopped.
   */
  public static void serveDemo(Path data, int port, PrintWriter out) throws InterruptedException {
    UserStore users = UserStore.open(data, new Passwords(Passwords.DEFAULT_COST));
    if (users.principal(DEMO_USER).isEmpty()) {
      users.addUser(DEMO_USER, DEMO_PASSWORD, Role.ANALYST, Set.of(UserStore.DEFAULT_CLEARANCE));
    }
    try (TidewatchServer server = start(data, "127.0.0.1", port)) {
      out.printf("%nworkspace: http://127.0.0.1:%d/%n", server.port());
      out.printf("login:     %s / %s%n", DEMO_USER, DEMO_PASSWORD);
      out.printf("API docs:  http://127.0.0.1:%d/api/docs  (Ctrl-C stops)%n", server.port());
      out.flush();
      awaitShutdown();
    }
  }

  static TidewatchServer start(Path data, String host, int port) {
    DuckDbTrackStore store;
    try {
      store = DuckDbTrackStore.open(data);
    } catch (StoreUnavailableException e) {
      throw new UserError(e.getMessage(), e);
    }
    try {
      return TidewatchServer.open(
          data,
          store,
          new TidewatchServer.Options(
              host, port, TidewatchServer.Options.defaults().tokenLifetime()),
          registry -> InferenceSession.screen(data, registry));
    } catch (RuntimeException e) {
      store.close();
      if (String.valueOf(e.getMessage()).contains("Failed to bind")
          || e.getCause() instanceof java.net.BindException) {
        throw new UserError("cannot listen on " + host + ":" + port + " (in use?)", e);
      }
      throw e;
    }
  }

  private static void awaitShutdown() throws InterruptedException {
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "tidewatch-serve-stop"));
    stop.await();
  }
}
