package org.reprise.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting and stopping, the page and the WebJar, and the OpenAPI document. */
class WebServerTest {

  private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

  @TempDir Path data;

  @Test
  void startsOnAFreePortAndServesThePageAndEcharts() {
    try (WebServer server = Fixtures.start(data)) {
      assertThat(server.port()).isPositive();
      assertThat(server.url()).isEqualTo("http://127.0.0.1:" + server.port() + "/");
      assertThat(server.database()).startsWith("jdbc:h2:file:").endsWith("reprise");
      Http http = Fixtures.client(server);
      Http.Response page = http.get("/");
      assertThat(page.status()).isEqualTo(200);
      assertThat(page.header("Content-Type")).startsWith("text/html");
      assertThat(page.body()).contains("<html");
      Http.Response echarts = http.get("/webjars/echarts/5.5.0/echarts.min.js");
      assertThat(echarts.status()).isEqualTo(200);
      assertThat(echarts.body()).contains("echarts");
    }
    assertThat(data.resolve("reprise.mv.db")).exists();
  }

  @Test
  void twoServersInOneJvmShareTheDatabase() {
    try (WebServer server = Fixtures.start(data)) {
      assertThat(server.port()).isPositive();
      // Same JVM: H2 shares the open database, so a second server works; the lock only
      // keeps out other processes. Stopping one server must not break the other.
      try (WebServer second = Fixtures.start(data)) {
        assertThat(Fixtures.client(second).get("/api/deals").status()).isEqualTo(200);
      }
      assertThat(Fixtures.client(server).get("/api/deals").status()).isEqualTo(200);
    }
  }

  @Test
  void aTakenPortFailsToStart() {
    try (WebServer server = Fixtures.start(data)) {
      WebOptions same = WebOptions.of("127.0.0.1", server.port(), data);
      assertThatThrownBy(() -> WebServer.start(same)).isInstanceOf(RuntimeException.class);
      assertThat(Fixtures.client(server).get("/api/deals").status()).isEqualTo(200);
    }
  }

  @Test
  void optionsAreChecked() {
    assertThatThrownBy(() -> WebOptions.of("127.0.0.1", 70000, data))
        .hasMessageContaining("port");
    assertThatThrownBy(() -> WebOptions.of("127.0.0.1", 0, null)).hasMessageContaining("dataDir");
    assertThat(WebOptions.of("127.0.0.1", 0, data).maxRequestBytes()).isEqualTo(1 << 20);
  }

  @Test
  void theOpenApiDocumentDescribesEveryRouteAndNothingElse() {
    try (WebServer server = Fixtures.start(data)) {
      Http.Response r = Fixtures.client(server).get("/api/openapi.json");
      assertThat(r.status()).isEqualTo(200);
      JsonNode doc = r.json();
      assertThat(doc.get("openapi").asText()).startsWith("3.");
      Set<String> described = new HashSet<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> path = it.next();
        for (Iterator<String> ops = path.getValue().fieldNames(); ops.hasNext(); ) {
          String op = ops.next();
          if (METHODS.contains(op)) {
            described.add(op.toUpperCase(Locale.ROOT) + " " + path.getKey());
            JsonNode operation = path.getValue().get(op);
            assertThat(operation.has("summary")).as(op + " " + path.getKey()).isTrue();
            assertThat(operation.get("responses").size()).isPositive();
          }
        }
      }
      Set<String> routes = new HashSet<>();
      WebServer.routes().forEach(route -> routes.add(route.method() + " " + route.path()));
      assertThat(described).containsExactlyInAnyOrderElementsOf(routes);
      assertThat(routes).hasSize(23);
    }
  }

  @Test
  void everyRouteAnswersOverHttp() {
    // Guards against a route in the list that is not registered: none may be a 404 "not found".
    try (WebServer server = Fixtures.start(data)) {
      Http http = Fixtures.client(server);
      for (WebServer.Route route : WebServer.routes()) {
        String path = route.path().replace("{id}",
            route.path().startsWith("/api/examples") ? Examples.FACTORY : "999");
        Http.Response r =
            http.send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + server.port() + path))
                    .header("Content-Type", "application/json")
                    .method(route.method(),
                        java.net.http.HttpRequest.BodyPublishers.ofString("{}")));
        String message = r.json().path("error").path("message").asText("");
        assertThat(message).as(route.toString()).doesNotStartWith("not found: ");
      }
    }
  }
}
