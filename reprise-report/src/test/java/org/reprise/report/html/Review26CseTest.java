package org.reprise.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reprise.engine.DealResult;
import org.reprise.engine.LboEngine;
import org.reprise.engine.WhoPays;
import org.reprise.engine.YearTable;
import org.reprise.io.DealReader;
import org.reprise.io.Scenario;
import org.reprise.io.ScenarioReader;
import org.reprise.model.Deal;

/**
 * The works-council report against review 26 (the works council's expert): the findings left open
 * after the first fixes, each checked on the secondary LBO with the engine's figures, in French and
 * in English. The figures in the comments are those of {@code reprise run --json} on
 * examples/decolletage-secondary-lbo.yaml.
 */
class Review26CseTest {

  private static final Deal FACTORY =
      DealReader.read(ReportFixtures.EXAMPLES.resolve("decolletage-secondary-lbo.yaml"));
  private static final DealResult RESULT = LboEngine.DEFAULT.run(FACTORY);
  private static final int HOLD = 5;

  private static Context context(Lang lang) {
    return new Context(FACTORY, RESULT, lang, "", "");
  }

  /** @return the text of a fragment or report, tags removed and every space folded to one */
  private static String text(String html) throws Exception {
    String doc = html.startsWith("<!DOCTYPE") ? html : "<div>" + html + "</div>";
    return ReportFixtures.parse(doc).getDocumentElement().getTextContent()
        .replaceAll("[\\s\u00A0\u202F]+", " ");
  }

  private static String council(Lang lang) {
    return HtmlReport.render(FACTORY, new ReportOptions(lang,
        ReportOptions.Audience.WORKS_COUNCIL, 1_200_000.0));
  }

  /** @return an amount as the sentences say it, spaces folded */
  private static String money(Lang lang, double v) {
    return new Fmt(lang).amount(v).replaceAll("[\u00A0\u202F]", " ");
  }

  private static String percent(Lang lang, double v) {
    return new Fmt(lang).percent(v).replaceAll("[\u00A0\u202F]", " ");
  }

  private static String euros(Lang lang, double v) {
    return new Fmt(lang).euros(v).replaceAll("[\u00A0\u202F]", " ");
  }

  /**
   * M2: the company's part is its self-financing; over the 5 years the group's, 9,533.6 k€, is set
   * beside its investment, Σ capex + Σ change in working capital = 9,773.1 + 821.0 = 10,594.1 k€,
   * and the ordinary shares' gain, outside the value added, is said: they receive 6,456.1 +
   * 1,138.8 = 7,594.9 k€ at the sale for 3,780 + 420 = 4,200 k€, a gain of 3,394.9 k€ (3.4 M€).
   */
  @Test
  void theValueAddedSectionSaysWhatTheSelfFinancingPaysAndTheOrdinarySharesGain()
      throws Exception {
    WhoPays w = context(Lang.FR).who;
    double company = w.groupValueAdded().company();
    double investment = Figures.investmentTotal(RESULT);
    double paidIn = Figures.ordinaryPaidIn(FACTORY, RESULT);
    double received = Figures.exitEquitySplit(FACTORY, RESULT)[1];
    double capex = 0;
    double wc = 0;
    for (int t = 0; t < HOLD; t++) {
      capex += RESULT.years().capex[t];
      wc += RESULT.years().changeInWorkingCapital[t];
    }
    assertThat(investment).isEqualTo(capex + wc);
    assertThat(company).isCloseTo(9_533_600.0, within(100.0));
    assertThat(investment).isCloseTo(10_594_100.0, within(1_000.0));
    assertThat(paidIn).isEqualTo(4_200_000.0);
    assertThat(received - paidIn).isCloseTo(3_394_900.0, within(1_000.0));
    String fr = text(new FlowSections(context(Lang.FR)).valueAdded());
    assertThat(fr).contains("amortissements et bénéfice mis en réserve : son autofinancement, qui"
            + " paie ses investissements et, dans un rachat, le remboursement de la dette"
            + " d'acquisition")
        .contains("Sur les 5 ans du plan, l'autofinancement du groupe (la part « Entreprise » du"
            + " partage, colonne Groupe) est de " + money(Lang.FR, company) + ", pour "
            + money(Lang.FR, investment) + " d'investissements et de hausse du besoin en fonds de"
            + " roulement.")
        .contains("S'y ajoute, hors valeur ajoutée, la plus-value des actions ordinaires à la"
            + " revente : 3,4 M€ (elles reçoivent 7,6 M€ pour 4,2 M€ apportés)")
        .doesNotContain("pour investir)");
    assertThat(text(new FlowSections(context(Lang.EN)).valueAdded()))
        .contains("the group's self-financing (the \"Company\" part of the split, Group column) is"
            + " 9.5 M€, for 10.6 M€ of investment and increase in working capital.")
        .contains("the ordinary shares gain 3.4 M€ at the sale (they receive 7.6 M€ for 4.2 M€ put"
            + " in), which is in no part of the split.");
  }

