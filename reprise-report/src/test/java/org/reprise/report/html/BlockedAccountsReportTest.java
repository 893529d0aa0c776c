package org.reprise.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reprise.engine.DealResult;
import org.reprise.engine.DebtAfterHorizon;
import org.reprise.engine.LboEngine;
import org.reprise.engine.YearTable;
import org.reprise.io.Scenario;
import org.reprise.io.ScenarioReader;

/**
 * The scenarios' SCOP, which keeps its participation in blocked current accounts (methodology
 * §5.8; review 17, findings 1 to 3): the exit shows the accounts it pays first, "where the cash
 * goes" counts their interest apart from the lenders', and the works-council plan says what the
 * cooperative still owes its employees after the plan and when. The same SCOP paying its reserve
 * out has none of these.
 */
class BlockedAccountsReportTest {

  private static final String BLOCKED = "    participation:\n"
      + "      blockedAccounts: {years: 5, rate: \"3.37%\"}   # TMOP, second half of 2023"
      + " (D3324-33)\n";

  /** @return the scenario "SCOP" of examples/decolletage-scenarios.yaml, with blocked accounts */
  static Scenario blockedScop() {
    Scenario s = FlowSectionsTest.scop();
    assertThat(s.deal().participation().blocked()).isTrue();
    return s;
  }

  /** @return the same SCOP paying each year's reserve out in cash the next year */
  static Scenario paidOutScop() throws Exception {
    String text = Files.readString(
        ReportFixtures.EXAMPLES.resolve("decolletage-scenarios.yaml"));
    assertThat(text).contains(BLOCKED);
    Scenario s = ScenarioReader.parse(text.replace(BLOCKED, ""), "scenarios.yaml").stream()
        .filter(x -> x.name().equals("SCOP")).findFirst().orElseThrow();
    assertThat(s.deal().participation().blocked()).isFalse();
    return s;
  }

  @Test
  void theExitShowsTheAccountsItPaysFirst() throws Exception {
    Scenario s = blockedScop();
    DealResult r = LboEngine.DEFAULT.run(s.deal());
    assertThat(r.exit().blockedAccounts()).isPositive();
    Context en = new Context(s.deal(), r, Lang.EN, "", "");
    String exit = new ExitSections(en).exitAndReturns();
    // a SCOP is not sold: the accounts are a debt owed at par (review 19, finding 9)
    assertThat(exit).contains("Employees' blocked participation accounts")
        .contains("are a debt of the company, owed at par: they come off its value first")
        .doesNotContain("out of the proceeds");
    // the waterfall's first row is the accounts, before the revolver
    assertThat(exit.indexOf("Employees' blocked participation accounts"))
        .isLessThan(exit.indexOf("Revolver"));
    // the lead names them beside the net debt, so that its subtraction adds up: 45.9 − 13.9 − 1.7
    // = 30.2 M€ (it read "after its net debt of 13.5 M€, that value, 30.7 M€" before the
    // scenarios paid the 2025 reserve)
    String lead = exit.replaceAll("<[^>]+>", "").replace('\u00A0', ' ');
    assertThat(lead).contains("after its net debt of 13.9 M€ and the employees' blocked"
        + " participation accounts of 1.7 M€, that value, 30.2 M€, stays in the cooperative");
    Context fr = new Context(s.deal(), r, Lang.FR, "", "");
    assertThat(new ExitSections(fr).exitAndReturns().replaceAll("<[^>]+>", "")
        .replace('\u00A0', ' ')).contains("après sa dette nette de 13,9 M€ et les comptes courants"
            + " bloqués de participation des salariés (1,7 M€), cette valeur, 30,2 M€, reste");
    assertThat(new ExitSections(fr).exitAndReturns())
        .contains("Comptes courants bloqués de participation des salariés")
        .contains("Comptes courants bloqués de participation des salariés</th><td>les salariés"
            + "</td>");
    // a sale: the buyer takes them over, off the proceeds before the lenders
    String yaml = Files.readString(
        ReportFixtures.EXAMPLES.resolve("decolletage-secondary-lbo.yaml"));
    String reserve = "  baseYearReserve: ";
    assertThat(yaml).contains(reserve);
    org.reprise.model.Deal sold = org.reprise.io.DealReader.parse(yaml.replace(reserve,
        "  blockedAccounts: {rate: \"3%\"}\n" + reserve), "lbo.yaml");
    DealResult rs = LboEngine.DEFAULT.run(sold);
    assertThat(rs.exit().blockedAccounts()).isPositive();
    assertThat(new ExitSections(new Context(sold, rs, Lang.EN, "", "")).exitAndReturns())
        .contains("are paid first out of the proceeds, before the lenders")
        .contains("and the employees' blocked participation accounts of");
  }

