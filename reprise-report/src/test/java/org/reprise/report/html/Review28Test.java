package org.reprise.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reprise.engine.DealResult;
import org.reprise.engine.LboEngine;
import org.reprise.io.DealReader;
import org.reprise.io.Scenario;
import org.reprise.io.ScenarioReader;
import org.reprise.model.Deal;

/**
 * Review 28's findings on the works-council report: the deleveraging bridge said with each term's
 * sign (finding 1), the financing cost with the unpaid interest capitalised (finding 2), the
 * minimum cash that could have paid all the shortfall (finding 4), a sale below the debt
 * (finding 5), the gross debt service beside a revolver's drawings (finding 11) and no "PIK, 0 €"
 * (finding 17), in English and French.
 */
class Review28Test {

  private static final String GROWTH = "growth: [\"3%\", \"3%\", \"2.5%\", \"2.5%\", \"2%\"]";
  private static final String PIK = "      pik: \"5%\"";
  private static final String RESERVE = "baseYearReserve: 430000 ";

  /** @return the bundled secondary LBO with {@code from} (which it must contain) replaced */
  private static Deal with(String from, String to) throws Exception {
    String yaml = Files.readString(ReportFixtures.EXAMPLES.resolve(
        "decolletage-secondary-lbo.yaml"), StandardCharsets.UTF_8);
    assertThat(yaml).contains(from);
    return DealReader.parse(yaml.replace(from, to), "variant.yaml");
  }

  /** A payment default from 2028: sales −8 % and −4 %, then +3 %. */
  private static Deal inDefault() throws Exception {
    return with(GROWTH, "growth: [\"-8%\", \"-4%\", \"3%\", \"3%\", \"3%\"]");
  }

  private static String report(Deal deal, Lang lang) {
    return text(HtmlReport.render(deal, new ReportOptions(lang,
        ReportOptions.Audience.WORKS_COUNCIL, null)));
  }

  /** @return the text of an HTML page, tags dropped and spaces folded */
  private static String text(String html) {
    return html.replaceAll("</?t[dhr][^>]*>", " ").replaceAll("<[^>]+>", "")
        .replace("&#39;", "'").replace('\u00A0', ' ').replace('\u202F', ' ')
        .replaceAll("\\s+", " ");
  }

  /** @return an amount as the report prints it, with plain spaces */
  private static String like(Lang lang, double v, double reference) {
    return new Fmt(lang).amountLike(v, reference).replace('\u00A0', ' ').replace('\u202F', ' ');
  }

  private static String amount(Lang lang, double v) {
    return new Fmt(lang).amount(v).replace('\u00A0', ' ').replace('\u202F', ' ');
  }

  /**
   * Finding 1: without PIK, the cash fell and the bridge subtracts it: principal repaid − fall in
   * cash = the fall in net debt; the sentence said "and the fall in cash", a sum.
   */
  @Test
  void withoutPikTheFallInCashIsSubtracted() throws Exception {
    Deal deal = with(PIK + "                  # capitalised interest, paid at exit\n", "");
    DealResult r = LboEngine.DEFAULT.run(deal);
    Context c = new Context(deal, r, Lang.EN, "", "");
    double[] b = Figures.deleveragingBridge(r, c.who.deleveraging());
    assertThat(b[2]).isZero();
    assertThat(b[3]).isPositive(); // the cash fell
    assertThat(b[0] - b[3]).isCloseTo(c.who.deleveraging(), within(1e-6));
    // the bridge's terms in the unit of the principal repaid (review 26, F4)
    assertThat(report(deal, Lang.EN)).contains("It is the principal repaid, "
        + amount(Lang.EN, b[0]) + ", less the fall in cash, " + like(Lang.EN, b[3], b[0]) + ".")
        .doesNotContain("and the fall in cash");
    assertThat(report(deal, Lang.FR)).contains("Elle est égale au capital remboursé, "
        + amount(Lang.FR, b[0]) + ", moins la baisse de la trésorerie, " + like(Lang.FR, b[3], b[0])
        + ".").doesNotContain("et la baisse de la trésorerie");
  }