  /**
   * M3: under the split, the company's shareholders' part (11,656.0 / 82,340.0 = 14.2 %) is the
   * dividends the holding uses to pay its lenders, and the State's part holds the 4.8 M€ of income
   * tax paid to the holding, which passes 1.6 M€ on; the Group column: lenders 9,230 / 81,590 =
   * 11.3 %, State 4,009 / 81,590 = 4.9 %.
   */
  @Test
  void aNoteUnderTheSplitSaysWhereTheDividendsAndTheTaxGo() throws Exception {
    WhoPays w = context(Lang.FR).who;
    double opcoShare = w.valueAdded().shareholders() / w.valueAdded().total();
    double lenders = w.groupValueAdded().lenders() / w.groupValueAdded().total();
    double state = w.groupValueAdded().state() / w.groupValueAdded().total();
    assertThat(opcoShare).isCloseTo(0.142, within(0.0005));
    assertThat(lenders).isCloseTo(0.113, within(0.0005));
    assertThat(state).isCloseTo(0.049, within(0.0005));
    String fr = text(new DealSections(context(Lang.FR)).whoPays());
    assertThat(fr).contains("Dans les comptes de l'entreprise, les dividendes remontés à la"
        + " holding (" + percent(Lang.FR, opcoShare) + " de la valeur ajoutée, la part des"
        + " actionnaires) servent d'abord à payer les prêteurs de la holding, et l'impôt sur les"
        + " sociétés de l'entreprise (" + money(Lang.FR, w.taxPaidToHolding()) + ", dans la part de"
        + " l'État) est versé à la holding, qui en reverse "
        + money(Lang.FR, w.taxPaidToHolding() - w.taxKeptByHolding()) + " à l'État. La colonne"
        + " Groupe montre la destination finale : " + percent(Lang.FR, lenders) + " aux prêteurs, "
        + percent(Lang.FR, state) + " à l'État.");
    assertThat(text(new DealSections(context(Lang.EN)).whoPays())).contains("In the company's"
        + " own accounts, the dividends sent up to the holding (14.2 % of the value added, the"
        + " shareholders' part) first pay the holding's lenders, and the company's income tax"
        + " (4.8 M€, in the State's part) is paid to the holding, which passes 1.6 M€ of it on to"
        + " the State. The Group column shows where the money finally goes: 11.3 % to the"
        + " lenders, 4.9 % to the State.");
    // push-down: no holding, no note
    Deal paper = DealReader.read(ReportFixtures.EXAMPLES.resolve("paper-lbo.yaml"));
    assertThat(paper.structure().hasHolding()).isFalse();
    Context c = new Context(paper, LboEngine.DEFAULT.run(paper), Lang.FR, "", "");
    assertThat(new DealSections(c).whoPays()).doesNotContain("Dans les comptes de l'entreprise");
  }

