package org.reprise.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.Select;

/**
 * The page at its edges, in a real headless Chromium: files that cannot be opened, a stopped
 * simulation, a field edited while the server is still answering for its previous value, and the
 * page's own texts (choices, key figures, chart descriptions) in both languages.
 */
class PageEdgesBrowserTest {

  @TempDir Path data;
  @TempDir Path profile;
  @TempDir Path files;

  private WebServer server;

  @BeforeEach
  void start() {
    Browser.requireChromedriver();
    server = Fixtures.start(data);
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop();
    }
  }

  private static void open(Browser b, String url) {
    b.driver.get(url);
    b.wait.until(d -> "true".equals(b.js("return document.body.dataset.ready")));
  }

  private static int runs(Browser b) {
    Object n = b.js("return Number(document.getElementById('results').dataset.runs || 0)");
    return ((Number) n).intValue();
  }

  private static void language(Browser b, String lang) {
    new Select(b.find("#lang")).selectByValue(lang);
    b.wait.until(d -> lang.equals(b.js("return document.documentElement.lang")));
  }

  /** Opens a file with the page's "Open a file…" and waits for the status line to change. */
  private static String openFile(Browser b, Path file) {
    b.js("document.getElementById('status').textContent = ''");
    b.find("#file").sendKeys(file.toAbsolutePath().toString());
    return b.textOf("#status");
  }

  @Test
  void aFileThatIsNotUtf8OrNotADealIsRefusedInThePagesLanguageNamingTheFile()
      throws IOException {
    String yaml = Fixtures.factoryYaml();
    assertThat(yaml).contains("é");
    Path cp1252 = files.resolve("cp1252.yaml");
    Files.write(cp1252, yaml.replace("—", "-").getBytes(Charset.forName("windows-1252")));
    Path badJson = files.resolve("bad.json");
    Files.writeString(badJson, "{\"reprise\": 1, \"company\": {", StandardCharsets.UTF_8);
    Path goodJson = files.resolve("good.json");
    Files.writeString(goodJson, Trees.toJson(Trees.parse(yaml, true)), StandardCharsets.UTF_8);
    try (Browser b = Browser.start(profile, 1400, 1000)) {
      open(b, server.url());
      b.wait.until(d -> runs(b) > 0);
      String name = b.find("[data-path=\"company.name\"]").getAttribute("value");

      language(b, "fr");
      String status = openFile(b, cp1252);
      assertThat(status).isEqualTo("Impossible d’ouvrir « cp1252.yaml » : ce n’est pas du texte"
          + " UTF-8 (enregistrez-le en UTF-8)");
      assertThat(b.find("#status").getAttribute("class")).isEqualTo("error");
      // nothing was loaded: the deal in the editor is the one before
      assertThat(b.find("[data-path=\"company.name\"]").getAttribute("value")).isEqualTo(name)
          .doesNotContain("\uFFFD");

      // a JSON file is read by the server: its message, in French, not the browser's
      status = openFile(b, badJson);
      assertThat(status).startsWith("Impossible d’ouvrir « bad.json » : erreur de syntaxe JSON"
          + " à la ligne 1, colonne");
      assertThat(status).doesNotContain("Expected property name");

      language(b, "en");
      status = openFile(b, cp1252);
      assertThat(status)
          .isEqualTo("Cannot open “cp1252.yaml”: it is not UTF-8 text (save it as UTF-8)");
      status = openFile(b, badJson);
      assertThat(status).startsWith("Cannot open “bad.json”: JSON syntax error at line 1, column");

      // a good JSON file opens
      int before = runs(b);
      status = openFile(b, goodJson);
      assertThat(status).isEqualTo("Loaded “good.json”.");
      b.wait.until(d -> runs(b) > before);
      assertThat(b.find("[data-path=\"company.name\"]").getAttribute("value")).contains("é");
      assertThat(b.consoleErrors()).isEmpty();
    }
  }
}