  /**
   * The SCOP's 2027 cover, 0.960, is below 1: the works-council question and the debt table show
   * it with two decimals, 0.96×, not as "1.0×" (review 21, finding 1). And the council asks about
   * the employees' money in the accounts.
   */
  @Test
  void aCoverJustBelowOneIsNotRoundedToOne() throws Exception {
    Scenario s = blockedScop();
    DealResult r = LboEngine.DEFAULT.run(s.deal());
    assertThat(r.years().debtServiceCover[1]).isCloseTo(0.960, within(0.0005));
    String en = String.join("\n", new Questions(new Context(s.deal(), r, Lang.EN, "", ""), null,
        null).all()).replaceAll("<[^>]+>", "");
    // review 26, F3: the free cash flow against the debt service due, said as such
    assertThat(en).contains("In 2027 the free cash flow covers only 0.96× of the debt service due");
    String fr = String.join("\n", new Questions(new Context(s.deal(), r, Lang.FR, "", ""), null,
        null).all()).replaceAll("<[^>]+>", "");
    assertThat(fr).contains("En 2027, le flux de trésorerie disponible ne couvre que 0,96× le"
        + " service de la dette dû");
    // the employees' own money left in the company is a question too (review 21, finding 11)
    assertThat(en.replace('\u00A0', ' ')).contains("The employees' participation stays in the"
        + " company's blocked current accounts for 5 years (1.7 M€ at the end of 2032, owed to"
        + " them): do they know it, who may ask for an early release");
    assertThat(fr.replace('\u00A0', ' ')).contains("La participation des salariés reste 5 ans"
        + " dans les comptes courants bloqués de l'entreprise (1,7 M€ fin 2032, qui leur sont"
        + " dus)");
    // with early releases, the question says the share the plan assumes (review 23, finding 7)
    String text = Files.readString(
        ReportFixtures.EXAMPLES.resolve("decolletage-scenarios.yaml"));
    Scenario early = ScenarioReader.parse(text.replace(BLOCKED, BLOCKED.replace(
            "rate: \"3.37%\"}", "rate: \"3.37%\", earlyRelease: \"8%\"}")), "scenarios.yaml")
        .stream().filter(x -> x.name().equals("SCOP")).findFirst().orElseThrow();
    assertThat(early.deal().participation().blockedEarlyRelease()).isEqualTo(0.08);
    DealResult re = LboEngine.DEFAULT.run(early.deal());
    String enEarly = String.join("\n", new Questions(new Context(early.deal(), re, Lang.EN, "",
        ""), null, null).all()).replaceAll("<[^>]+>", "").replace('\u00A0', ' ');
    assertThat(enEarly).contains("blocked current accounts for 5 years, and the plan assumes that"
        + " 8.0 % of what they hold is released early each year");
    String frEarly = String.join("\n", new Questions(new Context(early.deal(), re, Lang.FR, "",
        ""), null, null).all()).replaceAll("<[^>]+>", "").replace('\u00A0', ' ');
    assertThat(frEarly).contains("et le plan suppose que 8,0 % de ce qu'ils détiennent est"
        + " débloqué par anticipation chaque année");
    Scenario paid = paidOutScop();
    assertThat(String.join("\n", new Questions(new Context(paid.deal(),
        LboEngine.DEFAULT.run(paid.deal()), Lang.EN, "", ""), null, null).all()))
        .doesNotContain("blocked current accounts");
  }