  /**
   * M10: the base year's estimate, 2,238 k€, stands in its own column and is not repeated under
   * 2026–2030, where it read as a forecast; the question is the share of the plan's own free cash
   * flow it takes (14,221.0 / 14,306.6 = 99.4 %), the tax-group saving inside it.
   */
  @Test
  void theBaseYearHasItsOwnColumn() throws Exception {
    for (Lang lang : Lang.values()) {
      List<ReportFixtures.Row> rows =
          ReportFixtures.rows(ReportFixtures.parse(council(lang)), "upstream");
      for (ReportFixtures.Row row : rows) {
        assertThat(row.cells()).hasSize(HOLD + 1);
        boolean base = row.label().equals(new Texts(lang).t("up.base", "2025"));
        for (int k = 0; k < row.cells().size(); k++) {
          // the estimate only in the base year's column, the plan's rows only in the plan's
          assertThat(row.cells().get(k).isEmpty()).as(row.label() + " " + k)
              .isEqualTo(base != (k == 0));
        }
        if (base) {
          assertThat(ReportFixtures.number(row.cells().get(0), lang))
              .isEqualTo(Math.round(Figures.baseCashFlow(FACTORY) / 1000.0));
        }
      }
      assertThat(rows).anyMatch(r -> r.label().equals(new Texts(lang).t("up.base", "2025")));
    }
    assertThat(council(Lang.FR)).contains("<th scope=\"col\">k€</th><th scope=\"col\""
        + " class=\"base\">2025 (exercice de référence)</th><th scope=\"col\">2026</th>");
    assertThat(council(Lang.EN)).contains("<th scope=\"col\" class=\"base\">2025 (base year)</th>");
  }

  /**
   * M12: in the stress case the company is in payment default in 2028, 2029 and 2030 (shortfall
   * each year), so the exit values are theoretical: the lenders could have accelerated.
   */
  @Test
  void theStressExitValuesAreTheoreticalAfterYearsOfDefault() throws Exception {
    WorksCouncilSections fr = new WorksCouncilSections(context(Lang.FR), null);
    YearTable s = fr.stress.years();
    assertThat(s.shortfall[0]).isZero();
    assertThat(s.shortfall[1]).isZero();
    assertThat(s.shortfall[2]).isPositive();
    assertThat(s.shortfall[3]).isPositive();
    assertThat(s.shortfall[4]).isPositive();
    assertThat(Figures.yearsInDefault(fr.stress)).isEqualTo(3);
    assertThat(text(fr.stress())).contains("Ce sont des valeurs théoriques : après 3 ans de défaut"
        + " de paiement, les prêteurs auraient pu prononcer l'exigibilité anticipée de la dette et"
        + " prendre le contrôle de l'entreprise ; le modèle ne le simule pas.");
    assertThat(text(new WorksCouncilSections(context(Lang.EN), null).stress())).contains(
        "These are theoretical values: after 3 years of payment default the lenders could have"
            + " accelerated the debt and taken control of the company");
    // the plan itself never defaults: no such sentence where the stress case does not either
    Deal paper = DealReader.read(ReportFixtures.EXAMPLES.resolve("paper-lbo.yaml"));
    WorksCouncilSections p = new WorksCouncilSections(
        new Context(paper, LboEngine.DEFAULT.run(paper), Lang.EN, "", ""), null);
    if (!p.stress.paymentDefault().occurred()) {
      assertThat(p.stress()).doesNotContain("theoretical values");
    }
  }

  /**
   * X2: the value added and its five parts defined in the terms of the chart of accounts, and the
   * State's label names the income tax and the forfait social it holds (methodology §5.9).
   */
  @Test
  void theValueAddedAndItsPartsAreDefined() throws Exception {
    String fr = text(council(Lang.FR));
    assertThat(fr).contains("Valeur ajoutée au sens des soldes intermédiaires de gestion du plan"
            + " comptable général : production de l'exercice + marge commerciale − consommations en"
            + " provenance de tiers ; ici, chiffre d'affaires − achats consommés − charges externes",
        "État : impôts et taxes, forfait social (que le plan comptable range parmi les charges de"
            + " personnel) et impôt sur les sociétés.",
        "État (impôts et taxes, impôt sur les sociétés, forfait social)")
        .doesNotContain("État (impôts et taxes) ");
    assertThat(text(council(Lang.EN))).contains("Value added in the sense of the French chart of"
        + " accounts' intermediate balances", "State (taxes, income tax, forfait social)",
        "Lenders: financial charges (interest, capitalised included, fees and borrowing costs),"
            + " net of the interest earned on the cash.");
    // the chart's legend gives the short names, not a label cut with "…"
    String svg = council(Lang.FR);
    int caption = svg.indexOf("<figcaption>Partage de la valeur ajoutée de l'entreprise, par an");
    String chart = svg.substring(svg.lastIndexOf("<svg", caption), caption);
    assertThat(chart).doesNotContain("…").contains(">État<", ">Salariés<");
  }

