package org.reprise.report.html;

import static org.reprise.report.html.Context.Kind.AMOUNT;
import static org.reprise.report.html.Context.Kind.MONEY;
import static org.reprise.report.html.Context.Kind.PERCENT;

import java.util.ArrayList;
import java.util.List;
import org.reprise.engine.CashRollForward;
import org.reprise.engine.CashRollForward.Flow;
import org.reprise.engine.DealResult;
import org.reprise.engine.ValueAddedSplit;
import org.reprise.engine.WhoPays;
import org.reprise.engine.YearTable;

/** Where each year's cash goes, and how the value added is shared. */
final class FlowSections {

  /** Uses of the year's EBITDA, in the order of the chart (bottom first). */
  static final String[] USES = {
    "tax", "capex", "workingCapital", "participation", "workShare", "interest", "principal",
    "distributions", "cashKept", "blockedInterest", "other"
  };

  /** Index in {@link #USES} of the participation and forfait social paid. */
  static final int PARTICIPATION = 3;
  /** Index in {@link #USES} of a SCOP's work share paid (part travail). */
  static final int WORK_SHARE = 4;
  /** Index in {@link #USES} of the change in cash. */
  static final int CASH_KEPT = 8;
  /** Index in {@link #USES} of the interest paid on the blocked participation accounts. */
  static final int BLOCKED_INTEREST = 9;
  /** Index in {@link #USES} of the remainder. */
  static final int OTHER = 10;

  /**
   * The order the uses are shown in, chart (bottom first) and table: the interest on the blocked
   * participation accounts beside the participation and work share, what the employees receive,
   * rather than after the cash kept (the indexes, and so the colours and the sum that gives
   * "other", stay those of {@link #USES}).
   */
  static final int[] SHOWN = {0, 1, 2, PARTICIPATION, WORK_SHARE, BLOCKED_INTEREST, 5, 6, 7,
    CASH_KEPT, OTHER};

  /** The JSON field of {@code years[t]} of each of {@link #USES}, {@code null} for a sum. */
  private static final String[] FIELDS = {"/incomeTax", "/capex", "/changeInWorkingCapital",
    "/participationPaid", "/workSharePaid", null, null, "/distributions", null,
    "/blockedAccountInterestPaid", null};

  private final Context c;
  private final DealResult r;
  private final YearTable y;

  FlowSections(Context c) {
    this.c = c;
    this.r = c.result;
    this.y = c.result.years();
  }

  /**
   * Where each year's EBITDA goes: income tax, capex, working capital, participation paid, a SCOP's
   * work share paid (each under its own name), interest and fees paid, principal repaid net of revolver drawings, distributions, cash kept (the change
   * in cash), the interest on the employees' blocked participation accounts and other, the remainder, so that the uses add up to EBITDA exactly. The debt's flows
   * and the change in cash are those of the cash flow section ({@link CashRollForward}); with its
   * identity and the free cash flow's definition (methodology §5.3, §5.5), other = holding costs −
   * interest earned on the cash − a SCOP's members' contributions + its buybacks.
   *
   * @return {@code uses[k][t]} for the k-th of {@link #USES} and year index t < n
   */
  static double[][] uses(Context c, int n) {
    YearTable y = c.result.years();
    CashRollForward f = CashRollForward.of(c.result);
    double[] opening = f.opening();
    double[] closing = f.closing();
    double[][] u = new double[USES.length][n];
    for (int t = 0; t < n; t++) {
      u[0][t] = y.incomeTax[t];
      u[1][t] = y.capex[t];
      u[2][t] = y.changeInWorkingCapital[t];
      u[PARTICIPATION][t] = y.participationPaid[t];
      u[WORK_SHARE][t] = y.workSharePaid[t];
      u[WORK_SHARE + 1][t] =
          -(f.amount(Flow.INTEREST_AND_FEES_PAID, t) + f.amount(Flow.HEDGING, t));
      u[WORK_SHARE + 2][t] = -(f.amount(Flow.SCHEDULED_REPAYMENTS_PAID, t)
          + f.amount(Flow.REVOLVER_REPAID, t) + f.amount(Flow.SWEEP, t)
          + f.amount(Flow.REVOLVER_DRAWN, t));
      u[CASH_KEPT - 1][t] = y.distributions[t];
      u[CASH_KEPT][t] = closing[t] - opening[t];
      // paid to the employees, not to the lenders (methodology §5.8)
      u[BLOCKED_INTEREST][t] = y.blockedAccountInterestPaid[t];
      double sum = 0;
      for (int k = 0; k < OTHER; k++) {
        sum += u[k][t];
      }
      u[OTHER][t] = y.ebitda[t] - sum;
    }
    return u;
  }

