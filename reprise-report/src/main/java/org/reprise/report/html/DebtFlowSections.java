package org.reprise.report.html;

import static org.reprise.report.html.Context.Kind.AMOUNT;
import static org.reprise.report.html.Context.Kind.RATE;

import java.util.ArrayList;
import java.util.List;
import org.reprise.engine.CashRollForward;
import org.reprise.engine.CashRollForward.Flow;
import org.reprise.engine.DealResult;
import org.reprise.engine.TrancheSchedule;
import org.reprise.engine.YearTable;
import org.reprise.model.Deal;
import org.reprise.model.Financing;
import org.reprise.model.SweepSteps;

/**
 * The sections that reconcile the debt and the cash, with the years as columns, as {@code reprise
 * run} prints them: the schedule of each loan, and the cash flow and debt service from the opening
 * to the closing cash ({@link CashRollForward}, docs/methodology.md §5.5). Amounts that leave the
 * company or reduce a balance are negative. Rows that are zero every year are left out, never the
 * opening and closing balances. A number of the JSON output is tagged with its pointer (an outflow
 * with its minus sign outside the tag, {@link Context#outflowCell}); a sum over the loans is not.
 */
final class DebtFlowSections {

  /** Amounts below half a cent are rounding, not a row worth showing. */
  private static final double CENT = 0.005;

  private final Context c;
  private final DealResult r;
  private final YearTable y;

  DebtFlowSections(Context c) {
    this.c = c;
    this.r = c.result;
    this.y = c.result.years();
  }

  private StringBuilder open(String name, String titleKey, String leadKey) {
    return new StringBuilder("<section id=\"").append(c.id).append(name).append("\" class=\"")
        .append(name).append("\"><h2>").append(c.t(titleKey)).append("</h2><p>")
        .append(c.t(leadKey)).append("</p>");
  }

  /**
   * Each loan's roll-forward, closing = opening + drawn + PIK + unpaid interest − scheduled
   * repayment − sweep, then, below its closing balance, what it costs in cash (interest and
   * commitment fee due) and the principal overdue after a payment default, which stays in the
   * balance, with the loan's cash and PIK rates of each year and the interest basis in words, so
   * that the interest can be checked. Every number is a value of {@code /debtSchedules}.
   */
  String schedule() {
    int n = y.size();
    StringBuilder b = open("debt-schedule", "sched.title", "sched.lead");
    if (r.debt().isEmpty()) {
      return b.append("<p>").append(c.t("sched.none")).append("</p></section>").toString();
    }
    b.append("<div class=\"scroll\"><table class=\"years flows\">").append(c.yearHead(n));
    for (int i = 0; i < r.debt().size(); i++) {
      TrancheSchedule s = r.debt().get(i);
      boolean revolver = "revolver".equals(s.kind());
      b.append("<tbody class=\"tranche\"><tr class=\"group\"><th scope=\"rowgroup\" colspan=\"")
          .append(n + 1).append("\">").append(Html.esc(c.name(s.name()))).append("</th></tr>");
      b.append(c.keyedRow(c.t("sched.opening"), s.opening(), AMOUNT, keys(i, "opening"), null));
      b.append(optional(i, "sched.drawn", "drawdown", s.drawdown()));
      b.append(optional(i, "sched.pik", "pik", s.pik()));
      b.append(optional(i, "sched.unpaidInterest", "unpaidInterest", s.unpaidInterest()));
      if (any(s.mandatory())) {
        b.append(c.outflowRow(c.t("sched.scheduled"), s.mandatory(), AMOUNT,
            keys(i, "mandatory"), null));
      }
      if (any(s.sweep())) {
        b.append(c.outflowRow(c.t(revolver ? "sched.revolverRepaid" : "sched.sweep"),
            s.sweep(), AMOUNT, keys(i, "sweep"), null));
      }
      b.append(c.keyedRow(c.t("sched.closing"), s.closing(), AMOUNT, keys(i, "closing"),
          "total"));
      b.append(optional(i, "sched.cashInterest", "cashInterest", s.cashInterest()));
      b.append(rates(i, "sched.cashRate", "cashRate", c.credit.cashRate(i)));
      b.append(rates(i, "sched.pikRate", "pikRate", c.credit.pikRate(i)));
      b.append(optional(i, "sched.commitmentFee", "commitmentFee", s.commitmentFee()));
      b.append(optional(i, "sched.unpaidPrincipal", "unpaidPrincipal", s.unpaidPrincipal()));
      b.append("</tbody>");
    }
    b.append("</table></div><p class=\"note\">").append(c.t("sched.note")).append("</p>")
        .append("<p class=\"note\">").append(c.t(c.credit.interestBasis()
            == Deal.InterestBasis.AVERAGE ? "sched.averageBasis" : "sched.openingBasis"))
        .append("</p>").append(new DealSections(c).afterExitNote());
    return b.append("</section>").toString();
  }

