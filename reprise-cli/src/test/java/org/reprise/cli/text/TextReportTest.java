package org.reprise.cli.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reprise.engine.DealResult;
import org.reprise.engine.DefaultEvent;
import org.reprise.engine.EnvyRatio;
import org.reprise.engine.EquityReturns;
import org.reprise.engine.ExitResult;
import org.reprise.engine.InstrumentReturn;
import org.reprise.engine.LboEngine;
import org.reprise.engine.PartyReturn;
import org.reprise.engine.SourcesAndUses;
import org.reprise.engine.TrancheSchedule;
import org.reprise.engine.ValueBridge;
import org.reprise.engine.YearTable;
import org.reprise.io.DealReader;
import org.reprise.model.Deal;
import org.reprise.model.EquityClass;

class TextReportTest {

  /**
   * Three years, exit at the end of year 2 with a forward multiple (so 2028 is after the exit), a
   * covenant breach and a payment default in 2027. Numbers are made up.
   */
  private static DealResult result(String name, DefaultEvent paymentDefault) {
    YearTable y = new YearTable(3);
    double[] closing = {10_000_000, 9_000_000, 8_500_000};
    for (int t = 0; t < 3; t++) {
      y.year[t] = 2026 + t;
      y.revenue[t] = 30_000_000 + 1_000_000 * t;
      y.ebitda[t] = 5_000_000;
      y.ebit[t] = 3_500_000;
      y.incomeTax[t] = 400_000;
      y.capex[t] = 1_800_000;
      y.changeInWorkingCapital[t] = 200_000;
      y.freeCashFlow[t] = 2_600_000;
      y.headcount[t] = 180;
      y.debt[t] = closing[t];
      y.cash[t] = 1_000_000;
      y.netDebt[t] = closing[t] - 1_000_000;
      y.netLeverage[t] = y.netDebt[t] / 5_000_000;
      y.interestCover[t] = 4;
      y.debtServiceCover[t] = 0.9;
      y.leverageHeadroom[t] = Double.NaN;
      y.interestCoverHeadroom[t] = Double.NaN;
      y.debtServiceCoverHeadroom[t] = -0.1;
      y.covenantBreach[t] = true;
    }
    y.debtServiceCoverHeadroom[0] = 0.05;
    y.covenantBreach[0] = false;
    // 2028 comes after the exit (2027): the engine tests nothing there
    y.debtServiceCoverHeadroom[2] = Double.NaN;
    y.covenantBreach[2] = false;
    y.grossLeverage[2] = Double.NaN;
    y.shortfall[1] = 250_000;
    y.defaulted[1] = true;
    double[] zero = new double[3];
    TrancheSchedule senior =
        new TrancheSchedule(
            "Senior A", "senior banks", "holding", "term", 11_000_000, 110_000,
            new double[] {11e6, 10e6, 9e6}, zero, new double[] {1e6, 1e6, 0.5e6}, zero, zero,
            new double[] {550_000, 500_000, 450_000}, zero, zero, zero, closing, zero, 0, 0, 0.0, 0.0);
    SourcesAndUses su =
        new SourcesAndUses(
            List.of(
                new SourcesAndUses.Line("Ordinary shares", 4_000_000),
                new SourcesAndUses.Line("Senior A", 11_000_000)),
            List.of(new SourcesAndUses.Line("Purchase of the shares", 15_000_000)),
            15_000_000, 15_000_000, 15_000_000, 5_000_000, 3, 15_000_000, 5_000_000, 1_000_000);
    ExitResult exit =
        new ExitResult(
            2027, 5_000_000, 3, 15_000_000, 150_000, 0, 9_000_000, 1_000_000, 8_000_000,
            6_850_000,
            List.of(
                new ExitResult.WaterfallLine("Senior A", "senior banks", 9_000_000, 9_000_000),
                new ExitResult.WaterfallLine("Ordinary shares", "fund", 6_850_000, 6_850_000)));
    List<PartyReturn> returns =
        List.of(
            new PartyReturn(
                "fund", "equity", new double[] {-4e6, 0, 6.85e6}, 4e6, 6.85e6, 0.3086, "", 1.7125),
            new PartyReturn(
                "employees", "equity", new double[3], 0, 0, Double.NaN, "nothing invested",
                Double.NaN),
            new PartyReturn(
                "senior banks", "lender", new double[] {-11e6, 1.5e6, 9.5e6}, 11e6, 11e6, 0, "",
                1));
    ValueBridge bridge = new ValueBridge(4e6, 6.85e6, 2.85e6, 0, 0, 2e6, 1e6, -0.15e6);
    double[] flows = {-4e6, 0, 6.85e6};
    EquityReturns equity =
        new EquityReturns(
            List.of(
                new InstrumentReturn(
                    "Ordinary shares", "fund", EquityClass.Kind.ORDINARY, 1.0, flows, 4e6,
                    6.85e6, 1.7125)),
            new EnvyRatio(
                EnvyRatio.Status.NO_MANAGEMENT, "fund", List.of(), 4e6, 1.0, Double.NaN,
                Double.NaN, Double.NaN));
    return new DealResult(
        name, "Test SA", 2025, 2, su, y, List.of(senior), exit, returns, equity, bridge,
        paymentDefault, 3, null);
  }

