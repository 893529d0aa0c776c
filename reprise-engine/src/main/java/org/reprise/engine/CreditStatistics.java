package org.reprise.engine;

import org.reprise.model.Covenants;

/**
 * Credit ratios and covenant tests per year (docs/methodology.md, "Credit statistics and
 * covenants").
 *
 * <ul>
 *   <li>gross leverage = debt / EBITDA; net leverage = net debt / EBITDA ({@code NaN} when EBITDA ≤ 0);
 *   <li>interest cover = EBITDA / (cash interest + commitment fees) ({@code +∞} when nothing is due);
 *   <li>debt-service cover = free cash flow / (cash interest + commitment fees + mandatory
 *       repayments) ({@code +∞} when nothing is due);
 *   <li>headroom: leverage 1 − actual / maximum; covers 1 − minimum / actual. A covenant is breached
 *       when the ratio is on the wrong side of its limit, or when it cannot be computed (EBITDA ≤ 0
 *       with net debt &gt; 0).
 *   <li>covenants are tested over the holding period only: in a year after the exit (the year a
 *       forward exit multiple adds) the headrooms are {@code NaN} and no breach is reported.
 * </ul>
 */
final class CreditStatistics {

  private CreditStatistics() {}

  /**
   * The ratios and tests of every year, once all are solved.
   *
   * @param y the solved years, whose ratio, headroom and breach rows are written
   * @param debtAtClosing total debt at closing
   * @param covenants the covenants per year
   * @param exitYear the exit year index (1 = first projected year): covenants are tested in years
   *     1 to exitYear only
   */
  static void compute(YearTable y, double debtAtClosing, Covenants covenants, int exitYear) {
    for (int t = 0; t < y.size(); t++) {
      year(y, t, debtAtClosing, covenants, exitYear);
    }
  }

  /**
   * The ratios and tests of year index {@code t}, written as soon as the year is solved (the
   * distributions' lock-up reads the year's tests, pro forma for its distribution, §5.5).
   *
   * @param y the solved years, whose ratio, headroom and breach rows are written
   * @param t the year index
   * @param debtAtClosing total debt at closing
   * @param covenants the covenants per year
   * @param exitYear the exit year index (1 = first projected year): covenants are tested in years
   *     1 to exitYear only
   */
  /**
   * The covenants' drawstop (methodology §6): with {@code covenants.drawstop}, a year that breaks a
   * covenant or misses a payment stops the revolvers the next year. The one place of the rule: the
   * solver reads it for the year before, {@link CreditDetail} for the years it reports.
   *
   * @param y the solved years (their breach and default rows written up to {@code t})
   * @param t the year index that may stop the next one
   * @return true when no revolver may be drawn in year index {@code t + 1}
   */
  static boolean stopsNextYear(Covenants covenants, YearTable y, int t) {
    return covenants.drawstop() && (y.covenantBreach[t] || y.defaulted[t]);
  }

  static void year(YearTable y, int t, double debtAtClosing, Covenants covenants, int exitYear) {
    // inputs read once: the rows are double arrays, so a store could alias a later read
    double ebitda = y.ebitda[t];
    double debt = y.debt[t];
    double netDebt = y.netDebt[t];
    // the finance charges of a facility agreement: the hedges' net settlement included (§6)
    double interest = y.cashInterest[t] + y.commitmentFees[t] + y.hedgeSettlement[t];
    double service = y.debtServiceDue[t];
    double fcf = y.freeCashFlow[t];
    double netLeverage = ebitda > 0.0 ? netDebt / ebitda : Double.NaN;
    double interestCover = interest > 0.0 ? ebitda / interest : Double.POSITIVE_INFINITY;
    double serviceCover = service > 0.0 ? fcf / service : Double.POSITIVE_INFINITY;
    y.grossLeverage[t] = ebitda > 0.0 ? debt / ebitda : Double.NaN;
    y.netLeverage[t] = netLeverage;
    y.interestCover[t] = interestCover;
    y.debtServiceCover[t] = serviceCover;
    y.cumulativeRepaidShare[t] =
        debtAtClosing > 0.0 ? 1.0 - debt / debtAtClosing : Double.NaN;

    if (t >= exitYear) {
      y.leverageHeadroom[t] = Double.NaN;
      y.interestCoverHeadroom[t] = Double.NaN;
      y.debtServiceCoverHeadroom[t] = Double.NaN;
      y.covenantBreach[t] = false;
      return;
    }
    double maxLev = covenants.maxNetLeverage()[t];
    // NaN when not tested or when the ratio cannot be computed
    y.leverageHeadroom[t] = 1.0 - netLeverage / maxLev;
    boolean breach = Covenants.leverageBreached(netLeverage, netDebt, maxLev);
    double minCover = covenants.minInterestCover()[t];
    y.interestCoverHeadroom[t] = coverHeadroom(minCover, interestCover);
    breach |= Covenants.coverBreached(interestCover, minCover);
    double minService = covenants.minDebtServiceCover()[t];
    y.debtServiceCoverHeadroom[t] = coverHeadroom(minService, serviceCover);
    breach |= Covenants.coverBreached(serviceCover, minService);
    y.covenantBreach[t] = breach;
  }

  private static double coverHeadroom(double minimum, double actual) {
    if (Double.isNaN(minimum)) {
      return Double.NaN;
    }
    return actual > 0.0 ? 1.0 - minimum / actual : Double.NEGATIVE_INFINITY;
  }

}
