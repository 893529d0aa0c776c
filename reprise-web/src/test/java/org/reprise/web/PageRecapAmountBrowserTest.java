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
import org.openqa.selenium.support.ui.Select;

/**
 * The amount of a dividend recapitalisation in the editor (docs/deal-format.md {@code amount} with
 * {@code drawnIn}, methodology §5.13): chosen as an amount, a multiple of EBITDA or sized to a
 * target net leverage with an optional cap; a file with the sized form opens, is edited and saved
 * with the form kept; the reader's errors on it land under its fields, in English and French; and
 * after a simulation the risk section says on how many paths it found no room under the target.
 */
class PageRecapAmountBrowserTest extends PageTestBase {

  private static final String RECAP = "decolletage-recap";
  private static final String AMOUNT = "financing.debt[3].amount";
  private static final String LEVEL = AMOUNT + ".upToNetLeverage";
  private static final String CAP = AMOUNT + ".maxAmount";

  @TempDir Path files;

  /** @return the recap example with the recap's amount sized to 3.9×, capped at 2 M€ */
  /** Opens the page, then the sized recap's file, and waits for its run. */
  private void openSized(Browser b) throws IOException {
    open(b, server.url());
    b.wait.until(d -> runs(b) > 0);
    int before = runs(b);
    b.find("#file").sendKeys(sizedFile().toAbsolutePath().toString());
    b.wait.until(d -> runs(b) > before && !text(b, "#recap-table tr.sized").isEmpty());
  }

  private Path sizedFile() throws IOException {
    String yaml = Files.readString(Path.of("..", "examples", RECAP + ".yaml"),
        StandardCharsets.UTF_8);
    String sized = yaml.replaceFirst("amount: 1500000\\n",
        "amount: {upToNetLeverage: 3.9, maxAmount: 2000000}\n");
    assertThat(sized).isNotEqualTo(yaml);
    Path file = files.resolve("sized.yaml");
    Files.writeString(file, sized, StandardCharsets.UTF_8);
    return file;
  }

  private static String text(Browser b, String css) {
    Object t = b.js("const e = document.querySelector(arguments[0]); return e ? e.textContent : '';",
        css);
    return String.valueOf(t);
  }

  private static String value(Browser b, String path) {
    return b.find("[data-path=\"" + path + "\"]").getAttribute("value");
  }

  private static Select form(Browser b) {
    return new Select(b.find("[data-amount-form=\"" + AMOUNT + "\"]"));
  }

  /** @return the texts of the recap amount's forms, in the list's order */
  private static List<String> options(Browser b) {
    return form(b).getOptions().stream().map(o -> o.getText()).toList();
  }

  /** @return the API's error shown under the field of {@code path} ("" when none) */
  private static String fieldError(Browser b, String path) {
    return text(b, "[data-field=\"" + path + "\"] > .field-error.api");
  }

  /** Types into the field of {@code path} and waits for the run (or the error) it starts. */
  private static void typeAndRun(Browser b, String path, String typed) {
    int before = runs(b);
    type(b.find("[data-path=\"" + path + "\"]"), typed);
    b.wait.until(d -> runs(b) > before || !fieldError(b, path).isEmpty());
  }

  /** Chooses the amount's form and waits for the run it starts. */
  private static void choose(Browser b, String form) {
    int before = runs(b);
    form(b).selectByValue(form);
    b.wait.until(d -> runs(b) > before);
  }

