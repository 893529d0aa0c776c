package org.reprise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reprise.web.WebServer;
import picocli.CommandLine;

class ServeCommandTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path data;

  private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Runs {@code reprise serve args}; {@code waiter} runs while the server is up. */
  private static Cli.Result serve(ServeCommand.Waiter waiter, String... args) {
    return Cli.run(
        new CommandLine(new ServeCommand(waiter))
            .setExecutionExceptionHandler(new ErrorHandler()),
        args);
  }

  @Test
  void printsTheAddressAndServesThePageTheApiAndTheExample() {
    AtomicReference<String> url = new AtomicReference<>();
    AtomicInteger page = new AtomicInteger();
    AtomicReference<String> example = new AtomicReference<>();
    Cli.Result r =
        serve(
            server -> {
              url.set(server.url());
              try {
                page.set(get(server.url()).statusCode());
                example.set(get(server.url() + "api/example").body());
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            },
            "--port", "0", "--data", data.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(url.get()).startsWith("http://127.0.0.1:");
    assertThat(r.out())
        .contains("Reprise is running at " + url.get())
        .contains("Deals are saved in " + data.toAbsolutePath().normalize())
        .contains("Ctrl-C");
    assertThat(page.get()).isEqualTo(200);
    assertThat(example.get()).contains("Décolletage du Haut-Giffre");
    assertThat(data.resolve("reprise.mv.db")).exists();
  }

  @Test
  void findsTheRepositoryExamplesNextToTheProgram() throws IOException {
    Path found = ServeCommand.findExamples();
    assertThat(found).isNotNull();
    assertThat(Files.isSameFile(found, Cli.EXAMPLES)).isTrue();
  }

  @Test
  void aGivenExamplesDirectoryMustExist() {
    Cli.Result r =
        serve(s -> { }, "--port", "0", "--data", data.toString(),
            "--examples", data.resolve("nope").toString());
    assertThat(r.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(r.err()).contains("nope: no such directory");
  }

  @Test
  void aPortInUseIsAnErrorWithAMessage() {
    try (WebServer other = WebServer.start("127.0.0.1", 0, data.resolve("other"))) {
      Cli.Result r =
          serve(s -> { }, "--port", String.valueOf(other.port()), "--data", data.toString());
      assertThat(r.code()).isEqualTo(Main.INVALID_INPUT);
      assertThat(r.err())
          .startsWith("error: cannot listen on 127.0.0.1:" + other.port())
          .contains("already in use")
          .doesNotContain("Exception");
    }
  }

  @Test
  void aDataDirectoryLockedByAnotherProcessIsExplained() {
    // H2's message when another process holds the file (checked by hand with two servers).
    IllegalStateException locked = new IllegalStateException(
        "cannot open the database jdbc:h2:file:/x/reprise: The file is locked: /x/reprise.mv.db");
    String message = ServeCommand.cannotStart(
        locked, org.reprise.web.WebOptions.of("127.0.0.1", 7070, data));
    assertThat(message).isEqualTo("the data directory " + data
        + " is used by another Reprise server: stop it, or choose another --data");
  }

  @Test
  void aPortOutOfRangeIsAUsageError() {
    Cli.Result r = serve(s -> { }, "--port", "70000", "--data", data.toString());
    assertThat(r.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(r.err()).contains("--port: expected a port from 0 to 65535, found 70000");
  }

  @Test
  void anUnreachableDatabaseIsAnErrorWithAMessage() {
    Cli.Result r =
        serve(s -> { }, "--port", "0", "--db", "jdbc:postgresql://127.0.0.1:1/none");
    assertThat(r.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(r.err()).startsWith("error: cannot open the database jdbc:postgresql://127.0.0.1:1/none");
    assertThat(r.err().lines().count()).isEqualTo(1);
  }

  @Test
  void helpDescribesTheOptions() {
    Cli.Result r = serve(s -> { }, "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("--host", "--port", "--data", "--db", "127.0.0.1", "7070",
        "REPRISE_DB_PASSWORD");
  }
}