  private static final DealResult DEFAULTED =
      result("Test deal", new DefaultEvent(2027, 250_000, 250_000, 1));

  @Test
  void headerNamesTheDealTheYearsTheUnitAndWarnsOfADefault() {
    String text = new TextReport(Lang.EN).render(DEFAULTED);
    assertThat(text.lines().limit(4).toList())
        .containsExactly(
            "Test deal",
            "Company: Test SA. Base year 2025, exit at the end of 2027 (year 2).",
            "Amounts in k€ (thousands of euros); outflows are negative.",
            "WARNING: payment default in 2027 (see the end of the report).");
  }

  @Test
  void showsSourcesAndUsesWithShares() {
    String text = new TextReport(Lang.EN).render(DEFAULTED);
    assertThat(text).containsPattern("Ordinary shares\\s+4,000.0\\s+26.7%");
    assertThat(text).containsPattern("Total sources\\s+15,000.0\\s+100.0%");
    assertThat(text).containsPattern("Total uses\\s+15,000.0\\s+100.0%");
    assertThat(text).contains("Entry enterprise value 15,000.0 k€ = 3.00× EBITDA of 5,000.0");
  }

  @Test
  void showsOutflowsNegativeAndMarksYearsAfterTheExit() {
    String text = new TextReport(Lang.EN).render(DEFAULTED);
    assertThat(text).containsPattern("k€\\s+2026\\s+2027\\s+2028\\*");
    assertThat(text).contains("* after the exit");
    assertThat(text).containsPattern("Income tax\\s+-400.0\\s+-400.0\\s+-400.0");
    assertThat(text).containsPattern("Capex\\s+-1,800.0");
    assertThat(text).containsPattern("EBITDA margin\\s+16.7%\\s+16.1%\\s+15.6%");
    assertThat(text).containsPattern("Free cash flow\\s+2,600.0");
    assertThat(text).containsPattern("Headcount\\s+180\\s+180\\s+180");
    assertThat(text).doesNotContain("Interest on cash  "); // all zero: row left out
    assertThat(text).doesNotContain("Participation (CSG/CRDS included) and forfait social paid")
        .doesNotContain("Holding costs");
  }

  @Test
  void showsWhatTheTableHasNoColumnForSoThatCashFlowAddsUp() {
    DealResult r = result("x", null);
    r.years().participationPaid[1] = 300_000;
    r.years().freeCashFlow[1] -= 300_000 + 80_000; // participation and 80 k€ of holding costs
    String text = new TextReport(Lang.EN).render(r);
    assertThat(text).containsPattern(
        "Participation \\(CSG/CRDS included\\) and forfait social paid\\s+0.0\\s+-300.0\\s+0.0");
    // without blocked accounts nothing is paid out of them: no "of which" row
    assertThat(text).doesNotContain("of which paid out of the blocked accounts");
    assertThat(text).containsPattern("Holding costs and other\\s+0.0\\s+-80.0\\s+0.0");
    assertThat(text).containsPattern("Free cash flow\\s+2,600.0\\s+2,220.0\\s+2,600.0");
  }

