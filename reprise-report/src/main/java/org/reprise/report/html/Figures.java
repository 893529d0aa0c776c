package org.reprise.report.html;

import java.util.ArrayList;
import java.util.List;
import org.reprise.engine.DealResult;
import org.reprise.engine.WhoPays;
import org.reprise.engine.TrancheSchedule;
import org.reprise.engine.YearTable;
import org.reprise.model.BaseYear;
import org.reprise.model.Deal;
import org.reprise.model.Participation;

/**
 * Derived figures of the works-council report, each defined from the engine's results or the
 * deal's base year (docs/reports.md).
 */
final class Figures {

  private Figures() {}

  /**
   * Debt service actually paid in year index t: cash interest and fees paid + principal repaid
   * (scheduled and swept) − revolver drawings, over every tranche (the yearly term of {@code
   * whoPays.debtService}).
   */
  static double debtService(DealResult r, int t) {
    double s = 0;
    for (TrancheSchedule d : r.debt()) {
      s += d.cashInterest()[t] + d.commitmentFee()[t] - d.unpaidInterest()[t] + d.mandatory()[t]
          + d.sweep()[t] - d.drawdown()[t];
    }
    return s;
  }

  /**
   * Cash extracted in year index t = debt service + distributions + a SCOP's buybacks of its
   * outside members' shares (yearly term of whoPays).
   */
  static double cashExtracted(DealResult r, int t) {
    return debtService(r, t) + r.years().distributions[t] + r.years().buybacks[t];
  }

  /** @return the yearly average of {@link #cashExtracted} over the holding period */
  static double averageCashExtracted(DealResult r) {
    double s = 0;
    for (int t = 0; t < r.exitYearIndex(); t++) {
      s += cashExtracted(r, t);
    }
    return s / r.exitYearIndex();
  }

  /** @return the yearly average paid to the holding (dividends + advances) */
  static double averagePaidToHolding(DealResult r) {
    YearTable y = r.years();
    double s = 0;
    for (int t = 0; t < r.exitYearIndex(); t++) {
      s += y.dividendsUpstream[t] + y.upstreamAdvances[t];
    }
    return s / r.exitYearIndex();
  }

  /**
   * The base year's cash flow before financing and after the participation, estimated from the
   * deal's actuals on the plan's basis (the free cash flow is net of the participation paid):
   *
   * <pre>
   *   EBITDA − capex − P − rate × max(0, EBITDA − depreciation − P)
   * </pre>
   *
   * <p>with P = {@link #baseParticipationPaid} and year 1's normal income-tax rate; the
   * participation and its forfait social are deductible the year they are paid. It ignores the
   * change in working capital, which the base year does not give (docs/reports.md).
   */
  static double baseCashFlow(Deal deal) {
    BaseYear b = deal.company().base();
    double paid = baseParticipationPaid(deal);
    double tax = deal.tax().rate()[0] * Math.max(0.0, b.ebitda() - b.depreciation() - paid);
    return b.ebitda() - b.capex() - paid - tax;
  }

  /**
   * The participation and forfait social paid in the base year, as the deal gives them: its
   * reserve {@code participation.baseYearReserve} × (1 + the forfait social it bears, {@link
   * Participation#baseYearForfaitSocial}: the company's before the deal in a SCOP). What the base
   * year paid is the previous year's reserve, which the deal file does not hold; the base year's
   * own reserve (paid in year 1) stands for it. 0 when the participation does not apply or no reserve is given.
   */
  static double baseParticipationPaid(Deal deal) {
    Participation p = deal.participation();
    return p.applies() ? p.baseYearDue() : 0.0;
  }

  /**
   * @return a SCOP's work share (part travail) allocated over the holding period, Σ {@code
   *     workShare[t]} (0 for any other company); per employee and per year it is divided by {@code
   *     whoPays.employeeYears}, as the participation is
   */
  static double workShareTotal(DealResult r) {
    double s = 0;
    for (int t = 0; t < r.exitYearIndex(); t++) {
      s += r.years().workShare[t];
    }
    return s;
  }

