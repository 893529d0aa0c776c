package org.reprise.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.reprise.engine.DealResult;
import org.reprise.engine.DebtAfterHorizon;
import org.reprise.engine.LboEngine;
import org.reprise.io.DealReader;
import org.reprise.model.Deal;

class WorksCouncilSectionsTest {

  private static final Deal FACTORY =
      DealReader.read(ReportFixtures.EXAMPLES.resolve("decolletage-secondary-lbo.yaml"));

  private static Context context(Lang lang) {
    return new Context(FACTORY, LboEngine.DEFAULT.run(FACTORY), lang, "", "");
  }

  /**
   * Review 12, finding 4: the base year's cash flow is on the plan's basis, after the
   * participation and forfait social paid. The deal gives a base-year reserve of 430 k€ and a
   * forfait social of 20 %, so P = 430 × 1.2 = 516 k€, deductible: 5,400 − 1,800 − 516 − 25 % ×
   * (5,400 − 1,500 − 516) = 5,400 − 1,800 − 516 − 846 = 2,238 k€ (it was 2,625 k€ without P). The
   * plan hands over 2,844 k€ a year on average, so the gap is about 606 k€, not 205 k€.
   */
  @Test
  void asksWhereTheMissingCashWillComeFromWithTheModelsNumbers() {
    Context c = context(Lang.EN);
    DealResult r = c.result;
    double average = Figures.averageCashExtracted(r);
    double base = Figures.baseCashFlow(FACTORY);
    assertThat(Figures.baseParticipationPaid(FACTORY)).isCloseTo(516_000.0, within(1e-6));
    assertThat(base).isCloseTo(2_238_000.0, within(1e-6));
    assertThat(average).isCloseTo(2_844_000.0, within(1_000.0));
    String html = new WorksCouncilSections(c, 1_200_000.0).questions();
    // review 26, M10: the gap with the base year (606 k€ a year) is about the tax-group saving the
    // plan counts (3,180.0 k€ / 5 = 636 k€ a year), so the question is no longer "where will the
    // difference come from?" but what is left once the plan takes 99.4 % of its own free cash
    // flow: 14,221.0 / 14,306.6 k€ (Σ freeCashFlow 2026–2030)
    double fcf = Figures.freeCashFlowTotal(c.result);
    assertThat(c.who.cashExtracted() / fcf).isCloseTo(0.994, within(0.0005));
    assertThat(html)
        .contains("The plan puts <span class=\"num\">" + c.fmt.percent(c.who.cashExtracted() / fcf)
            + "</span> of the free cash flow of the 5 years into the debt service and payouts")
        .contains("out of <span class=\"num\">" + c.fmt.amount(fcf) + "</span>), a cash flow"
            + " that includes <span class=\"num\" data-key=\"/whoPays/taxKeptByHolding\"")
        .contains(">" + c.fmt.amount(c.who.taxKeptByHolding()) + "</span> of tax-group saving: what"
            + " is left for an unplanned investment")
        .doesNotContain("where will the difference")
        .contains("against <span class=\"num\">1.2\u00A0M€</span> of dividends paid in 2025")
        .contains("If sales fell 30\u00A0% in 2027")
        .contains("Management ordinary shares");
    assertThat(c.fmt.amount(average - base)).isEqualTo("606\u00A0k€");
    assertThat(new WorksCouncilSections(c, null).upstream())
        .contains("its cash flow before financing and after the participation was about")
        .contains("EBITDA − investment − participation and forfait social paid, <span")
        // review 26, M10: the tax-group saving the base-year estimate does not have
        .contains("The plan also counts, on average, <span class=\"num\">"
            + c.fmt.amount(c.who.taxKeptByHolding() / 5) + "</span> a year of tax-group saving");
    assertThat(c.fmt.amount(c.who.taxKeptByHolding() / 5)).isEqualTo("636\u00A0k€");
    Context fr = context(Lang.FR);
    assertThat(new WorksCouncilSections(fr, null).upstream())
        .contains("sa trésorerie dégagée avant financement et après participation était d'environ")
        .contains("EBE − investissements − participation et forfait social versés, <span")
        .contains("Le plan compte aussi, en moyenne, <span class=\"num\">636\u00A0k€</span> par an"
            + " d'économie d'impôt d'intégration fiscale");
    assertThat(new WorksCouncilSections(fr, null).questions())
        .contains("Le plan consacre au service de la dette et aux distributions <span"
            + " class=\"num\">99,4\u00A0%</span> du flux de trésorerie disponible des 5 ans")
        .contains("un flux qui comprend <span class=\"num\" data-key=\"/whoPays/taxKeptByHolding\"")
        .doesNotContain("d'où viendra la différence");
  }

