package org.reprise.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded load test of {@code POST /api/run} over loopback: 16 concurrent clients (threads,
 * each waiting for its answer before sending the next request) send the factory example (as the page does, JSON) a fixed number of times
 * after a warm-up; prints p50/p90/p99/max latency, throughput and errors, and writes them to
 * {@code target/load-test.txt}. Asserts no error; makes no timing assertion (timings depend on the
 * machine). The figures and the command are in docs/benchmarks.md, section "Web".
 *
 * <p>System properties: {@code reprise.load.clients} (16), {@code reprise.load.requests} (per
 * client, 250), {@code reprise.load.warmup} (per client, 100).
 */
class RunLoadTest {

  @TempDir Path data;

  /**
   * The latencies of one run as the clients saw them, and the server's own time for each request
   * (its Server-Timing header: reading, computing and writing, without network and queue), in
   * nanoseconds; the number of errors.
   */
  record Figures(long[] nanos, long[] serverNanos, int errors, double seconds, int clients) {

    static double percentile(long[] values, double p) {
      long[] sorted = values.clone();
      Arrays.sort(sorted);
      int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    String report() {
      return String.format(Locale.ROOT,
          "POST /api/run, %d clients, %d requests: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, "
              + "max %.2f ms, %.0f requests/s, %d errors; server time p50 %.2f ms, p99 %.2f ms",
          clients, nanos.length, percentile(nanos, 50), percentile(nanos, 90),
          percentile(nanos, 99), percentile(nanos, 100), nanos.length / seconds, errors,
          percentile(serverNanos, 50), percentile(serverNanos, 99));
    }
  }

  /** @return the duration of a Server-Timing header {@code app;dur=1.234}, in nanoseconds */
  static long serverNanos(HttpResponse<?> r) {
    String h = r.headers().firstValue("Server-Timing").orElse("app;dur=0");
    return (long) (Double.parseDouble(h.substring(h.indexOf("dur=") + 4)) * 1e6);
  }

  @Test
  void sixteenClientsRunTheExampleWithoutError() throws Exception {
    int clients = Integer.getInteger("reprise.load.clients", 16);
    int requests = Integer.getInteger("reprise.load.requests", 250);
    int warmup = Integer.getInteger("reprise.load.warmup", 100);
    try (WebServer server = Fixtures.start(data)) {
      String body = Fixtures.client(server).get("/api/example").body();
      URI uri = URI.create("http://127.0.0.1:" + server.port() + "/api/run");
      load(uri, body, clients, warmup);
      Figures f = load(uri, body, clients, requests);
      String line = f.report();
      System.out.println(line);
      Files.createDirectories(Path.of("target"));
      Files.writeString(Path.of("target", "load-test.txt"), line + "\n", StandardCharsets.UTF_8);
      assertThat(f.errors()).isZero();
      assertThat(f.nanos()).hasSize(clients * requests);
    }
  }

  /** Runs {@code perClient} requests on each of {@code clients} threads, all started together. */
  static Figures load(URI uri, String body, int clients, int perClient) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    CountDownLatch go = new CountDownLatch(1);
    AtomicInteger errors = new AtomicInteger();
    List<Future<long[][]>> futures = new ArrayList<>();
    // One client object (one selector thread, as light on the shared CPU as possible); with 16
    // requests in flight it keeps 16 keep-alive connections open, one per client thread.
    HttpClient client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    for (int c = 0; c < clients; c++) {
      futures.add(pool.submit(() -> {
        HttpRequest request = HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
        long[] nanos = new long[perClient];
        long[] server = new long[perClient];
        go.await();
        for (int i = 0; i < perClient; i++) {
          long start = System.nanoTime();
          try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200 || !r.body().startsWith("{")) {
              errors.incrementAndGet();
            }
            server[i] = serverNanos(r);
          } catch (IOException e) {
            errors.incrementAndGet();
          }
          nanos[i] = System.nanoTime() - start;
        }
        return new long[][] {nanos, server};
      }));
    }
    long start = System.nanoTime();
    go.countDown();
    long[] all = new long[clients * perClient];
    long[] server = new long[clients * perClient];
    int at = 0;
    for (Future<long[][]> f : futures) {
      long[][] n = f.get(10, TimeUnit.MINUTES);
      System.arraycopy(n[0], 0, all, at, n[0].length);
      System.arraycopy(n[1], 0, server, at, n[1].length);
      at += n[0].length;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    return new Figures(all, server, errors.get(), seconds, clients);
  }
}