  /** The section "where the cash goes". */
  String cash() {
    int hold = c.hold();
    double[][] u = uses(c, hold);
    StringBuilder b = new StringBuilder("<section id=\"" + c.id + "cash\" class=\"cash\"><h2>")
        .append(c.t("cash.title")).append("</h2><p>")
        .append(c.t(hasAny(u[BLOCKED_INTEREST]) ? "cash.leadBlocked" : "cash.lead")).append("</p>");
    List<Svg.Series> series = new ArrayList<>();
    for (int k : SHOWN) {
      if (hasAny(u[k])) {
        // the participation's label is too long for the chart's legend (32 characters): a short
        // one there, the whole label in the bars' tooltips and the table below
        String name = c.text.t(c.useKey(USES[k]));
        series.add(new Svg.Series(name, u[k], Svg.PALETTE[k],
            k == PARTICIPATION ? c.text.t("cash.participationLegend") : name));
      }
    }
    b.append("<figure>").append(Svg.stackedBars(c.text.t("cash.chart"), c.yearLabels(hold),
        series, c.fmt)).append("<figcaption>").append(c.t("cash.chart"))
        .append("</figcaption></figure>");
    b.append("<div class=\"scroll\"><table class=\"years\">").append(c.yearHead(hold))
        .append("<tbody>");
    b.append(c.yearRow(c.t("ops.ebitda"), java.util.Arrays.copyOf(y.ebitda, hold), AMOUNT,
        "/ebitda", "total"));
    boolean other = hasAny(u[OTHER]);
    for (int k : SHOWN) {
      if (k == OTHER && !other || k == WORK_SHARE && !c.deal.isCooperative()
          || k == BLOCKED_INTEREST && !hasAny(u[k])) {
        continue;
      }
      b.append(c.yearRow(c.useLabel(USES[k]), u[k], AMOUNT, FIELDS[k], null));
    }
    b.append("</tbody></table></div><p class=\"note\">").append(c.t("cash.note"));
    if (other) {
      b.append(' ').append(c.t(c.deal.isCooperative() ? "cash.otherNote"
          : "cash.otherNoteNoScop"));
    }
    org.reprise.engine.RecapRows recap = c.result.years().recap();
    if (recap != null) {
      // the recap's payout is the lenders' money, not a use of the EBITDA (review 32, W2)
      for (int t = 0; t < hold; t++) {
        if (recap.paid[t] > 0.0) {
          b.append(' ').append(c.t("cash.recapNote", String.valueOf(y.year[t]),
              c.span(recap.paid[t], MONEY, Html.pointer("years", t, "recapPaid"))));
        }
      }
    }
    b.append("</p>");
    return b.append("</section>").toString();
  }

  private static boolean hasAny(double[] v) {
    for (double x : v) {
      if (Math.abs(x) > 0.5e-6 * 1) {
        return true;
      }
    }
    return false;
  }