  /** Without a base-year reserve the estimate is before the participation, and says so. */
  @Test
  void withoutABaseYearReserveTheCashFlowIsBeforeParticipation() throws Exception {
    String yaml = java.nio.file.Files.readString(
        ReportFixtures.EXAMPLES.resolve("decolletage-secondary-lbo.yaml"));
    String given = "baseYearReserve: 430000";
    assertThat(yaml).contains(given);
    Deal none = DealReader.parse(yaml.replace(given, "baseYearReserve: 0"), "none.yaml");
    // 5,400 − 1,800 − 25 % × (5,400 − 1,500) = 2,625 k€
    assertThat(Figures.baseCashFlow(none)).isCloseTo(2_625_000.0, within(1e-6));
    Context c = new Context(none, LboEngine.DEFAULT.run(none), Lang.EN, "", "");
    assertThat(new WorksCouncilSections(c, null).upstream())
        .contains("its cash flow before financing was about")
        .contains("(EBITDA − investment − income tax; an estimate");
  }

  @Test
  void theStressCaseIsTheEnginesRunOfTheStressedDeal() {
    Context c = context(Lang.FR);
    WorksCouncilSections w = new WorksCouncilSections(c, null);
    DealResult direct = LboEngine.DEFAULT.run(StressCase.of(FACTORY));
    assertThat(w.stress.years().ebitda).containsExactly(direct.years().ebitda);
    assertThat(w.stressError).isNull();
    assertThat(w.stress()).contains("Scénario de crise").contains("2027");
    assertThat(w.upstream()).contains("ne figurent pas dans le fichier");
  }

  /**
   * Review 12, finding 8: term loan A's share repaid by the sale counts the cash sweep's
   * prepayments as well as the instalments: (6,750 + 310) / 8,100 = 87.2 %, not 6,750 / 8,100 =
   * 83 %. The revolver, which the company borrows itself, is named apart from the holding's loans.
   */
  @Test
  void explainsThePlanInPlainWords() {
    Context c = context(Lang.EN);
    org.reprise.engine.TrancheSchedule a = c.result.debt().get(1);
    assertThat(a.name()).isEqualTo("Senior term loan A");
    double repaid = 0;
    for (int t = 0; t < c.hold(); t++) {
      repaid += a.mandatory()[t] + a.sweep()[t];
    }
    assertThat(repaid / a.initialAmount()).isCloseTo(0.872, within(0.001));
    String plan = new WorksCouncilSections(c, null).plan();
    assertThat(plan)
        .contains("The buyer values the company at <span class=\"num\"")
        .contains("<strong>Senior term loan A</strong> from senior banks")
        .contains("87\u00A0% of it repaid by the sale in 2030 (instalments and any early"
            + " repayment), the rest from the sale price")
        .contains("<strong>Senior term loan B</strong> from senior banks: <span")
        .contains("Euribor + 3.75\u00A0% (5.85\u00A0% in 2026) a year, repaid from the sale"
            + " price")
        // review 26, F3: a credit line said by its size, then what was drawn at closing
        .contains("<strong>Revolver</strong> from senior banks: a credit line of <span"
            + " class=\"num\">3.0\u00A0M€</span>, drawn when cash is short, at Euribor +"
            + " 2.50\u00A0% (4.60\u00A0% in 2026) a year; <span")
        // review 26, F3: the company's own loan named first, not "except those ...: Revolver"
        .contains("These loans are taken by a holding company created for the purchase, except"
            + " Revolver, which the company borrows itself.");
    assertThat(new WorksCouncilSections(context(Lang.FR), null).plan())
        .contains("remboursé à 87\u00A0% avant la revente en 2030")
        .contains("Ces emprunts sont souscrits par une holding créée pour l'achat, à l'exception"
            + " de Revolver, que l'entreprise souscrit elle-même.");
  }

