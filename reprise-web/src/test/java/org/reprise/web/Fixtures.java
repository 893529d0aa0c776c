package org.reprise.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Shared test inputs: the repository's examples, seen from the module directory. */
final class Fixtures {

  /** The repository's examples directory (tests run in reprise-web/). */
  static final Path EXAMPLES = Path.of("..", "examples");

  static final Path FACTORY = EXAMPLES.resolve("decolletage-secondary-lbo.yaml");

  private Fixtures() {}

  /** @return the factory example's YAML text */
  static String factoryYaml() {
    return read(FACTORY);
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return a server on a free loopback port, saving in {@code dataDir}, with the examples */
  static WebServer start(Path dataDir) {
    return WebServer.start(WebOptions.of("127.0.0.1", 0, dataDir).withExamples(EXAMPLES));
  }

  /** @return a client for the server */
  static Http client(WebServer server) {
    return new Http("http://127.0.0.1:" + server.port());
  }
}
