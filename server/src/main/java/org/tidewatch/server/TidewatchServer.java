package org.tidewatch.server;

import io.javalin.Javalin;
import io.javalin.event.HandlerMetaInfo;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import org.tidewatch.core.delivery.Hull;
import org.tidewatch.core.risk.ListedMatch;
import org.tidewatch.core.store.TrackStore;
import org.tidewatch.sanctions.match.Screener;
import org.tidewatch.server.api.Api;
import org.tidewatch.server.auth.Passwords;
import org.tidewatch.server.auth.Tokens;
import org.tidewatch.server.auth.UserStore;
import org.tidewatch.server.data.Inference;
import org.tidewatch.server.data.Workspace;

/**
 * The analyst's workspace over HTTP: the REST API under {@code /api/v1}, its OpenAPI description
 * and Swagger UI, and the built web UI at {@code /}. Start with {@link #start}; stop with {@link
 * #close}.
 */
public final class TidewatchServer implements AutoCloseable {
  /** Where the ui module puts the built web UI on the class path. */
  public static final String UI_RESOURCES = "/tidewatch-ui";

  /**
   * How to run.
   *
   * @param host the address to listen on ({@code 127.0.0.1} by default: put a TLS proxy in front to
   *     serve a network)
   * @param port the port, 0 for any free one
   * @param tokenLifetime how long a login lasts
   */
  public record Options(String host, int port, Duration tokenLifetime) {
    public static Options defaults() {
      return new Options("127.0.0.1", 8080, Duration.ofHours(8));
    }

    public Options withPort(int p) {
      return new Options(host, p, tokenLifetime);
    }
  }

  private final Javalin app;
  private final Api api;
  private final List<HandlerMetaInfo> handlers;
  private final List<AutoCloseable> owned;

  private TidewatchServer(
      Javalin app, Api api, List<HandlerMetaInfo> handlers, List<AutoCloseable> owned) {
    this.app = app;
    this.api = api;
    this.handlers = handlers;
    this.owned = owned;
  }

  /** Starts serving a workspace. */
  public static TidewatchServer start(
      Workspace workspace, UserStore users, Tokens tokens, Options options) {
    return start(workspace, users, tokens, options, List.of());
  }

