package org.reprise.report.html;

import static org.reprise.report.html.Context.Kind.EUROS;
import static org.reprise.report.html.Context.Kind.MONEY;
import static org.reprise.report.html.Context.Kind.PEOPLE;
import static org.reprise.report.html.Context.Kind.PERCENT;
import static org.reprise.report.html.Context.Kind.CREDIT;
import static org.reprise.report.html.Context.Kind.RATIO;
import static org.reprise.report.html.Context.Kind.TIMES;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reprise.engine.DealResult;
import org.reprise.engine.DebtAfterHorizon;
import org.reprise.engine.YearTable;
import org.reprise.model.BaseYear;
import org.reprise.model.EquityClass;

/**
 * The questions a works council can put to the buyer, each generated from a number of the model
 * and asked only when the number makes it relevant (the rules are listed in docs/reports.md).
 */
final class Questions {

  /**
   * The holder names the deal files give the employees when the deal does not say which holders
   * they are (a SCOP says it, {@code cooperative.employeeHolders}): the English examples' and the
   * French examples' ({@code examples/fr}).
   */
  static final List<String> EMPLOYEES = List.of("employees", "salariés");

  private final Context c;
  private final DealResult r;
  private final YearTable y;
  private final DealResult stress;
  private final Double pastDividends;
  private final BaseYear base;
  private final int x;

  Questions(Context c, DealResult stress, Double pastDividends) {
    this.c = c;
    this.r = c.result;
    this.y = c.result.years();
    this.stress = stress;
    this.pastDividends = pastDividends;
    this.base = c.deal.company().base();
    this.x = c.hold() - 1;
  }

