package org.reprise.model;

/**
 * Financial covenants per projected year; {@code NaN} means not tested that year.
 *
 * @param maxNetLeverage maximum net debt / EBITDA (times)
 * @param minInterestCover minimum EBITDA / cash interest (times)
 * @param minDebtServiceCover minimum cash flow available for debt service / (cash interest +
 *     mandatory repayment) (times)
 * @param drawstop true when a covenant breach or a payment default in a year stops new drawings
 *     on the revolvers the next year (the facility's "no Default continuing" condition of a
 *     utilisation, docs/methodology.md §6); false when the lenders are assumed to waive the breach
 */
public record Covenants(
    double[] maxNetLeverage, double[] minInterestCover, double[] minDebtServiceCover,
    boolean drawstop) {

  /**
   * The largest credit ratio (leverage, cover) whose digits the reports print, in times. A ratio
   * beyond it comes from an EBITDA, an interest charge or a debt service close to zero (a net
   * debt of 36.8 M€ over an EBITDA of 2 k€ is "18,376.94×", review 29, L3): its digits mean
   * nothing, so the reports print "&gt; 100×" (or "&lt; −100×"); the JSON keeps the exact value.
   */
  public static final double SHOWN_RATIO_LIMIT = 100.0;

  /**
   * @param years the number of years from year 1 (the holding period: years 1 to the exit)
   * @return true when some covenant has a level (is tested) in some of the first {@code years}
   *     years; false for a deal that tests none over them, such as a status quo
   */
  public boolean testedBefore(int years) {
    return tested(maxNetLeverage, years)
        || tested(minInterestCover, years)
        || tested(minDebtServiceCover, years);
  }

  private static boolean tested(double[] levels, int years) {
    if (levels == null) {
      return false;
    }
    for (int t = 0; t < Math.min(years, levels.length); t++) {
      if (!Double.isNaN(levels[t])) {
        return true;
      }
    }
    return false;
  }

  /**
   * The net leverage test (docs/methodology.md §6): broken above the maximum, and when the ratio
   * cannot be computed (EBITDA ≤ 0) with a positive net debt.
   *
   * @param netLeverage net debt / EBITDA, NaN when EBITDA ≤ 0
   * @param netDebt net debt, currency units
   * @param maximum the covenant's level, NaN when not tested
   * @return true when the covenant is tested and broken
   */
  public static boolean leverageBreached(double netLeverage, double netDebt, double maximum) {
    if (Double.isNaN(maximum)) {
      return false;
    }
    return Double.isNaN(netLeverage) ? netDebt > 0.0 : netLeverage > maximum;
  }

  /**
   * A cover test (interest cover, DSCR; docs/methodology.md §6): broken below the minimum, and
   * when the ratio is not a number.
   *
   * @param actual the ratio
   * @param minimum the covenant's level, NaN when not tested
   * @return true when the covenant is tested and broken
   */
  public static boolean coverBreached(double actual, double minimum) {
    return !Double.isNaN(minimum) && !(actual >= minimum);
  }
}
