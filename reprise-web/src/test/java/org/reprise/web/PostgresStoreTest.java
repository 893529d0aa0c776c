package org.reprise.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The saved deals on PostgreSQL, through the server, as {@code reprise serve --db
 * jdbc:postgresql://...} runs it. Each run works in a schema of its own, dropped at the end.
 *
 * <p>Skipped, with the reason printed, when no PostgreSQL server is reachable. The server is read
 * from {@code REPRISE_TEST_PG_URL}, {@code REPRISE_TEST_PG_USER}, {@code REPRISE_TEST_PG_PASSWORD};
 * by default {@code jdbc:postgresql://127.0.0.1:5432/reprise_test}, user and password {@code
 * reprise} (see docs/web.md for the two commands that create them).
 */
class PostgresStoreTest {

  private static final String URL = env("REPRISE_TEST_PG_URL",
      "jdbc:postgresql://127.0.0.1:5432/reprise_test");
  private static final String USER = env("REPRISE_TEST_PG_USER", "reprise");
  private static final String PASSWORD = env("REPRISE_TEST_PG_PASSWORD", "reprise");
  private static final String SCHEMA =
      "reprise_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

  @TempDir Path unused;

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  private static String schemaUrl() {
    return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA
        + "&connectTimeout=3";
  }

  @BeforeAll
  static void reachable() {
    try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD)) {
      assertThat(c.isValid(3)).isTrue();
    } catch (SQLException e) {
      String reason = "PostgreSQL test skipped: no server reachable at " + URL + " as " + USER
          + " (" + e.getMessage() + ")";
      System.out.println(reason);
      Assumptions.abort(reason);
    }
  }

  @AfterAll
  static void dropSchema() throws SQLException {
    try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD);
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    } catch (SQLException e) {
      // unreachable: nothing was created
    }
  }

  private WebServer start() {
    return WebServer.start(
        WebOptions.of("127.0.0.1", 0, unused)
            .withExamples(Fixtures.EXAMPLES)
            .withDatabase(schemaUrl(), USER, PASSWORD));
  }

  @Test
  void savesUpdatesAndKeepsDealsOverARestart() {
    long id;
    try (WebServer server = start()) {
      assertThat(server.database().toLowerCase(Locale.ROOT)).startsWith("jdbc:postgresql:");
      Http http = Fixtures.client(server);
      Http.Response created = http.postYaml("/api/deals?name=Sur%20PostgreSQL", Fixtures.factoryYaml());
      assertThat(created.status()).as(created.body()).isEqualTo(201);
      id = created.json().get("id").asLong();
      String url = "/api/deals/" + id;
      assertThat(http.patch(url, "application/json", "{\"name\": \"Renommé\", \"version\": 1}")
          .status()).isEqualTo(200);
      assertThat(http.patch(url, "application/json", "{\"name\": \"Stale\", \"version\": 1}")
          .status()).isEqualTo(409);
      Http.Response copy = http.post(url + "/duplicate", null, null);
      assertThat(copy.status()).isEqualTo(201);
      assertThat(http.delete("/api/deals/" + copy.json().get("id").asLong()).status())
          .isEqualTo(204);
    }
    try (WebServer again = start()) {
      Http http = Fixtures.client(again);
      assertThat(http.get("/api/deals").json().size()).isEqualTo(1);
      Http.Response r = http.get("/api/deals/" + id);
      assertThat(r.json().get("name").asText()).isEqualTo("Renommé");
      assertThat(r.json().get("version").intValue()).isEqualTo(2);
      assertThat(r.json().get("yaml").asText()).isEqualTo(Fixtures.factoryYaml());
      assertThat(http.get("/api/deals/" + id + "/yaml").body()).isEqualTo(Fixtures.factoryYaml());
    }
  }
}