  /** @return the questions, in the order of the report */
  List<String> all() {
    List<String> q = new ArrayList<>();
    String baseYear = String.valueOf(r.baseYear());
    double average = Figures.averageCashExtracted(r);
    double cashFlow = Figures.baseCashFlow(c.deal);
    double fcf = Figures.freeCashFlowTotal(r);
    if (average > cashFlow && fcf > Context.HALF_EURO) {
      // the share of the plan's own free cash flow that the plan takes, with the tax-group saving
      // inside that cash flow: the buyer would answer "from the tax group" to the gap with the
      // base year (review 26, M10)
      Texts.Raw share = c.span(c.who.cashExtracted() / fcf, PERCENT, null);
      Texts.Raw taken = c.span(c.who.cashExtracted(), MONEY, "/whoPays/cashExtracted");
      Texts.Raw total = c.span(fcf, MONEY, null);
      String years = String.valueOf(c.hold());
      q.add(c.who.taxKeptByHolding() > Context.HALF_EURO
          ? c.t("q.fcfAbsorbedTax", share, years, taken, total,
              c.span(c.who.taxKeptByHolding(), MONEY, "/whoPays/taxKeptByHolding"))
          : c.t("q.fcfAbsorbed", share, years, taken, total));
    } else if (average > cashFlow) {
      q.add(c.t("q.extracted", c.span(average, MONEY, null),
          Texts.raw(WorksCouncilSections.baseCashFlowName(c)), c.span(cashFlow, MONEY, null),
          baseYear,
          c.span(average - cashFlow, MONEY, null)));
    } else {
      q.add(c.t("q.extractedShare", c.span(average, MONEY, null),
          c.span(cashFlow > 0 ? average / cashFlow : Double.NaN, PERCENT, null),
          baseYear, c.span(cashFlow, MONEY, null)));
    }
    if (pastDividends != null) {
      if (c.deal.structure().hasHolding()) {
        // on the share of its own net income the company sends up, the ratio an expert quotes,
        // and with the tax it pays the holding (review 26, X4)
        Texts.Raw ratio = c.span(Figures.payoutRatio(r), PERCENT, null);
        Texts.Raw up = c.span(Figures.averagePaidToHolding(r), MONEY, null);
        Texts.Raw past = c.span(pastDividends, MONEY, null);
        q.add(c.who.taxPaidToHolding() > Context.HALF_EURO
            ? c.t("q.dividendsTax", ratio, up, past, baseYear,
                c.span(c.who.taxPaidToHolding() / c.hold(), MONEY, null))
            : c.t("q.dividends", ratio, up, past, baseYear));
      } else {
        q.add(c.t("q.dividendsPushdown", c.span(average, MONEY, null),
            c.span(pastDividends, MONEY, null), baseYear));
      }
    } else {
      q.add(c.t("q.pastDividends", baseYear));
    }
    double advances = 0;
    for (int t = 0; t <= x; t++) {
      advances += y.upstreamAdvances[t];
    }
    if (advances > 0.5) {
      q.add(c.t("q.advances", c.span(advances, MONEY, null), String.valueOf(c.hold())));
    }
    stress(q);
    double capexBase = base.capex() / base.revenue();
    double capexPlan = Figures.capexShare(r);
    if (capexPlan < capexBase - 0.005) {
      q.add(c.t("q.capex", c.span(capexPlan, PERCENT, null), c.span(capexBase, PERCENT, null),
          baseYear));
    }
    double growth = Math.pow(y.revenue[x] / base.revenue(), 1.0 / c.hold()) - 1;
    // a plan whose sales fall asks what the fall rests on, not what supports a growth (review 29)
    q.add(c.t(growth < 0.0 ? "q.decline" : "q.growth", c.span(base.revenue(), MONEY, null),
        baseYear,
        c.span(y.revenue[x], MONEY, Html.pointer("years", x, "revenue")),
        String.valueOf(y.year[x]), c.span(growth, PERCENT, null)));
    double marginBase = base.ebitda() / base.revenue();
    double marginExit = y.ebitda[x] / y.revenue[x];
    if (marginExit > marginBase + 0.01) {
      q.add(c.t("q.margin", c.span(marginBase, PERCENT, null), baseYear,
          c.span(marginExit, PERCENT, null), String.valueOf(y.year[x])));
    }
    double staffBase = base.personnelCosts() / base.revenue();
    double staffExit = y.personnelCosts[x] / y.revenue[x];
    if (y.headcount[x] < c.deal.company().headcount() - 0.5) {
      q.add(c.t("q.headcount", c.span(c.deal.company().headcount(), PEOPLE, null), baseYear,
          c.span(y.headcount[x], PEOPLE, Html.pointer("years", x, "headcount")),
          String.valueOf(y.year[x])));
    } else if (staffExit < staffBase - 0.01) {
      q.add(c.t("q.wages", c.span(staffBase, PERCENT, null), baseYear,
          c.span(staffExit, PERCENT, null), String.valueOf(y.year[x])));
    }
    employment(q);
    participation(q, baseYear);
    double leverage = Figures.debtAtClosing(r) / base.ebitda();
    if (base.ebitda() > 0 && leverage > 3) {
      q.add(c.t("q.leverage", c.span(leverage, TIMES, null), baseYear,
          c.span(Figures.debtAtClosing(r), MONEY, null)));
    }
    int weak = Figures.weakestCoverYear(r);
    if (y.debtServiceCover[weak] < 1.2) {
      q.add(c.t("q.cover", String.valueOf(y.year[weak]),
          // two decimals, as covenants are set: 0.993 is 0.99×, below 1, not "1.0×" (review 21)
          c.span(y.debtServiceCover[weak], RATIO, Html.pointer("years", weak,
              "debtServiceCover"))));
    }
    if (c.who.fees() > 0.5) {
      q.add(c.t("q.fees", c.span(c.who.fees(), MONEY, "/whoPays/fees"),
          c.span(c.who.fees() / c.deal.company().headcount(), EUROS, null)));
    }
    deleveraging(q);
    sweetEquity(q);
    if (!c.notResold()) {
      q.add(c.t("q.exit", String.valueOf(r.exit().year()),
          c.span(r.exit().multiple(), TIMES, "/exit/multiple"),
          c.span(r.exit().enterpriseValue(), MONEY, "/exit/enterpriseValue")));
    } else if (r.exit().debt() >= DebtAfterHorizon.NOTHING) {
      // not sold: the debt left falls due after the plan (methodology §7, review 15 finding 5)
      q.add(c.t("q.afterHorizon", String.valueOf(r.exit().year()),
          c.span(r.exit().debt(), MONEY, "/exit/debt"), Texts.raw(c.duesAfterHorizon())));
    }
    return q;
  }

