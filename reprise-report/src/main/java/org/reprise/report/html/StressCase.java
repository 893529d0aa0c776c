package org.reprise.report.html;

import org.reprise.model.Deal;
import org.reprise.model.risk.StressScenario;
import org.reprise.sim.StressTest;

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
 * the shock spares when it starts in year 2). The entry price is the one agreed at closing in any
 * case, as for every stress.
 *
 * <p>One mechanism: the case is a {@link StressScenario} relative to the plan (growth −30 %, then
 * the rebounds 0.8 / 0.7 − 1, 0.9 / 0.8 − 1 and 1 / 0.9 − 1 on top of the plan's own growth, which
 * bring the revenue back on plan), applied by {@link StressTest} as {@code reprise simulate --stress}
 * applies a stress of the deal file (docs/risk.md §2.3).
 */
public final class StressCase {

  /** Fall in revenue in the first year of the shock: 30 %. */
  public static final double FALL = 0.30;

  /** Name of the {@link #scenario}. */
  public static final String NAME = "works-council";

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

  /**
   * @return the stress case as a stress scenario relative to the plan: in the shock year and the
   *     three after, the growth on top of the plan's that makes the revenue {@link #factor} times
   *     the plan's (the last year brings it back on plan)
   */
  public static StressScenario scenario(Deal deal) {
    int k = shockYear(deal);
    double[] growth = new double[4];
    double level = 1.0;
    for (int j = 0; j < growth.length; j++) {
      double next = factor(deal, k + j);
      growth[j] = next / level - 1.0;
      level = next;
    }
    return new StressScenario(NAME, "the works-council report's stress case: revenue 30 %, 20 % and"
        + " 10 % below the plan in three successive years, then back on it", k, growth, null, true);
  }

  /** @return a copy of {@code deal} whose revenue follows the stress case */
  public static Deal of(Deal deal) {
    return StressTest.apply(deal, scenario(deal));
  }
}