  /**
   * X4: the financing's cost, 8,660.7 k€ (interest and fees paid 7,167.8 + PIK 1,492.9), net of
   * the tax saving the holding keeps (3,180.0): 5,480.7 k€, 6,090 € per employee per year over 900
   * employee-years; with the shareholder loan's accrued coupon, 9,869.0 × (1.1⁵ − 1) = 6,025.1:
   * 14,685.8 k€; what is sent up to the holding, 11,656.0 of dividends + 4,760.7 of tax =
   * 16,416.7 k€; the dividends are Σ 11,656.0 / Σ net income 14,096.4 = 82.7 % of the company's
   * net income (89.4 % in 2026: 2,355.9 / 2,636.2).
   */
  @Test
  void theFinancingCostAndTheUpstreamPerEmployeeAreGiven() throws Exception {
    Context fr = context(Lang.FR);
    WhoPays w = fr.who;
    double[] split = Figures.debtServiceSplit(RESULT);
    double[] capitalised = Figures.capitalisedInterest(RESULT);
    double cost = split[0] + capitalised[0] + capitalised[1];
    double net = cost - w.taxKeptByHolding();
    double coupon = 9_869_000.0 * (Math.pow(1.1, 5) - 1);
    assertThat(w.groupValueAdded().shareholders()).isCloseTo(coupon, within(1.0));
    double up = w.paidToHolding() + w.taxPaidToHolding();
    double ratio = Figures.payoutRatio(RESULT);
    double dividends = 0;
    double income = 0;
    for (int t = 0; t < HOLD; t++) {
      dividends += RESULT.years().dividendsUpstream[t];
      income += RESULT.years().opcoNetIncome[t];
    }
    assertThat(ratio).isEqualTo(dividends / income).isCloseTo(0.827, within(0.0005));
    assertThat(w.employeeYears()).isEqualTo(900.0);
    String text = text(new DealSections(fr).whoPays());
    assertThat(text).contains("Net de l'économie d'impôt que garde la holding ("
            + money(Lang.FR, w.taxKeptByHolding()) + ", une économie qui vient aussi des frais de"
            + " fonctionnement de la holding, de l'amortissement des frais d'acquisition et de la"
            + " part déductible des intérêts des prêts d'actionnaires), le coût du financement est de "
            + money(Lang.FR, net) + ", soit " + euros(Lang.FR, net / 900) + " par salarié et par"
            + " an.")
        .contains("Avant cette économie d'impôt, le financement coûte " + money(Lang.FR, cost)
            + " ; avec la rémunération courue des quasi-fonds propres des acheteurs (6,0 M€, payée"
            + " à la revente), le coût de tous les financements avant impôt est de "
            + money(Lang.FR, cost + coupon) + ", soit " + euros(Lang.FR, (cost + coupon) / 900))
        .contains("Au total, l'entreprise remonte à sa holding " + money(Lang.FR, up)
            + " (dividendes, avances et impôt), soit " + euros(Lang.FR, up / 900) + " par salarié"
            + " et par an ; ses dividendes font 82,7 % de son propre résultat net sur le plan.");
    assertThat(text(new DealSections(context(Lang.EN)).whoPays()))
        .contains("Net of the tax saving the holding keeps (3.2 M€, a saving that also comes from"
            + " the holding's running costs, its amortisation of the acquisition fees and the"
            + " deductible part of the shareholder loans' coupons), the financing's cost is "
            + money(Lang.EN, net) + ", or " + euros(Lang.EN, net / 900))
        .contains("In all, the company sends its holding 16.4 M€ (dividends, advances and tax), or "
            + euros(Lang.EN, up / 900) + " per employee per year; its dividends are 82.7 % of its"
            + " own net income over the plan.");
    // the yearly share in the upstream table, and question 2 rests on it
    List<ReportFixtures.Row> rows =
        ReportFixtures.rows(ReportFixtures.parse(council(Lang.FR)), "upstream");
    ReportFixtures.Row payout = rows.stream()
        .filter(r -> r.label().startsWith("Dividendes remontés / résultat net")).findFirst()
        .orElseThrow();
    assertThat(payout.cells().get(1).replace('\u00A0', ' ')).isEqualTo(percent(Lang.FR,
        RESULT.years().dividendsUpstream[0] / RESULT.years().opcoNetIncome[0]));
    assertThat(payout.cells().get(1).replace('\u00A0', ' ')).isEqualTo("89,4 %");
    String questions = text(new WorksCouncilSections(fr, 1_200_000.0).questions());
    assertThat(questions).contains("L'entreprise remonterait en dividendes 82,7 % de son résultat"
            + " net sur le plan (" + money(Lang.FR, Figures.averagePaidToHolding(RESULT))
            + " par an en moyenne de dividendes et d'avances, contre 1,2 M€ de dividendes versés en"
            + " 2025) et " + money(Lang.FR, w.taxPaidToHolding() / HOLD) + " d'impôt par an au"
            + " titre de l'intégration fiscale : quelle politique de distribution")
        .doesNotContain("soutenable");
  }