  /**
   * The cash roll-forward: opening cash, the year's flows, closing cash, and under it the minimum
   * cash the waterfall keeps before it sweeps or distributes anything, when the deal sweeps the
   * base its share applies to, and when some year falls short the debt service not paid, with
   * the deal's sweep and distribution rules in words so that those rows can be checked.
   */
  String cashFlow() {
    CashRollForward f = CashRollForward.of(r);
    int n = f.size();
    boolean coop = c.deal.isCooperative();
    StringBuilder b = open("cash-flow", "cf.title", "cf.lead");
    b.append("<div class=\"scroll\"><table class=\"years flows\">").append(c.yearHead(n))
        .append("<tbody>");
    String[] opening = new String[n];
    for (int t = 0; t < n; t++) {
      opening[t] = t == 0 ? "/sourcesAndUses/cashAtClosing" : Html.pointer("years", t - 1, "cash");
    }
    b.append(c.keyedRow(c.t("cf.opening"), f.opening(), AMOUNT, opening, "strong"));
    b.append(c.yearRow(c.t("cf.fcf"), f.amounts(Flow.FREE_CASH_FLOW), AMOUNT, "/freeCashFlow",
        null));
    if (any(y.memberContributions)) {
      b.append(c.yearRow(c.t("cf.contributions"), f.amounts(Flow.MEMBER_CONTRIBUTIONS), AMOUNT,
          "/memberContributions", null));
    }
    // a dividend recapitalisation at the start of the year (methodology §5.13)
    org.reprise.engine.RecapRows recap = y.recap();
    if (recap != null && any(recap.borrowed)) {
      b.append(c.yearRow(c.t("cf.recapBorrowed"), recap.borrowed, AMOUNT, "/recapBorrowed",
          null));
      if (any(recap.fees)) {
        b.append(c.outflowRow(c.t("cf.recapFees"), recap.fees, AMOUNT, years(n, "recapFees"),
            null));
      }
      b.append(c.outflowRow(c.t("cf.recapPaid"), recap.paid, AMOUNT, years(n, "recapPaid"),
          null));
    }
    // sums over the loans: not a value of the JSON output, so not tagged
    Flow[] debtFlows = {Flow.INTEREST_AND_FEES_PAID, Flow.HEDGING, Flow.SCHEDULED_REPAYMENTS_PAID,
        Flow.REVOLVER_DRAWN, Flow.REVOLVER_REPAID, Flow.SWEEP};
    String[] labels = {"cf.interestPaid", "cf.hedging", "cf.scheduledPaid", "cf.revolverDrawn",
        "cf.revolverRepaid", "cf.sweep"};
    for (int k = 0; k < debtFlows.length; k++) {
      double[] v = f.amounts(debtFlows[k]);
      if (any(v)) {
        b.append(c.yearRow(c.t(labels[k]), v, AMOUNT, null, null));
      }
    }
    if (any(y.distributions)) {
      b.append(c.outflowRow(c.t(coop ? "cf.coopDividends" : "cf.distributions"),
          y.distributions, AMOUNT, years(n, "distributions"), null));
    }
    if (any(y.buybacks)) {
      b.append(c.outflowRow(c.t("cf.buybacks"), y.buybacks, AMOUNT, years(n, "buybacks"), null));
    }
    b.append(c.yearRow(c.t("cf.closing"), f.closing(), AMOUNT, "/cash", "total"));
    double[] minimum = new double[n];
    double[] given = c.deal.operations().minimumCash();
    System.arraycopy(given, 0, minimum, 0, Math.min(given.length, n));
    if (any(minimum)) {
      b.append(c.yearRow(c.t("cf.minimumCash"), minimum, AMOUNT, null, "sub"));
    }
    // not flows: the base the sweep's share applies to (§5.5), and the debt service not paid
    if (c.deal.financing().sweeps()) {
      b.append(c.yearRow(c.t("cf.sweepBase"), y.sweepBase, AMOUNT, "/sweepBase", "sub"));
    }
    SweepSteps steps = c.deal.financing().sweepSteps();
    if (steps != null && y.sweepShare() != null) {
      // the stepped sweep (§5.5): the share each year applied and the ratio that set it
      b.append(c.yearRow(c.t("cf.sweepShare"), y.sweepShare(), Context.Kind.PERCENT,
          "/sweepShare", "sub"));
      b.append(c.yearRow(c.t(steps.leverage() == SweepSteps.Leverage.SENIOR
              ? "cf.sweepSeniorLeverage" : "cf.sweepLeverage"), y.sweepLeverage(),
          Context.Kind.RATIO, "/sweepLeverage", "sub"));
    }
    if (any(y.shortfall)) {
      b.append(c.yearRow(c.t("cf.shortfall"), y.shortfall, AMOUNT, "/shortfall", "sub"));
      // the yearly shortfall counts the arrears again: what is new each year adds up to the
      // total missed (methodology §5.4; review 26, W3)
      double[] fresh = new double[n];
      for (int t = 0; t < Math.min(n, c.hold()); t++) {
        fresh[t] = c.result.newShortfall(t);
      }
      b.append(c.yearRow(c.t("cf.newShortfall"), fresh, AMOUNT, null, "sub"));
    }
    // with a hedge flow the identity counts the hedges' settlement too (review 30, finding 4)
    b.append("</tbody></table></div><p class=\"note\">")
        .append(c.t(r.years().hasHedgeFlows() ? "cf.noteHedged" : "cf.note")).append("</p>");
    rules(c.deal.financing(), coop, b);
    b.append(new DealSections(c).afterExitNote());
    return b.append("</section>").toString();
  }