  /**
   * Review 12, finding 9: the secondary LBO's plan breaches its DSCR covenant in 2026 and 2027
   * (0.94× and 0.99× against 1.00×); the years are joined with "and", not a bare comma.
   */
  @Test
  void theYearsOfTheBreachesAreJoinedWithAnd() {
    assertThat(Figures.breachYears(context(Lang.EN).result)).containsExactly(2026, 2027);
    assertThat(new WorksCouncilSections(context(Lang.EN), null).stress())
        .contains("already breaches a covenant in 2026 and 2027.");
    assertThat(new WorksCouncilSections(context(Lang.FR), null).stress())
        .contains("ne respecte déjà pas un covenant en 2026 et 2027.");
    assertThat(new WorksCouncilSections(context(Lang.FR), null).questions())
        .contains("ne respecte pas un covenant en 2026 et 2027\u00a0:");
  }

  /**
   * Review 12, finding 3: the amounts per employee are said in whole euros, not rounded to k€.
   * Participation 2,362,820 / 900 person-years = 2,625 € (it read "3 k€"); cash handed over
   * 14,220,993 / 900 = 15,801 € ("16 k€"); fees at closing 1,569,000 / 180 employees = 8,717 €
   * ("9 k€"). Each stays tagged with its JSON value where it has one.
   */
  @Test
  void perEmployeeAmountsAreInWholeEuros() throws Exception {
    Context c = context(Lang.FR);
    assertThat(c.who.participationPerEmployee()).isCloseTo(2_625.4, within(0.1));
    assertThat(c.who.cashExtractedPerEmployeeYear()).isCloseTo(15_801.1, within(0.1));
    assertThat(c.who.fees() / FACTORY.company().headcount()).isCloseTo(8_716.7, within(0.1));
    String fr = HtmlReport.render(FACTORY, new ReportOptions(Lang.FR,
        ReportOptions.Audience.WORKS_COUNCIL, 1_200_000.0));
    String en = HtmlReport.render(FACTORY, new ReportOptions(Lang.EN,
        ReportOptions.Audience.WORKS_COUNCIL, 1_200_000.0));
    String nnbsp = "\u202F";
    assertThat(fr).contains("data-value=\"" + c.who.participationPerEmployee() + "\">2" + nnbsp
            + "625\u00A0€</span> par salarié et par an")
        .contains(">15" + nnbsp + "801\u00A0€</span> par salarié et par an")
        .contains(">8" + nnbsp + "717\u00A0€</span> par salarié)")
        .doesNotContain(">3\u00A0k€</span> par salarié");
    assertThat(en).contains(">2,625\u00A0€</span> per employee and per year")
        .contains(">15,801\u00A0€</span> per employee and per year")
        .contains(">8,717\u00A0€</span> per employee)");
    // the share is of the personnel costs (wages and contributions), not of the "masse
    // salariale" (gross wages) that a works council reads in its BDESE (review 13, finding 2)
    assertThat(fr).contains("de ses charges de personnel et").doesNotContain("masse salariale");
    assertThat(en).contains("of its personnel costs and").doesNotContain("payroll");
  }

  /**
   * Review 12, finding 1: beside the participation, the SCOP's work share is said under its own
   * name with the text report's figures: Σ workShare 2026–2032 = 5,082.6 k€ over 7 × 180 = 1,260
   * person-years = 4,033.8 € per employee and per year, 4,034 € in whole euros (finding 3; the
   * text report rounds it to tens, 4 030 €); the participation is 2,089 €. The participation
   * section gives it year by year. (With the reserves paid out instead of kept in blocked accounts:
   * 5,108.6 k€, 4,054 €; the accounts' interest, a charge, lowers the surplus the work share is
   * 40 % of.)
   */
  @Test
  void theScopsWorkShareIsSaidBesideTheParticipation() throws Exception {
    org.reprise.io.Scenario scop = FlowSectionsTest.scop();
    DealResult r = LboEngine.DEFAULT.run(scop.deal());
    double work = Figures.workShareTotal(r);
    assertThat(work / 1260).isCloseTo(4_033.8, within(0.1));
    Context fr = new Context(scop.deal(), r, Lang.FR, "", "");
    String nnbsp = "\u202F";
    String sentence = "En plus de la participation, la part travail de la SCOP apporte aux"
        + " salariés <span class=\"num\">5,1\u00A0M€</span>, soit <span class=\"num\">4" + nnbsp
        + "034\u00A0€</span> par salarié et par an.";
    assertThat(new WorksCouncilSections(fr, null).participation()).contains(sentence)
        .contains("Part travail, plan").contains("data-key=\"/years/0/workShare\"");
    assertThat(new DealSections(fr).whoPays()).contains(sentence);
    Context en = new Context(scop.deal(), r, Lang.EN, "", "");
    assertThat(new DealSections(en).whoPays()).contains("On top of the participation, the"
        + " SCOP's work share (part travail) brings the employees <span class=\"num\">5.1\u00A0M€"
        + "</span>, or <span class=\"num\">4,034\u00A0€</span> per employee and per year.");
    assertThat(new DealSections(context(Lang.EN)).whoPays()).doesNotContain("work share");
  }

