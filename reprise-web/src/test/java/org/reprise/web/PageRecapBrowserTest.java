package org.reprise.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The dividend recapitalisation and the individuals' exit tax on the page (docs/deal-format.md
 * {@code financing.debt[].drawnIn}, {@code personalTax}; methodology §5.13, §8.4): the editor adds
 * their keys, the API's errors land next to them, and the results show the recap, the
 * personal-tax table and, after a simulation, how often the recap is drawn, in English and French.
 */
class PageRecapBrowserTest extends PageTestBase {

  private static final String RECAP = "decolletage-recap";
  private static final String PACKAGE = "financing.equity[1].managementPackage";

  @TempDir Path files;

  /** @return the text of the element matching {@code css}, shown or not; "" when there is none */
  private static String text(Browser b, String css) {
    Object t = b.js("const e = document.querySelector(arguments[0]); return e ? e.textContent : '';",
        css);
    return String.valueOf(t);
  }

  /** Picks a setting in the "Add a setting…" list of the element matching {@code scope}. */
  private static void pick(Browser b, String scope, String key) {
    new Select(b.find(scope + " > .adder-field select.adder")).selectByValue(key);
  }

  /** @return the API's error shown under the field of {@code path} ("" when none) */
  private static String fieldError(Browser b, String path) {
    return text(b, "[data-field=\"" + path + "\"] > .field-error.api");
  }