  /** @return the smallest debt-service cover over the holding period, and its year index */
  static int weakestCoverYear(DealResult r) {
    int worst = 0;
    for (int t = 1; t < r.exitYearIndex(); t++) {
      if (r.years().debtServiceCover[t] < r.years().debtServiceCover[worst]) {
        worst = t;
      }
    }
    return worst;
  }

  /**
   * @return the calendar years of the holding period in which a covenant is breached, in order
   *     (empty when none); {@link Context#inYears} says them in words
   */
  static List<Integer> breachYears(DealResult r) {
    List<Integer> years = new ArrayList<>();
    for (int t = 0; t < r.exitYearIndex(); t++) {
      if (r.years().covenantBreach[t]) {
        years.add(r.years().year[t]);
      }
    }
    return years;
  }

  /** @return the capex as a share of revenue over the holding period */
  static double capexShare(DealResult r) {
    double capex = 0;
    double revenue = 0;
    for (int t = 0; t < r.exitYearIndex(); t++) {
      capex += r.years().capex[t];
      revenue += r.years().revenue[t];
    }
    return capex / revenue;
  }

  /**
   * What the exit waterfall pays the equity, split between the quasi-equity (shareholder loans and
   * preferred shares, repaid first) and the ordinary shares: the sums of {@code paid} over the
   * waterfall lines that follow the tranches ({@code exit.waterfall[k]}, k ≥ number of tranches),
   * by the kind of the deal's equity class of that name. Nothing is recomputed: the engine's
   * waterfall decides what each class receives (review 26, W1).
   *
   * @return {quasi-equity paid, ordinary shares paid, quasi-equity claim}
   */
  static double[] exitEquitySplit(Deal deal, DealResult r) {
    java.util.Set<String> quasi = new java.util.HashSet<>();
    for (org.reprise.model.EquityClass e : deal.financing().equity()) {
      if (e.kind() != org.reprise.model.EquityClass.Kind.ORDINARY) {
        quasi.add(e.name());
      }
    }
    double[] split = new double[3];
    List<org.reprise.engine.ExitResult.WaterfallLine> lines = r.exit().waterfall();
    for (int k = r.debt().size(); k < lines.size(); k++) {
      org.reprise.engine.ExitResult.WaterfallLine l = lines.get(k);
      if (quasi.contains(l.name())) {
        split[0] += l.paid();
        split[2] += l.claim();
      } else {
        split[1] += l.paid();
      }
    }
    return split;
  }

  /** @return true when the deal has quasi-equity: a shareholder loan or preferred shares */
  static boolean hasQuasiEquity(Deal deal) {
    return deal.financing().equity().stream()
        .anyMatch(e -> e.kind() != org.reprise.model.EquityClass.Kind.ORDINARY);
  }

  /**
   * @return the minimum cash the deal keeps in calendar year {@code year} ({@code
   *     operations.minimumCash}, 0 when not given): a payment default is measured while keeping it
   *     (methodology §5.4), which the sentences say (review 26, W2)
   */
  static double minimumCash(Deal deal, DealResult r, int year) {
    int t = year - r.years().year[0];
    double[] given = deal.operations().minimumCash();
    return t >= 0 && t < given.length ? given[t] : 0.0;
  }

  /**
   * @return over the holding period, summed over the tranches: {cash interest and fees paid
   *     (cash interest + commitment fee − unpaid interest), principal repaid (scheduled + swept),
   *     interest capitalised (PIK)}; the first two add up to the debt service paid before the
   *     revolver's drawings (methodology §10)
   */
  static double[] debtServiceSplit(DealResult r) {
    WhoPays.DebtFlows f = WhoPays.DebtFlows.of(r);
    return new double[] {f.interestAndFeesPaid(), f.principalRepaid(), f.pikInterest()};
  }

  /** @return the free cash flow summed over the holding period */
  static double freeCashFlowTotal(DealResult r) {
    double s = 0;
    for (int t = 0; t < r.exitYearIndex(); t++) {
      s += r.years().freeCashFlow[t];
    }
    return s;
  }

