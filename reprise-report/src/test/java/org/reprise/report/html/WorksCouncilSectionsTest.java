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
    assertThat(html)
        .contains("The plan needs <span class=\"num\">" + c.fmt.amount(average)
            + "</span> a year on average from the company")
        .contains("while its cash flow before financing and after the participation was about"
            + " <span class=\"num\">2.2\u00A0M€</span> in 2025: where will the difference of"
            + " <span class=\"num\">" + c.fmt.amount(average - base) + "</span>")
        .contains("against <span class=\"num\">1.2\u00A0M€</span> of dividends paid in 2025")
        .contains("If sales fell 30\u00A0% in 2027")
        .contains("Management ordinary shares");
    assertThat(c.fmt.amount(average - base)).isEqualTo("606\u00A0k€");
    assertThat(new WorksCouncilSections(c, null).upstream())
        .contains("its cash flow before financing and after the participation was about")
        .contains("EBITDA − investment − participation and forfait social paid, <span");
    Context fr = context(Lang.FR);
    assertThat(new WorksCouncilSections(fr, null).upstream())
        .contains("sa trésorerie dégagée avant financement et après participation était d'environ")
        .contains("EBE − investissements − participation et forfait social versés, <span");
    assertThat(new WorksCouncilSections(fr, null).questions())
        .contains("différence de <span class=\"num\">606\u00A0k€</span> par an");
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
        .contains("5.85\u00A0% a year, repaid from the sale price")
        .contains("a credit line of up to")
        .contains("These loans are taken by a holding company created for the purchase, except"
            + " those the company borrows itself: Revolver.");
    assertThat(new WorksCouncilSections(context(Lang.FR), null).plan())
        .contains("remboursé à 87\u00A0% avant la revente en 2030")
        .contains("Ces emprunts sont souscrits par une holding créée pour l'achat, sauf ceux que"
            + " l'entreprise souscrit elle-même : Revolver.");
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
        .contains("ne respecte pas un covenant en 2026 et 2027 :");
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
   * name with the text report's figures: Σ workShare 2026–2032 = 5,036.7 k€ over 7 × 180 = 1,260
   * person-years = 3,997.3 € per employee and per year, 3,997 € in whole euros (finding 3; the
   * text report rounds it to tens, 4 000 €); the participation is 2,095 €. The participation
   * section gives it year by year. (With the reserve paid out instead of kept in blocked accounts:
   * 5,059.6 k€, 4,016 €; the accounts' interest, a charge, lowers the surplus the work share is
   * 40 % of.)
   */
  @Test
  void theScopsWorkShareIsSaidBesideTheParticipation() throws Exception {
    org.reprise.io.Scenario scop = FlowSectionsTest.scop();
    DealResult r = LboEngine.DEFAULT.run(scop.deal());
    double work = Figures.workShareTotal(r);
    assertThat(work / 1260).isCloseTo(3_997.3, within(0.1));
    Context fr = new Context(scop.deal(), r, Lang.FR, "", "");
    String nnbsp = "\u202F";
    String sentence = "En plus de la participation, la part travail de la SCOP apporte aux"
        + " salariés <span class=\"num\">5,0\u00A0M€</span>, soit <span class=\"num\">3" + nnbsp
        + "997\u00A0€</span> par salarié et par an.";
    assertThat(new WorksCouncilSections(fr, null).participation()).contains(sentence)
        .contains("Part travail, plan").contains("data-key=\"/years/0/workShare\"");
    assertThat(new DealSections(fr).whoPays()).contains(sentence);
    Context en = new Context(scop.deal(), r, Lang.EN, "", "");
    assertThat(new DealSections(en).whoPays()).contains("On top of the participation, the"
        + " SCOP's work share (part travail) brings the employees <span class=\"num\">5.0\u00A0M€"
        + "</span>, or <span class=\"num\">3,997\u00A0€</span> per employee and per year.");
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
    assertThat(wfr.questions()).contains("qu'elle devra rembourser ou refinancer après le plan : "
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
        .contains("Le modèle n'y ajoute aucune cotisation patronale : versée en espèces, la part"
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
}
