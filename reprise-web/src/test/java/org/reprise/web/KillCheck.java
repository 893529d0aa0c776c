package org.reprise.web;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A manual durability check (not a unit test): a child JVM runs the server and saves deals as fast
 * as it can, printing {@code ack <id>} after each 201 answer; this process kills it with SIGKILL
 * mid-stream, restarts a server on the same data directory and checks that every acknowledged
 * deal is there. Run (from the repository root), after {@code ./mvnw -o -q -pl reprise-web
 * install}:
 *
 * <pre>
 * ./mvnw -o -q -pl reprise-web dependency:build-classpath \
 *     -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -cp reprise-web/target/classes:reprise-web/target/test-classes:$(cat \
 *     reprise-web/target/test-classpath.txt) org.reprise.web.KillCheck 300
 * </pre>
 */
public final class KillCheck {

  private KillCheck() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("child")) {
      child(Path.of(args[1]));
      return;
    }
    int acks = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    Path dir = Files.createTempDirectory("reprise-kill");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                KillCheck.class.getName(), "child", dir.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    List<Long> acknowledged = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null && acknowledged.size() < acks) {
        if (line.startsWith("ack ")) {
          acknowledged.add(Long.parseLong(line.substring(4)));
        }
      }
      child.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close
      child.waitFor(10, TimeUnit.SECONDS);
    }
    try (WebServer server = WebServer.start("127.0.0.1", 0, dir)) {
      Http http = Fixtures.client(server);
      int missing = 0;
      for (long id : acknowledged) {
        if (http.get("/api/deals/" + id).status() != 200) {
          missing++;
        }
      }
      int stored = http.get("/api/deals").json().size();
      System.out.println("killed after " + acknowledged.size() + " acknowledged saves; after "
          + "restart: " + stored + " deals stored, " + missing + " acknowledged deals missing");
      System.exit(missing == 0 ? 0 : 1);
    }
  }

  private static void child(Path dir) {
    WebServer server = WebServer.start("127.0.0.1", 0, dir);
    Http http = Fixtures.client(server);
    String yaml = Fixtures.read(Path.of("examples", "decolletage-secondary-lbo.yaml"));
    for (int i = 0; ; i++) {
      Http.Response r = http.postYaml("/api/deals?name=kill-" + i, yaml);
      if (r.status() == 201) {
        System.out.println("ack " + r.json().get("id").asLong());
        System.out.flush();
      }
    }
  }
}