  /**
   * Review 15, finding 5: a cooperative is not sold, so the debt it still owes at the end of the
   * plan falls due after it, on the loans' own terms (methodology §7): the SCOP's vendor loan and
   * regional loan, bullets of 8 years, in 2033, and the Scopinvest notes in 2034, each in years of
   * 2032's free cash flow. The plan and the questions say so, no longer that the cooperative
   * "repays it out of its own cash". The amounts are the engine's (DebtAfterHorizon).
   */
  @Test
  void theScopsDebtAfterThePlanIsSaidWithItsDueDates() throws Exception {
    org.reprise.io.Scenario scop = FlowSectionsTest.scop();
    DealResult r = LboEngine.DEFAULT.run(scop.deal());
    DebtAfterHorizon after = DebtAfterHorizon.of(scop.deal(), r);
    assertThat(after.dues()).extracting(DebtAfterHorizon.Due::year).containsExactly(2033, 2034);
    assertThat(after.total()).isCloseTo(r.exit().debt(), within(1e-6));
    DebtAfterHorizon.Due first = after.dues().get(0);
    DebtAfterHorizon.Due second = after.dues().get(1);
    assertThat(first.yearsOfFreeCashFlow())
        .isCloseTo(first.amount() / r.years().freeCashFlow[6], within(1e-12));
    Context en = new Context(scop.deal(), r, Lang.EN, "", "");
    String dues = num(en, first.amount()) + " in 2033 (" + en.fmt.number(
        first.yearsOfFreeCashFlow(), 1) + " years of its 2032 free cash flow) and "
        + num(en, second.amount()) + " in 2034 (" + en.fmt.number(second.yearsOfFreeCashFlow(), 1)
        + " years)";
    WorksCouncilSections w = new WorksCouncilSections(en, null);
    assertThat(w.plan())
        .contains("a cooperative is not sold, it keeps that debt and must repay or refinance "
            + dues + ".")
        .contains("due in one go in 2033, after the end of the plan")
        .doesNotContain("repays it out of its own cash");
    assertThat(w.questions()).contains("which it must repay or refinance after the plan: " + dues
        + ". Who will lend it that money")
        // its buyers are the employees themselves (review 15, finding 7)
        .contains("The buyers are the employees themselves")
        .doesNotContain("will the buyer compensate for it");
    Context fr = new Context(scop.deal(), r, Lang.FR, "", "");
    String echeances = num(fr, first.amount()) + " en 2033 (" + fr.fmt.number(
        first.yearsOfFreeCashFlow(), 1) + " années de son flux de trésorerie disponible de 2032) et "
        + num(fr, second.amount()) + " en 2034 (" + fr.fmt.number(second.yearsOfFreeCashFlow(), 1)
        + " années)";
    WorksCouncilSections wfr = new WorksCouncilSections(fr, null);
    assertThat(wfr.plan())
        .contains("une coopérative n'est pas vendue, elle garde cette dette et devra rembourser ou"
            + " refinancer " + echeances + ".")
        .doesNotContain("la rembourse sur sa propre trésorerie");
    assertThat(wfr.questions()).contains("qu'elle devra rembourser ou refinancer après le plan\u00a0: "
        + echeances + ". Qui lui prêtera cet argent");
  }

  /**
   * The status quo is not sold either: valued at the horizon, it says neither that its debt is
   * "repaid from the sale price" nor that its value is a sale price (review 15, finding 5). Its
   * equipment loans are repaid by 2030, so no debt is left at the end of the plan.
   */
  @Test
  void theStatusQuoIsNotDescribedAsASale() throws Exception {
    org.reprise.io.Scenario quo =
        org.reprise.io.ScenarioReader.read(ReportFixtures.EXAMPLES.resolve(
            "decolletage-scenarios.yaml")).get(0);
    DealResult r = LboEngine.DEFAULT.run(quo.deal());
    assertThat(r.exit().debt()).isLessThan(DebtAfterHorizon.NOTHING);
    Context en = new Context(quo.deal(), r, Lang.EN, "", "");
    assertThat(new WorksCouncilSections(en, null).plan())
        .contains("none would remain at the end of 2032.").doesNotContain("sale");
    assertThat(new ExitSections(en).exitAndReturns())
        .contains("Distribution of that value, in order of priority")
        .doesNotContain("Distribution of the sale price");
    Context fr = new Context(quo.deal(), r, Lang.FR, "", "");
    assertThat(new WorksCouncilSections(fr, null).plan())
        .contains("il n'en resterait rien fin 2032.").doesNotContain("revente");
  }

