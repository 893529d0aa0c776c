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
 * </ul>
 */
final class CreditStatistics {

  private CreditStatistics() {}

  static void compute(YearTable y, double debtAtClosing, Covenants covenants) {
    for (int t = 0; t < y.size(); t++) {
      double ebitda = y.ebitda[t];
      y.grossLeverage[t] = ebitda > 0.0 ? y.debt[t] / ebitda : Double.NaN;
      y.netLeverage[t] = ebitda > 0.0 ? y.netDebt[t] / ebitda : Double.NaN;
      double interest = y.cashInterest[t] + y.commitmentFees[t];
      y.interestCover[t] = interest > 0.0 ? ebitda / interest : Double.POSITIVE_INFINITY;
      double service = y.debtServiceDue[t];
      y.debtServiceCover[t] =
          service > 0.0 ? y.freeCashFlow[t] / service : Double.POSITIVE_INFINITY;
      y.cumulativeRepaidShare[t] =
          debtAtClosing > 0.0 ? 1.0 - y.debt[t] / debtAtClosing : Double.NaN;

      boolean breach = false;
      double maxLev = covenants.maxNetLeverage()[t];
      if (Double.isNaN(maxLev)) {
        y.leverageHeadroom[t] = Double.NaN;
      } else if (Double.isNaN(y.netLeverage[t])) {
        y.leverageHeadroom[t] = Double.NaN;
        breach |= y.netDebt[t] > 0.0;
      } else {
        y.leverageHeadroom[t] = 1.0 - y.netLeverage[t] / maxLev;
        breach |= y.netLeverage[t] > maxLev;
      }
      y.interestCoverHeadroom[t] = coverHeadroom(covenants.minInterestCover()[t], y.interestCover[t]);
      breach |= coverBreached(covenants.minInterestCover()[t], y.interestCover[t]);
      y.debtServiceCoverHeadroom[t] =
          coverHeadroom(covenants.minDebtServiceCover()[t], y.debtServiceCover[t]);
      breach |= coverBreached(covenants.minDebtServiceCover()[t], y.debtServiceCover[t]);
      y.covenantBreach[t] = breach;
    }
  }

  private static double coverHeadroom(double minimum, double actual) {
    if (Double.isNaN(minimum)) {
      return Double.NaN;
    }
    return actual > 0.0 ? 1.0 - minimum / actual : Double.NEGATIVE_INFINITY;
  }

  private static boolean coverBreached(double minimum, double actual) {
    return !Double.isNaN(minimum) && !(actual >= minimum);
  }
}
