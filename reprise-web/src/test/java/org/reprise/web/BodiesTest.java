package org.reprise.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Request bodies: the size limit, the content types, the encoding. */
class BodiesTest extends ServerTest {

  /** A YAML deal padded with a comment to {@code bytes} bytes. */
  private static String padded(int bytes) {
    String yaml = Fixtures.factoryYaml();
    return yaml + "#" + "x".repeat(Math.max(0, bytes - yaml.length() - 2)) + "\n";
  }

  @Test
  void aBodyOverOneMebibyteIs413WithAJsonError() {
    Http.Response r = http.postYaml("/api/run", padded(2 * 1024 * 1024));
    assertThat(r.status()).isEqualTo(413);
    assertThat(r.json().at("/error/message").asText()).contains("too large").contains("1024 KiB");
  }

  @Test
  void aBodyJustUnderTheLimitIsAccepted() {
    Http.Response r = http.postYaml("/api/run", padded(1024 * 1024 - 100));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
  }

  @Test
  void aChunkedBodyOverTheLimitIs413Too() {
    byte[] big = padded(3 * 1024 * 1024).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    // An InputStream publisher has no known length: the body is sent chunked.
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/run"))
            .header("Content-Type", "application/yaml")
            .POST(HttpRequest.BodyPublishers.ofInputStream(
                () -> new java.io.ByteArrayInputStream(big)));
    Http.Response r = http.send(b);
    assertThat(r.status()).isEqualTo(413);
    assertThat(r.json().has("error")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data"})
  void simpleCrossSiteContentTypesAre415(String type) {
    Http.Response r = http.post("/api/run", type, Fixtures.factoryYaml());
    assertThat(r.status()).isEqualTo(415);
    assertThat(r.json().at("/error/message").asText())
        .contains("application/json or application/yaml");
    assertThat(http.post("/api/deals", type, "{}").status()).isEqualTo(415);
  }

  @Test
  void aMissingContentTypeIs415() {
    assertThat(http.post("/api/run", null, Fixtures.factoryYaml()).status()).isEqualTo(415);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml",
        "application/yaml; charset=utf-8"
      })
  void everyYamlTypeIsRead(String type) {
    assertThat(http.post("/api/validate", type, Fixtures.factoryYaml()).status()).isEqualTo(200);
  }

  @Test
  void aBodyThatIsNotUtf8Is400() {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/run"))
            .header("Content-Type", "application/yaml")
            .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'r', ':', ' ', (byte) 0xff}));
    Http.Response r = http.send(b);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().at("/error/message").asText()).contains("not UTF-8");
  }

  @Test
  void anEmptyOrNonMappingDocumentIs400() {
    assertThat(http.postJson("/api/run", "").status()).isEqualTo(400);
    assertThat(http.postJson("/api/run", "[1, 2]").status()).isEqualTo(400);
    assertThat(http.postJson("/api/tree", "[1, 2]").json().at("/error/message").asText())
        .contains("mapping");
  }
}