  /**
   * Review 15, findings 4 and 7: beside the SCOP's work share, the model's stated limit (no
   * employer contributions on it: what they would cost per employee and per year at 42 %), in the
   * participation section and in "who pays"; and in "who pays" the part of the cash handed over
   * that is interest on shares, paid to the members, the employees themselves. The amounts are
   * the engine's.
   */
  @Test
  void theScopsWorkShareLimitAndInterestOnSharesAreSaid() throws Exception {
    org.reprise.io.Scenario scop = FlowSectionsTest.scop();
    DealResult r = LboEngine.DEFAULT.run(scop.deal());
    Context en = new Context(scop.deal(), r, Lang.EN, "", "");
    double rate = scop.deal().participation().employerContributionRate();
    double perEmployee = Figures.workShareTotal(r) * rate / en.who.employeeYears();
    String limit = "The model adds no employer contributions on it: paid in cash, the work share is"
        + " a wage supplement that would cost the company about <span class=\"num\">"
        + en.fmt.euros(perEmployee) + "</span> more per employee and per year (42\u00A0% of it).";
    assertThat(new WorksCouncilSections(en, null).participation()).contains(limit);
    assertThat(new DealSections(en).whoPays()).contains(limit)
        .contains("Of it, <span class=\"num\" data-key=\"/whoPays/distributions\"")
        .contains("</span> per employee and per year) is interest on shares paid to the members,"
            + " who are the employees themselves, not to the lenders.");
    Context fr = new Context(scop.deal(), r, Lang.FR, "", "");
    assertThat(new DealSections(fr).whoPays())
        .contains("Le modèle n'y ajoute aucune cotisation patronale\u00a0: versée en espèces, la part"
            + " travail est un complément de salaire qui coûterait à l'entreprise environ <span"
            + " class=\"num\">" + fr.fmt.euros(perEmployee) + "</span> de plus")
        .contains("sont des intérêts aux parts sociales versés aux associés, qui sont les salariés"
            + " eux-mêmes, et non aux prêteurs.");
    assertThat(new DealSections(context(Lang.EN)).whoPays())
        .doesNotContain("employer contributions", "interest on shares");
  }

  /** @return an amount in a sentence, as the report tags it */
  private static String num(Context c, double v) {
    return "<span class=\"num\">" + c.fmt.amount(v) + "</span>";
  }

  /** @return the text of an HTML fragment, tags dropped and spaces folded */
  private static String text(String html) {
    return html.replaceAll("</?t[dhr][^>]*>", " ").replaceAll("<[^>]+>", "")
        .replace('\u00A0', ' ').replace('\u202F', ' ')
        .replaceAll("\\s+", " ");
  }