  /**
   * The recap example draws its 1.5 M€ at the start of 2029, pays the 2 % fee (30 k€) to the
   * lenders and the 1,470 k€ left to the shareholders, all of it repaying the fund's shareholder
   * loan (owed 13.1 M€ then), nothing kept (methodology §5.13). A management package added in the
   * editor is refused next to its check box until a personalTax section is added; the section
   * starts with the individuals (the management) and the 45 % salary rate, and the table shows the
   * management's class: received 1,158,172.5 on 420,000 invested, a gain of 738,172.5, under the
   * ceiling 420,000 × (3 × 1.6566 − 1) = 1,667,304, so all capital gain, taxed at 31.4 %:
   * 231,786.2, a net gain of 506,386.4, a net multiple of 926,386.4 / 420,000 = 2.21×.
   */
  @Test
  void theRecapAndThePersonalTaxAreShownInEnglishAndFrench() {
    try (Browser b = Browser.start(profile, 1400, 1000)) {
      open(b, server.url());
      loadExample(b, RECAP);
      b.wait.until(d -> !text(b, "#recap-table tr.drawn").isEmpty());
      assertThat(b.find("#recap").isDisplayed()).isTrue();
      assertThat(texts(b, "#recap-table thead th")).containsExactly(
          "Start of", "Tranche", "Borrowed", "Upfront fees (to the lenders)",
          "Paid to the shareholders", "of which shareholder loans repaid",
          "Kept in the company’s cash");
      assertThat(cells(b, "#recap-table tr.drawn")).containsExactly("2029", "Recap facility",
          "€1,500,000", "€30,000", "€1,470,000", "€1,470,000", "€0");
      assertThat(b.all("#recap-table tr.refused")).isEmpty();
      assertThat(b.find("#personal-tax").isDisplayed()).isFalse();

      // a management package: refused next to its check box without a personalTax section
      pick(b, "[data-path=\"financing.equity[1]\"]", "managementPackage");
      b.wait.until(d -> !fieldError(b, PACKAGE).isEmpty());
      assertThat(fieldError(b, PACKAGE)).contains("personalTax");
      assertThat(b.find("[data-path=\"" + PACKAGE + "\"]").isSelected()).isTrue();
      assertThat(b.find("#error-summary").getText()).contains("Management package");
      // the section, from its own part of the form: the individuals and the salary rate
      int before = runs(b);
      pick(b, "#section-personalTax .section-body", "personalTax");
      b.wait.until(d -> runs(b) > before);
      assertThat(b.find("[data-path=\"personalTax.holders\"]").getAttribute("value"))
          .isEqualTo("management");
      assertThat(b.find("[data-path=\"personalTax.salaryRate\"]").getAttribute("value"))
          .isEqualTo("45%");
      b.wait.until(d -> !text(b, "#personal-tax-table tbody tr").isEmpty());
      assertThat(texts(b, "#personal-tax-table thead th")).containsExactly(
          "Class (holder)", "Invested", "Gain", "Ceiling", "Capital gain",
              "Salary", "Tax", "Net gain", "Net IRR", "Net multiple");
      assertThat(cells(b, "#personal-tax-table tr[data-class=\"Management ordinary shares\"]"))
          .containsExactly("Management ordinary shares (management)", "€420,000", "€738,173",
              "€1,667,304", "€738,173", "€0", "€231,786", "€506,386", "17.1%", "2.21×");
      assertThat(cells(b, "#personal-tax-table tr.total")).startsWith("Total", "€420,000",
          "€738,173", "", "€738,173", "€0", "€231,786", "€506,386");
      assertThat(text(b, "#personal-tax-intro")).contains("the flat tax, 31.4%, on a capital gain")
          .contains("(3 × the whole equity’s multiple, 1.66×, − 1)")
          .contains("marginal rate of 45.0% and a contribution of 10.0%");
      assertThat(text(b, "#personal-tax-note")).startsWith(
          "The State takes €231,786 of the individuals’ exit gains: €231,786 of flat tax");
      assertThat(b.find("#error-summary").isDisplayed()).isFalse();

      // a holder who holds nothing: the reader's error under the holders' field
      WebElement holders = b.find("[data-path=\"personalTax.holders\"]");
      type(holders, "management; boss");
      b.wait.until(d -> !fieldError(b, "personalTax.holders").isEmpty());
      assertThat(fieldError(b, "personalTax.holders")).contains("boss");
      int fixed = runs(b);
      type(b.find("[data-path=\"personalTax.holders\"]"), "management");
      b.wait.until(d -> runs(b) > fixed);
      // less money for the same 15 %: the management's gain passes its ceiling, the rest salary
      String row = "#personal-tax-table tr[data-class=\"Management ordinary shares\"]";
      int cheaper = runs(b);
      type(b.find("[data-path=\"financing.equity[1].amount\"]"), "42000");
      b.wait.until(d -> runs(b) > cheaper && cells(b, row).get(1).equals("€42,000"));
      assertThat(cells(b, row).get(5)).isNotEqualTo("€0").startsWith("€");

      b.js("document.getElementById('recap').scrollIntoView()");
      b.screenshot("page-recap");
      language(b, "fr");
      b.wait.until(d -> text(b, "#personal-tax-title")
          .equals("Imposition personnelle des gains de sortie"));
      assertThat(text(b, "#recap-title")).isEqualTo("Recapitalisation (dividend recap)");
      assertThat(cells(b, "#recap-table tr.drawn")).containsExactly("2029", "Recap facility",
          "1\u202f500\u202f000\u00a0€", "30\u202f000\u00a0€", "1\u202f470\u202f000\u00a0€",
          "1\u202f470\u202f000\u00a0€", "0\u00a0€");
      assertThat(texts(b, "#personal-tax-table thead th")).containsExactly(
          "Titres (détenteur)", "Investi", "Gain", "Plafond", "Plus-value",
              "Salaire", "Impôt", "Gain net", "TRI net", "Multiple net");
      b.wait.until(d -> cells(b, row).get(1).equals("42\u202f000\u00a0€"));
      assertThat(text(b, "#personal-tax-intro"))
          .contains("le prélèvement forfaitaire, 31,4\u00a0%");
      assertThat(text(b, "[data-field=\"" + PACKAGE + "\"] label"))
          .startsWith("Management package");
      assertThat(text(b, "[data-field=\"personalTax.salaryRate\"] label"))
          .isEqualTo("Taux marginal d’impôt sur le revenu des détenteurs sur la part salaire");
      assertThat(b.consoleErrors()).isEmpty();
    }
  }

