package org.reprise.web;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test class that runs its tests against one server over real HTTP: the server is started on a
 * free port with a fresh data directory before the class's first test and stopped after its last
 * (test classes run one after the other).
 */
abstract class ServerTest {

  @TempDir static Path data;

  static WebServer server;
  static Http http;

  @BeforeAll
  static void startServer() {
    server = Fixtures.start(data);
    http = Fixtures.client(server);
  }

  @AfterAll
  static void stopServer() {
    server.stop();
  }
}