  /**
   * Review 26, W1: the 23.5 M€ at the sale is the equity, shares and the fund's shareholder loan
   * together. The exit waterfall pays the loan its claim, 9,869.0 × 1.1⁵ = 15,894.1 k€, and the
   * ordinary shares the rest, 7,595.5 k€; in the stress case the equity, 15.5 M€, is below the
   * loan's claim, so the waterfall pays the ordinary shares nothing. The split is the engine's
   * waterfall, read, not recomputed.
   */
  @Test
  void theEquityAtTheSaleIsSplitBetweenTheShareholderLoanAndTheShares() {
    Context c = context(Lang.FR);
    double[] split = Figures.exitEquitySplit(FACTORY, c.result);
    assertThat(split[0]).isCloseTo(9_869_000.0 * Math.pow(1.1, 5), within(1.0));
    assertThat(split[0] + split[1]).isCloseTo(c.result.exit().equityValue(), within(1e-6));
    assertThat(split[1]).isCloseTo(7_595_500.0, within(100.0));
    WorksCouncilSections w = new WorksCouncilSections(c, null);
    double[] crisis = Figures.exitEquitySplit(FACTORY, w.stress);
    assertThat(crisis[1]).isZero();
    assertThat(crisis[0]).isCloseTo(w.stress.exit().equityValue(), within(1e-6));
    assertThat(text(w.stress())).contains("À la revente, les fonds propres (actions et"
        + " quasi-fonds propres : prêts d'actionnaires, actions de préférence) vaudraient 23,5 M€"
        + " dans le plan : 15,9 M€ pour les quasi-fonds propres, remboursés en premier, et"
        + " 7,6 M€ pour les actions ordinaires. Dans le scénario de crise, ils vaudraient"
        + " 15,5 M€, moins que les 15,9 M€ dus aux quasi-fonds propres : les actions ordinaires"
        + " ne vaudraient plus rien.");
    assertThat(text(new WorksCouncilSections(context(Lang.EN), null).stress())).contains(
        "At the sale, the equity (shares and quasi-equity: shareholder loans, preferred shares)"
            + " would be worth 23.5 M€ in the plan: 15.9 M€ for the quasi-equity, repaid first,"
            + " and 7.6 M€ for the ordinary shares. In the stress case it would be worth 15.5 M€,"
            + " less than the 15.9 M€ owed on the quasi-equity: the ordinary shares would be"
            + " worth nothing.");
    assertThat(text(new ExitSections(c).exitAndReturns())).contains(
        "les fonds propres valent 23,5 M€.",
        ": 15,9 M€ reviennent aux quasi-fonds propres, remboursés en premier, et 7,6 M€ aux"
            + " actions ordinaires.",
        "Fonds propres à la revente (actions et quasi-fonds propres)");
    assertThat(text(new ExitSections(context(Lang.EN)).exitAndReturns())).contains(
        "the equity is worth 23.5 M€.", "Equity at the sale (shares and quasi-equity)");
  }

  /**
   * Review 26, W2 and W3: the stress case's default is measured while keeping the minimum cash
   * (1.0 M€, the deal's), which the sentence says; the yearly unpaid debt service includes the
   * arrears of earlier years (1,896 / 2,171 / 1,137 k€), and the new shortfall of each year
   * (1,845 / 1,458 / 227) adds up to the total of the sentence, 3.5 M€.
   */
  @Test
  void theCrisisShortfallKeepsTheMinimumCashAndItsRowsAddUp() {
    Context c = context(Lang.FR);
    WorksCouncilSections w = new WorksCouncilSections(c, null);
    assertThat(Figures.minimumCash(FACTORY, w.stress, 2028)).isEqualTo(1_000_000.0);
    double sum = 0;
    for (int t = 0; t < c.hold(); t++) {
      sum += w.stress.newShortfall(t);
    }
    assertThat(sum).isCloseTo(w.stress.paymentDefault().totalShortfall(), within(1e-6));
    String s = text(w.stress());
    assertThat(s).contains("Dans ce cas, à partir de 2028, le flux de trésorerie ne couvrirait"
        + " plus le service de la dette sans entamer la trésorerie minimale de 1,0 M€ : 3,5 M€"
        + " d'échéances resteraient impayées en tout",
        "Service de la dette impayé (arriérés des années précédentes compris) — crise 0 0 1 845"
            + " 2 117 1 055",
        "dont nouveaux impayés de l'année — crise 0 0 1 845 1 458 227");
    assertThat(text(new WorksCouncilSections(context(Lang.EN), null).stress())).contains(
        "without touching the minimum cash of 1.0 M€: 3.5 M€ of debt service would be left"
            + " unpaid in all",
        "of which new shortfall of the year — stress 0 0 1,845 1,458 227");
    assertThat(text(w.questions())).contains(
        "à partir de 2028 sans entamer sa trésorerie minimale de 1,0 M€ (impayé de 3,5 M€)");
  }

  /**
   * Review 26, W4: the ratios of the stress table are set against covenants, so they have two
   * decimals and a mark on the breached years: the plan's DSCR is 0.94× and 0.99× against 1.00×
   * in 2026 and 2027 (breached, marked), 1.03× in 2028 (met); one decimal printed 1.0×.
   */
  @Test
  void theStressTableShowsRatiosWithTwoDecimalsAndMarksBreaches() {
    String s = text(new WorksCouncilSections(context(Lang.FR), null).stress());
    assertThat(s).contains("Couverture du service de la dette (DSCR) — plan 0,94×! 0,99×! 1,03×"
        + " 1,08× 1,12×", "! le covenant portant sur ce ratio n'est pas respecté");
    assertThat(text(new WorksCouncilSections(context(Lang.EN), null).stress())).contains(
        "Debt service cover (DSCR) — plan 0.94×! 0.99×! 1.03× 1.08× 1.12×",
        "! the covenant on this ratio is not met that year.");
  }

