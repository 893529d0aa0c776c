package org.reprise.sim;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.reprise.model.Deal;
import org.reprise.model.DealException;
import org.reprise.model.MessageNumbers;
import org.reprise.model.risk.BusinessCycle;
import org.reprise.model.risk.RateShock;
import org.reprise.model.risk.Regime;
import org.reprise.model.risk.RiskModel;
import org.reprise.model.risk.ShortTimeWork;
import org.reprise.model.risk.StressScenario;

/**
 * Draws one path of the market from a {@link RiskModel} (docs/risk.md, "The path"): the regime of
 * each year from the Markov chain, revenue growth from the regime's Normal law (or from the stress
 * overlay in its window), the variable-cost shift and the AR(1) base-rate shock.
 *
 * <p>Every year consumes one uniform (the regime) and one Gaussian (the growth), then one Gaussian
 * for the margin shock if any regime has a random one, then one for the base rate if its volatility
 * is positive — whatever the regime of the year. Two runs with the same seed therefore use the same
 * random numbers year by year when a parameter changes (common random numbers: smooth sensitivity
 * grids), as long as the change does not switch the margin or rate randomness on or off.
 *
 * <p>Revenue: with plan revenue R_t and plan growth g_t = R_t / R_{t−1} − 1, the path's level
 * relative to the plan is L_t = L_{t−1} × (1 + g'_t) / (1 + g_t), L_{−1} = 1, and revenue R'_t =
 * R_t × L_t. A path whose growth equals the plan's keeps L = 1 exactly and reproduces the plan
 * revenue bit for bit. Growth is floored at {@link #GROWTH_FLOOR} (or at the plan's growth when the
 * plan itself falls further).
 *
 * <p>Recovery: the path also keeps its trend T, the level it would have with the same deviations
 * from the plan but none of its years of absolute growth (recessions "whatever the plan"): T moves
 * with L in the years of growth relative to the plan and in a stress's years, and stays put in
 * the years of absolute growth. A year in a regime with recovery κ > 0 first closes κ of the gap,
 * L ← L + κ (T − L), then applies its growth. With κ = 0 in every regime, L is computed exactly
 * as without the mechanism (bit for bit).
 *
 * <p>Stress overlay ({@link StressScenario#relativeToPlan()}): an absolute stress replaces the
 * year's growth and cost shift, and its year skips the recovery. A stress relative to the plan
 * leaves the year as it would have been (regime, draw, floor, recovery) and multiplies its growth
 * factor by the stress's, 1 + g' = (1 + g)(1 + s_j) (floored as above), moving L and T alike by
 * 1 + s_j: the path is the unstressed path times the stress's cumulative level, and a shock of 0
 * leaves it bit for bit. Its cost shift is added to the year's.
 *
 * <p>Personnel flexibility ({@link Regime#personnelFlex()}): in year t, with the year's flex f_t
 * (its regime's; in a stress's window, the stress's in its years of fall (growth or shock below
 * 0) and 0 in its rebound for an absolute stress, the larger of that and the regime's for a
 * relative one) and its shortfall s_t = max(0, 1 − L_t), the path's fixed personnel costs
 * are the plan's × (1 − f_t s_t) ({@link PathInputs#personnelCut} = f_t s_t). It draws no random
 * number: with f = 0 everywhere nothing changes, bit for bit. The risk model's {@link
 * ShortTimeWork} limits then cap the cut and the number of years cut ({@link ShortTimeWork#limit}).
 *
 * <p>Immutable and thread-safe.
 */
final class PathGenerator {

  /** Lowest yearly growth a path can have (a numerical guard: revenue never reaches 0). */
  static final double GROWTH_FLOOR = -0.99;