  /**
   * The sized file opens with its form chosen and its two values; the target moved to 3.8× gives
   * 3.8 × 6,022,564.56 − 22,228,344.37 = 657,400.96 drawn (under the 2 M€ cap) and the row says
   * the ratio reached; the cap emptied leaves the key out of the deal; the saved deal keeps the
   * mapping. A target above the lenders' test of 4.0×, and one of 0, are the reader's errors,
   * under the target's field, in English and French. Then the other forms: an amount (the cap,
   * the lenders' commitment, to start from), a multiple of EBITDA (1.5×), and back to the target,
   * which comes back as it was.
   */
  @Test
  void aSizedRecapOpensIsEditedAndSavedWithItsForm() throws IOException {
    try (Browser b = Browser.start(profile, 1400, 1000)) {
      openSized(b);
      assertThat(form(b).getFirstSelectedOption().getAttribute("value"))
          .isEqualTo("upToNetLeverage");
      assertThat(form(b).getFirstSelectedOption().getText())
          .isEqualTo("Sized to a net leverage");
      assertThat(value(b, LEVEL)).isEqualTo("3.9");
      assertThat(value(b, CAP)).isEqualTo("2000000");
      assertThat(text(b, "[data-field=\"" + LEVEL + "\"] label")).startsWith("Up to a net leverage");
      assertThat(text(b, "[data-field=\"" + CAP + "\"] label")).startsWith("At most");
      assertThat(text(b, "#recap-table tr.sized")).contains("Sized to a net leverage of 3.90×");
      b.js("document.querySelector('fieldset.recap-amount').scrollIntoView()");
      b.screenshot("page-recap-amount");

      typeAndRun(b, LEVEL, "3.8");
      b.wait.until(d -> text(b, "#recap-table tr.sized").contains("3.80×"));
      assertThat(cells(b, "#recap-table tr.drawn").get(2)).isEqualTo("€657,401");
      // the cap emptied: the key leaves the deal (no cap), as the saved file shows
      typeAndRun(b, CAP, "");
      type(b.find("#deal-name"), "Sized recap");
      b.find("#save").click();
      b.wait.until(d -> b.find("#status").getText().contains("Saved"));
      Http api = Fixtures.client(server);
      long id = api.get("/api/deals").json().get(0).get("id").longValue();
      JsonNode uncapped = Trees.parse(api.get("/api/deals/" + id + "/yaml").body(), true);
      assertThat(uncapped.at("/financing/debt/3/amount").toString())
          .isEqualTo("{\"upToNetLeverage\":3.8}");
      // capped again and saved: the deal file keeps the sized form as edited
      typeAndRun(b, CAP, "1000000");
      b.find("#save").click();
      b.wait.until(d -> b.find("#status").getText().contains("version 2"));
      JsonNode saved = Trees.parse(api.get("/api/deals/" + id + "/yaml").body(), true);
      assertThat(saved.at("/financing/debt/3/amount").toString())
          .isEqualTo("{\"upToNetLeverage\":3.8,\"maxAmount\":1000000}");
      assertThat(saved.at("/financing/debt/3/drawnIn").intValue()).isEqualTo(2029);

      // the reader's errors, under the target's field, in both languages
      typeAndRun(b, LEVEL, "4.5");
      b.wait.until(d -> !fieldError(b, LEVEL).isEmpty());
      assertThat(fieldError(b, LEVEL)).contains("at most the lenders' test")
          .contains("drawMaxNetLeverage: 4");
      assertThat(b.find("#error-summary").getText()).startsWith("Error in Financing")
          .contains("Up to a net leverage");
      language(b, "fr");
      b.wait.until(d -> fieldError(b, LEVEL).contains("au plus égal au test des prêteurs"));
      assertThat(b.find("#error-summary").getText()).startsWith("Erreur dans Financement")
          .contains("Jusqu’à un levier net");
      assertThat(form(b).getFirstSelectedOption().getText())
          .isEqualTo("Levier net cible");
      typeAndRun(b, LEVEL, "0");
      b.wait.until(d -> fieldError(b, LEVEL).contains("au-dessus de 0"));
      language(b, "en");
      b.wait.until(d -> fieldError(b, LEVEL).contains("a net leverage above 0"));
      typeAndRun(b, LEVEL, "3.8");
      b.wait.until(d -> fieldError(b, LEVEL).isEmpty() && !text(b, "#recap-table tr.sized")
          .isEmpty());

      // an amount, starting from the cap; a multiple of EBITDA; back to the target as it was
      choose(b, "amount");
      assertThat(value(b, AMOUNT)).isEqualTo("1000000");
      b.wait.until(d -> !text(b, "#recap-table tr.drawn").isEmpty());
      assertThat(cells(b, "#recap-table tr.drawn").get(2)).isEqualTo("€1,000,000");
      assertThat(b.all("#recap-table tr.sized")).isEmpty();
      choose(b, "timesEbitda");
      assertThat(value(b, AMOUNT + ".timesEbitda")).isEqualTo("1.5");
      // 1.5 × EBITDA 2028 = 9,033,846.84: (22,228,344.37 + it) / 6,022,564.56 = 5.19×, refused
      b.wait.until(d -> !text(b, "#recap-table tr.refused").isEmpty());
      assertThat(text(b, "#recap-table tr.refused")).contains("would have been 5.19×");
      choose(b, "upToNetLeverage");
      assertThat(value(b, LEVEL)).isEqualTo("3.8");
      assertThat(value(b, CAP)).isEqualTo("1000000");
      assertThat(b.consoleErrors()).isEmpty();
    }
  }

