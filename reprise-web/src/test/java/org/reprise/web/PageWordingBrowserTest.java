package org.reprise.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The page's wording for a reader without a finance background, in a real headless Chromium: the
 * parties named by their role with the deal file's name in parentheses (never the bare file
 * identifier), and the risk section's figures and statistics explained in one sentence each, in
 * English and in French.
 */
class PageWordingBrowserTest extends PageTestBase {


  /**
   * The visible texts of the elements matching {@code css}, read in one script: the page may
   * re-render a table between two WebDriver reads (a stale element), never during one script.
   */
  @SuppressWarnings("unchecked")
  private static List<String> texts(Browser b, String css) {
    return ((List<Object>) b.js("return Array.from(document.querySelectorAll(arguments[0]))"
        + ".map((e) => e.innerText.trim())", css)).stream().map(String::valueOf).toList();
  }

  private static String aria(Browser b, String chart) {
    return String.valueOf(b.js("return document.getElementById(arguments[0])"
        + ".getAttribute('aria-label')", chart)).replaceAll("[\u00a0\u202f]", " ");
  }

  @Test
  void thePartiesAreNamedByTheirRoleWithTheFilesNameInParentheses() {
    try (Browser b = Browser.start(profile, 1400, 1600)) {
      open(b, server.url());
      b.wait.until(d -> runs(b) > 0);
      // The factory example: the fund is the lead investor (the envy ratio's sponsor), the
      // management a shareholder, the others lenders; a name with parentheses is quoted.
      assertThat(b.textOf("#kf-irr .label")).isEqualTo("IRR of the lead investor (fund)");
      assertThat(b.textOf("#kf-moic .label")).isEqualTo("Multiple of the lead investor (fund)");
      assertThat(b.textOf("#kf-irr .explain"))
          .startsWith("The yearly return on the money the lead investor (fund) put in,");
      assertThat(b.textOf("#kf-moic .explain"))
          .isEqualTo("What the lead investor (fund) gets back for each euro it put in.");
      assertThat(texts(b, "#returns-table tbody th")).containsExactly("Lead investor (fund)",
          "Shareholder (management)", "Lender (senior banks)", "Lender (mezzanine fund)",
          "Lender “first fund (seller)”");
      // review 27: the IRRs' dating and gross basis, under the table as in the reports
      assertThat(b.textOf("#returns-note")).startsWith("IRR: the annual rate of each party’s "
          + "flows, each dated on a 31 December (the flows at the entry on 31 December 2025,")
          .contains("gross: before any fund’s management fees and carried interest");
      assertThat(aria(b, "chart-returns"))
          .startsWith("IRR per party (multiple): the lead investor (fund) 10.4% (1.64×), "
              + "the shareholder (management) ")
          .contains("the lender “first fund (seller)” ");

      language(b, "fr");
      b.wait.until(d -> b.find("#kf-irr .label").getText()
          .equals("TRI de l’investisseur principal (fund)"));
      assertThat(b.textOf("#kf-moic .label")).isEqualTo("Multiple de l’investisseur principal (fund)");
      assertThat(b.textOf("#kf-irr .explain"))
          .startsWith("Le rendement annuel de l’argent apporté par l’investisseur principal (fund),");
      assertThat(b.textOf("#kf-moic .explain"))
          .isEqualTo("Ce que l’investisseur principal (fund) récupère pour chaque euro apporté.");
      assertThat(texts(b, "#returns-table tbody th")).containsExactly(
          "Investisseur principal (fund)", "Actionnaire (management)", "Prêteur (senior banks)",
          "Prêteur (mezzanine fund)", "Prêteur « first fund (seller) »");
      assertThat(b.textOf("#returns-note")).startsWith("TRI : taux annuel des flux de chaque "
          + "partie, chacun daté d’un 31 décembre (les flux de l’entrée le 31 décembre 2025,");
      assertThat(aria(b, "chart-returns"))
          .startsWith("TRI par partie (multiple) : l’investisseur principal (fund) 10,4 % (1,64×), "
              + "l’actionnaire (management) ")
          .contains("le prêteur « first fund (seller) » ");

      // A party whose role the page does not know is named as a party, never by its bare name.
      Object unknown = ((JavascriptExecutor) b.driver).executeAsyncScript(
          "const done = arguments[arguments.length - 1];"
              + "Promise.all([import('./parties.js'), import('./i18n.js')]).then(([p, i]) => {"
              + "  const out = [];"
              + "  for (const l of ['en', 'fr']) {"
              + "    i.setLang(l);"
              + "    out.push(i.t('risk_hist', { party: p.partyLabel('fund', null, 'of') }));"
              + "    out.push(p.partyLabel('fund', new Map([['fund', 'equity+lender']]), 'the'));"
              + "  }"
              + "  i.setLang('fr');"
              + "  done(out.join('\\n'));"
              + "});");
      assertThat(String.valueOf(unknown).split("\n")).containsExactly(
          "Distribution of the IRR of the party “fund”",
          "the shareholder and lender (fund)",
          "Distribution du TRI de la partie « fund »",
          "l’actionnaire et prêteur (fund)");
      assertThat(b.consoleErrors()).isEmpty();
    }
  }

