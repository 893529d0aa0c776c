package org.reprise.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A small HTTP client for the tests: real requests over loopback with java.net.http. */
final class Http {

  /** A response: status, body, and the headers we look at. */
  record Response(int status, String body, HttpResponse<String> raw) {
    JsonNode json() {
      try {
        return Trees.JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + body, e);
      }
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  /** @param base e.g. http://127.0.0.1:1234 (no trailing slash) */
  Http(String base) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  Response get(String path, String... headers) {
    return send(builder(path, headers).GET());
  }

  Response delete(String path, String... headers) {
    return send(builder(path, headers).DELETE());
  }

  Response post(String path, String contentType, String body, String... headers) {
    return send(withBody(builder(path, headers), "POST", contentType, body));
  }

  Response put(String path, String contentType, String body, String... headers) {
    return send(withBody(builder(path, headers), "PUT", contentType, body));
  }

  Response patch(String path, String contentType, String body, String... headers) {
    return send(withBody(builder(path, headers), "PATCH", contentType, body));
  }

  Response postJson(String path, String body, String... headers) {
    return post(path, "application/json", body, headers);
  }

  Response postYaml(String path, String body, String... headers) {
    return post(path, "application/yaml", body, headers);
  }

  private HttpRequest.Builder builder(String path, String... headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return b;
  }

  private static HttpRequest.Builder withBody(
      HttpRequest.Builder b, String method, String contentType, String body) {
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    HttpRequest.BodyPublisher publisher =
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
    return b.method(method, publisher);
  }

  Response send(HttpRequest.Builder b) {
    try {
      HttpResponse<String> r =
          client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(r.statusCode(), r.body(), r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