  @Test
  void showsHowTheValueAddedIsShared() {
    DealResult r = result("x", null);
    var va = r.years().groupValueAdded;
    va.valueAdded[0] = 16_000_000;
    va.employees[0] = 10_000_000;
    va.state[0] = 1_200_000;
    va.lenders[0] = 800_000;
    va.shareholders[0] = 0;
    va.company[0] = 4_000_000;
    String text = new TextReport(Lang.EN).render(r);
    assertThat(text).contains("SHARING OF THE VALUE ADDED (group)");
    assertThat(text).containsPattern("Value added\\s+16,000.0\\s+0.0\\s+0.0");
    assertThat(text).containsPattern("Employees\\s+10,000.0\\s+0.0\\s+0.0\\n\\s+share\\s+62.5%\\s+n/a");
    assertThat(text).containsPattern("Lenders\\s+800.0\\s+0.0\\s+0.0\\n\\s+share\\s+5.0%");
    assertThat(text).containsPattern("Company \\(kept to reinvest\\)\\s+4,000.0");
  }

  @Test
  void showsDebtByTrancheAndCreditStatisticsWithBreaches() {
    String text = new TextReport(Lang.EN).render(DEFAULTED);
    assertThat(text).containsPattern("Senior A\\s+10,000.0\\s+9,000.0\\s+8,500.0");
    assertThat(text).containsPattern("Net debt\\s+9,000.0\\s+8,000.0\\s+7,500.0");
    // the first column is the closing: 11,000 of debt (10,000 net of the cash) over 5,000 of EBITDA
    assertThat(text).containsPattern("\\s+Closing\\s+2026\\s+2027\\s+2028\\*\n");
    assertThat(text).containsPattern("Net debt / EBITDA\\s+2.00×\\s+1.80×\\s+1.60×\\s+1.50×");
    assertThat(text).containsPattern("Debt / EBITDA\\s+2.20×\\s+0.00×\\s+0.00×\\s+n/a");
    assertThat(text).containsPattern("Interest cover {20,}4.00×"); // nothing at closing
    assertThat(text).contains("Closing: the debt drawn at closing (net: less the cash at closing)"
        + " over the 2025 EBITDA.");
    assertThat(text).containsPattern("Headroom, DSCR covenant\\s+5.0%\\s+-10.0% !\\s+–\\n");
    assertThat(text).doesNotContain("Headroom, leverage covenant"); // never tested
    assertThat(text).containsPattern("Covenants\\s+ok\\s+BREACH\\s+–\\n");
    assertThat(text).containsPattern("Debt service not paid \\(k€\\)\\s+0.0\\s+250.0\\s+0.0");
    assertThat(text).containsPattern("Payment\\s+paid\\s+DEFAULT\\s+–\\n");
  }

  @Test
  void showsEachTranchesScheduleWithTheRowsThatMove() {
    String text = new TextReport(Lang.EN).render(DEFAULTED);
    assertThat(text).containsPattern("DEBT SCHEDULE BY TRANCHE\n\nk€ +2026 +2027 +2028\\*\n-+");
    assertThat(text).containsPattern("\nSenior A\n"
        + "  Opening balance +11,000.0 +10,000.0 +9,000.0\n"
        + "  Scheduled repayment paid +-1,000.0 +-1,000.0 +-500.0\n"
        + "  Closing balance +10,000.0 +9,000.0 +8,500.0\n"
        + "  Cash interest due +550.0 +500.0 +450.0\n");
    // rows that are zero every year are left out
    String table = text.substring(text.indexOf("DEBT SCHEDULE"), text.indexOf("Closing balance ="));
    assertThat(table).doesNotContain("Drawn").doesNotContain("PIK").doesNotContain("sweep")
        .doesNotContain("Commitment fee").doesNotContain("overdue").doesNotContain("Unpaid");
    assertThat(text).contains("Closing balance = opening + drawn + PIK + unpaid interest");
  }

  @Test
  void showsTheCashRollForwardFromTheCashAtClosing() {
    DealResult r = result("x", null);
    String text = new TextReport(Lang.EN).render(r);
    String cash = text.substring(text.indexOf("CASH FLOW AND DEBT SERVICE"),
        text.indexOf("CREDIT STATISTICS"));
    // opening 1,000 (at closing, then the previous closing); the fixture's flows are made up
    assertThat(cash).containsPattern("Opening cash +1,000.0 +1,000.0 +1,000.0\n");
    assertThat(cash).containsPattern("Free cash flow +2,600.0 +2,600.0 +2,600.0\n");
    assertThat(cash).containsPattern("Cash interest and fees paid +-550.0 +-500.0 +-450.0\n");
    assertThat(cash).containsPattern("Scheduled repayments paid +-1,000.0 +-1,000.0 +-500.0\n");
    assertThat(cash).containsPattern("-+\nClosing cash +1,000.0 +1,000.0 +1,000.0\n");
    assertThat(cash).doesNotContain("Revolver").doesNotContain("Distributions")
        .doesNotContain("SCOP").doesNotContain("Minimum cash"); // no deal: no minimum known
    assertThat(cash).contains("Closing cash = opening cash + the rows above;");
  }

