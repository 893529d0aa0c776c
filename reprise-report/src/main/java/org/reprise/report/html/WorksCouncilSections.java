package org.reprise.report.html;

import static org.reprise.report.html.Context.Kind.AMOUNT;
import static org.reprise.report.html.Context.Kind.EUROS;
import static org.reprise.report.html.Context.Kind.MONEY;
import static org.reprise.report.html.Context.Kind.PEOPLE;
import static org.reprise.report.html.Context.Kind.PERCENT;
import static org.reprise.report.html.Context.Kind.RATIO;
import static org.reprise.report.html.Context.Kind.TIMES;

import java.util.ArrayList;
import java.util.List;
import org.reprise.engine.DealResult;
import org.reprise.engine.DebtAfterHorizon;
import org.reprise.engine.LboEngine;
import org.reprise.engine.SourcesAndUses;
import org.reprise.engine.TrancheSchedule;
import org.reprise.engine.YearTable;
import org.reprise.model.Covenants;
import org.reprise.model.Deal;
import org.reprise.model.DealException;
import org.reprise.model.EquityClass;
import org.reprise.model.Tranche;

/**
 * The sections of the works-council report (a works council is consulted when its company is sold
 * and may be assisted by an accountant): the buyer's financing plan in plain words, what the
 * company will pay up each year against its past, the participation at stake, the stress case and
 * the questions to put to the buyer.
 */
final class WorksCouncilSections {

  /** The borrower of a loan taken by the holding ({@code TrancheSchedule.borrower}). */
  private static final String HOLDING = "holding";

  private final Context c;
  private final DealResult r;
  private final YearTable y;
  private final Double pastDividends;
  /** The stress case's result, or {@code null} when the engine refused it. */
  final DealResult stress;
  /** Why the stress case could not be computed, or {@code null}. */
  final String stressError;

  WorksCouncilSections(Context c, Double pastDividends) {
    this.c = c;
    this.r = c.result;
    this.y = c.result.years();
    this.pastDividends = pastDividends;
    DealResult s = null;
    String error = null;
    try {
      s = LboEngine.DEFAULT.run(StressCase.of(c.deal));
    } catch (DealException | IllegalStateException e) {
      error = e.getMessage();
    }
    stress = s;
    stressError = error;
  }

  private String open(String name, String titleKey) {
    return "<section id=\"" + c.id + name + "\" class=\"" + name + "\"><h2>" + c.t(titleKey)
        + "</h2>";
  }

  /**
   * The status quo's owners and payout, instead of what buyers put in (review 26, M7): the current
   * owners keep their shares and the existing debt stays; the payout is the file's assumption, on
   * which every comparison with the scenario rests, so it is stated with its total.
   */
  private String statusQuoOwners() {
    double existing = 0;
    for (TrancheSchedule ts : r.debt()) {
      existing += ts.initialAmount();
    }
    SourcesAndUses s = r.sourcesAndUses();
    Texts.Raw shares =
        c.span(s.equityPurchasePrice(), MONEY, "/sourcesAndUses/equityPurchasePrice");
    StringBuilder b = new StringBuilder("<p>");
    b.append(existing >= Context.HALF_EURO
        ? c.t("plan.sourcesStatusQuo", shares, c.span(existing, MONEY, null))
        : c.t("plan.sourcesStatusQuoNoDebt", shares));
    double paid = 0;
    int hold = c.hold();
    for (int t = 0; t < hold; t++) {
      paid += r.years().distributions[t];
    }
    double cover = c.deal.financing().paymentConditions().minDebtServiceCover();
    b.append(' ').append(c.t(Double.isNaN(cover) ? "plan.payoutStatusQuo"
            : "plan.payoutStatusQuoCover",
        c.span(c.deal.financing().distributionShare(), PERCENT, null),
        c.span(paid, MONEY, null), (r.baseYear() + 1) + "–" + (r.baseYear() + hold),
        c.span(cover, RATIO, null)));
    return b.append("</p>").toString();
  }