  /**
   * The recap example's fixed 1.5 M€ turned into a target: it starts at the lenders' test, 4×,
   * capped at the 1.5 M€ it was (the lenders' commitment); 4.0 × EBITDA 2028 − the net debt would
   * be 1,861,914, so the cap binds and the row says so. A tranche drawn at the closing keeps its
   * plain amount field.
   */
  @Test
  void aFixedRecapIsSizedFromTheForm() {
    try (Browser b = Browser.start(profile, 1400, 1000)) {
      open(b, server.url());
      loadExample(b, RECAP);
      assertThat(form(b).getFirstSelectedOption().getAttribute("value")).isEqualTo("amount");
      assertThat(value(b, AMOUNT)).isEqualTo("1500000");
      assertThat(options(b)).containsExactly("An amount (€)", "× EBITDA of the year before",
          "Sized to a net leverage");
      // the vendor loan, drawn at the closing: its plain amount field, no choice
      assertThat(b.all("[data-amount-form=\"financing.debt[5].amount\"]")).isEmpty();
      assertThat(b.find("[data-path=\"financing.debt[5].amount\"]").getTagName())
          .isEqualTo("input");
      choose(b, "upToNetLeverage");
      assertThat(value(b, LEVEL)).isEqualTo("4");
      assertThat(value(b, CAP)).isEqualTo("1500000");
      b.wait.until(d -> text(b, "#recap-table tr.sized").contains("capped"));
      assertThat(cells(b, "#recap-table tr.drawn").get(2)).isEqualTo("€1,500,000");
      assertThat(text(b, "#recap-table tr.sized")).contains("Sized to a net leverage of 4.00×,"
          + " capped at its maxAmount");
      language(b, "fr");
      b.wait.until(d -> text(b, "[data-field=\"" + CAP + "\"] label").startsWith("Au plus"));
      assertThat(value(b, LEVEL)).isEqualTo("4");
      assertThat(options(b)).containsExactly("Un montant (€)", "× EBE de l’année précédente",
          "Levier net cible");
      assertThat(text(b, "[data-field=\"" + LEVEL + "\"] label"))
          .startsWith("Jusqu’à un levier net de (×)");
      assertThat(b.consoleErrors()).isEmpty();
    }
  }

  /**
   * After a simulation of the sized recap the risk section gives, under the drawn and refused
   * shares, the share of the paths with no room under the target in reprise simulate's words: the
   * job's figure, in English and French. The fixed recap's simulation has no such line.
   */
  @Test
  void theSimulationSaysOnHowManyPathsTheTargetLeftNoRoom() throws IOException {
    try (Browser b = Browser.start(profile, 1400, 1000)) {
      openSized(b);
      type(b.find("#sim-paths"), "300");
      b.find("#simulate").click();
      b.wait.until(d -> "1".equals(b.find("#risk").getAttribute("data-jobs")));
      JsonNode s = Fixtures.client(server).get("/api/jobs/" + b.find("#risk")
          .getAttribute("data-job")).json().at("/result/scenarios/0");
      double noRoom = s.get("recapNoRoomProbability").asDouble();
      assertThat(noRoom).isStrictlyBetween(0.0, 1.0);
      assertThat(b.textOf("#rf-recap .value"))
          .isEqualTo(percent(s.get("recapDrawnProbability").asDouble()));
      assertThat(b.textOf("#rf-recap .sub"))
          .isEqualTo("refused on " + percent(s.get("recapRefusedProbability").asDouble())
              + " of the paths");
      assertThat(b.textOf("#rf-recap .sub.second")).isEqualTo("Sized to a target net leverage,"
          + " it draws nothing, without a refusal, on " + percent(noRoom)
          + " of the paths: no room under the target");
      language(b, "fr");
      b.wait.until(d -> text(b, "#rf-recap .sub.second").startsWith("Dimensionnée"));
      assertThat(text(b, "#rf-recap .sub.second")).isEqualTo("Dimensionnée sur un levier net"
          + " cible, elle ne tire rien, sans refus, sur " + percent(noRoom).replace('.', ',')
              .replace("%", "\u00a0%") + " des trajectoires : pas de marge sous la cible");
      language(b, "en");

      // the example's fixed amount: drawn and refused, no line about a target
      loadExample(b, RECAP);
      b.find("#simulate").click();
      b.wait.until(d -> "2".equals(b.find("#risk").getAttribute("data-jobs")));
      assertThat(b.textOf("#rf-recap .sub")).startsWith("refused on ");
      assertThat(b.all("#rf-recap .sub.second")).isEmpty();
      assertThat(b.consoleErrors()).isEmpty();
    }
  }