  /**
   * Finding 1 (and 13): the bridge is said with a revolver drawn (sales −12 % in 2026: 6.8 − 3.0
   * − 1.5 − 1.0 = 1.3 M€) and with the employees' blocked accounts, whose rise lowers the fall in
   * net debt; it was left out in both cases.
   */
  @Test
  void theBridgeNamesTheRevolverAndTheBlockedAccounts() throws Exception {
    Deal drawn = with(GROWTH, "growth: [\"-12%\", \"10%\", \"5%\", \"3%\", \"2%\"]");
    assertThat(report(drawn, Lang.EN)).contains("It is the principal repaid, 6.8 M€, less the"
        + " drawings on the revolver, 3.0 M€, less the interest capitalised (PIK), 1.5 M€, less"
        + " the fall in cash, 1.0 M€.");
    assertThat(report(drawn, Lang.FR)).contains("Elle est égale au capital remboursé, 6,8 M€,"
        + " moins les tirages sur la ligne de crédit, 3,0 M€, moins les intérêts capitalisés"
        + " (PIK), 1,5 M€, moins la baisse de la trésorerie, 1,0 M€.");
    Deal blocked = with(RESERVE, "baseYearReserve: 430000\n  blockedAccounts: {years: 5, rate:"
        + " \"3%\", opening: [300000, 200000]} ");
    DealResult r = LboEngine.DEFAULT.run(blocked);
    Context c = new Context(blocked, r, Lang.EN, "", "");
    double[] b = Figures.deleveragingBridge(r, c.who.deleveraging());
    assertThat(b[4]).isPositive(); // the accounts rose
    assertThat(report(blocked, Lang.EN)).contains(", less the rise in the employees' blocked"
        + " participation accounts, " + amount(Lang.EN, b[4]) + ".");
    assertThat(report(blocked, Lang.FR)).contains(", moins la hausse des comptes courants"
        + " bloqués de participation des salariés, " + amount(Lang.FR, b[4]) + ".");
  }

  /**
   * Findings 2 and 11: in a payment default the financing cost counts the unpaid interest
   * capitalised, as the bridge subtracts it; with the revolver drawn the interest and principal
   * are said gross, not as parts of a smaller net total.
   */
  @Test
  void theFinancingCostCountsTheUnpaidInterestAndNoPartExceedsItsWhole() throws Exception {
    Deal deal = inDefault();
    DealResult r = LboEngine.DEFAULT.run(deal);
    Context c = new Context(deal, r, Lang.EN, "", "");
    double[] split = Figures.debtServiceSplit(r);
    double[] capitalised = new double[2]; // PIK, unpaid interest capitalised
    for (org.reprise.engine.TrancheSchedule d : r.debt()) {
      for (int t = 0; t < r.exitYearIndex(); t++) {
        capitalised[0] += d.pik()[t];
        capitalised[1] += d.unpaidInterest()[t];
      }
    }
    assertThat(capitalised[1]).isGreaterThan(1_000_000.0);
    double cost = split[0] + capitalised[0] + capitalised[1];
    String en = report(deal, Lang.EN);
    assertThat(en).contains("the interest capitalised, PIK and unpaid ("
        + amount(Lang.EN, capitalised[0] + capitalised[1]) + ", of which "
        + amount(Lang.EN, capitalised[1]) + " is interest left unpaid in the payment default and"
        + " added to the debt): " + amount(Lang.EN, cost) + ",");
    assertThat(report(deal, Lang.FR)).contains("des intérêts capitalisés, PIK et impayés ("
        + amount(Lang.FR, capitalised[0] + capitalised[1]) + ", dont "
        + amount(Lang.FR, capitalised[1]) + " d'intérêts restés impayés lors du défaut de paiement"
        + " et ajoutés à la dette) : " + amount(Lang.FR, cost) + ",");
    assertThat(c.who.revolverDrawn()).isPositive();
    assertThat(split[0] + split[1]).isGreaterThan(c.who.cashExtracted());
    assertThat(en).doesNotContain("Of this, " + amount(Lang.EN, split[0]))
        .contains("That total is net of the " + amount(Lang.EN, c.who.revolverDrawn())
            + " the revolver lent the company: gross, it pays " + amount(Lang.EN, split[0])
            + " of interest and fees and repays " + amount(Lang.EN, split[1]) + " of principal, "
            + amount(Lang.EN, c.who.debtServicePaid()) + " in all.");
    assertThat(report(deal, Lang.FR)).doesNotContain("Sur ce montant, "
        + amount(Lang.FR, split[0])).contains("Ce total est net des "
        + amount(Lang.FR, c.who.revolverDrawn()) + " que la ligne de crédit renouvelable a"
        + " prêtés à l'entreprise : en brut, elle paie " + amount(Lang.FR, split[0]));
  }

