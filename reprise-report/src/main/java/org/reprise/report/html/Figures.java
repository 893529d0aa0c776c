package org.reprise.report.html;

import java.util.ArrayList;
import java.util.List;
import org.reprise.engine.DealResult;
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
   * reserve {@code participation.baseYearReserve} × (1 + forfait social). What the base year paid
   * is the previous year's reserve, which the deal file does not hold; the base year's own reserve
   * (paid in year 1) stands for it. 0 when the participation does not apply or no reserve is given.
   */
  static double baseParticipationPaid(Deal deal) {
    Participation p = deal.participation();
    return p.applies() ? p.baseYearReserve() * (1 + p.forfaitSocial()) : 0.0;
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

  /** @return the total debt at closing */
  static double debtAtClosing(DealResult r) {
    double s = 0;
    for (TrancheSchedule d : r.debt()) {
      s += d.initialAmount();
    }
    return s;
  }
}
