package org.reprise.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.reprise.model.DealException;

/**
 * The web application of {@code reprise serve}: the page (static files under {@code /}), the
 * ECharts WebJar under {@code /webjars}, and the JSON API under {@code /api}, described by {@code
 * /api/openapi.json} and in {@code docs/api.md}.
 *
 * <p>Binds to 127.0.0.1 on port {@value WebOptions#DEFAULT_PORT} unless told otherwise. Every
 * response carries a Content-Security-Policy and the usual security headers; request bodies are
 * limited to {@link WebOptions#maxRequestBytes()}; errors are JSON {@code {"error": {"path",
 * "message"}}} and never contain a stack trace.
 */
public final class WebServer implements AutoCloseable {

  /** One endpoint of the API: its method and path (Javalin syntax, also OpenAPI's). */
  public record Route(String method, String path) {

    /** @return true when {@code requestPath} matches this route's path ({@code {id}} any segment) */
    boolean matches(String requestPath) {
      String[] want = path.split("/", -1);
      String[] got = requestPath.split("/", -1);
      if (want.length != got.length) {
        return false;
      }
      for (int i = 0; i < want.length; i++) {
        boolean parameter = want[i].startsWith("{") && want[i].endsWith("}");
        if (parameter ? got[i].isEmpty() : !want[i].equals(got[i])) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * @return the methods of the API routes whose path matches {@code requestPath}, in the order of
   *     docs/api.md; empty when none does
   */
  static List<String> allowedMethods(String requestPath) {
    List<String> out = new java.util.ArrayList<>();
    for (Route r : ROUTES) {
      if (r.matches(requestPath) && !out.contains(r.method())) {
        out.add(r.method());
      }
    }
    return out;
  }

  private static final String OPENAPI = "/org/reprise/web/openapi.json";

  private final Javalin app;
  private final Database database;
  private final SimulationJobs jobs;
  private final String host;
  private final java.util.concurrent.atomic.AtomicBoolean stopped =
      new java.util.concurrent.atomic.AtomicBoolean();

  private WebServer(Javalin app, Database database, SimulationJobs jobs, String host) {
    this.app = app;
    this.database = database;
    this.jobs = jobs;
    this.host = host;
  }

  /**
   * Starts a server with the embedded database in {@code dataDir} and no examples.
   *
   * @param host the interface, e.g. {@code 127.0.0.1}
   * @param port the port, 0 for any free port
   * @param dataDir the data directory, created if missing
   * @return the running server
   */
  public static WebServer start(String host, int port, Path dataDir) {
    return start(WebOptions.of(host, port, dataDir));
  }

  /**
   * Opens the database (migrating its schema), then starts listening.
   *
   * @return the running server
   * @throws IllegalStateException when the database cannot be opened or the port is taken
   */
  public static WebServer start(WebOptions options) {
    Database database = Database.open(options);
    SimulationJobs jobs =
        new SimulationJobs(options.maxRequestBytes(), SimulationJobs.TIME_LIMIT_MILLIS);
    try {
      DealStore store = new DealStore(database);
      RunRoutes run = new RunRoutes(options.maxRequestBytes(), new Examples(options.examplesDir()));
      DealRoutes deals = new DealRoutes(store, options.maxRequestBytes());
      String openapi = resource(OPENAPI);
      Guards guards = new Guards(options.host());
      Map<Route, Handler> routes =
          routes(run, deals, jobs, ctx -> ctx.contentType(RunRoutes.JSON).result(openapi));
      Javalin app =
          Javalin.create(cfg -> configure(cfg, options, guards, routes))
              .start(options.host(), options.port());
      return new WebServer(app, database, jobs, options.host());
    } catch (RuntimeException e) {
      jobs.close();
      database.close();
      throw e;
    }
  }

  /** Every API endpoint, in the order of docs/api.md and of the OpenAPI document. */
  private static final List<Route> ROUTES =
      List.of(
          new Route("POST", "/api/run"),
          new Route("POST", "/api/compare"),
          new Route("POST", "/api/simulate"),
          new Route("GET", "/api/jobs/{id}"),
          new Route("DELETE", "/api/jobs/{id}"),
          new Route("POST", "/api/validate"),
          new Route("POST", "/api/yaml"),
          new Route("POST", "/api/tree"),
          new Route("POST", "/api/report"),
          new Route("POST", "/api/excel"),
          new Route("GET", "/api/template"),
          new Route("GET", "/api/example"),
          new Route("GET", "/api/examples"),
          new Route("GET", "/api/examples/{id}"),
          new Route("GET", "/api/deals"),
          new Route("POST", "/api/deals"),
          new Route("GET", "/api/deals/{id}"),
          new Route("PUT", "/api/deals/{id}"),
          new Route("PATCH", "/api/deals/{id}"),
          new Route("DELETE", "/api/deals/{id}"),
          new Route("POST", "/api/deals/{id}/duplicate"),
          new Route("GET", "/api/deals/{id}/yaml"),
          new Route("GET", "/api/openapi.json"));

  /** @return every API endpoint, in the order of docs/api.md */
  public static List<Route> routes() {
    return ROUTES;
  }

  /** @return the handler of each route, in order; a route without one is a bug */
  private static Map<Route, Handler> routes(
      RunRoutes run, DealRoutes deals, SimulationJobs jobs, Handler openapi) {
    Map<Route, Handler> m = new java.util.LinkedHashMap<>();
    for (Route route : ROUTES) {
      m.put(route, handler(route, run, deals, jobs, openapi));
    }
    return m;
  }

  private static Handler handler(
      Route route, RunRoutes run, DealRoutes deals, SimulationJobs jobs, Handler openapi) {
    switch (route.method() + " " + route.path()) {
      case "POST /api/run": return run::run;
      case "POST /api/compare": return run::compare;
      case "POST /api/simulate": return jobs::start;
      case "GET /api/jobs/{id}": return jobs::get;
      case "DELETE /api/jobs/{id}": return jobs::cancel;
      case "POST /api/validate": return run::validate;
      case "POST /api/yaml": return run::yaml;
      case "POST /api/tree": return run::tree;
      case "POST /api/report": return run::report;
      case "POST /api/excel": return run::excel;
      case "GET /api/template": return run::template;
      case "GET /api/example": return run::example;
      case "GET /api/examples": return run::exampleList;
      case "GET /api/examples/{id}": return run::exampleById;
      case "GET /api/deals": return deals::list;
      case "POST /api/deals": return deals::create;
      case "GET /api/deals/{id}": return deals::get;
      case "PUT /api/deals/{id}": return deals::update;
      case "PATCH /api/deals/{id}": return deals::rename;
      case "DELETE /api/deals/{id}": return deals::delete;
      case "POST /api/deals/{id}/duplicate": return deals::duplicate;
      case "GET /api/deals/{id}/yaml": return deals::export;
      case "GET /api/openapi.json": return openapi;
      default: throw new IllegalStateException("no handler for " + route);
    }
  }

  private static void configure(
      JavalinConfig cfg, WebOptions options, Guards guards, Map<Route, Handler> routes) {
    cfg.startup.showJavalinBanner = false;
    cfg.startup.showOldJavalinVersionWarning = false;
    cfg.http.maxRequestSize = options.maxRequestBytes();
    cfg.staticFiles.add(
        sf -> {
          sf.hostedPath = "/";
          sf.directory = "/web";
          sf.location = Location.CLASSPATH;
          sf.headers = Map.of("Cache-Control", "no-cache");
        });
    cfg.staticFiles.enableWebjars();
    cfg.routes.before(guards::handle);
    routes.forEach(
        (route, handler) ->
            cfg.routes.addHttpHandler(HandlerType.findOrCreate(route.method()), route.path(), handler));
    cfg.routes.exception(ApiException.class, Failures::api);
    cfg.routes.exception(DealException.class, Failures::deal);
    cfg.routes.exception(DealStore.Conflict.class, Failures::conflict);
    cfg.routes.exception(DealStore.Missing.class, Failures::missing);
    cfg.routes.exception(HttpResponseException.class, Failures::http);
    cfg.routes.exception(Exception.class, Failures::unexpected);
    cfg.router.javaLangErrorHandler(
        (response, error) -> {
          org.slf4j.LoggerFactory.getLogger(WebServer.class).error("internal error", error);
          response.setStatus(500);
        });
  }

  private static String resource(String name) {
    try (InputStream in = WebServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the port the server listens on (the real one when started with port 0) */
  public int port() {
    return app.port();
  }

  /** @return the address of the page, e.g. {@code http://127.0.0.1:7070/} */
  public String url() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    if (host.equals("0.0.0.0") || host.equals("::")) {
      h = "127.0.0.1";
    }
    return "http://" + h + ":" + port() + "/";
  }

  /** @return where the deals are saved, for messages (a JDBC URL without settings or password) */
  public String database() {
    return database.describe();
  }

  /** Stops listening, then closes the database. Safe to call more than once. */
  public void stop() {
    if (!stopped.compareAndSet(false, true)) {
      return;
    }
    try {
      jobs.close();
      app.stop();
    } finally {
      database.close();
    }
  }

  @Override
  public void close() {
    stop();
  }
}
