package org.reprise.cli;

import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.concurrent.CountDownLatch;
import org.reprise.cli.text.Terminal;
import org.reprise.web.WebOptions;
import org.reprise.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code reprise serve}: starts the web application (the deal editor in the browser and its JSON
 * API) and runs until interrupted (Ctrl-C). Documentation: docs/web.md and docs/api.md.
 */
@Command(
    name = "serve",
    usageHelpAutoWidth = true,
    description = {
      "Start the web application: open the printed address in a browser to edit a deal, see "
          + "the results and charts at once, and save deals. Runs until Ctrl-C.",
      "Listens on 127.0.0.1 (this computer only) unless --host says otherwise. The database "
          + "password, if any, is read from the REPRISE_DB_PASSWORD environment variable.",
      "Documentation: docs/web.md (the page), docs/api.md (the HTTP API)."
    })
final class ServeCommand extends DealCommand {

  /** Environment variable holding the database password (never on the command line). */
  static final String PASSWORD_VARIABLE = "REPRISE_DB_PASSWORD";

  /** What the command does once the server runs: wait for Ctrl-C, or a test's checks. */
  interface Waiter {
    void await(WebServer server) throws InterruptedException;
  }

  @Option(
      names = "--host",
      paramLabel = "HOST",
      defaultValue = WebOptions.DEFAULT_HOST,
      description = "Interface to listen on. Default: ${DEFAULT-VALUE} (this computer only); "
          + "0.0.0.0 makes the page reachable from the network, without any login.")
  String host;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "7070",
      description = "Port to listen on, 0 for any free port. Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Directory of the saved deals (an embedded database file, reprise.mv.db), "
          + "created if missing. Default: .reprise in your home directory.")
  Path data;

  @Option(
      names = "--db",
      paramLabel = "URL",
      description = "A JDBC URL to save the deals in another database instead, for a shared "
          + "installation: jdbc:postgresql://HOST/DATABASE. Replaces --data.")
  String databaseUrl;

  @Option(
      names = "--db-user",
      paramLabel = "USER",
      description = "Database user for --db.")
  String databaseUser;

  @Option(
      names = "--examples",
      paramLabel = "DIR",
      description = "Directory of the example deals offered on the page. Default: the "
          + "repository's examples/ directory, found next to the program.")
  Path examples;

  private final Waiter waiter;

  /** The command as {@code reprise serve} runs it: waits until the JVM is interrupted. */
  ServeCommand() {
    this(ServeCommand::untilShutdown);
  }

  /** @param waiter what to do while the server runs (tests check it, then return) */
  ServeCommand(Waiter waiter) {
    this.waiter = waiter;
  }

  @Override
  int execute() throws Exception {
    if (port < 0 || port > 65535) {
      throw new ParameterException(
          spec.commandLine(), "--port: expected a port from 0 to 65535, found " + port);
    }
    if (examples != null && !Files.isDirectory(examples)) {
      throw new InputException(examples, "no such directory");
    }
    Path dataDir = data != null ? data : Path.of(System.getProperty("user.home"), ".reprise");
    WebOptions options =
        WebOptions.of(host, port, dataDir)
            .withExamples(examples != null ? examples : findExamples())
            .withDatabase(databaseUrl, databaseUser, password());
    WebServer server = start(options);
    try {
      PrintWriter out = spec.commandLine().getOut();
      out.println("Reprise is running at " + server.url());
      out.println("Deals are saved in " + Terminal.safe(where(server, options)));
      if (options.examplesDir() == null) {
        out.println("No examples directory found: the page offers the blank deal only.");
      }
      out.println("Open the address in a browser. Press Ctrl-C to stop.");
      out.flush();
      waiter.await(server);
    } finally {
      server.stop();
    }
    return Main.OK;
  }

  private WebServer start(WebOptions options) {
    try {
      return WebServer.start(options);
    } catch (RuntimeException e) {
      throw new InputException(null, cannotStart(e, options));
    }
  }

  /** @return a one-line reason why the server could not start */
  static String cannotStart(RuntimeException e, WebOptions options) {
    String message = String.valueOf(e.getMessage());
    if (message.toLowerCase(java.util.Locale.ROOT).contains("port already in use")
        || hasCause(e, java.net.BindException.class)) {
      return "cannot listen on " + options.host() + ":" + options.port()
          + ": the port is already in use (stop the other server or choose another --port)";
    }
    if (options.databaseUrl() == null
        && (message.contains("file is locked") || message.contains("already in use"))) {
      return "the data directory " + options.dataDir()
          + " is used by another Reprise server: stop it, or choose another --data";
    }
    return Terminal.safe(message);
  }

  private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (type.isInstance(c)) {
        return true;
      }
    }
    return false;
  }

  private static String where(WebServer server, WebOptions options) {
    return options.databaseUrl() == null
        ? options.dataDir().toAbsolutePath().normalize() + " (embedded database)"
        : server.database();
  }

  private static String password() {
    return System.getenv(PASSWORD_VARIABLE);
  }

  /**
   * @return the repository's {@code examples/} directory: looked for above the program's jar or
   *     classes (reprise-cli/target/reprise.jar lives two levels below the repository root),
   *     then in the current directory; null when there is none
   */
  static Path findExamples() {
    try {
      CodeSource source = ServeCommand.class.getProtectionDomain().getCodeSource();
      if (source != null && source.getLocation() != null) {
        Path p = Path.of(source.getLocation().toURI()).toAbsolutePath();
        for (int up = 0; up < 5 && p != null; up++, p = p.getParent()) {
          Path candidate = p.resolve("examples");
          if (isExamples(candidate)) {
            return candidate;
          }
        }
      }
    } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
      // fall through to the current directory
    }
    Path here = Path.of("examples").toAbsolutePath();
    return isExamples(here) ? here : null;
  }

  private static boolean isExamples(Path dir) {
    return Files.isRegularFile(dir.resolve("decolletage-secondary-lbo.yaml"));
  }

  /** Waits until the JVM shuts down (Ctrl-C); the server is then stopped by a shutdown hook. */
  private static void untilShutdown(WebServer server) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.stop();
                  stopped.countDown();
                },
                "reprise-serve-shutdown"));
    stopped.await();
  }
}