  /**
   * The plan's headcount and wages are assumptions of the file: ask for commitments, and what the
   * plan does for jobs in the stress case (review 26, X5). Not when the headcount falls (the
   * headcount question asks then), nor in a SCOP, whose buyers are its employees.
   */
  private void employment(List<String> q) {
    double growth = Figures.personnelCostGrowth(c.deal, r);
    if (c.deal.isCooperative() || Double.isNaN(growth)
        || y.headcount[x] < c.deal.company().headcount() - 0.5) {
      return;
    }
    q.add(c.t(c.statusQuo() ? "q.employmentStatusQuo" : "q.employment",
        c.span(y.headcount[x], PEOPLE, Html.pointer("years", x, "headcount")),
        String.valueOf(y.year[x]), c.span(growth, PERCENT, null),
        c.fmt.percent(StressCase.FALL, 0)));
  }

  private void stress(List<String> q) {
    if (stress == null) {
      return;
    }
    String shockYear = String.valueOf(r.baseYear() + StressCase.shockYear(c.deal));
    String fall = c.fmt.percent(StressCase.FALL, 0);
    String planBreaches = c.inYears(Figures.breachYears(r));
    if (!planBreaches.isEmpty()) {
      q.add(c.t("q.planBreach", Texts.raw(planBreaches)));
    }
    if (stress.paymentDefault().occurred()) {
      int year = stress.paymentDefault().year();
      double minimum = Figures.minimumCash(c.deal, stress, year);
      q.add(minimum >= Context.HALF_EURO
          ? c.t("q.stressDefault", fall, shockYear, String.valueOf(year),
              c.span(minimum, MONEY, null),
              c.span(stress.paymentDefault().totalShortfall(), MONEY, null))
          : c.t("q.stressDefaultNoMinimum", fall, shockYear, String.valueOf(year),
              c.span(stress.paymentDefault().totalShortfall(), MONEY, null)));
    } else if (!Figures.breachYears(stress).isEmpty()) {
      q.add(c.t("q.stressBreach", fall, shockYear,
          Texts.raw(c.inYears(Figures.breachYears(stress)))));
    } else {
      double peak = Double.NEGATIVE_INFINITY;
      for (int t = 0; t <= x; t++) {
        peak = Math.max(peak, stress.years().netLeverage[t]);
      }
      // a peak that the one-decimal ratio shows as 0.0× or below is said in words: a company with
      // net cash has no "net debt of up to 0.0× EBITDA" (review 37, X3)
      String key = c.statusQuo() ? "q.stressHoldsStatusQuo" : "q.stressHolds";
      q.add(peak < LITTLE_NET_DEBT ? c.t(key + "Little", fall, shockYear)
          : c.t(key, fall, shockYear, c.span(peak, CREDIT, null)));
    }
  }

  /** Net debt / EBITDA below which the one-decimal ratio reads 0.0×: half a tenth. */
  static final double LITTLE_NET_DEBT = 0.05;