  @Test
  void theAccountsInterestIsNotTheLendersInWhereTheCashGoes() throws Exception {
    Scenario s = blockedScop();
    DealResult r = LboEngine.DEFAULT.run(s.deal());
    Context c = new Context(s.deal(), r, Lang.EN, "", "");
    double[][] u = FlowSections.uses(c, c.hold());
    YearTable y = r.years();
    org.reprise.engine.CashRollForward f = org.reprise.engine.CashRollForward.of(r);
    for (int t = 0; t < c.hold(); t++) {
      assertThat(u[FlowSections.BLOCKED_INTEREST][t]).isEqualTo(y.blockedAccountInterest[t])
          .isEqualTo(y.blockedAccountInterestPaid[t]); // paid each year by default
      assertThat(u[FlowSections.WORK_SHARE + 1][t]).isEqualTo(
          -f.amount(org.reprise.engine.CashRollForward.Flow.INTEREST_AND_FEES_PAID, t));
    }
    assertThat(y.blockedAccountInterest[1]).isPositive();
    assertThat(new FlowSections(c).cash())
        .contains("Interest on the employees' blocked participation accounts")
        // and the lead names them (review 21, finding 8)
        .contains("and the interest on the employees' blocked participation accounts), then");
    // a deal without blocked accounts has no such row
    Scenario paid = paidOutScop();
    Context plain = new Context(paid.deal(), LboEngine.DEFAULT.run(paid.deal()), Lang.EN, "", "");
    assertThat(new FlowSections(plain).cash()).doesNotContain("blocked participation");
  }

  /**
   * At the end of 2032 the accounts hold the reserves credited in 2028 to 2032 (those of 2027 to
   * 2031), paid out from 2033 to 2037.
   */
  @Test
  void theWorksCouncilPlanSaysWhatIsStillOwedToTheEmployees() throws Exception {
    Scenario s = blockedScop();
    DealResult r = LboEngine.DEFAULT.run(s.deal());
    assertThat(r.years().blockedAccounts[6]).isCloseTo(r.exit().blockedAccounts(), within(0.0));
    Context en = new Context(s.deal(), r, Lang.EN, "", "");
    assertThat(new WorksCouncilSections(en, null).plan())
        .contains("in blocked participation accounts, paid out from 2033 to 2037");
    // and what each year after the plan pays: each credit of 2028 to 2032 five years on (review
    // 23, finding 6)
    String plan = new WorksCouncilSections(en, null).plan().replaceAll("<[^>]+>", "")
        .replace('\u00A0', ' ');
    java.util.List<DebtAfterHorizon.Due> due = DebtAfterHorizon.blockedAccounts(s.deal(), r);
    assertThat(due).extracting(DebtAfterHorizon.Due::year)
        .containsExactly(2033, 2034, 2035, 2036, 2037);
    assertThat(due.get(0).amount()).isCloseTo(r.years().participationBlocked[2], within(1e-6));
    assertThat(plan).containsPattern("paid out from 2033 to 2037 \\(\\d+ k€ in 2033, \\d+ k€ in"
        + " 2034, \\d+ k€ in 2035, \\d+ k€ in 2036 and \\d+ k€ in 2037\\)");
    Context fr = new Context(s.deal(), r, Lang.FR, "", "");
    assertThat(new WorksCouncilSections(fr, null).plan())
        .contains("en comptes courants bloqués de participation, versés de 2033 à 2037");
    assertThat(new WorksCouncilSections(en, null).stress().replaceAll("<[^>]+>", ""))
        .contains("in 2032, after its net debt and the employees' blocked participation accounts,"
            + " it would be worth");
    Scenario paid = paidOutScop();
    Context plain = new Context(paid.deal(), LboEngine.DEFAULT.run(paid.deal()), Lang.EN, "", "");
    assertThat(new WorksCouncilSections(plain, null).plan()).doesNotContain("blocked");
  }