  /** The buyer's financing plan in plain words. */
  String plan() {
    SourcesAndUses s = r.sourcesAndUses();
    Deal d = c.deal;
    StringBuilder b = new StringBuilder(open("plan", c.titleKey("plan.title")));
    if (c.statusQuo()) {
      // nobody buys: the value is the buyers' price, kept only to measure the owners' returns
      b.append("<p>").append(c.t("plan.statusQuo",
              c.span(s.entryEnterpriseValue(), MONEY, "/sourcesAndUses/entryEnterpriseValue")))
          .append("</p>");
    } else {
      b.append("<p>").append(c.t("plan.price",
          c.span(s.entryEnterpriseValue(), MONEY, "/sourcesAndUses/entryEnterpriseValue"),
          c.span(s.entryMultiple(), TIMES, "/sourcesAndUses/entryMultiple"),
          String.valueOf(r.baseYear()),
          c.span(s.totalUses(), MONEY, "/sourcesAndUses/totalUses"))).append("</p>");
    }
    double equity = 0;
    double quasi = 0;
    List<String> holders = new ArrayList<>();
    List<EquityClass> classes = d.financing().equity();
    for (int i = 0; i < classes.size(); i++) {
      double amount = s.sources().get(i).amount();
      if (classes.get(i).kind() == EquityClass.Kind.ORDINARY) {
        equity += amount;
      } else {
        quasi += amount;
      }
      if (!holders.contains(c.name(classes.get(i).holder()))) {
        holders.add(c.name(classes.get(i).holder()));
      }
    }
    double debt = s.totalSources() - equity - quasi;
    if (c.statusQuo()) {
      b.append(statusQuoOwners());
    } else if (quasi > 0.5) {
      b.append("<p>").append(c.t("plan.sourcesQuasi",
          c.span(equity + quasi, MONEY, null),
          c.span((equity + quasi) / s.totalSources(), PERCENT, null),
          String.join(", ", holders), c.span(equity, MONEY, null), c.span(quasi, MONEY, null),
          c.span(debt, MONEY, null), c.span(debt / s.totalSources(), PERCENT, null)))
          .append("</p>");
    } else {
      b.append("<p>").append(c.t("plan.sources",
          c.span(equity, MONEY, null), c.span(equity / s.totalSources(), PERCENT, null),
          String.join(", ", holders), c.span(debt, MONEY, null),
          c.span(debt / s.totalSources(), PERCENT, null))).append("</p>");
    }
    if (!d.financing().debt().isEmpty()) {
      b.append("<ul class=\"tranches\">");
      for (int i = 0; i < d.financing().debt().size(); i++) {
        Tranche tr = d.financing().debt().get(i);
        TrancheSchedule ts = r.debt().get(i);
        if (tr.isRevolver()) {
          // a credit line: its size first, then what was drawn at the closing (review 26, F3)
          b.append("<li>").append(c.t("plan.trancheRevolver", c.name(tr.name()),
              c.name(tr.lender()), c.span(tr.limit(), MONEY, null), Texts.raw(rate(tr)),
              c.span(ts.initialAmount(), MONEY,
                  Html.pointer("debtSchedules", i, "initialAmount")))).append("</li>");
          continue;
        }
        if (tr.drawnLater()) {
          // a dividend recapitalisation: nothing at the closing, its draw said (review 32, W2)
          String year = String.valueOf(r.years().year[ts.drawnYear() - 1]);
          b.append("<li>").append(ts.drawnAmount() > 0.0
              ? c.t("plan.trancheRecap", c.name(tr.name()), c.name(tr.lender()),
                  c.span(ts.drawnAmount(), MONEY, Html.pointer("debtSchedules", i, "drawnAmount")),
                  year, Texts.raw(rate(tr)), Texts.raw(repayment(tr, ts)))
              : c.t("plan.trancheRecapNotDrawn", c.name(tr.name()), c.name(tr.lender()), year))
              .append("</li>");
          continue;
        }
        b.append("<li>").append(c.t("plan.tranche", c.name(tr.name()), c.name(tr.lender()),
            c.span(ts.initialAmount(), MONEY, Html.pointer("debtSchedules", i, "initialAmount")),
            Texts.raw(rate(tr)),
            Texts.raw(repayment(tr, ts)))).append("</li>");
      }
      b.append("</ul>");
    }
    b.append(quasiEquity());
    b.append("<p>").append(borrowers()).append("</p>");
    b.append(employment());
    double interest = 0;
    double principal = 0;
    for (TrancheSchedule t : r.debt()) {
      for (int k = 0; k < c.hold(); k++) {
        interest += t.cashInterest()[k] + t.commitmentFee()[k] - t.unpaidInterest()[k];
        principal += t.mandatory()[k] + t.sweep()[k];
      }
    }
    double drawn = c.who.revolverDrawn();
    b.append("<p>");
    if (r.exit().debt() < DebtAfterHorizon.NOTHING) {
      b.append(c.t("plan.serviceRepaid", String.valueOf(c.hold()),
          c.span(interest, MONEY, null), c.span(principal, MONEY, null),
          String.valueOf(r.exit().year())));
    } else if (c.notResold()) {
      // nobody sells: the debt left falls due after the plan, on its own terms (methodology §7)
      b.append(c.t("plan.service" + c.notResoldSuffix(), String.valueOf(c.hold()),
          c.span(interest, MONEY, null), c.span(principal, MONEY, null),
          c.span(r.exit().debt(), MONEY, "/exit/debt"), String.valueOf(r.exit().year()),
          Texts.raw(c.duesAfterHorizon())));
    } else {
      b.append(c.t("plan.service", String.valueOf(c.hold()),
          c.span(interest, MONEY, null), c.span(principal, MONEY, null),
          c.span(r.exit().debt(), MONEY, "/exit/debt"), String.valueOf(r.exit().year())));
    }
    if (drawn > 0.5) {
      // repayments are gross: what the revolver lent over the plan is said apart
      b.append(' ').append(c.t("plan.drawn", c.span(drawn, MONEY, null)));
    }
    b.append(blockedAccountsAtClosing());
    b.append(blockedAccountsOwed());
    b.append("</p>");
    return b.append("</section>").toString();
  }

