package org.tidewatch.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import org.tidewatch.server.auth.LoginThrottle;
import org.tidewatch.server.auth.Role;
import org.tidewatch.server.auth.Tokens;
import org.tidewatch.server.auth.UserStore;
import org.tidewatch.server.data.Workspace;

/** Declares every route of the API on an {@link ApiDoc} and wires the gate and errors. */
public final class Api {
  /** The path of the OpenAPI document. */
  public static final String OPENAPI_PATH = "/api/v1/openapi.json";

  private final ApiDoc doc = new ApiDoc();
  private final Auth auth;
  private final String version;
  private final ObjectMapper json;
  private final String swaggerUiPath;

  /**
   * @param swaggerUiPath where the Swagger UI assets are served ({@code
   *     /webjars/swagger-ui/<version>}), or empty when they are not on the class path
   */
  public Api(
      Workspace ws,
      UserStore users,
      Tokens tokens,
      String version,
      String swaggerUiPath,
      boolean uiBuilt) {
    this(ws, users, tokens, version, swaggerUiPath, uiBuilt, LoginThrottle.defaults());
  }

  /** With a login throttle (failed logins per user name and client address). */
  public Api(
      Workspace ws,
      UserStore users,
      Tokens tokens,
      String version,
      String swaggerUiPath,
      boolean uiBuilt,
      LoginThrottle throttle) {
    this.auth = new Auth(users, tokens);
    this.version = version;
    this.json = Json.mapper();
    this.swaggerUiPath = swaggerUiPath;
    doc.get("/api/v1/health", "getHealth")
        .tag("meta")
        .summary("Liveness: the server is up")
        .roles(Role.PUBLIC)
        .returns("Health")
        .handle(ctx -> ctx.json(new Dto.Health("ok", version)));
    doc.get(OPENAPI_PATH, "getOpenApi")
        .tag("meta")
        .summary("This API's OpenAPI 3.1 description")
        .roles(Role.PUBLIC)
        .returns("")
        .handle(ctx -> ctx.json(doc.openApi(json, version)));
    doc.get("/api/docs", "getApiDocs")
        .tag("meta")
        .summary("Swagger UI over the OpenAPI description (bundled, works offline)")
        .roles(Role.PUBLIC)
        .returns("", "text/html")
        .handle(this::swaggerPage);
    if (!uiBuilt) {
      doc.get("/", "getUiPlaceholder")
          .tag("meta")
          .summary("Placeholder page when the web UI is not in the build")
          .roles(Role.PUBLIC)
          .returns("", "text/html")
          .handle(
              ctx ->
                  ctx.contentType("text/html")
                      .result(
                          "<!doctype html><title>tidewatch</title><p>The web UI is not in this"
                              + " build (module ui). The API is at <a"
                              + " href=\"/api/docs\">/api/docs</a>."));
    }
    new AccountRoutes(users, tokens, throttle).declare(doc);
    new VesselRoutes(ws, json).declare(doc);
    new EventRoutes(ws).declare(doc);
    new ScreeningRoutes(ws).declare(doc);
    new InferenceRoutes(ws).declare(doc);
  }

  /** The declared routes. */
  public List<ApiDoc.Route> routes() {
    return doc.routes();
  }

  /** The OpenAPI document as JSON text. */
  public String openApiJson() {
    return doc.openApi(json, version).toString();
  }

  /** Installs the gate, the error mapping and the routes. */
  public void install(Javalin app) {
    app.beforeMatched(auth::check);
    app.exception(
        Problem.Failure.class,
        (e, ctx) -> {
          if (e.retryAfter_s() > 0) {
            ctx.header("Retry-After", Long.toString(e.retryAfter_s()));
          }
          problem(ctx, e.toProblem(ctx.path()));
        });
    app.exception(
        Exception.class,
        (e, ctx) -> {
          org.slf4j.LoggerFactory.getLogger(Api.class)
              .error("request " + ctx.path() + " failed", e);
          problem(
              ctx,
              new Problem(
                  "about:blank", "Internal Server Error", 500, "the server failed", ctx.path()));
        });
    app.error(
        404,
        ctx -> {
          if (!isProblem(ctx)) {
            problem(
                ctx,
                new Problem(
                    Problem.TYPE_BASE + "not-found",
                    "Not found",
                    404,
                    "no such route",
                    ctx.path()));
          }
        });
    app.error(
        405,
        ctx -> {
          if (!isProblem(ctx)) {
            problem(ctx, new Problem("about:blank", "Method Not Allowed", 405, null, ctx.path()));
          }
        });
    doc.mount(app);
  }

  private static boolean isProblem(Context ctx) {
    String ct = ctx.res().getContentType();
    return ct != null && ct.startsWith(Problem.MEDIA_TYPE);
  }

  private void problem(Context ctx, Problem p) {
    try {
      ctx.status(p.status()).contentType(Problem.MEDIA_TYPE).result(json.writeValueAsString(p));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      ctx.status(p.status()).result(p.title());
    }
  }

  private void swaggerPage(Context ctx) {
    if (swaggerUiPath.isEmpty()) {
      throw Problem.notFound(
          "Swagger UI is not on the class path; the description is at " + OPENAPI_PATH);
    }
    ctx.contentType("text/html; charset=utf-8")
        .result(
            """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>tidewatch API</title>
            <link rel="stylesheet" href="%1$s/swagger-ui.css"></head>
            <body><div id="swagger-ui"></div>
            <script src="%1$s/swagger-ui-bundle.js"></script>
            <script>
              window.ui = SwaggerUIBundle({url: '%2$s', dom_id: '#swagger-ui',
                persistAuthorization: true});
            </script></body></html>
            """
                .formatted(swaggerUiPath, OPENAPI_PATH));
  }

  /** Methods Javalin reports for routes (used by the documentation test). */
  public static boolean isRouteMethod(HandlerType t) {
    return t.isHttpMethod() && t != HandlerType.HEAD && t != HandlerType.OPTIONS;
  }
}
