package org.reprise.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * End to end in a real headless Chromium: the page, the example, recomputation on every change,
 * the charts, inline errors, saving and finding a deal again, the report and Excel downloads, the
 * French page, a phone's width.
 */
class PageBrowserTest extends PageTestBase {

  private static final String MULTIPLE = "[data-path=\"transaction.price.multiple\"]";
  private static final String IRR = "#kf-irr .value";


  private static void loadExample(Browser b) {
    loadExample(b, Examples.FACTORY);
  }

  /** The first debt series of the debt chart, as ECharts holds it. */
  private static Object debtChartData(Browser b) {
    return b.js("const c = echarts.getInstanceByDom(document.getElementById('chart-debt'));"
        + "return JSON.stringify(c.getOption().series.map(s => s.data));");
  }

  /** The risk section's exit table as shown, one line of cells per row. */
  private static List<String> exitTable(Browser b) {
    return b.all("#risk-exit tbody tr").stream()
        .map(r -> String.join(" | ", r.findElements(By.cssSelector("th, td")).stream()
            .map(WebElement::getText).toList()))
        .toList();
  }

  /** The same table written from the job's JSON, with the page's English formats. */
  private static List<String> expectedExitTable(JsonNode job) {
    List<String> rows = new java.util.ArrayList<>();
    for (JsonNode s : job.at("/result/scenarios")) {
      String year = s.get("exitYear").asText();
      String[][] figures = {{"revenue", "Revenue "}, {"ebitda", "EBITDA "}};
      for (int i = 0; i < figures.length; i++) {
        JsonNode f = s.get("exit").get(figures[i][0]);
        double plan = f.get("base").asDouble();
        double p50 = f.get("p50").asDouble();
        double mean = f.get("mean").asDouble();
        rows.add((i == 0 ? s.get("name").asText() + " | " : "") + figures[i][1] + year + " | "
            + euros(plan) + " | " + euros(p50) + " | " + euros(mean) + " | " + gap(p50, plan)
            + " | " + gap(mean, plan));
      }
    }
    return rows;
  }

  private static String euros(double v) {
    return (v < 0 ? "-" : "") + "€" + String.format(java.util.Locale.UK, "%,.0f", Math.abs(v));
  }

  private static String gap(double value, double plan) {
    if (!(plan > 0)) {
      return "–";
    }
    double x = value / plan - 1;
    String p = String.format(java.util.Locale.UK, "%.1f%%", 100 * x);
    return (x > 0 ? "+" : "") + p;
  }

