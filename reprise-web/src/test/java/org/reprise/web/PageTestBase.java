package org.reprise.web;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * What the page's browser tests share: a server on a fresh data directory for each test, a fresh
 * browser profile, and the steps every test takes on the page (open it, count its runs, switch its
 * language, type in a field, load a bundled example).
 */
abstract class PageTestBase {

  @TempDir Path data;
  @TempDir Path profile;

  WebServer server;

  @BeforeEach
  void startServer() {
    Browser.requireChromedriver();
    server = Fixtures.start(data);
  }

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.stop();
    }
  }

  static void open(Browser b, String url) {
    b.open(url);
  }

  static int runs(Browser b) {
    return b.runs();
  }

  static void language(Browser b, String lang) {
    b.language(lang);
  }

  /** Replaces the text of an input field. */
  static void type(WebElement input, String text) {
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    input.sendKeys(text);
  }

  /**
   * Loads a bundled example. The page loads the first example at start without waiting for its
   * run: that run ends first, or it would be taken for the run of the example loaded here (and the
   * form found next could be replaced under the test).
   */
  static void loadExample(Browser b, String id) {
    b.wait.until(d -> runs(b) > 0);
    int before = runs(b);
    new Select(b.find("#start")).selectByValue("example:" + id);
    b.find("#load").click();
    b.wait.until(d -> runs(b) > before);
  }
}
