package org.reprise.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The durability check of the saved deals: a child JVM runs the server and saves deals as fast as
 * it can, printing {@code ack <id>} after each 201 answer; this process kills it with SIGKILL
 * ({@link Process#destroyForcibly()}) mid-stream, then a server started on the same data directory
 * must have every acknowledged deal, with its text.
 *
 * <p>{@link KillDurabilityTest} runs a few rounds in every build. A longer run by hand, from the
 * repository root after {@code ./mvnw -o -q -pl reprise-web install}:
 *
 * <pre>
 * ./mvnw -o -q -pl reprise-web dependency:build-classpath \
 *     -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -cp reprise-web/target/classes:reprise-web/target/test-classes:$(cat \
 *     reprise-web/target/test-classpath.txt) org.reprise.web.KillCheck 3 500
 * </pre>
 *
 * (3 rounds, each killed after 500 acknowledged saves).
 *
 * <p>The child is made so that it can never outlive its parent or hang a build: its output goes to
 * files (no pipe to drain), it stops when its standard input closes (the parent died) and after
 * {@link #CHILD_LIFETIME} in any case, and every wait of the parent has a deadline.
 */
public final class KillCheck {

  /** The longest a child lives, whatever happens. */
  static final Duration CHILD_LIFETIME = Duration.ofSeconds(120);

  private KillCheck() {}

  /**
   * One round's outcome.
   *
   * @param acknowledged the ids the killed child had acknowledged, in order
   * @param log the child's standard output
   */
  record Round(List<Long> acknowledged, Path log) {}

  /**
   * Starts a child server on {@code dir} that saves {@code deal} over and over, waits until it has
   * acknowledged {@code acks} saves, waits {@code extraMillis} more, and kills it with SIGKILL.
   *
   * @param work a directory for the child's output files
   * @param timeout the longest wait for the acknowledgements
   * @return the acknowledged ids (at least {@code acks})
   * @throws AssertionError when the child dies or does not acknowledge in time, with its errors
   */
  static Round round(Path dir, Path deal, Path work, int acks, long extraMillis, Duration timeout)
      throws IOException, InterruptedException {
    Files.createDirectories(work);
    Path out = Files.createTempFile(work, "child-", ".out");
    Path err = Path.of(out.toString().replace(".out", ".err"));
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                KillCheck.class.getName(), "child", dir.toAbsolutePath().toString(),
                deal.toAbsolutePath().toString())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start(); // standard input stays a pipe: the child stops when it closes
    try {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (acknowledged(out).size() < acks) {
        if (!child.isAlive()) {
          throw new AssertionError("the child server stopped (exit " + child.exitValue()
              + ") after " + acknowledged(out).size() + " saves: " + tail(err));
        }
        if (System.nanoTime() > deadline) {
          throw new AssertionError("the child server acknowledged " + acknowledged(out).size()
              + " saves in " + timeout.toSeconds() + " s, not " + acks + ": " + tail(err));
        }
        Thread.sleep(10);
      }
      Thread.sleep(extraMillis);
    } finally {
      child.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close of the database
      if (!child.waitFor(10, TimeUnit.SECONDS)) {
        throw new AssertionError("the child server did not die within 10 s of SIGKILL");
      }
      child.getOutputStream().close();
    }
    return new Round(acknowledged(out), out);
  }

  /** @return the ids of the complete {@code ack <id>} lines of a child's output */
  static List<Long> acknowledged(Path out) throws IOException {
    String text = Files.readString(out, StandardCharsets.UTF_8);
    int end = text.lastIndexOf('\n'); // a line cut by the kill is not an acknowledgement
    List<Long> ids = new ArrayList<>();
    if (end < 0) {
      return ids;
    }
    for (String line : text.substring(0, end).split("\n")) {
      if (line.startsWith("ack ")) {
        ids.add(Long.parseLong(line.substring(4).trim()));
      }
    }
    return ids;
  }

  private static String tail(Path file) {
    try {
      String s = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
      return s.isBlank() ? "(no error output)" : s.substring(Math.max(0, s.length() - 2000));
    } catch (IOException e) {
      return "(unreadable: " + e.getMessage() + ")";
    }
  }

  /**
   * {@code KillCheck child DIR DEAL}: the child. {@code KillCheck [ROUNDS] [ACKS]}: the check by
   * hand, ROUNDS kills (default 3) after ACKS acknowledged saves each (default 300).
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 3 && args[0].equals("child")) {
      child(Path.of(args[1]), Path.of(args[2]));
      return;
    }
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    int acks = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    Path dir = Files.createTempDirectory("reprise-kill");
    Path deal = Fixtures.EXAMPLES.resolve("decolletage-secondary-lbo.yaml");
    if (!Files.exists(deal)) {
      deal = Path.of("examples", "decolletage-secondary-lbo.yaml"); // from the repository root
    }
    int missing = 0;
    for (int r = 0; r < rounds; r++) {
      Round round = round(dir, deal, dir.resolve("logs"), acks, 0, Duration.ofMinutes(5));
      try (WebServer server = WebServer.start("127.0.0.1", 0, dir)) {
        Http http = Fixtures.client(server);
        int lost = 0;
        for (long id : round.acknowledged()) {
          if (http.get("/api/deals/" + id).status() != 200) {
            lost++;
          }
        }
        missing += lost;
        System.out.println("round " + (r + 1) + ": killed after " + round.acknowledged().size()
            + " acknowledged saves; after restart " + http.get("/api/deals").json().size()
            + " deals stored, " + lost + " acknowledged deals missing");
      }
    }
    System.exit(missing == 0 ? 0 : 1);
  }

  /** Saves the deal over and over, printing {@code ack <id>} after each acknowledged save. */
  private static void child(Path dir, Path deal) throws IOException {
    Thread watchdog = new Thread(() -> {
      try {
        while (System.in.read() >= 0) {
          // the parent writes nothing: this returns -1 when its end closes (it died)
        }
      } catch (IOException e) {
        // the same
      }
      Runtime.getRuntime().halt(3);
    }, "parent-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
    Thread timer = new Thread(() -> {
      try {
        Thread.sleep(CHILD_LIFETIME.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      Runtime.getRuntime().halt(4);
    }, "lifetime");
    timer.setDaemon(true);
    timer.start();
    String yaml;
    try {
      yaml = Files.readString(deal, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    WebServer server = WebServer.start("127.0.0.1", 0, dir);
    Http http = Fixtures.client(server);
    for (int i = 0; ; i++) {
      Http.Response r = http.postYaml("/api/deals?name=kill-" + i, yaml);
      if (r.status() == 201) {
        System.out.println("ack " + r.json().get("id").asLong());
        System.out.flush();
      }
    }
  }
}