  /**
   * The tax fields of the parent–subsidiary regime carry the French tax term, "quote-part de frais
   * et charges" (CGI art. 216: 5 %, 1 % within a tax group), not a "quote-part imposable des
   * dividendes", and its English equivalent (review 12 CSE, finding 11).
   */
  @Test
  void theParentSubsidiaryAddBackHasItsTaxName() {
    try (Browser b = Browser.start(profile, 1000, 800)) {
      open(b, server.url());
      b.wait.until(d -> runs(b) > 0);
      Object labels = ((JavascriptExecutor) b.driver).executeAsyncScript(
          "const done = arguments[arguments.length - 1];"
              + "import('./i18n.js').then((i) => {"
              + "  const out = [];"
              + "  for (const l of ['en', 'fr']) {"
              + "    i.setLang(l);"
              + "    out.push(i.keyLabel('dividendAddBack'), i.keyLabel('groupDividendAddBack'));"
              + "  }"
              + "  i.setLang('en');"
              + "  done(out.join('\\n'));"
              + "});");
      assertThat(String.valueOf(labels).split("\n")).containsExactly(
          "Add-back for costs and charges on dividends (parent–subsidiary regime)",
          "Add-back for costs and charges on dividends within the tax group",
          "Quote-part de frais et charges (régime mère-fille)",
          "Quote-part de frais et charges dans le groupe intégré");
      assertThat(b.consoleErrors()).isEmpty();
    }
  }

  /** The risk figures' explanations, by figure id: their beginning in English and in French. */
  private static final String[][] RISK_FIGURES = {
    {"rf-default", "The share of the simulated paths in which the company cannot pay",
        "La part des trajectoires simulées où l’entreprise ne peut pas payer"},
    {"rf-breach", "The share of the simulated paths in which the company breaks",
        "La part des trajectoires simulées où l’entreprise rompt"},
    {"rf-jobs", "The company’s headcount in its first year of payment default",
        "L’effectif de l’entreprise l’année de son premier défaut de paiement"},
  };

  /** The statistics of the risk table explained under it: their beginning in English, French. */
  private static final String[][] RISK_TERMS = {
    {"p5 … p95: the IRR below which 5%, 25%, 50% (the median), 75% and 95%",
        "p5 … p95 : le TRI en dessous duquel tombent 5 %, 25 %, 50 % (la médiane), 75 % et 95 %"},
    {"mean: the average of the paths’ IRRs", "moyenne : la moyenne des TRI des trajectoires"},
    {"pooled (IRR of the mean flows): the IRR of the cash flows averaged over all the paths",
        "agrégé (TRI des flux moyens) : le TRI des flux moyens de toutes les trajectoires"},
  };