  /**
   * Review 26, W5 and W6: what the company sends up to the holding is dividends (2,356 k€ in
   * 2026) and, under the tax group's agreement, income tax (890 k€), of which the holding keeps
   * 625 k€; the holding borrows, the company's cash repays it.
   */
  @Test
  void theUpstreamAndTheBorrowerAreSaidAsTheyAre() {
    Context fr = context(Lang.FR);
    WorksCouncilSections w = new WorksCouncilSections(fr, null);
    String up = text(w.upstream());
    assertThat(up).contains("Remonté à la holding : dividendes 2 356",
        "Remonté à la holding : impôt sur les sociétés (intégration fiscale) 890 935 958 986 993",
        "dont gardé par la holding (économie d'impôt) 625 639 640 640 636")
        .doesNotContain("dont dividendes");
    assertThat(text(w.plan())).contains("Juridiquement, c'est la holding qui emprunte."
        + " Économiquement, elle n'a pas d'autre ressource que ce que l'entreprise lui remonte"
        + " (dividendes, avances et, en intégration fiscale, son impôt sur les sociétés) : le"
        + " remboursement de ses 27,3 M€ d'emprunts dépend entièrement de la trésorerie de"
        + " l'entreprise.").doesNotContain("qui porte la dette");
    assertThat(text(new WorksCouncilSections(context(Lang.EN), null).plan())).contains(
        "Legally the holding borrows. Economically it has no other resource than what the company"
            + " sends up").doesNotContain("carries the debt");
    assertThat(text(new DealSections(fr).whoPays())).contains("Pour servir ses emprunts, la"
        + " holding reçoit de l'entreprise 11,7 M€ de dividendes et d'avances et 4,8 M€ d'impôt"
        + " sur les sociétés au titre de la convention d'intégration fiscale ; elle reverse"
        + " 1,6 M€ de cet impôt à l'État et garde 3,2 M€");
    assertThat(text(new DealSections(fr).debt())).contains(
        // review 26, F1: "closing" said in French first
        "À la réalisation de l'opération (closing), le rachat est financé par 27,3 M€ de dette.")
        .doesNotContain("épaules");
  }

  /**
   * Review 26, M1: of the 14.2 M€ handed over, 7.2 M€ is interest and fees paid and 7.1 M€
   * principal; the financing costs 8.7 M€ with the PIK (9,614 € per employee per year); the whole
   * takes 99.4 % of the five years' free cash flow (14.2 M€ of the 14.3 M€).
   */
  @Test
  void whoPaysSplitsTheCostOfTheFinancingFromThePrincipal() {
    Context c = context(Lang.FR);
    double[] split = Figures.debtServiceSplit(c.result);
    assertThat(split[0] + split[1]).isCloseTo(c.who.debtService(), within(1e-6));
    String s = text(new DealSections(c).whoPays());
    assertThat(s).contains("Sur ce montant, 7,2 M€ sont des intérêts et commissions payés et"
        + " 7,1 M€ remboursent le capital.", "1,5 M€) : 8,7 M€, soit 9 614 € par salarié et par an.",
        "Sur les 5 ans, cette trésorerie versée absorbe 99,4 % du flux de trésorerie disponible"
            + " (14,3 M€).");
  }
  /**
   * Review 26, M13: the mezzanine's rate is its cash and PIK rates and their sum (6.00 % + 5.00 %
   * = 11.00 %), a floating loan gives its margin and the rate it makes in the first year (term
   * loan A: Euribor + 3.25 %, 5.35 % in 2026), and the shareholder loan its capitalised coupon
   * and what the waterfall owes it at the sale (9,869.0 × 1.1⁵ = 15,894.1 k€).
   */
  @Test
  void thePlanGivesEachRateAndTheShareholderLoansCoupon() {
    Context c = context(Lang.EN);
    org.reprise.model.Tranche a = FACTORY.financing().debt().get(1);
    assertThat(a.name()).isEqualTo("Senior term loan A");
    String plan = text(new WorksCouncilSections(c, null).plan());
    assertThat(plan).contains("Senior term loan A from senior banks: 8.1 M€ at Euribor + 3.25 %"
        + " (5.35 % in 2026) a year")
        .contains("Mezzanine from mezzanine fund: 5.4 M€ at 6.00 % in cash + 5.00 % capitalised"
            + " (PIK) = 11.00 % a year")
        .contains("Fund shareholder loan (fund): 9.9 M€, 10.00 % a year, capitalised and paid with"
            + " the principal before the ordinary shares: 15.9 M€ due in 2030");
    org.reprise.model.Tranche mezz = FACTORY.financing().debt().get(3);
    assertThat(plan).contains(c.fmt.percent(mezz.cashRate()[0] + mezz.pikRate()[0], 2)
        .replace('\u00A0', ' ').replace('\u202F', ' ') + " a year");
    assertThat(text(new WorksCouncilSections(context(Lang.FR), null).plan()))
        .contains("Euribor + 3,25 % (5,35 % en 2026) par an")
        .contains("6,00 % payés + 5,00 % capitalisés (PIK) = 11,00 % par an")
        .contains("10,00 % par an, capitalisés et payés avec le principal avant les actions"
            + " ordinaires : 15,9 M€ dus en 2030");
  }

