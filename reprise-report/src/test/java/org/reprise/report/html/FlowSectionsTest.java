package org.reprise.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reprise.engine.CashRollForward;
import org.reprise.engine.DealResult;
import org.reprise.engine.LboEngine;
import org.reprise.engine.YearTable;
import org.reprise.io.DealReader;
import org.reprise.io.Scenario;
import org.reprise.io.ScenarioReader;
import org.reprise.model.Deal;
import org.reprise.model.Participation;

/**
 * "Where the cash goes" agrees with the cash flow and debt service: its "other" part, the
 * remainder that makes the parts add up to EBITDA, is exactly the holding's costs less the
 * interest earned on the cash (inside the free cash flow, methodology §5.3) less a SCOP's
 * members' contributions plus its buybacks (rows of the cash flow), and the report says so.
 */
class FlowSectionsTest {

  static List<org.junit.jupiter.params.provider.Arguments> deals() throws Exception {
    return DebtFlowSectionsTest.deals();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deals")
  void theOtherPartIsExplainedByTheCashFlow(String name, Deal deal) {
    DealResult r = LboEngine.DEFAULT.run(deal);
    Context c = new Context(deal, r, Lang.EN, "", "");
    YearTable y = r.years();
    CashRollForward f = CashRollForward.of(r);
    double[][] u = FlowSections.uses(c, c.hold());
    double tol = 1e-9 * r.sourcesAndUses().totalUses();
    for (int t = 0; t < c.hold(); t++) {
      double sum = 0.0;
      for (double[] part : u) {
        sum += part[t];
      }
      assertThat(sum).as("%s, %s: the parts add up to EBITDA", name, t)
          .isCloseTo(y.ebitda[t], within(tol));
      assertThat(u[FlowSections.CASH_KEPT][t]).as("change in cash")
          .isEqualTo(f.closing()[t] - f.opening()[t]);
      assertThat(u[FlowSections.OTHER][t]).as("%s, %s: other", name, t).isCloseTo(y.holdingCosts[t]
          - y.interestIncome[t] - y.memberContributions[t] + y.buybacks[t], within(tol));
    }
  }

  @Test
  void saysWhatTheOtherPartIs() throws Exception {
    Deal holding =
        DealReader.read(ReportFixtures.EXAMPLES.resolve("decolletage-secondary-lbo.yaml"));
    assertThat(LboEngine.DEFAULT.run(holding).years().holdingCosts[0]).isPositive();
    String en = section(HtmlReport.render(holding, ReportOptions.of(Lang.EN)));
    String fr = section(HtmlReport.render(holding, ReportOptions.of(Lang.FR)));
    // review 26, F3: no SCOP capital outside a SCOP
    assertThat(en).doesNotContain("SCOP capital", "SCOP's members");
    assertThat(fr).doesNotContain("capital de SCOP", "associés d'une SCOP");
    assertThat(en).contains("Other (holding costs, interest earned)",
        "those of the section “Cash flow and debt service”",
        "Other = the holding's running costs − the interest earned on the cash");
    assertThat(fr).contains("Autres (frais de holding, intérêts reçus)",
        "ceux de la section «\u00a0Trésorerie et service de la dette\u00a0»",
        "Autres = frais de fonctionnement de la holding − intérêts reçus sur la trésorerie");
    Deal paper = DealReader.read(ReportFixtures.EXAMPLES.resolve("paper-lbo.yaml"));
    String none = section(HtmlReport.render(paper, ReportOptions.of(Lang.EN)));
    assertThat(none).contains("Cash flow and debt service").doesNotContain("Other");
  }

  /**
   * Review 12, finding 7: the row of "where the cash goes" is the change in working capital
   * (180 k€ in 2026), not its level (6,180 k€, "Besoin en fonds de roulement" in the operations).
   */
  @Test
  void theWorkingCapitalRowIsItsChange() throws Exception {
    Deal holding =
        DealReader.read(ReportFixtures.EXAMPLES.resolve("decolletage-secondary-lbo.yaml"));
    List<String> en = labels(HtmlReport.render(holding, ReportOptions.of(Lang.EN)));
    List<String> fr = labels(HtmlReport.render(holding, ReportOptions.of(Lang.FR)));
    assertThat(en).contains("Change in working capital").doesNotContain("Working capital");
    assertThat(fr).contains("Variation du BFR").doesNotContain("Besoin en fonds de roulement");
  }

  /** @return the row labels of the table of "where the cash goes" */
  static List<String> labels(String html) throws Exception {
    return ReportFixtures.rows(ReportFixtures.parse(html), "cash").stream()
        .map(ReportFixtures.Row::label).toList();
  }

  /**
   * Review 12, finding 1: a SCOP's work share paid is a row of its own, not added to the
   * participation. The SCOP of the scenarios pays in 2027 the 2026 work share, 647.9 k€, the
   * forfait social on the 2026 reserve, 8 % × 315.6 = 25.3 k€, and the employees' CSG and CRDS it
   * withholds from that reserve, 9.7 % × 315.6 = 30.6 k€ (55.9 k€ in all), the rest of the reserve,
   * 285.0 k€, being credited to the employees' blocked accounts (340.9 k€, reserve and forfait
   * social, when it pays the reserve out; before review 12 the row added the work share to it
   * under the participation's name); the value added's employees say they include it.
   */
  @Test
  void aScopsWorkShareHasItsOwnRow() throws Exception {
    Scenario scop = scop();
    DealResult r = LboEngine.DEFAULT.run(scop.deal());
    double reserve = r.years().participation[0];
    assertThat(reserve).isCloseTo(315_600.0, within(100.0));
    assertThat(r.years().participationBlocked[1])
        .isCloseTo((1.0 - Participation.CSG_CRDS) * reserve, within(1e-6))
        .isCloseTo(285_000.0, within(100.0));
    assertThat(r.years().participationPaid[1])
        .isCloseTo((0.08 + Participation.CSG_CRDS) * reserve, within(1e-6))
        .isCloseTo(55_900.0, within(100.0));
    assertThat(r.years().workSharePaid[1]).isCloseTo(647_900.0, within(100.0));
    for (Lang lang : Lang.values()) {
      String html = HtmlReport.render(List.of(scop), ReportOptions.of(lang));
      org.w3c.dom.Document doc = ReportFixtures.parse(html);
      List<ReportFixtures.Row> rows = ReportFixtures.rows(doc, "cash");
      // the CSG and CRDS withheld at the credit are in it (review 23/24)
      String participation = lang == Lang.FR
          ? "Participation (CSG/CRDS comprises) et forfait social versés"
          : "Participation (CSG/CRDS included) and forfait social paid";
      String work = lang == Lang.FR ? "Part travail versée (SCOP)"
          : "Work share (part travail) paid (SCOP)";
      assertThat(row(rows, participation).cells().get(1)).isEqualTo("56");
      assertThat(row(rows, work).cells().get(1)).isEqualTo("648");
      // the bundled SCOP keeps its participation in blocked accounts: their interest is the
      // employees' too (review 21, finding 8)
      assertThat(ReportFixtures.rows(doc, "value-added")).anyMatch(x -> x.label().equals(
          lang == Lang.FR ? "Salariés (salaires, cotisations, participation, part travail,"
              + " intérêts des comptes bloqués)"
              : "Employees (wages, contributions, participation, work share, interest on blocked"
                  + " accounts)"));
    }
    Deal lbo = DealReader.read(ReportFixtures.EXAMPLES.resolve("decolletage-secondary-lbo.yaml"));
    assertThat(labels(HtmlReport.render(lbo, ReportOptions.of(Lang.EN))))
        .doesNotContain("Work share (part travail) paid (SCOP)");
  }

  /**
   * The uses are shown in {@link FlowSections#SHOWN}, every one once; the interest on the blocked
   * participation accounts, which the employees receive, right after the participation and the
   * work share (the bundled SCOP keeps its reserve in such accounts).
   */
  @Test
  void theBlockedAccountsInterestStandsBesideTheParticipation() throws Exception {
    assertThat(FlowSections.SHOWN).hasSize(FlowSections.USES.length);
    assertThat(java.util.Arrays.stream(FlowSections.SHOWN).sorted().toArray())
        .containsExactly(java.util.stream.IntStream.range(0, FlowSections.USES.length).toArray());
    String html = HtmlReport.render(List.of(scop()), ReportOptions.of(Lang.EN));
    List<String> labels = ReportFixtures.rows(ReportFixtures.parse(html), "cash").stream()
        .map(ReportFixtures.Row::label).toList();
    int work = labels.indexOf("Work share (part travail) paid (SCOP)");
    assertThat(work).isPositive();
    assertThat(labels.get(work + 1)).startsWith("Interest on the employees' blocked participation");
  }

  /** @return the scenario "SCOP" of examples/decolletage-scenarios.yaml */
  static Scenario scop() {
    return ScenarioReader.read(ReportFixtures.EXAMPLES.resolve("decolletage-scenarios.yaml"))
        .stream().filter(x -> x.name().equals("SCOP")).findFirst().orElseThrow();
  }

  private static ReportFixtures.Row row(List<ReportFixtures.Row> rows, String label) {
    return rows.stream().filter(x -> x.label().equals(label)).findFirst().orElseThrow();
  }

  /** @return the section "where the cash goes" of a report */
  private static String section(String html) {
    int from = html.indexOf("<section id=\"cash\"");
    return html.substring(from, html.indexOf("</section>", from));
  }
}