  /** The section on the sharing of the value added, year by year. */
  String valueAdded() {
    int hold = c.hold();
    ValueAddedSplit v = y.opcoValueAdded;
    StringBuilder b = new StringBuilder("<section id=\"" + c.id + "value-added\" "
        + "class=\"value-added\"><h2>").append(c.t("va.title")).append("</h2><p>")
        .append(c.t("va.lead")).append("</p>");
    String[] parts = {"employees", "state", "lenders", "shareholders", "company"};
    double[][] values = {v.employees, v.state, v.lenders, v.shareholders, v.company};
    List<Svg.Series> series = new ArrayList<>();
    int[] colors = {2, 5, 4, 1, 0};
    for (int k = 0; k < parts.length; k++) {
      // the legend gives the short name, the bars' tooltips and the table the whole label,
      // which the legend would cut (review 26, F3)
      String legend = "va.legend." + parts[k]
          + (c.deal.isCooperative() && parts[k].equals("shareholders") ? "Scop" : "");
      series.add(new Svg.Series(c.text.t(c.valueAddedKey(parts[k])),
          java.util.Arrays.copyOf(values[k], hold), Svg.PALETTE[colors[k]], c.text.t(legend)));
    }
    b.append("<figure>").append(Svg.stackedBars(c.text.t("va.chart"), c.yearLabels(hold), series,
        c.fmt)).append("<figcaption>").append(c.t("va.chart")).append("</figcaption></figure>");
    int n = y.size();
    b.append("<div class=\"scroll\"><table class=\"years\">").append(c.yearHead(n))
        .append("<tbody>");
    b.append(c.yearRow(c.t("va.total"), v.valueAdded, AMOUNT, "/opcoValueAdded/valueAdded",
        "total"));
    for (int k = 0; k < parts.length; k++) {
      b.append(c.yearRow(c.t(c.valueAddedKey(parts[k])), values[k], AMOUNT,
          Html.pointer("opcoValueAdded", parts[k]), null));
    }
    double[] share = new double[n];
    for (int t = 0; t < n; t++) {
      share[t] = v.employees[t] / v.valueAdded[t];
    }
    b.append(c.yearRow(c.t("va.employeeShare"), share, PERCENT, null, "sub"));
    b.append("</tbody></table></div>");
    double participationBase = c.deal.participation().baseYearReserve();
    if (participationBase > 0) {
      b.append("<p>").append(c.t("va.baseParticipation", String.valueOf(r.baseYear()),
          c.span(participationBase, MONEY, null))).append("</p>");
    }
    b.append(selfFinancing());
    // the value added and each part in the terms of the French chart of accounts (review 26, X2)
    b.append("<p class=\"note\">").append(c.t("va.definitions")).append("</p>");
    return b.append(new DealSections(c).afterExitNote()).append("</section>").toString();
  }

  /**
   * @return over the holding period, the group's self-financing (the "company" part of the
   *     group's split) beside its investment and increase in working capital, and, outside the
   *     value added, the ordinary shares' gain at the exit, in no part of the split (review 26,
   *     M2); "" for a SCOP, whose members get their shares back at par
   */
  private String selfFinancing() {
    if (c.deal.isCooperative()) {
      return "";
    }
    WhoPays w = c.who;
    StringBuilder b = new StringBuilder("<p>").append(c.t("va.selfFinancing",
        String.valueOf(c.hold()),
        c.span(w.groupValueAdded().company(), MONEY, "/whoPays/groupValueAdded/company"),
        c.span(Figures.investmentTotal(r), MONEY, null)));
    double paidIn = Figures.ordinaryPaidIn(c.deal, r);
    // the status quo's owners put nothing in: its value at the file's price is a reference
    if (paidIn > Context.HALF_EURO && !c.statusQuo()) {
      double received = Figures.exitEquitySplit(c.deal, r)[1];
      double gain = received - paidIn;
      String key = gain >= 0 ? "va.ordinaryGain" : "va.ordinaryLoss";
      b.append(' ').append(c.t(key + (c.notResold() ? "Valued" : ""),
          c.span(Math.abs(gain), MONEY, null), c.span(received, MONEY, null),
          c.span(paidIn, MONEY, null)));
    }
    return b.append("</p>").toString();
  }
}