  /**
   * X5: the plan keeps 180 employees from 2025 to 2030, and the personnel costs per employee grow
   * from 9,360,000 / 180 = 52,000 € to 10,590.4 k€ / 180 = 58,835 €, (58,835 / 52,000)^(1/5) − 1 =
   * 2.5 % a year: assumptions of the file, said as such, and a question on commitments.
   */
  @Test
  void theHeadcountAndWagesAreSaidAsAssumptionsAndAskedAbout() throws Exception {
    double growth = Figures.personnelCostGrowth(FACTORY, RESULT);
    assertThat(growth).isCloseTo(0.025, within(0.0005));
    Context fr = context(Lang.FR);
    assertThat(text(new WorksCouncilSections(fr, null).plan())).contains("Le fichier de"
        + " l'opération suppose un effectif de 180 salariés en 2025 et de 180 en 2030, et des"
        + " charges de personnel par salarié en hausse de 2,5 % par an : ce sont des hypothèses du"
        + " plan, non des engagements de l'acquéreur.");
    assertThat(text(new WorksCouncilSections(fr, null).questions())).contains("Le plan suppose 180"
        + " salariés en 2030 et des charges de personnel par salarié en hausse de 2,5 % par an :"
        + " l'acquéreur s'engage-t-il par écrit sur l'emploi, les sites et les salaires, et que"
        + " prévoit-il pour l'emploi si les ventes baissaient de 30 % comme dans le scénario de"
        + " crise ?");
    Context en = context(Lang.EN);
    assertThat(text(new WorksCouncilSections(en, null).plan())).contains("The deal file assumes a"
        + " headcount of 180 in 2025 and 180 in 2030, and personnel costs per employee rising"
        + " 2.5 % a year: these are assumptions of the plan, not commitments of the buyer.");
    assertThat(text(new WorksCouncilSections(en, null).questions())).contains("will the buyer"
        + " commit in writing on jobs, sites and wages");
    // the status quo has no buyer: the employer is asked
    Scenario statusQuo =
        ScenarioReader.read(ReportFixtures.EXAMPLES.resolve("decolletage-scenarios.yaml"))
            .stream().filter(x -> x.name().equals("Status quo")).findFirst().orElseThrow();
    Context sq = new Context(statusQuo.deal(), LboEngine.DEFAULT.run(statusQuo.deal()), Lang.FR,
        "", "");
    assertThat(text(new WorksCouncilSections(sq, null).questions()))
        .contains("l'employeur s'engage-t-il sur l'emploi").doesNotContain("l'acquéreur s'engage");
  }

