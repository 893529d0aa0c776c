package org.reprise.report.excel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Independent recalculation of a workbook by LibreOffice, headless (Debian package
 * libreoffice-calc-nogui, installed by .ci/install-tools). LibreOffice exports the cached values
 * of an OOXML file unless told to recalculate (shared/engineering/java-stack.md, trap 4): it is run
 * with a private profile whose OOXMLRecalcMode is 0 ("always recalculate"), converts the workbook
 * to xlsx, and the recalculated values are read back from the copy.
 */
final class LibreOffice {

  private static final String SETTINGS =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" "
          + "xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" "
          + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
          + "<item oor:path=\"/org.openoffice.Office.Calc/Formula/Load\">"
          + "<prop oor:name=\"OOXMLRecalcMode\" oor:op=\"fuse\"><value>0</value></prop></item>\n"
          + "<item oor:path=\"/org.openoffice.Office.Calc/Formula/Load\">"
          + "<prop oor:name=\"ODFRecalcMode\" oor:op=\"fuse\"><value>0</value></prop></item>\n"
          + "</oor:items>\n";

  private LibreOffice() {}

  /**
   * The private profile, made once per test JVM and shared by its recalculations, which run one
   * at a time: a fresh profile costs LibreOffice about 1.3 s more to start (5.4 s against 4.1 s
   * for the paper LBO's workbook on this project's 2-core machine).
   */
  private static Path profile;

  /** @return the soffice executable on the PATH, or {@code null} */
  static Path find() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      Path p = Path.of(dir.isEmpty() ? "." : dir, "soffice");
      if (!dir.isEmpty() && Files.isExecutable(p)) {
        return p;
      }
    }
    return null;
  }

  /**
   * Recalculates {@code xlsx} and returns the recalculated copy, written in {@code work}.
   *
   * @throws IllegalStateException when LibreOffice fails or times out
   */
  static synchronized Path recalculate(Path xlsx, Path work)
      throws IOException, InterruptedException {
    if (profile == null) {
      Path dir = Files.createTempDirectory("reprise-lo-profile");
      Files.createDirectories(dir.resolve("user"));
      Files.writeString(dir.resolve("user").resolve("registrymodifications.xcu"), SETTINGS,
          StandardCharsets.UTF_8);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
      profile = dir;
    }
    Path out = work.resolve("recalculated");
    Files.createDirectories(out);
    List<String> cmd = List.of(find().toString(),
        "-env:UserInstallation=" + profile.toAbsolutePath().toUri(), "--headless", "--norestore",
        "--nolockcheck", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir",
        out.toAbsolutePath().toString(), xlsx.toAbsolutePath().toString());
    Path log = work.resolve("soffice.log");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile())
        .start();
    if (!p.waitFor(300, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("soffice did not finish in 300 s");
    }
    Path result = out.resolve(xlsx.getFileName().toString());
    if (p.exitValue() != 0 || !Files.exists(result)) {
      throw new IllegalStateException("soffice failed (" + p.exitValue() + "): "
          + Files.readString(log, StandardCharsets.UTF_8));
    }
    return result;
  }

  /** Deletes {@code dir} and what it holds, ignoring what cannot be deleted. */
  private static void deleteQuietly(Path dir) {
    try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | RuntimeException e) {
      // a temporary directory left behind: nothing to do
    }
  }
}