  /**
   * The rules of the amount's forms, in the page's own script: which form a value is in (null for
   * one the list cannot show, left as written for the reader to refuse), and what a change of form
   * writes: the target starts at the lenders' test (else 4×) capped at the fixed amount it
   * replaces (no cap from 0), an amount starts from the cap (else 0), a multiple at 1.5×, and a
   * form left and chosen again comes back as it was, its cap's absence included.
   */
  @Test
  void theFormsOfARecapsAmountFollowTheirRules() {
    try (Browser b = Browser.start(profile, 1000, 800)) {
      open(b, server.url());
      Object result = ((org.openqa.selenium.JavascriptExecutor) b.driver).executeAsyncScript(
          "const done = arguments[arguments.length - 1];"
              + "import('./form.js').then((f) => {"
              + "  const out = {};"
              + "  const values = {nothing: null, number: 1500000, ebitda: {timesEbitda: 1},"
              + "    sized: {upToNetLeverage: 4}, capped: {upToNetLeverage: 4, maxAmount: 5},"
              + "    price: {shareOfPrice: '10%'}, both: {timesEbitda: 1, upToNetLeverage: 4},"
              + "    capAlone: {maxAmount: 5}, other: 'balance'};"
              + "  for (const [k, v] of Object.entries(values)) { out['form:' + k] ="
              + "    f.recapAmountForm(v); }"
              + "  const test = {drawMaxNetLeverage: 3.5};"
              + "  out.sizedFromAmount = f.recapAmountIn('upToNetLeverage', test, 1500000, {});"
              + "  out.sizedFromZero = f.recapAmountIn('upToNetLeverage', {}, 0, {});"
              + "  out.amountFromCap = f.recapAmountIn('amount', test, values.capped, {});"
              + "  out.amountFromEbitda = f.recapAmountIn('amount', test, values.ebitda, {});"
              + "  out.ebitda = f.recapAmountIn('timesEbitda', test, 1500000, {});"
              + "  const memory = {amount: 7, timesEbitda: 2, upToNetLeverage: 3,"
              + "    maxAmount: undefined};"
              + "  out.backToSized = f.recapAmountIn('upToNetLeverage', test, 7, memory);"
              + "  out.backToAmount = f.recapAmountIn('amount', test, values.capped, memory);"
              + "  out.backToEbitda = f.recapAmountIn('timesEbitda', test, 7, memory);"
              + "  done(JSON.stringify(out));"
              + "});");
      JsonNode r = Trees.parse(String.valueOf(result), false);
      assertThat(r.get("form:nothing").asText()).isEqualTo("amount");
      assertThat(r.get("form:number").asText()).isEqualTo("amount");
      assertThat(r.get("form:ebitda").asText()).isEqualTo("timesEbitda");
      assertThat(r.get("form:sized").asText()).isEqualTo("upToNetLeverage");
      assertThat(r.get("form:capped").asText()).isEqualTo("upToNetLeverage");
      for (String k : new String[] {"price", "both", "capAlone", "other"}) {
        assertThat(r.get("form:" + k).isNull()).as(k).isTrue();
      }
      assertThat(r.get("sizedFromAmount").toString())
          .isEqualTo("{\"upToNetLeverage\":3.5,\"maxAmount\":1500000}");
      assertThat(r.get("sizedFromZero").toString()).isEqualTo("{\"upToNetLeverage\":4}");
      assertThat(r.get("amountFromCap").intValue()).isEqualTo(5);
      assertThat(r.get("amountFromEbitda").intValue()).isZero();
      assertThat(r.get("ebitda").toString()).isEqualTo("{\"timesEbitda\":1.5}");
      // a target left without a cap comes back without one, not capped at the amount
      assertThat(r.get("backToSized").toString()).isEqualTo("{\"upToNetLeverage\":3}");
      assertThat(r.get("backToAmount").intValue()).isEqualTo(7);
      assertThat(r.get("backToEbitda").toString()).isEqualTo("{\"timesEbitda\":2}");
      assertThat(b.consoleErrors()).isEmpty();
    }
  }

  /** @return a rate as the page shows it in English: one decimal, "34.6%" */
  private static String percent(double x) {
    return String.format(java.util.Locale.UK, "%.1f%%", 100 * x);
  }

  private static List<String> cells(Browser b, String css) {
    return texts(b, css + " > th, " + css + " > td");
  }

  @SuppressWarnings("unchecked")
  private static List<String> texts(Browser b, String css) {
    return (List<String>) b.js("return [...document.querySelectorAll(arguments[0])]"
        + ".map((e) => e.textContent);", css);
  }
}