  /**
   * The fall in net debt over the holding period from the principal repaid (review 26, M9):
   * principal repaid (scheduled + swept) − revolver drawn − interest capitalised (PIK and unpaid
   * interest) − fall in cash (cash at closing − cash at the exit year's end) − what a dividend
   * recapitalisation borrowed net of its fees (§5.13) − other, the other being what the value
   * bridge also deducts (the employees' blocked accounts, a SCOP's members' capital, methodology
   * §10) so that the terms add up to {@code whoPays.deleveraging}.
   *
   * @return {principal repaid, revolver drawn, interest capitalised, fall in cash, other, recap}
   */
  static double[] deleveragingBridge(DealResult r, double deleveraging) {
    WhoPays.DebtFlows f = WhoPays.DebtFlows.of(r);
    return new double[] {f.principalRepaid(), f.revolverDrawn(), f.capitalised(), f.fallInCash(),
        f.bridgeOther(deleveraging), f.recapBorrowed()};
  }

  /**
   * @return over the holding period, summed over the tranches: {PIK interest, unpaid interest
   *     capitalised after a payment default}
   */
  static double[] capitalisedInterest(DealResult r) {
    WhoPays.DebtFlows f = WhoPays.DebtFlows.of(r);
    return new double[] {f.pikInterest(), f.unpaidInterest()};
  }

  /** @return the total debt at closing */
  static double debtAtClosing(DealResult r) {
    double s = 0;
    for (TrancheSchedule d : r.debt()) {
      s += d.initialAmount();
    }
    return s;
  }
  /**
   * @return the yearly growth of the personnel costs per employee from the base year to the last
   *     year of the plan, ((P_x / N_x) / (P_0 / N_0))^(1 / years) − 1, both from the deal file's
   *     projection (review 26, X5); NaN without employees or personnel costs
   */
  static double personnelCostGrowth(Deal deal, DealResult r) {
    YearTable y = r.years();
    int x = r.exitYearIndex() - 1;
    double before = deal.company().base().personnelCosts() / deal.company().headcount();
    double after = y.personnelCosts[x] / y.headcount[x];
    if (!(before > 0) || !(after > 0)) {
      return Double.NaN;
    }
    return Math.pow(after / before, 1.0 / r.exitYearIndex()) - 1;
  }

  /**
   * @return the dividends the company sends up to its holding over the holding period divided by
   *     its own net income over the same years, Σ dividendsUpstream / Σ opcoNetIncome (review 26,
   *     X4); NaN when that income is not positive
   */
  static double payoutRatio(DealResult r) {
    YearTable y = r.years();
    double dividends = 0;
    double income = 0;
    for (int t = 0; t < r.exitYearIndex(); t++) {
      dividends += y.dividendsUpstream[t];
      income += y.opcoNetIncome[t];
    }
    return income > 0 ? dividends / income : Double.NaN;
  }

  /** @return what the ordinary shares cost at closing: Σ sources of the ordinary classes */
  static double ordinaryPaidIn(Deal deal, DealResult r) {
    List<org.reprise.model.EquityClass> classes = deal.financing().equity();
    double s = 0;
    for (int i = 0; i < classes.size(); i++) {
      if (classes.get(i).kind() == org.reprise.model.EquityClass.Kind.ORDINARY) {
        s += r.sourcesAndUses().sources().get(i).amount();
      }
    }
    return s;
  }

  /** @return the distributions to the shareholders over the holding period */
  static double distributionsTotal(DealResult r) {
    double s = 0;
    for (int t = 0; t < r.exitYearIndex(); t++) {
      s += r.years().distributions[t];
    }
    return s;
  }

  /** @return the capex and the change in working capital over the holding period */
  static double investmentTotal(DealResult r) {
    double s = 0;
    for (int t = 0; t < r.exitYearIndex(); t++) {
      s += r.years().capex[t] + r.years().changeInWorkingCapital[t];
    }
    return s;
  }

  /** @return the number of years of the holding period with debt service unpaid */
  static int yearsInDefault(DealResult r) {
    int n = 0;
    for (int t = 0; t < r.exitYearIndex(); t++) {
      n += r.years().shortfall[t] > 0.5 ? 1 : 0;
    }
    return n;
  }
}
