package org.reprise.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reprise.io.DealReader;
import org.reprise.model.Deal;

/**
 * Opens reports in headless Chromium (Debian packages chromium and chromium-driver, installed by
 * .ci/install-tools): the page loads without console or network errors, the DOM holds the
 * sections and charts, the print layout makes several A4 pages, and a screenshot is kept in
 * target/report-screenshots/ as a test artefact. Skipped when Chromium is not installed.
 */
class ChromiumRenderTest {

  static final Path SHOTS = Path.of("target", "report-screenshots");

  @TempDir static Path dir;

  @BeforeAll
  static void needsChromium() {
    assumeTrue(Chromium.find() != null, "chromium is not installed: run .ci/install-tools");
  }

  @Test
  void theWorksCouncilReportRendersWithoutErrors() throws Exception {
    Deal deal = DealReader.read(ReportFixtures.EXAMPLES.resolve("decolletage-secondary-lbo.yaml"));
    Path html = write("works-council-fr.html", HtmlReport.render(deal,
        new ReportOptions(Lang.FR, ReportOptions.Audience.WORKS_COUNCIL, 1_200_000.0)));
    Chromium chromium = new Chromium(dir.resolve("profile-a"));

    Chromium.Run dom = chromium.run("--dump-dom", html.toUri().toString());
    assertThat(dom.code()).as(dom.err()).isZero();
    assertThat(Chromium.pageErrors(dom.err())).isEmpty();
    assertThat(dom.out())
        .contains("Le plan de l'acheteur en clair")
        .contains("Questions à poser à l'acheteur")
        .contains("Scénario de crise")
        .contains("Qui paie le rachat");
    assertThat(count(dom.out(), "<svg")).isGreaterThanOrEqualTo(4);
    assertThat(count(dom.out(), "<li>")).isGreaterThan(10);

    Files.createDirectories(SHOTS);
    Path shot = SHOTS.resolve("works-council-fr.png").toAbsolutePath();
    Files.deleteIfExists(shot);
    Chromium.Run s = chromium.run("--screenshot=" + shot, "--window-size=1280,2000",
        "--hide-scrollbars", html.toUri().toString());
    assertThat(s.code()).as(s.err()).isZero();
    assertThat(Chromium.pageErrors(s.err())).isEmpty();
    BufferedImage img = ImageIO.read(shot.toFile());
    assertThat(img.getWidth()).isEqualTo(1280);
    assertThat(inkShare(img)).as("share of non-white pixels").isGreaterThan(0.03);
  }

  @Test
  void theGeneralReportPrintsOnSeveralA4Pages() throws Exception {
    Deal deal = DealReader.read(ReportFixtures.EXAMPLES.resolve("employee-buyout.yaml"));
    Path html = write("general-en.html", HtmlReport.render(deal, ReportOptions.of(Lang.EN)));
    Chromium chromium = new Chromium(dir.resolve("profile-b"));
    Path pdf = dir.resolve("general-en.pdf").toAbsolutePath();
    Chromium.Run p = chromium.run("--print-to-pdf=" + pdf, "--no-pdf-header-footer",
        html.toUri().toString());
    assertThat(p.code()).as(p.err()).isZero();
    assertThat(Chromium.pageErrors(p.err())).isEmpty();
    String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
    assertThat(text).startsWith("%PDF");
    int pages = count(text, "/Type /Page\n") + count(text, "/Type /Page\r")
        + count(text, "/Type /Page/") + count(text, "/Type /Page>>") + count(text, "/Type/Page");
    assertThat(pages).as("pages").isGreaterThanOrEqualTo(5);
    Files.createDirectories(SHOTS);
    Path shot = SHOTS.resolve("general-en.png").toAbsolutePath();
    Chromium.Run s = chromium.run("--screenshot=" + shot, "--window-size=1280,2000",
        "--hide-scrollbars", html.toUri().toString());
    assertThat(s.code()).isZero();
    assertThat(inkShare(ImageIO.read(shot.toFile()))).isGreaterThan(0.03);
  }

  private static Path write(String name, String html) throws Exception {
    Files.createDirectories(HtmlReportTest.OUT);
    Path p = HtmlReportTest.OUT.resolve(name).toAbsolutePath();
    Files.writeString(p, html, StandardCharsets.UTF_8);
    return p;
  }

  private static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + what.length())) {
      n++;
    }
    return n;
  }

  /** @return the share of pixels that are not (nearly) white */
  private static double inkShare(BufferedImage img) {
    long ink = 0;
    for (int y = 0; y < img.getHeight(); y += 2) {
      for (int x = 0; x < img.getWidth(); x += 2) {
        int rgb = img.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        if (r + g + b < 700) {
          ink++;
        }
      }
    }
    return ink / ((img.getWidth() / 2.0) * (img.getHeight() / 2.0));
  }
}