  /**
   * The secondary LBO sweeps 50 % of the year's excess cash flow (methodology §5.5); the row "Cash
   * sweep base" gives that base, so that the sweep can be checked by hand. In 2028: 1,778.8 of
   * opening cash + 2,887.0 of free cash flow − 1,443.0 of interest and fees − 1,350.0 of scheduled
   * repayments = 1,872.8, or 872.8 above the 1,000.0 minimum, less the 778.8 the year opened with
   * above it: a base of 94.0, and a sweep of 50 % × 94.0 = 47.0. In 2026 and 2027 the cash falls
   * (2,000.0 to 1,814.8, then 1,778.8): base 0, no sweep. In 2028–2030 Senior term loan A, the
   * tranche swept, keeps a balance (4,003.0, 2,547.4, 1,040.0), so the cap does not bind and the
   * sweep is half the base, in the engine's numbers as in the table's.
   */
  @Test
  void showsTheBaseOfTheCashSweepSoThatTheSweepCanBeChecked() {
    Deal deal = DealReader.read(Path.of("..", "examples", "decolletage-secondary-lbo.yaml"));
    DealResult r = LboEngine.DEFAULT.run(deal);
    YearTable y = r.years();
    double base2028 = (1_778_800 + 2_887_000 - 1_443_000 - 1_350_000) - 1_000_000
        - (1_778_800 - 1_000_000);
    assertThat(base2028).isEqualTo(94_000, org.assertj.core.api.Assertions.within(1e-6));
    assertThat(y.sweepBase[2]).isCloseTo(base2028, org.assertj.core.api.Assertions.within(100.0));
    assertThat(y.sweepBase[0]).isZero();
    assertThat(y.sweepBase[1]).isZero();
    for (int t = 2; t < 5; t++) {
      assertThat(r.debt().get(1).closing()[t]).as("Senior A keeps a balance").isPositive();
      assertThat(r.debt().get(1).sweep()[t]).as("sweep = 50 % × base, " + y.year[t])
          .isCloseTo(0.5 * y.sweepBase[t], org.assertj.core.api.Assertions.within(1e-6));
    }
    String text = new TextReport(Lang.EN).render(deal, r);
    String cash = text.substring(text.indexOf("CASH FLOW AND DEBT SERVICE"),
        text.indexOf("CREDIT STATISTICS"));
    assertThat(cash).containsPattern(
        "Cash sweep \\(prepayments\\) +0.0 +0.0 +-47.0 +-105.6 +-157.4\n");
    // under the closing cash, not a flow: the closing stays the opening plus the rows above it
    assertThat(cash).containsPattern("-+\nClosing cash +1,814.8 .*\nMinimum cash +1,000.0 .*\n"
        + "Cash sweep base +0.0 +0.0 +94.0 +211.2 +314.8\n");
    assertThat(cash).contains("Cash sweep: 50.0% of the cash sweep base, the year's excess cash"
        + " flow: the cash above the minimum");
    // paid every year: no row of debt service not paid
    assertThat(cash).doesNotContain("not paid  ");
  }

  /** A deal that does not sweep has no sweep base row (the paper LBO sweeps: set to 0). */
  @Test
  void noSweepBaseRowWithoutASweep() throws java.io.IOException {
    Path file = Path.of("..", "examples", "paper-lbo.yaml");
    String yaml = java.nio.file.Files.readString(file);
    assertThat(yaml).contains("cashSweep: \"100%\"");
    Deal deal = DealReader.parse(yaml.replace("cashSweep: \"100%\"", "cashSweep: 0"), "x.yaml");
    String text = new TextReport(Lang.EN).render(deal, LboEngine.DEFAULT.run(deal));
    assertThat(text).doesNotContain("Cash sweep base").doesNotContain("Cash sweep:");
    Deal sweeping = DealReader.read(file);
    assertThat(new TextReport(Lang.EN).render(sweeping, LboEngine.DEFAULT.run(sweeping)))
        .containsPattern("Cash sweep base +9.0 +9.3 ");
  }