  /** The deal's sweep and distribution rules, in words. */
  private void rules(Financing fin, boolean coop, StringBuilder b) {
    if (fin.sweeps()) {
      String key = fin.sweepBasis() == Financing.SweepBasis.EXCESS_CASH_FLOW
          ? "cf.sweepFlowRule" : "cf.sweepCashRule";
      SweepSteps steps = fin.sweepSteps();
      String share = steps == null ? c.fmt.percent(fin.cashSweep()) : c.t("cf.sweepStepShare");
      b.append("<p class=\"note\">").append(c.t(key, share,
          Texts.raw(c.t(coop ? "cf.beforeSweepCoop" : "cf.beforeSweep")))).append("</p>");
      if (steps != null) {
        List<SweepSteps.Step> all = steps.steps();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
          SweepSteps.Step st = all.get(i);
          parts.add(i < all.size() - 1
              ? c.t("cf.sweepStepAbove", c.fmt.percent(st.share()), c.fmt.times(st.leverageAbove()))
              : all.size() == 1 ? c.fmt.percent(st.share())
              : c.t("cf.sweepStepBelow", c.fmt.percent(st.share())));
        }
        b.append("<p class=\"note\">").append(c.t(steps.leverage() == SweepSteps.Leverage.SENIOR
            ? "cf.sweepStepsSeniorRule" : "cf.sweepStepsRule",
            Texts.raw(String.join(", ", parts)))).append("</p>");
      }
    }
    if (fin.distributionShare() > 0.0) {
      b.append("<p class=\"note\">").append(c.t("cf.distributionRule",
          c.fmt.percent(fin.distributionShare()))).append("</p>");
    }
  }

  /**
   * @return a row of a loan's rates of each year (the cash interest above is the rate times the
   *     balance the interest basis names), or nothing when the rate is zero every year
   */
  private String rates(int tranche, String labelKey, String field, double[] rate) {
    for (double v : rate) {
      if (v != 0.0) {
        return c.keyedRow(c.t(labelKey), rate, RATE, keys(tranche, field), "sub");
      }
    }
    return "";
  }

  /** @return a row of a loan's schedule, or nothing when it is zero every year */
  private String optional(int tranche, String labelKey, String field, double[] values) {
    return any(values)
        ? c.keyedRow(c.t(labelKey), values, AMOUNT, keys(tranche, field), null) : "";
  }

  /** @return the pointers of {@code /debtSchedules/<tranche>/<field>/<t>}, one per year */
  private String[] keys(int tranche, String field) {
    String[] k = new String[y.size()];
    for (int t = 0; t < k.length; t++) {
      k[t] = Html.pointer("debtSchedules", tranche, field, t);
    }
    return k;
  }

  /** @return the pointers of {@code /years/<t>/<field>} for the first n years */
  private static String[] years(int n, String field) {
    String[] k = new String[n];
    for (int t = 0; t < n; t++) {
      k[t] = Html.pointer("years", t, field);
    }
    return k;
  }

  /** @return true when some value is at least half a cent (not zero once displayed) */
  /** @return true when some value is half a cent or more: a row worth showing */
  static boolean any(double[] values) {
    for (double v : values) {
      if (Math.abs(v) >= CENT) {
        return true;
      }
    }
    return false;
  }
}