  /**
   * The editor adds a recap to the factory's mezzanine: the year starts at 2028, the third of the
   * hold, and the mezzanine, no longer lent at the closing, is drawn then, 1.0 × the EBITDA of 2027
   * (5.87 M€), its 3 % fee to the lenders. A lenders' test added starts at 4×; moved to 2027, the
   * draw is refused by that test (net debt / EBITDA of 2026 with the loan above 4×), which the page
   * says in both languages. Then the recap example refused by a test of 3× (its ratio is 3.94×),
   * and a revolver drawn for a recap, refused next to its field.
   */
  @Test
  void aRecapIsAddedFromTheFormAndARefusalSaysWhy() {
    try (Browser b = Browser.start(profile, 1400, 1000)) {
      open(b, server.url());
      loadExample(b, Examples.FACTORY);
      assertThat(b.find("#recap").isDisplayed()).isFalse();
      String mezzanine = "[data-path=\"financing.debt[3]\"]";
      int before = runs(b);
      pick(b, mezzanine, "drawnIn");
      b.wait.until(d -> runs(b) > before);
      assertThat(b.find("[data-path=\"financing.debt[3].drawnIn\"]").getAttribute("value"))
          .isEqualTo("2028");
      b.wait.until(d -> !text(b, "#recap-table tr.drawn").isEmpty());
      List<String> drawn = cells(b, "#recap-table tr.drawn");
      assertThat(drawn.subList(0, 2)).containsExactly("2028", "Mezzanine");
      assertThat(drawn.get(2)).startsWith("€5,865,");
      int more = runs(b);
      pick(b, mezzanine, "drawMaxNetLeverage");
      b.wait.until(d -> runs(b) > more);
      assertThat(b.find("[data-path=\"financing.debt[3].drawMaxNetLeverage\"]")
          .getAttribute("value")).isEqualTo("4");
      int earlier = runs(b);
      type(b.find("[data-path=\"financing.debt[3].drawnIn\"]"), "2027");
      b.wait.until(d -> runs(b) > earlier && !text(b, "#recap-table tr.refused").isEmpty());
      assertThat(cells(b, "#recap-table tr.refused")).containsExactly("2027", "Mezzanine",
          "Not drawn: with the loan, net debt / EBITDA of 2026 would have been 4.29×, above the"
              + " 4.00× the lenders allow.");
      assertThat(b.all("#recap-table tr.drawn")).isEmpty();
      int english = runs(b);
      language(b, "fr");
      b.wait.until(d -> runs(b) > english
          && text(b, "#recap-table tr.refused").contains("Non tirée"));
      assertThat(cells(b, "#recap-table tr.refused").get(2)).isEqualTo(
          "Non tirée : avec l’emprunt, la dette nette / EBE de 2026 aurait été de 4,29×, au-delà"
              + " des 4,00× que les prêteurs autorisent.");
      // the language's own run ends before the next example is loaded (loadExample counts runs)
      int french = runs(b);
      language(b, "en");
      b.wait.until(d -> runs(b) > french);

      // the recap example with a test its 3.94× cannot meet
      loadExample(b, RECAP);
      int strict = runs(b);
      type(b.find("[data-path=\"financing.debt[3].drawMaxNetLeverage\"]"), "3");
      b.wait.until(d -> runs(b) > strict && !text(b, "#recap-table tr.refused").isEmpty());
      assertThat(cells(b, "#recap-table tr.refused")).containsExactly("2029", "Recap facility",
          "Not drawn: with the loan, net debt / EBITDA of 2028 would have been 3.94×, above the"
              + " 3.00× the lenders allow.");
      assertThat(b.all("#recap-table tr.drawn")).isEmpty();
      // a revolver is not drawn for a recap: the reader's error under its field
      pick(b, "[data-path=\"financing.debt[0]\"]", "drawnIn");
      b.wait.until(d -> !fieldError(b, "financing.debt[0].drawnIn").isEmpty());
      assertThat(fieldError(b, "financing.debt[0].drawnIn")).contains("revolver");
      assertThat(b.consoleErrors()).isEmpty();
    }
  }