  /**
   * The accounts the company holds at the closing ({@code opening}, methodology §5.8): the
   * sources and uses say the price of the shares is net of them, and the operations table shows
   * what the accounts pay out each year, a part of the participation paid (review 23/24). The
   * secondary LBO with {@code opening: [300000, 200000]}: 300 k€ paid out in 2026, 200 k€ in 2027
   * (no early releases), and its own reserves credited from 2026, paid out from 2031.
   */
  @Test
  void theAccountsHeldAtTheClosingComeOffThePriceAndArePaidOut() throws Exception {
    String yaml = Files.readString(
        ReportFixtures.EXAMPLES.resolve("decolletage-secondary-lbo.yaml"));
    String reserve = "  baseYearReserve: ";
    org.reprise.model.Deal deal = org.reprise.io.DealReader.parse(yaml.replace(reserve,
        "  blockedAccounts: {rate: \"3%\", opening: [300000, 200000]}\n" + reserve), "lbo.yaml");
    DealResult r = LboEngine.DEFAULT.run(deal);
    assertThat(r.sourcesAndUses().blockedAccountsAtClosing()).isEqualTo(500_000.0);
    assertThat(r.years().participationReleased[0]).isCloseTo(300_000.0, within(1e-6));
    assertThat(r.years().participationReleased[1]).isCloseTo(200_000.0, within(1e-6));
    String en = new DealSections(new Context(deal, r, Lang.EN, "", "")).sourcesAndUses()
        .replaceAll("<[^>]+>", "").replace('\u00A0', ' ');
    assertThat(en).contains("(the enterprise value less the existing debt plus the cash, less the"
        + " employees' blocked participation accounts the company holds at the closing, 500 k€, a"
        + " debt the buyer takes over)");
    String fr = new DealSections(new Context(deal, r, Lang.FR, "", "")).sourcesAndUses()
        .replaceAll("<[^>]+>", "").replace('\u00A0', ' ');
    assertThat(fr).contains("moins les comptes courants bloqués de participation des salariés"
        + " que l'entreprise détient à la clôture, 500 k€, une dette que l'acheteur reprend)");
    for (Lang lang : Lang.values()) {
      String ops = new DealSections(new Context(deal, r, lang, "", "")).operations();
      List<ReportFixtures.Row> rows =
          ReportFixtures.rows(ReportFixtures.parse(HtmlReport.render(deal, ReportOptions.of(lang))),
              "operations");
      String label = lang == Lang.FR
          ? "Versé depuis les comptes bloqués (compris dans la participation versée)"
          : "Paid out of the blocked accounts (in the participation paid)";
      assertThat(ops).contains(label);
      assertThat(rows).filteredOn(x -> x.label().equals(label)).singleElement()
          .satisfies(x -> assertThat(x.cells().subList(0, 2)).containsExactly("300", "200"));
    }
    // the works council's plan says what the company owes its employees at the closing
    String plan = new WorksCouncilSections(new Context(deal, r, Lang.EN, "", ""), null).plan()
        .replaceAll("<[^>]+>", "").replace('\u00A0', ' ');
    assertThat(plan).contains("At the closing the company already owes its employees 500 k€ in"
        + " blocked participation accounts, the reserves of the years before the buyout: the buyer"
        + " deducts them from the price of the shares, and the company pays them out of its own"
        + " cash from 2026 to 2027, each by the end of its blocking period.");
    assertThat(new WorksCouncilSections(new Context(deal, r, Lang.FR, "", ""), null).plan()
        .replaceAll("<[^>]+>", "").replace('\u00A0', ' '))
        .contains("À la clôture, l'entreprise doit déjà à ses salariés 500 k€ en comptes courants"
            + " bloqués de participation");
    // without the key nothing is said of it
    org.reprise.model.Deal none = org.reprise.io.DealReader.parse(yaml.replace(reserve,
        "  blockedAccounts: {rate: \"3%\"}\n" + reserve), "lbo.yaml");
    assertThat(new DealSections(new Context(none, LboEngine.DEFAULT.run(none), Lang.EN, "", ""))
        .sourcesAndUses()).doesNotContain("blocked");
    assertThat(new WorksCouncilSections(new Context(none, LboEngine.DEFAULT.run(none), Lang.EN,
        "", ""), null).plan()).doesNotContain("At the closing the company already owes");
  }
}