  private final int years;
  private final double[] planRevenue;
  private final double[] planGrowth;
  private final double[] initialCumulative;
  private final double[][] transitionCumulative;
  private final double[] growthMean;
  private final double[] growthSd;
  private final boolean[] relative;
  private final double[] costMean;
  private final double[] costSd;
  private final double[] recovery;
  private final double[] personnelFlex;
  private final double persistence;
  private final double volatility;
  private final double initialShock;
  private final StressScenario overlay;
  /**
   * The limits of the personnel flexibility (docs/risk.md §2.1); {@link ShortTimeWork#NONE} returns
   * every cut as it is (a cut is below 1), so no limit leaves the paths bit for bit as before.
   */
  private final ShortTimeWork shortTimeWork;
  private final boolean costRandom;
  private final boolean rateRandom;

  /**
   * @param deal the resolved deal (its revenue is the plan)
   * @param risk the risk model
   * @param overlay a stress applied in its window (replacing the draws, or on top of them when it
   *     is relative to the plan), or {@code null}
   * @throws DealException when the plan revenue is not positive, or the overlay starts after the
   *     horizon
   */
  PathGenerator(Deal deal, RiskModel risk, StressScenario overlay) {
    years = deal.years();
    planRevenue = deal.operations().revenue().clone();
    planGrowth = new double[years];
    double previous = deal.company().base().revenue();
    if (!(previous > 0.0)) {
      throw new DealException(
          "company.actuals.revenue",
          "the simulation applies growth to revenue: expected a positive base-year revenue, found "
              + MessageNumbers.amount(previous));
    }
    for (int t = 0; t < years; t++) {
      if (!(planRevenue[t] > 0.0) || Double.isInfinite(planRevenue[t])) {
        throw new DealException(
            "projections.revenue",
            "the simulation applies growth to revenue: expected positive revenue every year, found "
                + MessageNumbers.amount(planRevenue[t])
                + " in year "
                + (t + 1));
      }
      planGrowth[t] = planRevenue[t] / previous - 1.0;
      previous = planRevenue[t];
    }
    BusinessCycle cycle = risk.cycle();
    int k = cycle.size();
    initialCumulative = cumulative(cycle.initial());
    transitionCumulative = new double[k][];
    double[][] p = cycle.transition();
    growthMean = new double[k];
    growthSd = new double[k];
    relative = new boolean[k];
    costMean = new double[k];
    costSd = new double[k];
    recovery = new double[k];
    personnelFlex = new double[k];
    for (int i = 0; i < k; i++) {
      transitionCumulative[i] = cumulative(p[i]);
      Regime r = cycle.regimes().get(i);
      growthMean[i] = r.growthMean();
      growthSd[i] = r.growthSd();
      relative[i] = r.relativeToPlan();
      costMean[i] = r.costShiftMean();
      costSd[i] = r.costShiftSd();
      recovery[i] = r.recovery();
      personnelFlex[i] = r.personnelFlex();
    }
    boolean anyCostSd = false;
    for (double sd : costSd) {
      anyCostSd |= sd > 0.0;
    }
    costRandom = anyCostSd;
    RateShock rates = risk.rates();
    persistence = rates.persistence();
    volatility = rates.volatility();
    initialShock = rates.initial();
    rateRandom = volatility > 0.0;
    if (overlay != null && overlay.startYear() > years) {
      throw new DealException(
          "risk.stress." + overlay.name() + ".startYear",
          "the stress starts in year "
              + overlay.startYear()
              + ", after the "
              + years
              + "-year horizon");
    }
    this.overlay = overlay;
    shortTimeWork = risk.shortTimeWork();
  }

  private static double[] cumulative(double[] p) {
    double[] c = new double[p.length];
    double s = 0.0;
    for (int j = 0; j < p.length; j++) {
      s += p[j];
      c[j] = s;
    }
    return c;
  }

  /**
   * @return the regime whose cumulative probability first exceeds u (the last one otherwise)
   */
  static int pick(double[] cumulative, double u) {
    int last = cumulative.length - 1;
    for (int j = 0; j < last; j++) {
      if (u < cumulative[j]) {
        return j;
      }
    }
    return last;
  }

  /**
   * @return the number of projected years
   */
  int years() {
    return years;
  }