  private void participation(List<String> q, String baseYear) {
    if (!c.deal.participation().applies()) {
      return;
    }
    double average = c.who.participationTotal() / c.hold();
    double past = c.deal.participation().baseYearReserve();
    if (past > 0 && average < 0.9 * past && !c.statusQuo()) {
      q.add(c.t("q.participation", c.span(average, MONEY, null), c.span(past, MONEY, null),
          baseYear));
    }
    double blocked = r.exit().blockedAccounts();
    if (c.deal.participation().blocked() && blocked > 0.5) {
      // the employees' own money left in the company (review 21, finding 11), and the early
      // releases the plan assumes, which take cash out sooner (review 23, finding 7)
      double early = c.deal.participation().blockedEarlyRelease();
      String years = String.valueOf(c.deal.participation().blockedYears());
      Texts.Raw held = c.span(blocked, MONEY, "/exit/blockedAccounts");
      String end = String.valueOf(r.exit().year());
      q.add(early > 0.0
          ? c.t("q.blockedAccountsEarly", years, c.span(early, PERCENT, null), held, end)
          : c.t("q.blockedAccounts", years, held, end));
    }
    if (!c.deal.structure().hasHolding() && !c.statusQuo() && Figures.debtAtClosing(r) > 0) {
      // in a SCOP the buyers are the employees themselves (review 15, finding 7)
      q.add(c.t(c.deal.isCooperative() ? "q.participationPushdownScop"
          : "q.participationPushdown"));
    }
  }

  private void deleveraging(List<String> q) {
    if (c.who.deleveraging() <= 0.5 || c.who.deleveragingCapture().isEmpty()) {
      return;
    }
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, Double> e : c.who.deleveragingCapture().entrySet()) {
      // in the unit of the total, one unit per sentence (review 26, F4)
      parts.add(Html.esc(c.name(e.getKey())) + " (" + c.spanLike(e.getValue(),
          c.who.deleveraging(), Html.pointer("whoPays", "deleveragingCapture", e.getKey())) + ")");
    }
    String holder = employeeHolder(c.who.deleveragingCapture());
    if (holder != null) {
      double employees = c.who.deleveragingCapture().get(holder);
      // the employees are shareholders here: ask about those who hold no shares, not "how much
      // goes to the employees" as though they were a third party
      q.add(c.t("q.deleveragingEmployees",
          c.span(c.who.deleveraging(), MONEY, "/whoPays/deleveraging"),
          Texts.raw(String.join(", ", parts)), c.spanLike(employees, c.who.deleveraging(),
              Html.pointer("whoPays", "deleveragingCapture", holder))));
      return;
    }
    // nobody sells the shares of the status quo or of a buyout its owners keep: the gain raises
    // their value, it is not received "at the sale" (review 26, M7)
    q.add(c.t(c.notResold() ? "q.deleveragingKept" : "q.deleveraging",
        c.span(c.who.deleveraging(), MONEY, "/whoPays/deleveraging"),
        Texts.raw(String.join(", ", parts))));
  }

  /**
   * @param capture who captures the deleveraging, by holder
   * @return the holder among them that stands for the employees (a SCOP's employee members, else
   *     a holder named as in {@link #EMPLOYEES}), or {@code null} when the employees hold no shares
   */
  private String employeeHolder(Map<String, Double> capture) {
    List<String> names = c.deal.isCooperative() ? c.deal.cooperative().employeeHolders()
        : EMPLOYEES;
    for (String name : names) {
      if (capture.containsKey(name)) {
        return name;
      }
    }
    return null;
  }

  private void sweetEquity(List<String> q) {
    List<EquityClass> classes = c.deal.financing().equity();
    double ordinary = 0;
    for (int i = 0; i < classes.size(); i++) {
      if (classes.get(i).kind() == EquityClass.Kind.ORDINARY) {
        ordinary += r.sourcesAndUses().sources().get(i).amount();
      }
    }
    for (int i = 0; i < classes.size(); i++) {
      EquityClass k = classes.get(i);
      if (k.kind() != EquityClass.Kind.ORDINARY || Double.isNaN(k.ownershipShare())) {
        continue;
      }
      double money = r.sourcesAndUses().sources().get(i).amount() / ordinary;
      if (k.ownershipShare() > money + 0.01) {
        q.add(c.t("q.sweet", k.name(), k.holder(), c.span(k.ownershipShare(), PERCENT, null),
            c.span(money, PERCENT, null)));
      }
    }
  }
}