  /**
   * @return the headcount and the growth of the personnel costs per employee that the deal file
   *     assumes, from the base year to the last year of the plan, said as assumptions of the plan
   *     and not as the buyer's commitments (review 26, X5); "" without employees
   */
  private String employment() {
    int x = c.hold() - 1;
    double before = c.deal.company().headcount();
    double after = y.headcount[x];
    double growth = Figures.personnelCostGrowth(c.deal, r);
    if (!(before > 0) || !(after > 0) || Double.isNaN(growth)) {
      return "";
    }
    // the status quo has no buyer, and the buyers of a SCOP are its employees
    boolean buyer = !c.statusQuo() && !c.deal.isCooperative();
    return "<p>" + c.t(buyer ? "plan.employment" : "plan.employmentOwners",
        c.span(before, PEOPLE, null), String.valueOf(r.baseYear()),
        c.span(after, PEOPLE, Html.pointer("years", x, "headcount")), String.valueOf(y.year[x]),
        c.span(growth, PERCENT, null)) + "</p>";
  }

  /**
   * @return when the company already holds blocked participation accounts at the closing ({@code
   *     participation.blockedAccounts.opening}), what it owes its employees then, that the buyer
   *     deducts it from the price, and the years in which the company pays it out of its cash
   *     (methodology §3, §5.8): from the first year an amount falls due (year 1 with early
   *     releases) to the last; "" when they start empty
   */
  private String blockedAccountsAtClosing() {
    double held = r.sourcesAndUses().blockedAccountsAtClosing();
    if (!(held > 0.0)) {
      return "";
    }
    List<Double> opening = c.deal.participation().blockedOpening();
    int first = 0;
    int last = 0;
    for (int j = opening.size(); j >= 1; j--) {
      if (opening.get(j - 1) > 0.0) {
        first = j;
        last = Math.max(last, j);
      }
    }
    if (c.deal.participation().blockedEarlyRelease() > 0.0) {
      first = 1;
    }
    return " " + c.t("plan.blockedAtClosing",
        c.span(held, MONEY, "/sourcesAndUses/blockedAccountsAtClosing"),
        String.valueOf(r.baseYear() + first), String.valueOf(r.baseYear() + last));
  }

  /**
   * @return for a company that is not sold, what its blocked participation accounts still owe the
   *     employees at the end of the plan and what is paid out each year after it (each year's
   *     credit, released by the end of its blocking period, earlier with early releases,
   *     methodology §5.8; review 23, finding 6); "" when they hold nothing
   */
  private String blockedAccountsOwed() {
    List<DebtAfterHorizon.Due> due = DebtAfterHorizon.blockedAccounts(c.deal, r);
    if (!c.notResold() || due.isEmpty()) {
      return "";
    }
    List<String> years = new ArrayList<>();
    for (DebtAfterHorizon.Due d : due) {
      years.add(c.t("after.due", c.span(d.amount(), MONEY, null), String.valueOf(d.year())));
    }
    return " " + c.t("plan.blockedAfterHorizon",
        c.span(r.exit().blockedAccounts(), MONEY, "/exit/blockedAccounts"),
        String.valueOf(due.get(0).year()), String.valueOf(due.get(due.size() - 1).year()),
        Texts.raw(c.list(years)));
  }

  /**
   * @return a loan's rate of the first year: for a floating rate, the margin over the base rate
   *     and the rate it makes that year ({@code cashRate − max(baseRate, floor)}, Tranche); with
   *     interest capitalised (PIK), the cash and PIK rates and their sum (review 26, M13)
   */
  private String rate(Tranche tr) {
    String cash = c.fmt.percent(tr.cashRate()[0], 2);
    if (tr.floating()) {
      double margin = tr.cashRate()[0] - Math.max(tr.baseRate()[0], tr.floor());
      cash = c.t("plan.rateFloating", c.fmt.percent(margin, 2), cash,
          String.valueOf(r.baseYear() + 1));
    }
    if (tr.pikRate().length > 0 && tr.pikRate()[0] > 0) {
      return c.t("plan.ratePik", Texts.raw(cash), c.fmt.percent(tr.pikRate()[0], 2),
          c.fmt.percent(tr.cashRate()[0] + tr.pikRate()[0], 2));
    }
    return Html.esc(cash);
  }