  /** Draws one path into {@code out}. */
  void generate(UniformRandomProvider rng, NormalizedGaussianSampler gauss, PathInputs out) {
    double level = 1.0;
    double trend = 1.0;
    double shock = initialShock;
    boolean costShifted = false;
    boolean rateShifted = false;
    boolean personnelFlexed = false;
    int state = 0;
    for (int t = 0; t < years; t++) {
      double u = rng.nextDouble();
      state = t == 0 ? pick(initialCumulative, u) : pick(transitionCumulative[state], u);
      double zGrowth = gauss.sample();
      double zCost = costRandom ? gauss.sample() : 0.0;
      double zRate = rateRandom ? gauss.sample() : 0.0;
      double g;
      double cost;
      boolean stressed = overlay != null && overlay.covers(t);
      boolean replaced = stressed && !overlay.relativeToPlan();
      if (replaced) {
        g = overlay.growthAt(t);
        cost = overlay.costShiftAt(t);
      } else {
        double draw = growthMean[state] + growthSd[state] * zGrowth;
        g = relative[state] ? planGrowth[t] + draw : draw;
        cost = costMean[state] + costSd[state] * zCost;
      }
      if (g < GROWTH_FLOOR && g < planGrowth[t]) {
        g = Math.min(GROWTH_FLOOR, planGrowth[t]);
      }
      // a stress relative to the plan: a shock on top of the year's own growth,
      // 1 + g' = (1 + g)(1 + s); a shock of 0 leaves the year exactly as it was
      double shocked = 1.0;
      if (stressed && !replaced) {
        double s = overlay.growthAt(t);
        if (s != 0.0) {
          double gross = (1.0 + g) * (1.0 + s);
          if (gross - 1.0 < GROWTH_FLOOR && gross - 1.0 < planGrowth[t]) {
            gross = 1.0 + Math.min(GROWTH_FLOOR, planGrowth[t]);
          }
          shocked = gross / (1.0 + g);
          g = gross - 1.0;
        }
        double c = overlay.costShiftAt(t);
        if (c != 0.0) {
          cost += c;
        }
      }
      double realised = g;
      if (!replaced && recovery[state] > 0.0 && level != trend) {
        double before = level;
        level += recovery[state] * (trend - level);
        realised = (1.0 + g) * (level / before) - 1.0;
      }
      double factor = (1.0 + g) / (1.0 + planGrowth[t]);
      level *= factor;
      if (replaced || relative[state]) {
        trend *= factor;
      } else if (shocked != 1.0) {
        trend *= shocked; // the shock moves the trend too: no recovery undoes it
      }
      // personnel flexibility: the fixed payroll follows f × the shortfall below the plan, in the
      // recession regime's years and in a stress's years of fall (its growth or shock below 0),
      // not in the rebound after it: short-time working is time-limited (review 18, finding 1)
      double flex = personnelFlex[state];
      if (stressed) {
        double own = overlay.growthAt(t) < 0.0 ? overlay.personnelFlex() : 0.0;
        flex = replaced ? own : Math.max(flex, own);
      }
      double cut = flex > 0.0 && level < 1.0 ? flex * (1.0 - level) : 0.0;
      // the scheme's limits: a cut no deeper than maxCut, in at most `years` years of a window
      // (the path's earlier cuts are already in out.personnelCut)
      cut = shortTimeWork.limit(cut, out.personnelCut, t);
      shock = persistence * shock + volatility * zRate;
      out.regime[t] = state;
      out.personnelCut[t] = cut;
      personnelFlexed |= cut != 0.0;
      out.growth[t] = realised;
      out.revenue[t] = planRevenue[t] * level;
      out.costShift[t] = cost;
      out.rateShift[t] = shock;
      costShifted |= cost != 0.0;
      rateShifted |= shock != 0.0;
    }
    out.costShifted = costShifted;
    out.rateShifted = rateShifted;
    out.personnelFlexed = personnelFlexed;
  }
}