  /**
   * X7: the header names the source of the assumptions the deal file gives (the example's
   * "fictional example"), in both reports; without one, the council's document says that the file
   * does not name it, and the other report says nothing.
   */
  @Test
  void theHeaderNamesTheSourceOfTheAssumptions() throws Exception {
    assertThat(text(council(Lang.FR))).contains("Montants en euros ; k€ = milliers, M€ = millions."
        + " Source de ces hypothèses, selon le fichier de l'opération : fictional example.")
        .doesNotContain("ne dit pas qui a établi");
    assertThat(text(council(Lang.EN))).contains("Source of these assumptions, as the deal file"
        + " gives it: fictional example.");
    assertThat(text(HtmlReport.render(FACTORY, ReportOptions.of(Lang.FR))))
        .contains("Source de ces hypothèses, selon le fichier de l'opération : fictional example.");
    // a source is the user's text: escaped, with its own final full stop not doubled
    Deal own = withSource("\"plan d'affaires de l'acquéreur du 12/03/2026, retraité <b>X</b>.\"");
    assertThat(HtmlReport.render(own, ReportOptions.of(Lang.FR))).contains("selon le fichier de"
        + " l'opération\u00a0: plan d&#39;affaires de l&#39;acquéreur du 12/03/2026, retraité"
        + " &lt;b&gt;X&lt;/b&gt;.</p>");
    Deal none = withSource(null);
    String council = HtmlReport.render(none, new ReportOptions(Lang.FR,
        ReportOptions.Audience.WORKS_COUNCIL, null));
    assertThat(text(council)).contains("Le fichier de l'opération ne dit pas qui a établi"
        + " ces hypothèses (plan d'affaires de l'acquéreur, retraitement par l'expert du CSE,"
        + " exemple fictif) : cette source doit accompagner le rapport.")
        .doesNotContain("Source de ces hypothèses");
    assertThat(text(HtmlReport.render(none, new ReportOptions(Lang.EN,
        ReportOptions.Audience.WORKS_COUNCIL, null)))).contains("The deal file does not say who"
        + " set these assumptions");
    assertThat(HtmlReport.render(none, ReportOptions.of(Lang.FR)))
        .doesNotContain("ne dit pas qui a établi").doesNotContain("Source de ces hypothèses");
  }

  /** Scenarios whose sources differ: each one's, by name; one the file does not give is said so. */
  @Test
  void scenariosWithTheirOwnSourcesNameEach() throws Exception {
    String yaml = java.nio.file.Files.readString(
        ReportFixtures.EXAMPLES.resolve("decolletage-scenarios.yaml"));
    String edited = yaml.replace("    kind: status-quo ",
        "    source: \"comptes 2025 de l'entreprise\"\n    kind: status-quo ")
        .replace("  - name: \"SCOP\"\n", "  - name: \"SCOP\"\n    source: null\n");
    assertThat(edited).contains("comptes 2025", "source: null");
    List<Scenario> scenarios = ScenarioReader.parse(edited, "edited.yaml");
    String fr = text(HtmlReport.render(scenarios, new ReportOptions(Lang.FR,
        ReportOptions.Audience.WORKS_COUNCIL, null)));
    assertThat(fr).contains("Source de ces hypothèses, selon le fichier de l'opération : Status"
        + " quo : comptes 2025 de l'entreprise ; Fund LBO : fictional example ; Employee LBO :"
        + " fictional example ; SCOP : non précisée ; SCOP d'amorçage : fictional example.");
  }

  /**
   * F1: the French example (examples/fr) gives a council's document without the English names of
   * the example, and its employee LBO, whose employees hold shares as « salariés », asks the
   * deleveraging question about the employees without shares as the English file does.
   */
  @Test
  void theFrenchExampleGivesAFrenchDocument() throws Exception {
    ReportOptions council = new ReportOptions(Lang.FR, ReportOptions.Audience.WORKS_COUNCIL, null);
    String en = text(HtmlReport.render(
        ScenarioReader.read(ReportFixtures.EXAMPLES.resolve("decolletage-scenarios.yaml")),
        council));
    String fr = text(HtmlReport.render(
        ScenarioReader.read(ReportFixtures.EXAMPLES.resolve("fr/decolletage-scenarios.yaml")),
        council));
    String employees = "Les salariés actionnaires en reçoivent";
    assertThat(occurrences(fr, employees)).isEqualTo(occurrences(en, employees)).isPositive();
    assertThat(en).contains("Revolver", "Senior term loan A", "senior banks", "Status quo",
        "Fund LBO", "Fund ordinary shares", "Vendor loan");
    assertThat(fr).doesNotContain("Revolver", "Senior term loan A", "senior banks", "Status quo",
        "Fund LBO", "Fund ordinary shares", "Vendor loan", "fictional")
        .contains("Crédit renouvelable (RCF)", "Prêt senior A (amortissable)", "banques seniors",
            "Statu quo", "LBO du fonds", "Crédit-vendeur", "selon le fichier de l'opération :"
            + " exemple fictif.");
  }

