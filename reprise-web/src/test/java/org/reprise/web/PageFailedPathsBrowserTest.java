package org.reprise.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The risk section says the failed (not viable) paths, an outcome that counts (docs/risk.md §5,
 * "Failed paths"): on the scenarios example the SCOP d'amorçage fails the paths whose members end
 * the seed period below half the capital; their share of the paths run with its standard error,
 * the first failure's reason and the default and jobs-at-risk bounds are shown under the figures,
 * and the table gets a not-viable column and the default's bound in brackets, in English and in
 * French, with the job's figures. The factory, where no path fails, shows none of it.
 */
class PageFailedPathsBrowserTest extends PageTestBase {

  private static final String SCOP = "SCOP d'amorçage";
  private static final String ITEM = "#risk-failed li.failed[data-scenario=\"" + SCOP + "\"] ";
  private static final String ROW = "#risk-table tr[data-scenario=\"" + SCOP + "\"] ";

  /** @return the element's textContent, exactly (its non-breaking spaces kept), "" if none */
  private static String text(Browser b, String css) {
    return String.valueOf(b.js("const e = document.querySelector(arguments[0]);"
        + " return e ? e.textContent : '';", css));
  }

  /** A probability as the page writes it: "6.0%" in English, "6,0 %" (no-break space) in French. */
  private static String pct(double p, boolean french) {
    return french ? String.format(Locale.FRANCE, "%.1f", 100 * p) + "\u00a0%"
        : String.format(Locale.UK, "%.1f%%", 100 * p);
  }

  private static long whole(double v) {
    return Math.round(v);
  }