  /**
   * Finding 5: a sale below the debt is not an equity "worth −5.2 M€" after "repaying" the debt:
   * the lenders lose what the exit waterfall leaves unpaid, in the sale section and in the stress
   * section.
   */
  @Test
  void aSaleBelowTheDebtSaysWhatTheLendersLose() throws Exception {
    Deal deal = inDefault();
    DealResult r = LboEngine.DEFAULT.run(deal);
    assertThat(r.exit().equityValue()).isNegative();
    assertThat(r.exitShortfall()).isCloseTo(-r.exit().equityValue(), within(1.0));
    String en = report(deal, Lang.EN);
    assertThat(en).contains("falls short of the net debt of " + amount(Lang.EN,
        r.exit().netDebt()) + " by " + amount(Lang.EN, -r.exit().equityValue())
        + ": the sale does not cover the debt, the lenders lose "
        + amount(Lang.EN, r.exitShortfall()) + ", and the shareholders (quasi-equity and shares)"
        + " get nothing.", "At the sale, in the plan, the price would not cover the debt: the"
        + " lenders would lose " + amount(Lang.EN, r.exitShortfall()))
        .doesNotContain("worth −", "After repaying the net debt");
    String fr = report(deal, Lang.FR);
    assertThat(fr).contains("ce prix est inférieur à la dette nette de " + amount(Lang.FR,
        r.exit().netDebt()) + ", de " + amount(Lang.FR, -r.exit().equityValue())
        + " : la vente ne couvre pas la dette, les prêteurs perdent "
        + amount(Lang.FR, r.exitShortfall()), "À la revente, dans le plan, le prix ne couvrirait"
        + " pas la dette : les prêteurs perdraient " + amount(Lang.FR, r.exitShortfall()))
        .doesNotContain("valent −", "vaudraient −", "Après remboursement de la dette nette");
  }

  /**
   * Findings 4 and 17: the SCOP d'amorçage's 991 k€ of shortfall in the crisis (573 k€ before
   * it paid the 2025 reserve in cash in 2026, §13 item 34) is below the 1.0 M€ minimum cash,
   * which could have paid all of it (the status quo's 66 k€ went with its crisis-year payout);
   * the secondary LBO's default
   * is larger, part of it. A deal without PIK does not print "(PIK, 0 €)".
   */
  @Test
  void theMinimumCashCouldHavePaidAllOrPartOfTheShortfall() throws Exception {
    List<Scenario> scenarios = ScenarioReader.read(ReportFixtures.EXAMPLES.resolve(
        "decolletage-scenarios.yaml"));
    String fr = text(HtmlReport.render(scenarios, new ReportOptions(Lang.FR,
        ReportOptions.Audience.WORKS_COUNCIL, null)));
    // the status quo no longer defaults in the crisis: it pays its owners nothing in a year
    // whose cash flow does not cover its debt service (review 26, W2; methodology §12)
    assertThat(fr).contains("991 k€ d'échéances resteraient impayées en"
        + " tout (la trésorerie minimale aurait pu toutes les payer")
        .doesNotContain("66 k€ d'échéances", "PIK, 0 €");
    String en = text(HtmlReport.render(scenarios, new ReportOptions(Lang.EN,
        ReportOptions.Audience.WORKS_COUNCIL, null)));
    assertThat(en).contains("991 k€ of debt service would be left unpaid in all (the minimum cash"
        + " could have paid all of it: the default comes from the model's rule of keeping that"
        + " cash, not from an inability to pay)").doesNotContain("PIK, 0 €");
    Deal deal = inDefault();
    assertThat(report(deal, Lang.EN)).contains("(the minimum cash could have paid part of it)")
        .doesNotContain("could have paid all of it");
    assertThat(report(deal, Lang.FR)).contains("(la trésorerie minimale aurait pu en payer une"
        + " partie)");
  }
}
