package org.reprise.report.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium driven from the command line (no Selenium): dump the DOM, take a screenshot,
 * print to PDF. Started with a private profile, no network services, no sandbox (containers).
 */
final class Chromium {

  /** What one run of Chromium produced. */
  record Run(int code, String out, String err) {}

  private final Path profile;

  Chromium(Path profile) {
    this.profile = profile;
  }

  /** @return the Chromium executable on the PATH, or {@code null} */
  static Path find() {
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
        Path p = Path.of(dir, name);
        if (!dir.isEmpty() && Files.isExecutable(p)) {
          return p;
        }
      }
    }
    return null;
  }

  Run run(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(find().toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--no-default-browser-check",
        "--user-data-dir=" + profile.toAbsolutePath(), "--enable-logging=stderr", "--v=0"));
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile(profile.getParent(), "chromium", ".out");
    Path err = Files.createTempFile(profile.getParent(), "chromium", ".err");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
        .start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("chromium did not finish in 180 s: " + cmd);
    }
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /** @return the console messages and load errors Chromium logged */
  static List<String> pageErrors(String stderr) {
    List<String> out = new ArrayList<>();
    for (String line : stderr.split("\n")) {
      if (line.contains(":CONSOLE") || line.contains("net::ERR") || line.contains("Uncaught")) {
        out.add(line);
      }
    }
    return out;
  }
}
