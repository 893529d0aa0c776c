package org.reprise.report.html;

import org.reprise.model.Deal;
import org.reprise.model.Operations;

/**
 * The stress case of the works-council report: a fall in sales like the one the Arve valley's
 * bar-turners lived through in 2009, applied to the resolved deal and run again through the engine.
 *
 * <p>Transformation: the revenue of projected year {@code k} (2 by default; 1 when the holding
 * period is a single year) is {@link #FALL} below plan, year {@code k + 1} two thirds of that
 * below, year {@code k + 2} one third below, and the later years are on plan. Nothing else is
 * changed: each cost keeps its driver (the variable share follows revenue, the fixed part and the
 * headcount do not move, which is the company's operating leverage), working capital given as a
 * share of revenue falls with it, and the price, the financing and the exit multiple are those of
 * the plan. The entry price is unchanged because it is set on the base year (or on year 1, which
 * the shock spares when it starts in year 2).
 */
public final class StressCase {

  /** Fall in revenue in the first year of the shock: 30 %. */
  public static final double FALL = 0.30;

  private StressCase() {}

  /** @return the projected year index (1 = first projected year) where the shock starts */
  public static int shockYear(Deal deal) {
    return deal.exit().year() >= 2 ? 2 : 1;
  }

  /** @return the factor applied to the revenue of projected year {@code year} (1-based) */
  public static double factor(Deal deal, int year) {
    int k = shockYear(deal);
    int d = year - k;
    if (d < 0 || d > 2) {
      return 1.0;
    }
    return 1.0 - FALL * (3 - d) / 3.0;
  }

  /** @return a copy of {@code deal} whose revenue follows the stress case */
  public static Deal of(Deal deal) {
    Operations o = deal.operations();
    double[] revenue = o.revenue().clone();
    for (int t = 0; t < revenue.length; t++) {
      revenue[t] *= factor(deal, t + 1);
    }
    return deal.withOperations(o.withRevenue(revenue));
  }
}