  /**
   * A cash sweep stepping down with leverage (methodology §5.5): under the sweep base, the share
   * each year applied and the ratio that set it, and the steps in words, EN/FR. The factory's
   * net leverage before the sweep: 4.34×, 3.99×, 3.69× (75 %), then 3.39×, 3.14× (50 %).
   */
  @Test
  void aSteppedSweepShowsItsShareAndTestedRatio() throws java.io.IOException {
    String yaml = java.nio.file.Files.readString(
        Path.of("..", "examples", "decolletage-secondary-lbo.yaml"));
    String line = "  cashSweep: \"50%\"";
    assertThat(yaml).contains(line);
    Deal deal = DealReader.parse(yaml.replace(line, "  cashSweep: [{share: \"75%\","
        + " leverageAbove: 3.5}, {share: \"50%\", leverageAbove: 2.5}, {share: 0}] #"), "x.yaml");
    DealResult r = LboEngine.DEFAULT.run(deal);
    assertThat(new TextReport(Lang.EN).render(deal, r))
        .containsPattern("Cash sweep share applied +75\\.0% +75\\.0% +75\\.0% +50\\.0% +50\\.0%")
        .containsPattern("Net debt / EBITDA tested for the sweep +4\\.34× +3\\.99× +3\\.69×"
            + " +3\\.39× +3\\.14×")
        .contains("Cash sweep: the step's share of the cash sweep base")
        .containsPattern("75\\.0% above 3\\.50×, 50\\.0% above 2\\.50×, 0\\.0%\\s+below");
    assertThat(new TextReport(Lang.FR).render(deal, r))
        .containsPattern("Part du cash sweep appliquée +75,0.% +75,0.%")
        .containsPattern("Dette nette / EBE testée pour le sweep +4,34×")
        .contains("La part baisse par paliers");
  }

  /**
   * The guides' crisis (docs/guide-en.md §7, sales −30 % in 2026): the debt service is not paid
   * in full from 2027, and the cash flow table shows what was not paid under the closing cash, as
   * its note's identity (interest and fees paid + repayments paid = due − not paid) needs. 2027:
   * due 3,013.3 (credit table), paid 137.4 of interest and fees and no principal, so 3,013.3 −
   * 137.4 = 2,875.9 not paid. The sweep base is 0 every year: nothing is swept in default.
   */
  @Test
  void showsTheDebtServiceNotPaidInTheCashFlowWhenSomeYearFallsShort() throws Exception {
    String plan = java.nio.file.Files.readString(
        Path.of("..", "examples", "decolletage-secondary-lbo.yaml"));
    String growth = "growth: [\"3%\", \"3%\", \"2.5%\", \"2.5%\", \"2%\"]";
    assertThat(plan).contains(growth);
    Deal deal = DealReader.parse(
        plan.replace(growth, "growth: [\"-30%\", \"10%\", \"5%\", \"3%\", \"2%\"]"), "c.yaml");
    DealResult r = LboEngine.DEFAULT.run(deal);
    assertThat(r.years().debtServiceDue[1] - 137_400).isCloseTo(r.years().shortfall[1],
        org.assertj.core.api.Assertions.within(100.0));
    for (Lang lang : Lang.values()) {
      String text = new TextReport(lang).render(deal, r);
      String cash = lang == Lang.EN
          ? text.substring(text.indexOf("CASH FLOW AND DEBT"), text.indexOf("CREDIT STATISTICS"))
          : text.substring(text.indexOf("TRÉSORERIE ET SERVICE"), text.indexOf("RATIOS DE CRÉDIT"));
      assertThat(cash).containsPattern(lang == Lang.EN
          ? "Cash interest and fees paid +-1,543.4 +-137.4 +0.0 "
          : "Intérêts et commissions payés +-1 543,4 +-137,4 +0,0 ");
      assertThat(cash).containsPattern(lang == Lang.EN
          ? "\nCash sweep base +0.0 +0.0 +0.0 +0.0 +0.0\n"
            + "Debt service not paid +0.0 +2,875.9 +4,520.4 +6,023.1 +7,514.6\n"
          : "\nAssiette du cash sweep +0,0 +0,0 +0,0 +0,0 +0,0\n"
            + "Service de la dette impayé +0,0 +2 875,9 +4 520,4 +6 023,1 +7 514,6\n");
      // the row repeats the principal overdue, which the note says (the total counts it once)
      assertThat(cash.replaceAll("\\s+", " ")).contains(lang == Lang.EN
          ? "so the row does not add up to the total missed given under PAYMENT DEFAULT"
          : "la ligne ne s'additionne donc pas au total manqué");
    }
    assertThat(new TextReport(Lang.EN).render(DealReader.parse(plan, "p.yaml"),
        LboEngine.DEFAULT.run(DealReader.parse(plan, "p.yaml")))).doesNotContain("row does not");
  }

