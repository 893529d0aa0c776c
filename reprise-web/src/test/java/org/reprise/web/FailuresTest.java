package org.reprise.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reprise.model.DealException;

/** Every failure is a JSON error document; an internal one is a 500 without details. */
class FailuresTest {

  @TempDir Path data;

  @Test
  void anUnknownApiRouteIsA404JsonError() {
    try (WebServer server = Fixtures.start(data)) {
      Http.Response r = Fixtures.client(server).get("/api/nothing");
      assertThat(r.status()).isEqualTo(404);
      assertThat(r.json().at("/error/message").asText()).isEqualTo("not found: GET /api/nothing");
      assertThat(r.json().at("/error/path").asText()).isEmpty();
    }
  }

  /**
   * A wrong method on an address that exists is a 405 naming the methods to use (and the Allow
   * header), not a 404 that would say the job or the route does not exist.
   */
  @Test
  void aWrongMethodIsA405NamingTheMethodsToUse() {
    try (WebServer server = Fixtures.start(data)) {
      Http client = Fixtures.client(server);
      Http.Response r = client.get("/api/run");
      assertThat(r.status()).isEqualTo(405);
      assertThat(r.header("Allow")).isEqualTo("POST");
      assertThat(r.json().at("/error/message").asText())
          .isEqualTo("method GET not allowed on /api/run: use POST");
      Http.Response job = client.put("/api/jobs/abc123", "application/json", "{}");
      assertThat(job.status()).isEqualTo(405);
      assertThat(job.header("Allow")).isEqualTo("GET, DELETE");
      Http.Response fr = client.delete("/api/example", "Accept-Language", "fr");
      assertThat(fr.status()).isEqualTo(405);
      assertThat(fr.json().at("/error/localizedMessage").asText())
          .isEqualTo("méthode DELETE non permise sur /api/example : utilisez GET");
      assertThat(client.get("/api/nothing").status()).isEqualTo(404);
      assertThat(client.get("/api/jobs/a/b").status()).isEqualTo(404);
    }
  }

  @Test
  void theRoutesMatchTheirParameters() {
    assertThat(WebServer.allowedMethods("/api/deals/7")).containsExactly("GET", "PUT", "PATCH",
        "DELETE");
    assertThat(WebServer.allowedMethods("/api/deals/7/yaml")).containsExactly("GET");
    assertThat(WebServer.allowedMethods("/api/deals//yaml")).isEmpty();
    assertThat(WebServer.allowedMethods("/index.html")).isEmpty();
  }

  @Test
  void anInternalErrorIsA500WithAGenericMessageAndNoStackTrace(@TempDir Path examples)
      throws IOException {
    // An example file that is not UTF-8 makes the server fail while reading it: a bug-like
    // failure (an IOException), not a bad request.
    Files.write(examples.resolve(Examples.FACTORY + ".yaml"), new byte[] {(byte) 0xff, 'x'});
    WebOptions options = WebOptions.of("127.0.0.1", 0, data).withExamples(examples);
    try (WebServer server = WebServer.start(options)) {
      Http.Response r = Fixtures.client(server).get("/api/example");
      assertThat(r.status()).isEqualTo(500);
      assertThat(r.json().at("/error/message").asText()).isEqualTo(Failures.INTERNAL);
      assertThat(r.body())
          .doesNotContain("Exception")
          .doesNotContain("at org.")
          .doesNotContain("java.");
    }
  }

  @Test
  void theMessageOfADealErrorLosesItsPathPrefix() {
    DealException e = new DealException("exit.year", "expected a calendar year");
    assertThat(Failures.messageWithoutPath(e)).isEqualTo("expected a calendar year");
    assertThat(Failures.messageWithoutPath(new DealException("", "empty")))
        .isEqualTo("empty");
  }
}