  /**
   * After a simulation of the recap example the risk section says on how many paths the recap is
   * drawn and on how many it is not: the job's figures, formatted as the page formats them.
   */
  @Test
  void theSimulationSaysHowOftenTheRecapIsDrawn() {
    try (Browser b = Browser.start(profile, 1400, 1000)) {
      open(b, server.url());
      loadExample(b, RECAP);
      type(b.find("#sim-paths"), "300");
      b.find("#simulate").click();
      b.wait.until(d -> "1".equals(b.find("#risk").getAttribute("data-jobs")));
      JsonNode s = Fixtures.client(server).get("/api/jobs/" + b.find("#risk")
          .getAttribute("data-job")).json().at("/result/scenarios/0");
      double drawn = s.get("recapDrawnProbability").asDouble();
      double refused = s.get("recapRefusedProbability").asDouble();
      assertThat(drawn).isStrictlyBetween(0.0, 1.0);
      assertThat(b.textOf("#rf-recap .label")).isEqualTo("Dividend recapitalisation drawn");
      assertThat(b.textOf("#rf-recap .value")).isEqualTo(percent(drawn));
      assertThat(b.textOf("#rf-recap .sub"))
          .isEqualTo("refused on " + percent(refused) + " of the paths");
      assertThat(texts(b, "#risk-table thead th")).contains("Recap drawn");
      assertThat(b.textOf("#risk-table td.recap")).isEqualTo(percent(drawn));
      language(b, "fr");
      b.wait.until(d -> text(b, "#rf-recap .label").equals("Recapitalisation tirée"));
      assertThat(text(b, "#rf-recap .value")).isEqualTo(percent(drawn).replace('.', ',')
          .replace("%", "\u00a0%"));
      assertThat(b.consoleErrors()).isEmpty();
    }
  }

  /** The keys the editor adds, labelled in both languages (the label is not the key itself). */
  @Test
  void theNewKeysHaveTheirLabelsInBothLanguages() {
    try (Browser b = Browser.start(profile, 1000, 800)) {
      open(b, server.url());
      b.wait.until(d -> runs(b) > 0);
      Object labels = ((org.openqa.selenium.JavascriptExecutor) b.driver).executeAsyncScript(
          "const done = arguments[arguments.length - 1];"
              + "import('./i18n.js').then((i) => {"
              + "  const keys = ['drawnIn', 'drawMaxNetLeverage', 'managementPackage',"
              + "    'personalTax', 'holders', 'capitalGainsRate', 'salaryRate',"
              + "    'salaryContribution'];"
              + "  const out = [];"
              + "  for (const l of ['en', 'fr']) {"
              + "    i.setLang(l);"
              + "    out.push(...keys.map((k) => k + '=' + i.keyLabel(k)),"
              + "      'sec_personalTax=' + i.t('sec_personalTax'));"
              + "  }"
              + "  i.setLang('en');"
              + "  done(out.join('\\n'));"
              + "});");
      List<String> lines = List.of(String.valueOf(labels).split("\n"));
      assertThat(lines).hasSize(18).allSatisfy(line -> {
        String[] kv = line.split("=", 2);
        assertThat(kv[1]).as(line).isNotEqualTo(kv[0]).isNotBlank();
      });
      assertThat(lines.subList(0, 9)).doesNotContainAnyElementsOf(lines.subList(9, 18));
      assertThat(lines).contains("drawnIn=Drawn during the hold, at the start of the year (a"
          + " dividend recapitalisation)", "salaryRate=Taux marginal d’impôt sur le revenu des"
          + " détenteurs sur la part salaire");
    }
  }

  /** @return a rate as the page shows it in English: one decimal, "34.6%" */
  private static String percent(double x) {
    return String.format(java.util.Locale.UK, "%.1f%%", 100 * x);
  }

  /**
   * @return the texts of the cells (th and td) of the row matching {@code css}, read in one
   *     script (the page draws its tables again after each run)
   */
  private static List<String> cells(Browser b, String css) {
    return texts(b, css + " > th, " + css + " > td");
  }