  private static int occurrences(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }

  /** @return the factory example with another {@code source}, or none ({@code null}) */
  private static Deal withSource(String source) throws Exception {
    String yaml = java.nio.file.Files.readString(
        ReportFixtures.EXAMPLES.resolve("decolletage-secondary-lbo.yaml"));
    String line = yaml.lines().filter(l -> l.startsWith("source:")).findFirst().orElseThrow();
    return DealReader.parse(yaml.replace(line, source == null ? "" : "source: " + source),
        "edited.yaml");
  }

  /**
   * F1, F3, F4, F5: the report's own words in French (closing, sponsor), the clumsy sentences
   * rewritten, a no-break space between every number and its unit, one unit per sentence, a
   * neutral footer and questions.
   */
  @Test
  void theWordingIsFrenchPlainAndNeutral() throws Exception {
    String html = council(Lang.FR);
    String fr = text(html);
    // F1
    assertThat(fr.replace("(closing)", "")).doesNotContain("closing");
    assertThat(fr).doesNotContain("sponsor")
        .contains("Pour chaque point des actions ordinaires, fund paie 5,7× ce que paie management");
    // F3
    assertThat(fr).contains("Les achats de matières baissent avec les ventes ; les salaires et les"
            + " charges fixes, non.",
        "Sur quoi porteraient les mesures d'économie : emplois, salaires, investissements ?",
        "à l'exception de Revolver, que l'entreprise souscrit elle-même",
        "une ligne de crédit de 3,0 M€, tirée quand la trésorerie manque, à Euribor + 2,50 % (4,60 %"
            + " en 2026) par an ; 0 € tirés à la réalisation de l'opération",
        "impôt au taux normal sur (EBE − dotations aux amortissements − cette participation)",
        "le flux de trésorerie disponible ne couvre que 0,94× le service de la dette dû",
        "Autres (frais de holding, intérêts reçus)")
        .doesNotContain("inducteurs", "Qui supporterait", "impôt sur ce qui reste",
            "capital de SCOP", "autant de fois");
    // F4: in the HTML itself, no ordinary space between a number and its unit
    String body = html.substring(html.indexOf("<body>"));
    assertThat(body).doesNotContainPattern("\\d (%|k€|M€|€)");
    assertThat(fr).contains("augmente la valeur des actions de : fund 4,8 M€, management 0,8 M€."
        + " Elle est égale au capital remboursé, 7,1 M€, moins les intérêts capitalisés (PIK),"
        + " 1,5 M€, plus la hausse de la trésorerie, 0,1 M€.");
    assertThat(text(council(Lang.EN))).contains("fund (4.8 M€), management (0.8 M€)");
    // F5
    assertThat(fr).contains("logiciel libre de modélisation des rachats d'entreprise")
        .doesNotContain("pour les salariés, les CSE et les reprises par les salariés",
            "soutenable", "dont le travail produit", "quelles machines ne seront pas remplacées");
    assertThat(text(council(Lang.EN))).contains("free software for modelling company buyouts")
        .doesNotContain("why is that sustainable", "Who would bear the cuts");
  }

  /**
   * F3: a covenant's headroom is a "marge de sécurité", not a bare "marge", which reads as the
   * rate's margin or the EBITDA margin; the employee buyout meets its covenants every year.
   */
  @Test
  void theCovenantHeadroomIsAMarginOfSafety() throws Exception {
    Deal buyout = DealReader.read(ReportFixtures.EXAMPLES.resolve("employee-buyout.yaml"));
    String fr = text(HtmlReport.render(buyout, ReportOptions.of(Lang.FR)));
    assertThat(fr).contains("le plus serré est celui de dette nette / EBE en 2026")
        .contains(", soit une marge de sécurité de ").doesNotContain("soit une marge de 1",
            "soit une marge de 2", "soit une marge de 3");
  }
}
