package org.reprise.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Security headers on every response, the Host check and the Origin check. */
class GuardsTest extends ServerTest {

  private static void assertSecurityHeaders(Http.Response r) {
    String csp = r.header("Content-Security-Policy");
    assertThat(csp).contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'",
        "object-src 'none'");
    assertThat(csp).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
    assertThat(r.header("Referrer-Policy")).isEqualTo("no-referrer");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/index.html", "/app.js", "/app.css", "/api/deals",
      "/api/example", "/api/openapi.json", "/api/nothing-here", "/nothing-here",
      "/webjars/echarts/5.5.0/echarts.min.js"})
  void everyResponseCarriesTheSecurityHeaders(String path) {
    assertSecurityHeaders(http.get(path));
  }

  @Test
  void errorsCarryThemToo() {
    Http.Response r = http.postYaml("/api/run", "reprise: 2");
    assertThat(r.status()).isEqualTo(400);
    assertSecurityHeaders(r);
    assertThat(r.header("Cache-Control")).isEqualTo("no-store");
  }

  @Test
  void aForeignHostIsRefusedWhenBoundToLoopback() throws IOException {
    assertThat(rawStatus("evil.example")).isEqualTo(403);
    assertThat(rawStatus("evil.example:" + server.port())).isEqualTo(403);
    assertThat(rawStatus("localhost:" + server.port())).isEqualTo(200);
    assertThat(rawStatus("127.0.0.1:" + server.port())).isEqualTo(200);
  }

  /** Sends GET /api/deals with the given Host header on a raw socket; returns the status. */
  private static int rawStatus(String host) throws IOException {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      OutputStream out = s.getOutputStream();
      String request =
          "GET /api/deals HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n";
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      String head = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
      return Integer.parseInt(head.substring(9, 12));
    }
  }

  @Test
  void aChangeFromAnotherOriginIsRefused() {
    Http.Response r =
        http.postJson("/api/deals", "{\"deal\": {\"reprise\": 1}}", "Origin", "http://evil.example");
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.json().at("/error/message").asText()).contains("cross-origin");
    String own = "http://127.0.0.1:" + server.port();
    assertThat(http.postYaml("/api/validate", Fixtures.factoryYaml(), "Origin", own).status())
        .isEqualTo(200);
  }

  @Test
  void hostNameDropsThePort() {
    assertThat(Guards.hostName("LocalHost:7070")).isEqualTo("localhost");
    assertThat(Guards.hostName("[::1]:7070")).isEqualTo("[::1]");
    assertThat(Guards.hostName("127.0.0.1")).isEqualTo("127.0.0.1");
    assertThat(Guards.hostName(null)).isEmpty();
  }

  @Test
  void sameOriginComparesHostAndPort() {
    assertThat(Guards.sameOrigin("http://127.0.0.1:7070", "127.0.0.1:7070")).isTrue();
    assertThat(Guards.sameOrigin("http://localhost:7070", "127.0.0.1:7070")).isFalse();
    assertThat(Guards.sameOrigin("http://127.0.0.1:7071", "127.0.0.1:7070")).isFalse();
    assertThat(Guards.sameOrigin("null", "127.0.0.1:7070")).isFalse();
  }

  @Test
  void loopbackNames() {
    assertThat(Guards.isLoopback("127.0.0.1")).isTrue();
    assertThat(Guards.isLoopback("localhost")).isTrue();
    assertThat(Guards.isLoopback("0.0.0.0")).isFalse();
  }
}