  /**
   * A recap sized to a target leverage (amount: {upToNetLeverage: L}, methodology §5.13): at 4.0×
   * the recap example draws 4.0 × 6,022,564.56 − 22,228,344.37 = 1,861,913.87 in 2029 and the row
   * under it says the ratio reached (the run's recapProFormaLeverage and recapTargetLeverage); at
   * 3.0× the 2028 leverage, 3.69×, leaves no room: nothing drawn, not refused, and the page says so.
   */
  @Test
  void aRecapSizedToATargetSaysTheRatioItReached() throws IOException {
    String yaml = Files.readString(Path.of("..", "examples", RECAP + ".yaml"),
        StandardCharsets.UTF_8);
    Path four = files.resolve("sized4.yaml");
    Path three = files.resolve("sized3.yaml");
    Files.writeString(four, yaml.replaceFirst("amount: 1500000\\n",
        "amount: {upToNetLeverage: 4.0}\n"), StandardCharsets.UTF_8);
    Files.writeString(three, yaml.replaceFirst("amount: 1500000\\n",
        "amount: {upToNetLeverage: 3.0}\n"), StandardCharsets.UTF_8);
    try (Browser b = Browser.start(profile, 1400, 1000)) {
      open(b, server.url());
      b.wait.until(d -> runs(b) > 0);
      int before = runs(b);
      b.find("#file").sendKeys(four.toAbsolutePath().toString());
      b.wait.until(d -> runs(b) > before && !text(b, "#recap-table tr.sized").isEmpty());
      assertThat(cells(b, "#recap-table tr.drawn").get(2)).isEqualTo("€1,861,914");
      assertThat(cells(b, "#recap-table tr.sized")).containsExactly("2029", "Recap facility",
          "Sized to a net leverage of 4.00×: with the loan, net debt / EBITDA of 2028 stands at"
              + " 4.00×.");
      // capped by its maxAmount below the target: it says so
      Path capped = files.resolve("capped.yaml");
      Files.writeString(capped, yaml.replaceFirst("amount: 1500000\\n",
          "amount: {upToNetLeverage: 4.0, maxAmount: 1000000}\n"), StandardCharsets.UTF_8);
      int more = runs(b);
      b.find("#file").sendKeys(capped.toAbsolutePath().toString());
      b.wait.until(d -> runs(b) > more && text(b, "#recap-table tr.sized").contains("capped"));
      assertThat(cells(b, "#recap-table tr.sized").get(2)).isEqualTo("Sized to a net leverage of"
          + " 4.00×, capped at its maxAmount: with the loan, net debt / EBITDA of 2028 stands at"
          + " 3.86×.");
      int next = runs(b);
      b.find("#file").sendKeys(three.toAbsolutePath().toString());
      b.wait.until(d -> runs(b) > next && !text(b, "#recap-table tr.noroom").isEmpty());
      assertThat(b.all("#recap-table tr.drawn")).isEmpty();
      assertThat(b.all("#recap-table tr.refused")).isEmpty();
      assertThat(cells(b, "#recap-table tr.noroom")).containsExactly("2029", "Recap facility",
          "Nothing to draw: net debt / EBITDA of 2028 stood at 3.69× already, not under the 3.00×"
              + " target.");
      int english = runs(b);
      language(b, "fr");
      b.wait.until(d -> runs(b) > english
          && text(b, "#recap-table tr.noroom").contains("Rien à tirer"));
      assertThat(cells(b, "#recap-table tr.noroom").get(2)).isEqualTo("Rien à tirer : la dette"
          + " nette / EBE de 2028 était déjà de 3,69×, pas en dessous de la cible de 3,00×.");
      assertThat(b.consoleErrors()).isEmpty();
    }
  }


  /** @return the texts of the elements matching {@code css}, read in one script */
  @SuppressWarnings("unchecked")
  private static List<String> texts(Browser b, String css) {
    return (List<String>) b.js("return [...document.querySelectorAll(arguments[0])]"
        + ".map((e) => e.textContent);", css);
  }
}