  static TidewatchServer start(
      Workspace workspace,
      UserStore users,
      Tokens tokens,
      Options options,
      List<AutoCloseable> owned) {
    String swagger = swaggerUiPath();
    boolean ui = TidewatchServer.class.getResource(UI_RESOURCES + "/index.html") != null;
    Api api = new Api(workspace, users, tokens, version(), swagger, ui);
    List<HandlerMetaInfo> handlers = new ArrayList<>();
    Javalin app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.jetty.threadPool = threadPool();
              config.http.defaultContentType = "application/json";
              config.events.handlerAdded(handlers::add);
              if (!swagger.isEmpty()) {
                config.staticFiles.enableWebjars();
              }
              if (ui) {
                config.staticFiles.add(
                    sf -> {
                      sf.hostedPath = "/";
                      sf.directory = UI_RESOURCES;
                      sf.location = Location.CLASSPATH;
                      sf.headers = java.util.Map.of("X-Content-Type-Options", "nosniff");
                      // explicit charsets: Jetty otherwise sends "charset=null", which Chromium
                      // refuses for module workers (MapLibre's worker)
                      sf.mimeTypes.add("text/javascript; charset=utf-8", "js", "mjs");
                      sf.mimeTypes.add("text/html; charset=utf-8", "html");
                      sf.mimeTypes.add("text/css; charset=utf-8", "css");
                      sf.mimeTypes.add("application/json; charset=utf-8", "json");
                    });
              }
            });
    api.install(app);
    app.after(
        ctx -> {
          ctx.header("X-Content-Type-Options", "nosniff");
          ctx.header("Referrer-Policy", "no-referrer");
          if (ctx.path().startsWith("/api/v1/")) {
            ctx.header("Cache-Control", "no-store");
          }
        });
    app.start(options.host(), options.port());
    // the sanctions lists in force may change while serving (sanctions ingest / update)
    java.util.concurrent.ScheduledExecutorService lists =
        java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "tidewatch-lists-watch");
              t.setDaemon(true);
              return t;
            });
    long every = Long.getLong("tidewatch.server.listsCheck_s", 60);
    lists.scheduleWithFixedDelay(
        () -> {
          try {
            Screening.refreshIfListsChanged(workspace);
          } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(TidewatchServer.class)
                .warn("checking the sanctions lists in force failed: {}", e.toString());
          }
        },
        every,
        every,
        java.util.concurrent.TimeUnit.SECONDS);
    List<AutoCloseable> all = new ArrayList<>();
    all.add(
        () -> {
          lists.shutdownNow();
          lists.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        });
    all.addAll(owned);
    return new TidewatchServer(app, api, List.copyOf(handlers), List.copyOf(all));
  }

  /**
   * Opens a data directory (the track store, the sanctions lists in force, the users) and serves
   * it. The server owns the store and closes it on {@link #close}.
   */
  public static TidewatchServer open(Path dataDir, TrackStore store, Options options) {
    return open(dataDir, store, options, registry -> List.of());
  }

  /**
   * Opens a data directory and serves it, with inference (deliveries, ledger, risk) run at start-up
   * over {@code DIR/detect/events.jsonl} and {@code DIR/registry.csv}.
   *
   * @param screenRegistry screens the registry's hulls against the sanctions lists in force (for
   *     the risk factors of listed vessels and owners)
   */
  public static TidewatchServer open(
      Path dataDir,
      TrackStore store,
      Options options,
      Function<Map<Integer, Hull>, List<ListedMatch>> screenRegistry) {
    Optional<Screener> screener = Screening.load(dataDir);
    Inference inference = Inference.load(dataDir, screenRegistry);
    Workspace ws = new Workspace(store, screener, inference);
    UserStore users = UserStore.open(dataDir, new Passwords(Passwords.DEFAULT_COST));
    Tokens tokens =
        new Tokens(UserStore.signingSecret(dataDir), options.tokenLifetime(), Clock.systemUTC());
    return start(ws, users, tokens, options, List.of(store));
  }

  /**
   * Jetty's pool: at most {@code max(16, 8 × cores)} threads (Jetty's acceptor and selector take
   * theirs from it), or {@code -Dtidewatch.server.threads=N}. Javalin's default of 250 lets 50
   * concurrent requests all run at once on a 2-core machine, where they only share the CPU; with
   * fewer threads, requests beyond them wait in Jetty's queue and the others finish sooner.
   */
  static org.eclipse.jetty.util.thread.QueuedThreadPool threadPool() {
    int cores = Runtime.getRuntime().availableProcessors();
    int max = Math.max(8, Integer.getInteger("tidewatch.server.threads", Math.max(16, 8 * cores)));
    org.eclipse.jetty.util.thread.QueuedThreadPool pool =
        new org.eclipse.jetty.util.thread.QueuedThreadPool(max, Math.min(8, max));
    pool.setName("JettyServerThreadPool");
    return pool;
  }

  /** The port listened on. */
  public int port() {
    return app.port();
  }

  /** The API (routes and OpenAPI document). */
  public Api api() {
    return api;
  }

  /** Every handler Javalin registered (routes as Javalin sees them). */
  public List<HandlerMetaInfo> handlers() {
    return handlers;
  }

  @Override
  public void close() {
    app.stop();
    for (AutoCloseable c : owned) {
      try {
        c.close();
      } catch (Exception e) {
        org.slf4j.LoggerFactory.getLogger(TidewatchServer.class).warn("close failed", e);
      }
    }
  }

  /** This build's version. */
  public static String version() {
    String v = TidewatchServer.class.getPackage().getImplementationVersion();
    return v == null ? "0.1.0-SNAPSHOT" : v;
  }

  private static String swaggerUiPath() {
    try (InputStream in =
        TidewatchServer.class.getResourceAsStream(
            "/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
      if (in == null) {
        return "";
      }
      Properties p = new Properties();
      p.load(in);
      return "/webjars/swagger-ui/" + p.getProperty("version");
    } catch (IOException e) {
      return "";
    }
  }
}