  /**
   * Review 26, F2 and M9: the legal terms (réserve spéciale de participation; a covenant breach
   * lets the lenders "prononcer l'exigibilité anticipée"; participation owed after five
   * consecutive calendar years with 50 employees, L3322-2; the forfait social at the deal's rate,
   * 20 %) and one name for the fall in net debt, 5.7 M€, with its bridge from the principal
   * repaid: 7,060.0 − 1,491.9 (PIK) + 88.8 (rise in cash). One unit per sentence (review 26,
   * F4): the management's 848.5 k€ and the rise in cash of 88.8 k€ are said in M€, as the
   * sentence's totals, 0.8 M€ and 0.1 M€ (they said 849 k€ and 89 k€).
   */
  @Test
  void theLegalTermsAndTheFallInNetDebtAreSaidAsTheyAre() throws Exception {
    Context fr = context(Lang.FR);
    String who = text(new DealSections(fr).whoPays());
    assertThat(who).contains("La réserve spéciale de participation cumulée atteindrait 2,4 M€",
        "un bris de covenant est en général un cas de défaut du contrat de crédit : les prêteurs"
            + " peuvent prononcer l'exigibilité anticipée ou, plus souvent, accorder une"
            + " renonciation (waiver)",
        "La baisse de la dette nette (désendettement), 5,7 M€, payée par la trésorerie de"
            + " l'entreprise, augmente la valeur des actions de : fund 4,8 M€, management 0,8 M€."
            + " Elle est égale au capital remboursé, 7,1 M€, moins les intérêts capitalisés (PIK),"
            + " 1,5 M€, plus la hausse de la trésorerie, 0,1 M€.");
    double[] bridge = Figures.deleveragingBridge(fr.result, fr.who.deleveraging());
    assertThat(bridge[4]).isCloseTo(0.0, within(1e-6));
    String html = HtmlReport.render(FACTORY, new ReportOptions(Lang.FR,
        ReportOptions.Audience.WORKS_COUNCIL, null));
    assertThat(text(html)).contains("pendant cinq années civiles consécutives (Code du travail,"
        + " L3322-2)", "le forfait social de 20 % sur cette réserve",
        "où B est le bénéfice fiscal de l'exercice diminué de l'impôt sur les sociétés"
            + " correspondant", "qui n'est pas celle définie plus bas",
        "en divisant les charges de personnel par 1 + 42 % de cotisations patronales",
        "En 2025, l'entreprise a doté la réserve spéciale de participation de 430 k€.",
        "Baisse de la dette nette (désendettement)");
    assertThat(text(HtmlReport.render(FACTORY, new ReportOptions(Lang.EN,
        ReportOptions.Audience.WORKS_COUNCIL, null)))).contains(
        "for five consecutive calendar years (Code du travail, L3322-2)",
        "the forfait social of 20 % on the reserve", "Fall in net debt (deleveraging)",
        // review 26, X1: B, C, S and VA said as the law defines them, and S's estimate stated
        "where B is the year's taxable profit less the corresponding corporate tax",
        "which is not the value added defined below",
        "the personnel costs divided by 1 + 42 % of employer contributions",
        "It is the principal repaid, 7.1 M€, less the interest capitalised (PIK), 1.5 M€, plus the"
            + " rise in cash, 0.1 M€.");
  }
}