  @Test
  void theRiskSectionExplainsItsFiguresAndNamesEachScenariosPartiesByRole() {
    try (Browser b = Browser.start(profile, 1400, 2400)) {
      open(b, server.url());
      b.wait.until(d -> runs(b) > 0);
      int before = runs(b);
      new Select(b.find("#start")).selectByValue("example:decolletage-scenarios");
      b.find("#load").click();
      b.wait.until(d -> runs(b) > before);
      b.wait.until(d -> b.all("#scenarios-table thead th").size() == 5);
      // The scenarios' returns: each scenario's own roles (the employee buyout names its sponsor).
      List<String> parties = texts(b, "#scenarios-table .party-name");
      assertThat(parties).contains("Shareholder (current owners)", "Lead investor (fund)",
          "Lead investor (friendly investor)", "Shareholder (employees)",
          "Lender (senior banks)").noneMatch(p -> p.equals("fund") || p.equals("senior banks"));

      b.find("#sim-paths").clear();
      b.find("#sim-paths").sendKeys("200");
      b.find("#simulate").click();
      b.wait.until(d -> "1".equals(b.find("#risk").getAttribute("data-jobs")));
      for (int lang = 0; lang < 2; lang++) {
        if (lang == 1) {
          language(b, "fr");
          b.wait.until(d -> b.find("#rf-jobs .label").getText().equals("Emplois menacés (espérance)"));
        }
        for (String[] f : RISK_FIGURES) {
          String figure = "#" + f[0];
          assertThat(b.js("const x = document.querySelector('" + figure + " .explain');"
              + "return x.tagName + ' ' + (x.previousElementSibling === document.querySelector('"
              + figure + " .label'))")).isEqualTo("SMALL true");
          assertThat(b.find(figure + " .explain").isDisplayed()).as(figure).isTrue();
          assertThat(b.find(figure + " .explain").getText()).as(figure).startsWith(f[1 + lang]);
        }
        List<WebElement> terms = b.all("#risk-terms small.explain");
        assertThat(terms).hasSize(RISK_TERMS.length);
        for (int i = 0; i < RISK_TERMS.length; i++) {
          assertThat(terms.get(i).isDisplayed()).isTrue();
          assertThat(terms.get(i).getText().replaceAll("[\u00a0\u202f]", " "))
              .startsWith(RISK_TERMS[i][lang]);
        }
      }
      // The status quo tests no covenant: said so, not a 0 % that reads as safe (and in English
      // once the language is back below).
      b.wait.until(d -> b.find("#risk-table tr[data-scenario='Status quo'] td.breach")
          .getText().equals("aucun covenant testé"));
      // The column headers point to their explanation (the SCOP d'amorçage has failed paths:
      // the not-viable column and the default's bracket point to what they count).
      assertThat(b.all("#risk-table thead th")).extracting(h -> h.getAttribute("aria-describedby"))
          .containsExactly(null, null, "risk-term-failed", "risk-term-failed", null, null,
              "risk-term-0", "risk-term-0", "risk-term-0", "risk-term-0", "risk-term-0",
              "risk-term-1", "risk-term-2");
      // The first shareholder of each scenario, by its role in that scenario.
      assertThat(texts(b, "#risk-table td[data-party]")).containsExactly(
          "Actionnaire (current owners)", "Investisseur principal (fund)",
          "Actionnaire (employees)", "Actionnaire (employees)", "Actionnaire (employees)");
      new Select(b.find("#risk-scenario")).selectByVisibleText("Fund LBO");
      b.wait.until(d -> b.find("#title-irr-hist").getText()
          .equals("Distribution du TRI de l’investisseur principal (fund)"));
      assertThat(aria(b, "chart-irr-hist"))
          .startsWith("TRI de l’investisseur principal (fund) sur 200 trajectoires");
      language(b, "en");
      b.wait.until(d -> b.find("#title-irr-hist").getText()
          .equals("Distribution of the IRR of the lead investor (fund)"));
      b.wait.until(d -> b.find("#risk-table tr[data-scenario='Status quo'] td.breach")
          .getText().equals("no covenant tested"));
      new Select(b.find("#risk-scenario")).selectByVisibleText("Employee LBO");
      b.wait.until(d -> b.find("#title-irr-hist").getText()
          .equals("Distribution of the IRR of the shareholder (employees)"));
      assertThat(b.consoleErrors()).isEmpty();
    }
  }
}