  /**
   * "Cash paid to lenders and shareholders" shows the debt service paid, gross, split into the
   * financing cost paid and the principal repaid (review 26, M1), and the revolver's drawings on
   * their own line, so that the cash extracted adds up (methodology §10). The guides'
   * crisis: 1,543.4 + 137.4 of interest and fees (1,680.9 before rounding) and 1,350.0 of principal
   * paid, 3,030.9; the revolver lent 1,907.5 + 1,092.5 = 3,000.0; cash extracted 3,030.9 − 3,000.0
   * = 30.9 (no distribution), per employee per year 30,858 / 900 = 34. The secondary LBO never
   * draws its revolver: one row, no "less" line.
   */
  @Test
  void theDebtServiceIsShownGrossWithTheRevolverDrawnOnItsOwnLine() throws Exception {
    String plan = java.nio.file.Files.readString(
        Path.of("..", "examples", "decolletage-secondary-lbo.yaml"));
    String growth = "growth: [\"3%\", \"3%\", \"2.5%\", \"2.5%\", \"2%\"]";
    Deal deal = DealReader.parse(
        plan.replace(growth, "growth: [\"-30%\", \"10%\", \"5%\", \"3%\", \"2%\"]"), "c.yaml");
    DealResult r = LboEngine.DEFAULT.run(deal);
    org.reprise.engine.WhoPays w = org.reprise.engine.WhoPays.of(deal, r);
    assertThat(w.revolverDrawn()).isCloseTo(3_000_000, org.assertj.core.api.Assertions.within(1e-6));
    assertThat(w.debtServicePaid()).isCloseTo(1_680_858 + 1_350_000,
        org.assertj.core.api.Assertions.within(1.0));
    String en = new TextReport(Lang.EN).render(deal, r);
    assertThat(en).containsPattern("\nParticipation \\(legal profit-sharing reserve, due with or"
        + " without a buyout; its amount depends on the structure\\)"
        + " +0.0 +0\n\nCash paid to lenders and shareholders +k€ +€ per employee per year\n[- ]+\n"
        + "Debt service \\(interest, fees, principal\\) +3,030.9 +3,368\n"
        + "  of which financing cost paid \\(interest, fees\\) +1,680.9 +1,868\n"
        + "  of which principal repaid +1,350.0 +1,500\n"
        + "  less revolver drawn +-3,000.0 +-3,333\n"
        + "Distributions to the shareholders +0.0 +0\n[- ]+\n"
        + "Cash paid to lenders and shareholders +30.9 +34\n");
    // the default is measured while keeping the minimum cash, which the line gives (review 26, W2)
    assertThat(en).contains("PAYMENT DEFAULT: the company cannot pay its mandatory debt service in"
        + " 2027 without touching its minimum cash of 1,000.0 k€ (shortfall 2,875.9 k€)");
    assertThat(en).contains("In all, €31,000 left the company for its lenders and shareholders"
        + " (interest, repayments and\ndistributions, less the €3.0m drawn on the revolver)");
    String fr = new TextReport(Lang.FR).render(deal, r);
    assertThat(fr).containsPattern("Service de la dette \\(intérêts, frais, capital\\) +3 030,9 "
        + "+3 368\n  dont coût du financement payé \\(intérêts, commissions\\) +1 680,9 +1 868\n"
        + "  dont remboursement du capital +1 350,0 +1 500\n"
        + "  moins les tirages du crédit renouvelable +-3 000,0 +-3 333\n");
    Deal plain = DealReader.read(Path.of("..", "examples", "decolletage-secondary-lbo.yaml"));
    String example = new TextReport(Lang.EN).render(plain, LboEngine.DEFAULT.run(plain));
    assertThat(example).containsPattern("Debt service \\(interest, fees, principal\\) +14,221.0 ")
        .doesNotContain("less revolver drawn").doesNotContain("drawn on the revolver");
  }