  /**
   * @return the quasi-equity (shareholder loans, preferred shares) with its coupon, capitalised
   *     and paid before the ordinary shares, and what the exit waterfall owes it (review 26, M13);
   *     "" when there is none
   */
  private String quasiEquity() {
    List<EquityClass> classes = c.deal.financing().equity();
    List<org.reprise.engine.ExitResult.WaterfallLine> lines = r.exit().waterfall();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < classes.size(); i++) {
      EquityClass e = classes.get(i);
      if (e.kind() == EquityClass.Kind.ORDINARY || c.deal.isCooperative()) {
        continue;
      }
      for (int k = r.debt().size(); k < lines.size(); k++) {
        if (lines.get(k).name().equals(e.name())) {
          b.append("<li>").append(c.t("plan.quasiClass", c.name(e.name()), c.name(e.holder()),
              c.span(r.sourcesAndUses().sources().get(i).amount(), MONEY, null),
              c.fmt.percent(e.coupon(), 2),
              c.span(lines.get(k).claim(), MONEY, Html.pointer("exit", "waterfall", k, "claim")),
              String.valueOf(r.exit().year()))).append("</li>");
        }
      }
    }
    return b.length() == 0 ? ""
        : "<p>" + c.t("plan.quasiLead") + "</p><ul class=\"tranches\">" + b + "</ul>";
  }

  /**
   * @return who borrows: the company itself, or a holding created for the purchase, naming the
   *     loans the company borrows itself (a revolver, say) when the holding borrows the others
   */
  private String borrowers() {
    if (!c.deal.structure().hasHolding()) {
      return c.t("plan.pushdown");
    }
    List<String> own = new ArrayList<>();
    for (TrancheSchedule ts : r.debt()) {
      if (!HOLDING.equals(ts.borrower())) {
        own.add(c.name(ts.name()));
      }
    }
    if (own.size() == r.debt().size()) {
      return c.t("plan.pushdown");
    }
    double borrowed = 0; // what the holding borrows at closing
    for (TrancheSchedule ts : r.debt()) {
      if (HOLDING.equals(ts.borrower())) {
        borrowed += ts.initialAmount();
      }
    }
    // legally the holding borrows (the company may not finance the purchase of its own shares);
    // economically the company's cash repays it (review 26, W6)
    return own.isEmpty() ? c.t("plan.holding", c.span(borrowed, MONEY, null))
        : c.t("plan.holdingExcept", String.join(", ", own), c.span(borrowed, MONEY, null));
  }

  /**
   * @return how a loan is repaid; for a loan without a maturity, the share of it repaid by the
   *     exit, scheduled and swept ({@code mandatory} + {@code sweep} of its schedule over the
   *     holding period, over the amount at closing), the rest at the exit
   */
  private String repayment(Tranche tr, TrancheSchedule ts) {
    int base = r.baseYear();
    boolean amortising = false;
    int end = tr.maturity() > 0 ? tr.maturity() : tr.repayment().length;
    for (int t = 0; t < Math.min(end - 1, tr.repayment().length); t++) {
      amortising |= tr.repayment()[t] > 0;
    }
    if (tr.maturity() <= 0) {
      double repaid = 0; // repaid within the holding period, on schedule or swept
      for (int t = 0; t < c.hold(); t++) {
        repaid += ts.mandatory()[t] + ts.sweep()[t];
      }
      double share = ts.initialAmount() > 0 ? repaid / ts.initialAmount() : 0;
      // a cooperative or the status quo is not sold: what is left is still owed at the end of
      // the plan (§5.10), and falls due on the loan's own terms when the file gives them (§7)
      String suffix = c.notResoldSuffix();
      if (share > 0) {
        return c.t("plan.amortisingPartly" + suffix, c.fmt.percent(share, 0),
            String.valueOf(r.exit().year()));
      }
      if (c.notResold() && tr.term() > 0) {
        boolean instalments = false; // before its final maturity, after the horizon included
        for (int t = 0; t < tr.term() - 1; t++) {
          instalments |= tr.fullRepayment()[t] > 0;
        }
        return c.t(instalments ? "plan.amortisingAfter" : "plan.bulletAfter",
            String.valueOf(base + tr.term()));
      }
      return c.t("plan.afterHorizon" + suffix);
    }
    return c.t(amortising ? "plan.amortising" : "plan.bullet",
        String.valueOf(base + tr.maturity()));
  }

  /** What the company pays up each year, against its past cash flow and dividends. */
  String upstream() {
    int hold = c.hold();
    StringBuilder b = new StringBuilder(open("upstream", "up.title"));
    double base = Figures.baseCashFlow(c.deal);
    double average = Figures.averageCashExtracted(r);
    b.append("<p>").append(c.t("up.lead", c.span(average, MONEY, null),
        String.valueOf(r.baseYear()), Texts.raw(baseCashFlowName(c)), c.span(base, MONEY, null),
        Texts.raw(baseCashFlowFormula())));
    double drawn = c.who.revolverDrawn();
    if (drawn > 0.5) {
      // the average is net of what the revolver lent (methodology §10): say so
      b.append(' ').append(c.t("up.netOfRevolver", c.span(drawn, MONEY, null)));
    }
    if (c.who.taxKeptByHolding() > Context.HALF_EURO) {
      // the base year is taxed stand-alone, the plan in a tax group: the saving the plan counts
      // is most of the gap, and the buyer will say so (review 26, M10)
      b.append(' ').append(c.t("up.taxSaving",
          c.span(c.who.taxKeptByHolding() / hold, MONEY, null), String.valueOf(r.baseYear())));
    }
    b.append("</p>");
    if (pastDividends != null) {
      b.append("<p>").append(c.t("up.dividends", String.valueOf(r.baseYear()),
          c.span(pastDividends, MONEY, null))).append("</p>");
    } else {
      b.append("<p class=\"note\">").append(c.t("up.noDividends")).append("</p>");
    }
    // the base year has its own column: its estimate is not repeated under the plan's years, where
    // it read as a forecast (review 26, M10)
    String head = c.yearHead(hold);
    int unitEnd = head.indexOf("</th>") + "</th>".length();
    b.append("<div class=\"scroll\"><table class=\"years\">").append(head, 0, unitEnd)
        .append("<th scope=\"col\" class=\"base\">")
        .append(c.t("up.baseYear", String.valueOf(r.baseYear()))).append("</th>")
        .append(head.substring(unitEnd)).append("<tbody>");
    StringBuilder rows = new StringBuilder();
    rows.append(c.yearRow(c.t("ops.fcf"), java.util.Arrays.copyOf(y.freeCashFlow, hold), AMOUNT,
        "/freeCashFlow", null));
    double[] service = new double[hold];
    double[] extracted = new double[hold];
    double[] payout = new double[hold];
    for (int t = 0; t < hold; t++) {
      service[t] = Figures.debtService(r, t);
      extracted[t] = Figures.cashExtracted(r, t);
      payout[t] = y.opcoNetIncome[t] > 0 ? y.dividendsUpstream[t] / y.opcoNetIncome[t]
          : Double.NaN;
    }
    rows.append(c.yearRow(c.t("up.service"), service, AMOUNT, null, null));
    rows.append(c.yearRow(c.useLabel("distributions"),
        java.util.Arrays.copyOf(y.distributions, hold), AMOUNT, "/distributions", null));
    if (c.who.buybacks() > 0.5) {
      rows.append(c.yearRow(c.t("cash.buybacks"), java.util.Arrays.copyOf(y.buybacks, hold),
          AMOUNT, "/buybacks", null));
    }
    rows.append(c.yearRow(c.t("up.extracted"), extracted, AMOUNT, null, "total"));
    if (c.deal.structure().hasHolding()) {
      rows.append(c.yearRow(c.t("up.dividendsUp"),
          java.util.Arrays.copyOf(y.dividendsUpstream, hold), AMOUNT, "/dividendsUpstream", null));
      // the share of its own net income the company sends up (review 26, X4)
      rows.append(c.yearRow(c.t("up.payoutRatio"), payout, PERCENT, null, "sub"));
      rows.append(c.yearRow(c.t("up.advances"), java.util.Arrays.copyOf(y.upstreamAdvances, hold),
          AMOUNT, "/upstreamAdvances", null));
      if (c.deal.structure().taxGroup() && c.who.taxPaidToHolding() > Context.HALF_EURO) {
        // the income tax the company pays its holding, and what the holding keeps of it (the
        // tax saving), as WhoPays sums them (review 26, W5)
        double[] kept = new double[hold];
        for (int t = 0; t < hold; t++) {
          kept[t] = y.opcoIncomeTax[t] - y.incomeTax[t];
        }
        rows.append(c.yearRow(c.t("up.taxUp"), java.util.Arrays.copyOf(y.opcoIncomeTax, hold),
            AMOUNT, "/opcoIncomeTax", null));
        rows.append(c.yearRow(c.t("up.taxKept"), kept, AMOUNT, null, "sub"));
      }
    }
    // every plan row has nothing in the base year's column
    b.append(rows.toString().replace("</th>", "</th><td class=\"n\"></td>"));
    b.append("<tr class=\"sub\"><th scope=\"row\">")
        .append(c.t("up.base", String.valueOf(r.baseYear()))).append("</th>")
        .append(c.cell(base, AMOUNT, null));
    for (int t = 0; t < hold; t++) {
      b.append("<td class=\"n\"></td>");
    }
    b.append("</tr></tbody></table></div>");
    return b.append("</section>").toString();
  }

  /**
   * @return what the base year's cash flow is: before financing, and after the participation when
   *     the deal gives it
   */
  static String baseCashFlowName(Context c) {
    return c.t(Figures.baseParticipationPaid(c.deal) > 0 ? "up.cashFlowParticipation"
        : "up.cashFlow");
  }

  /** @return how the base year's cash flow is estimated, with the participation paid if any */
  private String baseCashFlowFormula() {
    double paid = Figures.baseParticipationPaid(c.deal);
    if (paid <= 0) {
      return c.t("up.formula");
    }
    String year = String.valueOf(r.baseYear());
    return c.t("up.formulaParticipation", c.span(paid, MONEY, null), year,
        String.valueOf(r.baseYear() - 1));
  }

  /** The participation at stake. */
  String participation() {
    StringBuilder b = new StringBuilder(open("participation", "part.title"));
    if (!c.deal.participation().applies()) {
      return b.append("<p>").append(c.t("who.participation.none")).append("</p></section>")
          .toString();
    }
    int hold = c.hold();
    double average = c.who.participationTotal() / hold;
    double past = c.deal.participation().baseYearReserve();
    b.append("<p>").append(c.t("part.lead",
        c.span(c.who.participationTotal(), MONEY, "/whoPays/participationTotal"),
        String.valueOf(hold), c.span(average, MONEY, null),
        c.span(c.who.participationPerEmployee(), EUROS, "/whoPays/participationPerEmployee")));
    String work = c.workShareSentence();
    if (!work.isEmpty()) {
      b.append(' ').append(work);
    }
    b.append("</p>");
    if (past > 0) {
      b.append("<p>").append(c.t("part.past", String.valueOf(r.baseYear()),
          c.span(past, MONEY, null))).append("</p>");
    }
    b.append("<p>").append(c.t(c.statusQuo() ? "part.statusQuo"
        : c.deal.structure().hasHolding() ? "part.holding" : "part.pushdown")).append("</p>");
    b.append("<div class=\"scroll\"><table class=\"years\">").append(c.yearHead(hold))
        .append("<tbody>");
    b.append(c.yearRow(c.t("part.plan"), java.util.Arrays.copyOf(y.participation, hold), AMOUNT,
        "/participation", null));
    if (stress != null) {
      b.append(c.yearRow(c.t("part.stress"),
          java.util.Arrays.copyOf(stress.years().participation, hold), AMOUNT, null, "sub"));
    }
    if (c.deal.isCooperative()) {
      b.append(c.yearRow(c.t("part.workShare"), java.util.Arrays.copyOf(y.workShare, hold),
          AMOUNT, "/workShare", null));
      if (stress != null) {
        b.append(c.yearRow(c.t("part.workShareStress"),
            java.util.Arrays.copyOf(stress.years().workShare, hold), AMOUNT, null, "sub"));
      }
    }
    b.append("</tbody></table></div>");
    return b.append("</section>").toString();
  }

  /** The stress case: the plan against a fall in sales. */
  String stress() {
    int hold = c.hold();
    int k = StressCase.shockYear(c.deal);
    StringBuilder b = new StringBuilder(open("stress", "stress.title"));
    b.append("<p>").append(c.t("stress.lead", c.fmt.percent(StressCase.FALL, 0),
        String.valueOf(r.baseYear() + k), c.fmt.percent(StressCase.FALL * 2 / 3, 0),
        String.valueOf(r.baseYear() + k + 1), c.fmt.percent(StressCase.FALL / 3, 0),
        String.valueOf(r.baseYear() + k + 2))).append("</p>");
    if (stress == null) {
      return b.append("<p class=\"alert\">").append(c.t("stress.failed", stressError))
          .append("</p></section>").toString();
    }
    YearTable s = stress.years();
    b.append("<p").append(stress.paymentDefault().occurred() ? " class=\"alert\">" : ">");
    if (stress.paymentDefault().occurred()) {
      int year = stress.paymentDefault().year();
      double minimum = Figures.minimumCash(c.deal, stress, year);
      // the shortfall is measured while keeping the minimum cash (§5.4): say so (review 26, W2)
      // the minimum cash could have paid all the shortfall when it is below the smallest
      // minimum of the years in default, part of it otherwise (review 28, finding 4)
      double smallest = minimum;
      for (int y = year; y < r.baseYear() + 1 + hold; y++) {
        smallest = Math.min(smallest, Figures.minimumCash(c.deal, stress, y));
      }
      boolean all = stress.paymentDefault().totalShortfall() <= smallest;
      b.append(minimum >= Context.HALF_EURO
          ? c.t(all ? "stress.defaultAll" : "stress.default", String.valueOf(year),
              c.span(minimum, MONEY, null),
              c.span(stress.paymentDefault().totalShortfall(), MONEY, null))
          : c.t("stress.defaultNoMinimum", String.valueOf(year),
              c.span(stress.paymentDefault().totalShortfall(), MONEY, null)));
    } else {
      b.append(c.t("stress.noDefault"));
    }
    // every year of the crisis in breach, and those the plan itself already breaches
    String breaches = c.inYears(Figures.breachYears(stress));
    if (!breaches.isEmpty()) {
      b.append(' ').append(c.t("stress.breach", Texts.raw(breaches)));
    }
    String planBreaches = c.inYears(Figures.breachYears(r));
    if (!planBreaches.isEmpty()) {
      b.append(' ').append(c.t("stress.planBreach", Texts.raw(planBreaches)));
    }
    b.append("</p>");
    b.append("<div class=\"scroll\"><table class=\"years\">").append(c.yearHead(hold))
        .append("<tbody>");
    row(b, "ops.revenue", y.revenue, s.revenue, AMOUNT, "/revenue");
    row(b, "ops.ebitda", y.ebitda, s.ebitda, AMOUNT, "/ebitda");
    row(b, "ops.fcf", y.freeCashFlow, s.freeCashFlow, AMOUNT, "/freeCashFlow");
    row(b, "debt.net", y.netDebt, s.netDebt, AMOUNT, "/netDebt");
    // ratios set against a covenant: two decimals, and a mark on the years they breach it
    // (review 26, W4)
    // a leverage that cannot be computed (EBITDA ≤ 0) with a net debt breaks the covenant too,
    // though it has no headroom (review 29, L3)
    boolean marked = ratioRows(b, "debt.netLeverage", y.netLeverage, s.netLeverage,
        "/netLeverage", leverageBreaches(y), leverageBreaches(s));
    marked |= ratioRows(b, "debt.dscr", y.debtServiceCover, s.debtServiceCover,
        "/debtServiceCover", coverBreaches(y.debtServiceCoverHeadroom),
        coverBreaches(s.debtServiceCoverHeadroom));
    // the yearly shortfall counts the arrears again; the new shortfall of each year adds up to
    // the total of the sentence (review 26, W3)
    row(b, "stress.shortfall", y.shortfall, s.shortfall, AMOUNT, "/shortfall");
    if (r.paymentDefault().occurred() || stress.paymentDefault().occurred()) {
      double[] plan = new double[hold];
      double[] crisis = new double[hold];
      for (int t = 0; t < hold; t++) {
        plan[t] = r.newShortfall(t);
        crisis[t] = stress.newShortfall(t);
      }
      b.append(c.yearRow(c.t("stress.newShortfall") + " — " + c.t("stress.plan"), plan, AMOUNT,
          null, null));
      b.append(c.yearRow(c.t("stress.newShortfall") + " — " + c.t("stress.case"), crisis,
          AMOUNT, null, "stressed"));
    }
    row(b, "ops.participation", y.participation, s.participation, AMOUNT, "/participation");
    b.append("</tbody></table></div>");
    if (marked) {
      b.append("<p class=\"note\">").append(c.t("stress.breachMark")).append("</p>");
    }
    if (c.deal.isCooperative()) {
      // not sold (§5.10): its value after its net debt stays in its reserves
      b.append("<p>").append(c.t(r.exit().blockedAccounts() != 0.0 ? "stress.exitScopBlocked"
          : "stress.exitScop", String.valueOf(r.exit().year()),
          c.span(r.exit().equityValue(), MONEY, "/exit/equityValue"),
          c.span(stress.exit().equityValue(), MONEY, null))).append(theoretical())
          .append("</p>");
    } else {
      // the status quo and a buyout its owners keep are not sold either: their shares are valued
      // at the horizon (§7)
      b.append("<p>").append(exitValues()).append(theoretical()).append("</p>");
    }
    return b.append("</section>").toString();
  }

  /**
   * @return after years of payment default in the stress case, that its values at the exit are
   *     theoretical: the lenders could have accelerated the debt and taken control, which the
   *     model does not simulate (methodology §5.4, §7; review 26, M12); "" without a default
   */
  private String theoretical() {
    int years = Figures.yearsInDefault(stress);
    if (!stress.paymentDefault().occurred() || years == 0) {
      return "";
    }
    return " " + c.t("stress.theoretical",
        c.t(years == 1 ? "who.yearOne" : "who.yearMany", String.valueOf(years)));
  }

  /**
   * @return the equity's value at the exit in the plan and in the stress case; with quasi-equity
   *     (a shareholder loan, preferred shares), split as each exit waterfall pays it between the
   *     quasi-equity and the ordinary shares, which are worth nothing when the value does not
   *     cover the quasi-equity's claim (review 26, W1)
   */
  private String exitValues() {
    // a price below the debt: no negative "value", but what the lenders lose (review 28,
    // finding 5)
    boolean planBelow = r.exit().equityValue() < -Context.HALF_EURO;
    boolean crisisBelow = stress.exit().equityValue() < -Context.HALF_EURO;
    if (planBelow || crisisBelow) {
      String valued = c.notResold() ? "Valued" : "";
      String plan = planBelow
          ? c.t("stress.exitBelow" + valued,
              c.span(r.exitShortfall(), MONEY, "/paymentDefault/exitShortfall"))
          : c.t("stress.exitPlan" + valued,
              c.span(r.exit().equityValue(), MONEY, "/exit/equityValue"));
      String crisis = crisisBelow
          ? c.t((planBelow ? "stress.exitBelowCaseToo" : "stress.exitBelowCase") + valued,
              c.span(stress.exitShortfall(), MONEY, null))
          : c.t("stress.exitCase", c.span(stress.exit().equityValue(), MONEY, null));
      return plan + ' ' + crisis;
    }
    if (!Figures.hasQuasiEquity(c.deal)) {
      return c.t(c.notResold() ? "stress.exitStatusQuo" : "stress.exit",
          c.span(r.exit().equityValue(), MONEY, "/exit/equityValue"),
          c.span(stress.exit().equityValue(), MONEY, null));
    }
    double[] plan = Figures.exitEquitySplit(c.deal, r);
    double[] crisis = Figures.exitEquitySplit(c.deal, stress);
    String s = c.t(c.notResold() ? "stress.exitQuasiStatusQuo" : "stress.exitQuasi",
        c.span(r.exit().equityValue(), MONEY, "/exit/equityValue"),
        c.span(plan[0], MONEY, null), c.span(plan[1], MONEY, null));
    if (crisis[1] < Context.HALF_EURO && crisis[0] < crisis[2] - Context.HALF_EURO) {
      return s + ' ' + c.t("stress.exitQuasiWiped",
          c.span(stress.exit().equityValue(), MONEY, null), c.span(crisis[2], MONEY, null));
    }
    return s + ' ' + c.t("stress.exitQuasiCase",
        c.span(stress.exit().equityValue(), MONEY, null), c.span(crisis[0], MONEY, null),
        c.span(crisis[1], MONEY, null));
  }

  /**
   * The plan's and the stress case's rows of a ratio set against a covenant, with two decimals (a
   * 0.97× must not print 1.0× against a 1.00× covenant) and {@link #BREACH} after the years whose
   * headroom on that covenant is negative.
   *
   * @return true when some year is marked
   */
  private boolean ratioRows(StringBuilder b, String key, double[] plan, double[] stressed,
      String field, boolean[] planBreaches, boolean[] stressBreaches) {
    int hold = c.hold();
    boolean marked = false;
    StringBuilder p = new StringBuilder("<tr><th scope=\"row\">").append(c.t(key)).append(" — ")
        .append(c.t("stress.plan")).append("</th>");
    StringBuilder q = new StringBuilder("<tr class=\"stressed\"><th scope=\"row\">")
        .append(c.t(key)).append(" — ").append(c.t("stress.case")).append("</th>");
    for (int t = 0; t < hold; t++) {
      boolean planBreach = planBreaches[t];
      boolean stressBreach = stressBreaches[t];
      marked |= planBreach || stressBreach;
      p.append(c.cell(plan[t], RATIO, Html.pointer("years", t) + field,
          planBreach ? BREACH : ""));
      q.append(c.cell(stressed[t], RATIO, null, stressBreach ? BREACH : ""));
    }
    b.append(p).append("</tr>").append(q).append("</tr>");
    return marked;
  }

  /**
   * @return per year of the hold, true when the net leverage breaks its covenant: above the
   *     maximum, or not computable (EBITDA ≤ 0) with a positive net debt (methodology §6)
   */
  private boolean[] leverageBreaches(YearTable years) {
    double[] maximum = c.deal.covenants().maxNetLeverage();
    boolean[] breach = new boolean[c.hold()];
    for (int t = 0; t < breach.length; t++) {
      breach[t] = t < maximum.length
          && Covenants.leverageBreached(years.netLeverage[t], years.netDebt[t], maximum[t]);
    }
    return breach;
  }

  /** @return per year of the hold, true when a cover's headroom is negative */
  private boolean[] coverBreaches(double[] headroom) {
    boolean[] breach = new boolean[c.hold()];
    for (int t = 0; t < breach.length; t++) {
      breach[t] = headroom[t] < 0;
    }
    return breach;
  }

  /** The mark of a year whose ratio breaches its covenant. */
  static final String BREACH = "!";

  private void row(StringBuilder b, String key, double[] plan, double[] stressed,
      Context.Kind kind, String field) {
    int hold = c.hold();
    b.append(c.yearRow(c.t(key) + " — " + c.t("stress.plan"),
        java.util.Arrays.copyOf(plan, hold), kind, field, null));
    b.append(c.yearRow(c.t(key) + " — " + c.t("stress.case"),
        java.util.Arrays.copyOf(stressed, hold), kind, null, "stressed"));
  }

  /** The questions to put to the buyer, each from a number of the model. */
  String questions() {
    List<String> qs = new Questions(c, stress, pastDividends).all();
    StringBuilder b = new StringBuilder(open("questions", c.titleKey("q.title")));
    b.append("<p>").append(c.t("q.lead")).append("</p><ol class=\"questions\">");
    for (String q : qs) {
      b.append("<li>").append(q).append("</li>");
    }
    return b.append("</ol></section>").toString();
  }
}