  @Test
  void theScopDamorcagesFailedPathsAreSaidWithTheirBoundsInEnglishAndInFrench() {
    try (Browser b = Browser.start(profile, 1400, 2400)) {
      open(b, server.url());
      loadExample(b, "decolletage-scenarios");
      b.wait.until(d -> b.all("#scenarios-table thead th").size() == 5);
      type(b.find("#sim-paths"), "200");
      b.find("#simulate").click();
      b.wait.until(d -> "1".equals(b.find("#risk").getAttribute("data-jobs")));
      JsonNode job = Fixtures.client(server).get("/api/jobs/" + b.find("#risk")
          .getAttribute("data-job")).json();
      JsonNode scop = null;
      List<String> failing = new ArrayList<>();
      for (JsonNode s : job.at("/result/scenarios")) {
        if (s.get("failedPaths").asLong() > 0) {
          failing.add(s.get("name").asText());
        }
        if (s.get("name").asText().equals(SCOP)) {
          scop = s;
        }
      }
      assertThat(scop).isNotNull();
      long failed = scop.get("failedPaths").asLong();
      long computed = scop.get("paths").asLong();
      // seed 1, 200 paths: some of the SCOP d'amorçage's paths fail (12, reprise simulate says)
      assertThat(failed).as("failed paths of the SCOP d'amorçage").isPositive();
      assertThat(computed + failed).isEqualTo(200);
      double q = scop.get("failedProbability").asDouble();
      double se = scop.get("failedStandardError").asDouble();
      double pd = scop.get("defaultProbability").asDouble();
      double bound = scop.get("defaultProbabilityIfFailedDefaulted").asDouble();
      assertThat(q).isEqualTo((double) failed / 200);
      assertThat(bound).isGreaterThan(pd);
      long index = scop.at("/failure/index").asLong();

      for (boolean french : new boolean[] {false, true}) {
        if (french) {
          language(b, "fr");
          b.wait.until(d -> text(b, ITEM + ".failed-share").contains("Non viable"));
        }
        // beside the figures, one item per scenario with failed paths: here the SCOP d'amorçage
        assertThat(b.find("#risk-failed").isDisplayed()).isTrue();
        assertThat(b.all("#risk-failed li.failed"))
            .extracting(li -> li.getAttribute("data-scenario")).containsExactlyElementsOf(failing)
            .contains(SCOP);
        assertThat(text(b, ITEM + ".failed-share")).isEqualTo(french
            ? SCOP + " — Non viable (trajectoires en échec)\u00a0: " + pct(q, true) + " des 200"
                + " trajectoires lancées (erreur type " + pct(se, true) + ")"
            : SCOP + " — Not viable (failed paths): " + pct(q, false) + " of the 200 paths run"
                + " (standard error " + pct(se, false) + ")");
        assertThat(text(b, ITEM + ".failed-reason")).startsWith(french
            ? "Premier échec\u00a0: trajectoire " + index + "\u00a0: cooperative.seed.buybacks\u00a0:"
                + " SCOP d'amorçage : les associés salariés détiennent "
            : "First failure: path " + index + ": cooperative.seed.buybacks: SCOP d'amorçage:"
                + " employee members hold ");
        assertThat(text(b, ITEM + ".failed-default")).isEqualTo(french
            ? "Défaut de paiement\u00a0: " + pct(pd, true) + " (" + pct(bound, true) + " si les "
                + failed + " trajectoires en échec étaient en défaut)"
            : "Payment default: " + pct(pd, false) + " (" + pct(bound, false) + " if the "
                + failed + " failed paths defaulted)");
        assertThat(text(b, ITEM + ".failed-jobs")).isEqualTo(french
            ? "Emplois menacés (espérance)\u00a0: " + whole(scop.get("expectedJobsAtRisk").asDouble())
                + " (" + whole(scop.get("expectedJobsAtRiskIfFailedAtRisk").asDouble())
                + " si les " + failed + " trajectoires en échec avaient aussi leur effectif (180)"
                + " en défaut de paiement)"
            : "Expected jobs at risk: " + whole(scop.get("expectedJobsAtRisk").asDouble()) + " ("
                + whole(scop.get("expectedJobsAtRiskIfFailedAtRisk").asDouble()) + " if the "
                + failed + " failed paths had their headcount (180) in payment default too)");
        // above 1 % failed: its other figures cover the paths computed only
        assertThat(text(b, ITEM + ".failed-survivors")).isEqualTo(french
            ? "Ses autres chiffres (rupture de covenant, TRI, sortie) ne portent que sur les"
                + " trajectoires calculées\u00a0: n = " + computed + " sur 200 (docs/risk.md §5)."
            : "Its other figures (covenant breach, IRRs, exit) cover the paths computed only:"
                + " n = " + computed + " of 200 (docs/risk.md §5).");
        // the table: a not-viable column, the default's bound in brackets, explained under it
        assertThat(text(b, "#risk-table thead th:nth-of-type(3)"))
            .isEqualTo(french ? "Non viable" : "Not viable");
        assertThat(b.find("#risk-table thead th:nth-of-type(3)").getAttribute("aria-describedby"))
            .isEqualTo("risk-term-failed");
        assertThat(text(b, ROW + "td.failed")).isEqualTo(pct(q, french));
        assertThat(text(b, ROW + "td.default"))
            .isEqualTo(pct(pd, french) + " (" + pct(bound, french) + ")");
        assertThat(text(b, "#risk-table tr[data-scenario=\"Fund LBO\"] td.failed"))
            .isEqualTo(pct(0, french));
        assertThat(text(b, "#risk-table tr[data-scenario=\"Fund LBO\"] td.default"))
            .doesNotContain("(");
        assertThat(text(b, "#risk-term-failed")).startsWith(french
            ? "Non viable\u00a0: la part des trajectoires lancées que le moteur ne peut pas calculer"
            : "Not viable: the share of the paths run that the engine cannot compute");
        // the headline figures are the fund LBO's, whose paths all computed: no bound under them
        assertThat(b.all("#rf-default .sub.second")).isEmpty();
        assertThat(b.all("#rf-jobs .sub.second")).isEmpty();
      }
      b.js("document.getElementById('risk').scrollIntoView()");
      b.screenshot("page-risk-failed-fr");

      // The factory: no path fails, and the risk section shows none of the above.
      language(b, "en");
      loadExample(b, Examples.FACTORY);
      type(b.find("#sim-paths"), "50");
      b.find("#simulate").click();
      b.wait.until(d -> "2".equals(b.find("#risk").getAttribute("data-jobs")));
      JsonNode factory = Fixtures.client(server).get("/api/jobs/" + b.find("#risk")
          .getAttribute("data-job")).json();
      assertThat(factory.at("/result/scenarios/0/failedPaths").asLong()).isZero();
      assertThat(b.find("#risk-failed").isDisplayed()).isFalse();
      assertThat(b.all("#risk-failed li")).isEmpty();
      assertThat(b.all("#risk-table td.failed")).isEmpty();
      assertThat(b.all("#risk-term-failed")).isEmpty();
      assertThat(text(b, "#risk-table thead")).doesNotContain("Not viable");
      assertThat(text(b, "#risk-table td.default")).doesNotContain("(");
      assertThat(b.all("#rf-default .sub.second")).isEmpty();
      assertThat(b.consoleErrors()).isEmpty();
    }
  }
}