  @Test
  void showsExitReturnsAndBridge() {
    String text = new TextReport(Lang.EN).render(DEFAULTED);
    assertThat(text).containsPattern("Equity value\\s+6,850.0");
    assertThat(text).containsPattern("Ordinary shares\\s+fund\\s+6,850.0\\s+6,850.0");
    assertThat(text).containsPattern("fund\\s+equity\\s+4,000.0\\s+6,850.0\\s+30.9%\\s+1.71×");
    assertThat(text).containsPattern("employees\\s+equity\\s+0.0\\s+0.0\\s+n/a\\s+n/a");
    assertThat(text).contains("employees: no IRR (nothing invested).");
    assertThat(text).containsPattern("senior banks\\s+lender");
    assertThat(text).containsPattern("Fall in net debt \\(deleveraging\\)\\s+2,000.0\\s+70.2%");
    assertThat(text).containsPattern("Equity gain\\s+2,850.0\\s+100.0%");
  }

  /**
   * The parties' IRRs say how they are dated and that they are gross (review 25, finding 11): the
   * test deal's base year is 2025.
   */
  @Test
  void saysHowTheIrrsAreDated() {
    String text = new TextReport(Lang.EN).render(DEFAULTED);
    assertThat(text).contains("IRR: the annual rate of the party's flows, each dated on a 31"
        + " December (the flows at the entry on\n31 December 2025, then each year's on its last"
        + " day); gross: before any fund's management fees and\ncarried interest");
    assertThat(text.indexOf("IRR: the annual rate")).isBetween(
        text.indexOf("RETURNS PER PARTY"), text.indexOf("RETURNS PER INSTRUMENT"));
    String fr = new TextReport(Lang.FR).render(DEFAULTED);
    assertThat(fr).contains("TRI\u00a0: taux annuel des flux de la partie, chacun daté d'un 31"
        + " décembre (les flux de l'entrée le\n31 décembre 2025")
        .contains("brut\u00a0: avant les frais de gestion");
  }

  @Test
  void showsTheReturnsPerInstrumentAfterThoseOfEachParty() {
    String text = new TextReport(Lang.EN).render(DEFAULTED);
    int instruments = text.indexOf("RETURNS PER INSTRUMENT");
    assertThat(text.indexOf("RETURNS PER PARTY")).isLessThan(instruments);
    assertThat(instruments).isLessThan(text.indexOf("VALUE BRIDGE"));
    assertThat(text).containsPattern(
        "Ordinary shares\\s+fund\\s+ordinary, 100.0%\\s+4,000.0\\s+6,850.0\\s+30.9%\\s+1.71×");
    assertThat(text).containsPattern("All equity \\(blended\\)\\s+4,000.0\\s+6,850.0");
    assertThat(text).contains("Envy ratio: not applicable (fund holds all the ordinary shares).");
    String fr = new TextReport(Lang.FR).render(DEFAULTED);
    assertThat(fr).contains("RENDEMENTS PAR INSTRUMENT")
        .contains("Ratio d'envie\u00A0: sans objet (fund détient toutes les actions ordinaires).");
  }

  @Test
  void endsWithThePaymentDefaultLine() {
    String text = new TextReport(Lang.EN).render(DEFAULTED);
    assertThat(text)
        .endsWith(
            "PAYMENT DEFAULT: the company cannot pay its mandatory debt service in 2027 "
                + "(shortfall 250.0 k€); 1 year(s) in default, 250.0 k€ missed in all (each amount"
                + " counted once, when it fell due).\n");
    String none = new TextReport(Lang.EN).render(result("x", new DefaultEvent(0, 0, 0, 0)));
    assertThat(none)
        .endsWith("No payment default: the mandatory debt service is paid every year.\n");
    assertThat(none).doesNotContain("WARNING");
  }