  @Test
  void editTheExampleSeeTheResultsChangeSaveReloadAndFindIt() {
    try (Browser b = Browser.start(profile, 1400, 1000)) {
      open(b, server.url());
      loadExample(b);
      String irrAt7 = b.textOf(IRR);
      assertThat(irrAt7).matches("-?\\d+(\\.\\d)?%");
      assertThat(b.textOf("#kf-default .value")).isNotBlank();
      Object chartAt7 = debtChartData(b);
      String revisionAt7 = b.find("#chart-debt").getAttribute("data-revision");

      // Change the entry multiple: the fund's IRR and the charts change.
      int before = runs(b);
      type(b.find(MULTIPLE), "8");
      b.wait.until(d -> runs(b) > before && !b.find(IRR).getText().equals(irrAt7));
      String irrAt8 = b.find(IRR).getText();
      assertThat(irrAt8).isNotEqualTo(irrAt7);
      assertThat(b.find("#chart-debt").getAttribute("data-revision")).isNotEqualTo(revisionAt7);
      assertThat(debtChartData(b)).isNotEqualTo(chartAt7);
      assertThat(b.find("#timing").getText()).matches("Computed in \\d+ ms");
      b.screenshot("page-laptop");

      // Save under a name (with markup, shown as text), reload, find it and open it.
      String name = "Offre <b>test</b> & co";
      type(b.find("#deal-name"), name);
      b.find("#save").click();
      b.wait.until(d -> b.find("#status").getText().contains("Saved"));
      assertThat(b.find("#save-state").getText()).contains("version 1");

      b.driver.navigate().refresh();
      b.wait.until(d -> "true".equals(b.js("return document.body.dataset.ready")));
      List<WebElement> saved =
          b.wait.until(d -> {
            List<WebElement> items = b.all("#saved-list .saved-item button.open");
            return items.isEmpty() ? null : items;
          });
      assertThat(saved).extracting(WebElement::getText).containsExactly(name);
      assertThat(b.js("return document.querySelectorAll('#saved-list b').length"))
          .isEqualTo(0L);
      int beforeOpen = runs(b);
      saved.get(0).click();
      b.wait.until(d -> runs(b) > beforeOpen);
      assertThat(b.find(MULTIPLE).getAttribute("value")).isEqualTo("8");
      assertThat(b.textOf(IRR)).isEqualTo(irrAt8);
      b.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 2600));
      b.wait.until(d -> b.find("#panel-covenants").getSize().getHeight() > 100);
      b.screenshot("page-full");
      assertThat(b.consoleErrors()).isEmpty();
    }
  }

  @Test
  void errorsAreShownNextToTheirField() {
    try (Browser b = Browser.start(profile, 1400, 1000)) {
      open(b, server.url());
      loadExample(b);
      // A value that is not a number: a message in the page's language, nothing sent.
      WebElement multiple = b.find(MULTIPLE);
      type(multiple, "seven");
      WebElement local = b.wait.until(d -> {
        WebElement e = multiple.findElement(org.openqa.selenium.By.xpath(
            "following-sibling::p[contains(@class,'field-error')]"));
        return e.isDisplayed() ? e : null;
      });
      assertThat(local.getText()).startsWith("Expected a number");
      assertThat(multiple.getAttribute("aria-invalid")).isEqualTo("true");
      type(multiple, "7");

      // A value the engine refuses: its message next to the field of the error's path.
      WebElement year = b.find("[data-path=\"exit.year\"]");
      type(year, "2025");
      WebElement error = b.wait.until(d -> {
        WebElement e = year.findElement(org.openqa.selenium.By.xpath(
            "following-sibling::p[contains(@class,'field-error')]"));
        return e.isDisplayed() && !e.getText().isBlank() ? e : null;
      });
      assertThat(error.getText()).contains("expected a calendar year");
      assertThat(b.find("#error-summary").getText()).startsWith("Error in Exit › Year");
      assertThat(b.find("#stale").isDisplayed()).isTrue();
      assertThat(b.find("#stale-reason").getText()).contains("expected a calendar year");
      b.screenshot("page-error");

      // In French, the same message in French under the same field (the form is drawn again).
      new Select(b.find("#lang")).selectByValue("fr");
      WebElement french = b.wait.until(d -> {
        WebElement e = b.find("[data-path=\"exit.year\"]").findElement(org.openqa.selenium.By
            .xpath("following-sibling::p[contains(@class,'field-error')]"));
        return e.isDisplayed() && e.getText().startsWith("attendu") ? e : null;
      });
      assertThat(french.getText()).isEqualTo("attendu : une année civile postérieure à l'année"
          + " de base 2025 et au plus 2055 (horizon de 1 à 30 ans) ; trouvé : 2025");
      assertThat(b.find("#error-summary").getText()).startsWith("Erreur dans Sortie");
      new Select(b.find("#lang")).selectByValue("en");
      b.wait.until(d -> b.find("#error-summary").getText().startsWith("Error in Exit"));
      type(b.find("[data-path=\"exit.year\"]"), "2030");
      b.wait.until(d -> !b.find("#error-summary").isDisplayed());
      assertThat(b.consoleErrors()).isEmpty();
    }
  }

  @Test
  void theBlankDealRunsAndTranchesCanBeAddedAndRemoved() {
    try (Browser b = Browser.start(profile, 1400, 1000)) {
      open(b, server.url());
      int before = runs(b);
      new Select(b.find("#start")).selectByValue("template");
      b.find("#load").click();
      b.wait.until(d -> runs(b) > before);
      assertThat(b.textOf(IRR)).isNotBlank();
      int tranches = b.all("[data-path=\"financing.debt\"] > fieldset.item").size();
      int beforeAdd = runs(b);
      b.find("[data-path=\"financing.debt\"] > button.add").click();
      assertThat(b.all("[data-path=\"financing.debt\"] > fieldset.item")).hasSize(tranches + 1);
      // The new tranche's name field has the focus, ready to type.
      assertThat(b.driver.switchTo().activeElement().getAttribute("data-path"))
          .isEqualTo("financing.debt[" + tranches + "].name");
      b.wait.until(d -> runs(b) > beforeAdd || b.find("#error-summary").isDisplayed());
      b.screenshot("page-template");
      b.find("[data-path=\"financing.debt\"] > fieldset.item:last-of-type > button.remove").click();
      assertThat(b.all("[data-path=\"financing.debt\"] > fieldset.item")).hasSize(tranches);
      assertThat(b.consoleErrors()).isEmpty();
    }
  }

  @Test
  void typedValuesAreReadAsTheDealFormatWantsThemInBothLanguages() {
    try (Browser b = Browser.start(profile, 1000, 800)) {
      open(b, server.url());
      Object result = ((org.openqa.selenium.JavascriptExecutor) b.driver).executeAsyncScript(
          "const done = arguments[arguments.length - 1];"
              + "Promise.all([import('./form.js'), import('./i18n.js')]).then(([f, i]) => {"
              + "  const read = (s) => { const p = f.parseScalar(s); return p.ok ? p.value : 'ERR'; };"
              + "  const out = {};"
              + "  i.setLang('en');"
              + "  for (const s of ['7.5', '5.5%', '5.5 %', '1,200,000', '7.5x', 'balance', 'seven',"
              + "      'true', '', '-0.5%']) { out['en:' + s] = read(s); }"
              + "  i.setLang('fr');"
              + "  for (const s of ['7,5', '5,5 %', '30 000 000', '7.5', '2,5x']) {"
              + "    out['fr:' + s] = read(s); }"
              + "  out.display = f.display([0.5, null, '2.5%']);"
              + "  out.path = f.pathSegments('financing.debt[1].rate');"
              + "  out.string = f.pathString(['financing', 'debt', 1, 'rate']);"
              + "  i.setLang('en');"
              + "  done(JSON.stringify(out));"
              + "});");
      com.fasterxml.jackson.databind.JsonNode r = Trees.parse(String.valueOf(result), false);
      assertThat(r.get("en:7.5").doubleValue()).isEqualTo(7.5);
      assertThat(r.get("en:5.5%").asText()).isEqualTo("5.5%");
      assertThat(r.get("en:5.5 %").asText()).isEqualTo("5.5%");
      assertThat(r.get("en:1,200,000").intValue()).isEqualTo(1200000);
      assertThat(r.get("en:7.5x").doubleValue()).isEqualTo(7.5);
      assertThat(r.get("en:balance").asText()).isEqualTo("balance");
      assertThat(r.get("en:seven").asText()).isEqualTo("ERR");
      assertThat(r.get("en:true").booleanValue()).isTrue();
      assertThat(r.get("en:").isNull()).isTrue();
      assertThat(r.get("en:-0.5%").asText()).isEqualTo("-0.5%");
      assertThat(r.get("fr:7,5").doubleValue()).isEqualTo(7.5);
      assertThat(r.get("fr:5,5 %").asText()).isEqualTo("5.5%");
      assertThat(r.get("fr:30 000 000").intValue()).isEqualTo(30000000);
      assertThat(r.get("fr:7.5").doubleValue()).isEqualTo(7.5);
      assertThat(r.get("fr:2,5x").doubleValue()).isEqualTo(2.5);
      assertThat(r.get("display").asText()).isEqualTo("0,5; -; 2,5%");
      assertThat(r.get("path").toString()).isEqualTo("[\"financing\",\"debt\",1,\"rate\"]");
      assertThat(r.get("string").asText()).isEqualTo("financing.debt[1].rate");
    }
  }

  @Test
  void theReportAndTheExcelModelAreDownloaded() {
    try (Browser b = Browser.start(profile, 1400, 1000)) {
      open(b, server.url());
      loadExample(b);
      // Record what the page saves instead of letting the browser write files.
      b.js("window.savedFiles = [];"
          + "const create = URL.createObjectURL;"
          + "URL.createObjectURL = (blob) => { window.lastBlob = blob; return create(blob); };"
          + "HTMLAnchorElement.prototype.click = function () {"
          + "  window.savedFiles.push(this.download + ' ' + window.lastBlob.type + ' '"
          + "    + window.lastBlob.size); };");
      assertThat(b.find("#download-report").getText()).isEqualTo("Report (HTML)");
      assertThat(b.find("#download-excel").getText()).isEqualTo("Excel model");
      b.find("#download-report").click();
      b.wait.until(d -> b.find("#status").getText().contains("Downloaded"));
      b.find("#download-excel").click();
      b.wait.until(d -> ((Number) b.js("return window.savedFiles.length")).intValue() == 2);
      @SuppressWarnings("unchecked")
      List<String> files = (List<String>) b.js("return window.savedFiles");
      assertThat(files.get(0)).matches(".*-report\\.html text/html.* \\d{4,}");
      assertThat(files.get(1)).matches(
          ".*-model\\.xlsx application/vnd\\.openxmlformats-officedocument\\.spreadsheetml"
              + "\\.sheet \\d{4,}");
      b.wait.until(d -> b.find("#status").getText().contains("model.xlsx"));
      new Select(b.find("#lang")).selectByValue("fr");
      b.wait.until(d -> b.find("#download-report").getText().equals("Rapport (HTML)"));
      assertThat(b.find("#download-excel").getText()).isEqualTo("Modèle Excel");
      assertThat(b.consoleErrors()).isEmpty();
    }
  }

  @Test
  void theFrenchPageOnAPhone() {
    try (Browser b = Browser.start(profile, 390, 2400)) {
      open(b, server.url());
      new Select(b.find("#lang")).selectByValue("fr");
      loadExample(b);
      // found again at each try: the results may be rendered again meanwhile
      b.wait.until(d -> b.find("#kf-irr .label").getText().equals("TRI de l’investisseur principal (fund)"));
      assertThat(b.textOf(IRR)).matches("-?\\d+,\\d\\s?%");
      b.wait.until(d -> b.find("#section-transaction summary").getText().equals("Prix"));
      // French decimal comma in the fields, and typed with a comma.
      WebElement multiple = b.find(MULTIPLE);
      String irr = b.find(IRR).getText();
      int before = runs(b);
      type(multiple, "7,5");
      b.wait.until(d -> runs(b) > before && !b.find(IRR).getText().equals(irr));
      b.screenshot("page-phone-fr");
      b.js("document.getElementById('results').scrollIntoView()");
      b.screenshot("page-phone-fr-results");
      // No horizontal scrolling on a phone (the returns table scrolls in its own box).
      Object wide = b.js("const w = window.innerWidth; return Array.from(document.querySelectorAll("
          + "'body *')).filter(e => !e.closest('.table-wrap'))"
          + ".filter(e => e.getBoundingClientRect().right > w + 1).slice(0, 5)"
          + ".map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ')");
      assertThat(wide).isEqualTo("");
      Object overflow = b.js("return document.documentElement.scrollWidth - window.innerWidth");
      assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
      assertThat(b.consoleErrors()).isEmpty();
    }
  }

  @Test
  void theScenariosSideBySideAndASimulation() {
    try (Browser b = Browser.start(profile, 1400, 2400)) {
      open(b, server.url());
      int before = runs(b);
      new Select(b.find("#start")).selectByValue("example:decolletage-scenarios");
      b.find("#load").click();
      b.wait.until(d -> runs(b) > before);
      // The scenarios: one column per scenario, the names as text, the grouped bar chart.
      b.wait.until(d -> b.all("#scenarios-table thead th").size() == 5);
      assertThat(b.all("#scenarios-table thead th")).extracting(WebElement::getText)
          .contains("Status quo", "Fund LBO", "Employee LBO", "SCOP");
      assertThat(b.find("#scenarios").isDisplayed()).isTrue();
      // all the equity together and the envy ratio, or why it does not apply (as compare gives)
      List<String> envy = b.all("#scenarios-table tbody tr").stream()
          .filter(r -> r.getText().startsWith("Envy ratio"))
          .flatMap(r -> r.findElements(By.tagName("td")).stream()).map(WebElement::getText)
          .toList();
      assertThat(envy).containsExactly("n/a (status quo)", "5.73×", "2.91×", "n/a (SCOP)",
          "n/a (SCOP)");
      assertThat(b.all("#scenarios-table tbody th")).extracting(WebElement::getText)
          .contains("All the equity together (IRR, multiple)");
      Object series = b.js("const c = echarts.getInstanceByDom("
          + "document.getElementById('chart-scenarios-va')); return c.getOption().series.length");
      assertThat(((Number) series).intValue()).isEqualTo(5);

      // The risk section: the paths and the seed, checked as they are typed.
      assertThat(b.find("#simulate").getText()).isEqualTo("Simulate (2,000 paths)");
      assertThat(b.find("#sim-seed").getAttribute("value")).isEqualTo("1");
      b.js("document.getElementById('risk').scrollIntoView()");
      type(b.find("#sim-paths"), "0");
      assertThat(b.find("#sim-paths-error").getText())
          .isEqualTo("Expected a whole number of paths from 1 to 100,000.");
      assertThat(b.find("#sim-paths").getAttribute("aria-invalid")).isEqualTo("true");
      b.find("#simulate").click(); // nothing is sent
      assertThat(b.find("#simulate").getText()).isEqualTo("Simulate");
      assertThat(b.find("#sim-state").getText()).isEmpty();
      type(b.find("#sim-paths"), "500");
      type(b.find("#sim-seed"), "7");
      assertThat(b.find("#sim-paths-error").isDisplayed()).isFalse();
      assertThat(b.find("#simulate").getText()).isEqualTo("Simulate (500 paths)");
      // Simulate, see the progress end and the figures and the histogram.
      b.find("#simulate").click();
      b.wait.until(d -> "1".equals(b.find("#risk").getAttribute("data-jobs")));
      assertThat(b.textOf("#rf-default .value")).matches("\\d+(\\.\\d)?%");
      // its Monte Carlo error beside it, and the notes under the table name their scenario
      // (review 16, finding 9)
      assertThat(b.textOf("#rf-default .sub")).containsPattern("standard error \\d+(\\.\\d)?%");
      for (WebElement li : b.all("#risk-terms li.substituted")) {
        assertThat(li.getText()).startsWith(li.getAttribute("data-scenario") + ", ");
      }
      assertThat(b.all("#risk-table tbody tr")).hasSize(5);
      Object bins = b.js("const c = echarts.getInstanceByDom("
          + "document.getElementById('chart-irr-hist')); return c.getOption().series[0].data.length");
      assertThat(((Number) bins).intValue()).isEqualTo(SimulationView.BINS);
      assertThat(b.find("#sim-state").getText()).startsWith("Simulated 500 paths")
          .contains("(seed 7)");
      // Where the simulation is centred: the exit's revenue and EBITDA, the API's figures.
      JsonNode job = Fixtures.client(server).get("/api/jobs/" + b.find("#risk")
          .getAttribute("data-job")).json();
      assertThat(job.at("/result/scenarios/0/exit/revenue/base").isNumber()).isTrue();
      assertThat(exitTable(b)).isEqualTo(expectedExitTable(job));
      assertThat(b.all("#risk-exit tbody tr")).hasSize(10);
      assertThat(b.all("#risk-exit thead th")).extracting(WebElement::getText).containsExactly(
          "Scenario", "Exit", "plan (deterministic)", "P50", "mean", "P50 vs plan",
          "mean vs plan");
      b.js("document.getElementById('scenarios').scrollIntoView()");
      b.screenshot("page-scenarios");
      b.js("document.getElementById('risk').scrollIntoView()");
      b.screenshot("page-risk");

      // French: the labels change, the figures stay.
      new Select(b.find("#lang")).selectByValue("fr");
      b.wait.until(d -> b.find("#simulate").getText().startsWith("Simuler"));
      assertThat(b.find("#scenarios-title").getText()).isEqualTo("Les scénarios côte à côte");
      assertThat(b.all("#risk-exit thead th")).extracting(WebElement::getText).containsExactly(
          "Scénario", "Sortie", "plan (déterministe)", "P50", "moyenne", "écart P50 / plan",
          "écart moyenne / plan");
      assertThat(b.all("#risk-exit tbody tr th[scope=row]")).extracting(WebElement::getText)
          .startsWith("Chiffre d’affaires 2032", "EBE 2032");
      assertThat(b.consoleErrors()).isEmpty();
    }
  }
}