  @Test
  void speaksFrench() {
    String text = new TextReport(Lang.FR).render(DEFAULTED);
    assertThat(text).contains("Montants en k€", "ATTENTION : défaut de paiement en 2027");
    assertThat(text).containsPattern("Chiffre d'affaires\\s+30 000,0\\s+31 000,0");
    assertThat(text).containsPattern("Covenants\\s+ok\\s+NON RESPECTÉ");
    assertThat(text)
        .containsPattern("fund\\s+actionnaire\\s+4 000,0\\s+6 850,0\\s+30,9 %\\s+1,71×");
    assertThat(text).contains("DÉFAUT DE PAIEMENT");
  }

  /**
   * The secondary LBO in French: the schedule, the cash roll-forward and the closing column with
   * their French labels, French numbers, and in the notes, which are wrapped, no-break spaces
   * before « : », « ; » and « % » so that a line never starts with them.
   */
  @Test
  void speaksFrenchInTheDebtScheduleTheCashFlowAndTheLeverageAtClosing() {
    Deal deal = DealReader.read(Path.of("..", "examples", "decolletage-secondary-lbo.yaml"));
    String text = new TextReport(Lang.FR).render(deal, LboEngine.DEFAULT.run(deal));
    assertThat(text).contains("DETTE (soldes de fin d'année)\n\n",
        "\nÉCHÉANCIER DE LA DETTE PAR TRANCHE\n\n", "\nTRÉSORERIE ET SERVICE DE LA DETTE\n\n");
    assertThat(text).containsPattern("\nSenior term loan A\n"
        + "  Solde d'ouverture +8 100,0 +6 750,0 +5 400,0 +4 003,0 +2 547,4\n"
        + "  Amortissement contractuel payé +-1 350,0 .*\n"
        + "  Remboursement anticipé \\(cash sweep\\) +0,0 +0,0 +-47,0 +-105,6 +-157,4\n"
        + "  Solde de clôture +6 750,0 +5 400,0 +4 003,0 +2 547,4 +1 040,0\n"
        + "  Intérêts en numéraire dus +397,2 ");
    assertThat(text).containsPattern("  Intérêts capitalisés \\(PIK\\) +270,0 ");
    assertThat(text).containsPattern("  Commission de non-utilisation due +27,0 ");
    assertThat(text).containsPattern("Trésorerie d'ouverture +2 000,0 +1 814,8 ");
    assertThat(text).containsPattern("Flux de trésorerie disponible +2 672,9 +2 800,3 ");
    assertThat(text).containsPattern("Intérêts et commissions payés +-1 508,1 ");
    assertThat(text).containsPattern("Amortissements contractuels payés +-1 350,0 ");
    assertThat(text).containsPattern("Remboursements anticipés \\(cash sweep\\) +0,0 +0,0 +-47,0 ");
    assertThat(text).containsPattern("-\nTrésorerie de clôture +1 814,8 +1 778,8 ");
    assertThat(text).containsPattern("Trésorerie minimale +1 000,0 ");
    assertThat(text).containsPattern("Assiette du cash sweep +0,0 +0,0 +94,0 +211,2 +314,8\n");
    assertThat(text).contains("Cash sweep\u00A0: 50,0\u00A0% de l'assiette du cash sweep,"
        + " l'excédent de trésorerie de l'année\u00A0:");
    assertThat(text).contains("ouverture + les lignes ci-dessus\u00A0; l'année 1");
    assertThat(text).containsPattern(" +Entrée +2026 +2027 +2028 +2029 +2030\n");
    assertThat(text).containsPattern("Dette nette / EBE +4,69× +4,34× ");
    assertThat(text).containsPattern("Dette / EBE +5,06× +4,66× ");
    assertThat(text).contains("Entrée : la dette tirée à l'entrée (nette : moins la trésorerie à"
        + " l'entrée) sur l'EBE 2025.");
    for (String line : text.lines().toList()) {
      assertThat(line).as(line).doesNotStartWith(":").doesNotStartWith(";")
          .doesNotStartWith("%");
    }
  }

  @Test
  void escapesNamesFromTheDealFile() {
    String text = new TextReport(Lang.EN).render(result("Evil\u001B]0;title\u0007", null));
    assertThat(text).doesNotContain("\u001B").doesNotContain("\u0007");
    assertThat(text.lines().findFirst()).contains("Evil\\u001B]0;title\\u0007");
  }
}
