package org.reprise.model.risk;

import org.reprise.model.DealException;
import org.reprise.model.MessageNumbers;

/**
 * One state of the business cycle (for example "expansion" or "recession") and what the operating
 * company's market does in a year spent in it.
 *
 * <p><b>Revenue growth.</b> In a year spent in this regime, revenue growth is drawn from
 * Normal({@code growthMean}, {@code growthSd}). When {@code relativeToPlan} is true the draw is a
 * deviation added to the deal's own plan growth of that year (growth = plan growth + draw), so that
 * a mean and standard deviation of 0 reproduce the plan exactly; otherwise the draw is the year's
 * growth itself, whatever the plan says. Growth is a decimal per year (−0.15 = −15 %).
 *
 * <p><b>Margin shock.</b> {@code costShiftMean} and {@code costShiftSd} give a Normal shift of the
 * variable-cost share of revenue (decimal points of revenue, +0.02 = costs take 2 % more of
 * revenue), applied to the purchases driver. EBITDA falls by {@code shift × revenue}; fixed costs
 * still give the engine's operating leverage. 0 and 0 mean no shock.
 *
 * <p><b>Recovery.</b> {@code recovery} is the share of the path's <i>recession gap</i> closed in a
 * year spent in this regime, before the year's growth applies (docs/risk.md §2.1 and §3). The gap
 * is what the years of absolute growth ({@code relativeToPlan} false, such as a recession "whatever
 * the plan") moved the path's revenue away from its trend, the level it would have reached with
 * the same deviations from the plan in the other years; a year of growth relative to the plan
 * moves the level and the trend alike. 0 keeps the gap for good (the plan's growth then applies to
 * the lower level); 1 closes it in one year. Only a regime whose growth is relative to the plan
 * can recover: a year of absolute growth is its growth, whatever the plan.
 *
 * <p><b>Personnel flexibility.</b> {@code personnelFlex} f is the share of the revenue shortfall
 * that the fixed part of the personnel costs (the payroll of the headcount) follows in a year spent
 * in this regime, for instance through short-time working (docs/risk.md §2.1): with shortfall s =
 * max(0, 1 − path revenue / plan revenue), the year's fixed personnel costs are the plan's × (1 −
 * f × s). 0 (the default) keeps them as planned; 1 makes them fall in proportion to the revenue
 * lost. The variable part of the personnel driver (a share of revenue) follows revenue anyway.
 *
 * @param name regime name, unique within its cycle (a key of the deal file)
 * @param growthMean mean growth (or mean deviation from the plan), decimal per year
 * @param growthSd standard deviation of the growth, decimal per year, ≥ 0
 * @param relativeToPlan true when the growth is a deviation from the deal's plan growth
 * @param costShiftMean mean shift of the variable-cost share of revenue, decimal
 * @param costShiftSd standard deviation of that shift, decimal, ≥ 0
 * @param recovery share of the recession gap closed in a year of this regime, 0 to 1
 * @param personnelFlex share of the revenue shortfall the fixed personnel costs follow, 0 to 1
 */
public record Regime(
    String name,
    double growthMean,
    double growthSd,
    boolean relativeToPlan,
    double costShiftMean,
    double costShiftSd,
    double recovery,
    double personnelFlex) {

  /**
   * The most short-time working can save per idled hour, as a share of its loaded cost: the
   * employer pays an indemnity of 60 % of gross pay, free of social contributions, and receives
   * an allocation of 36 % (Code du travail R5122-18 and R5122-12, our reading, docs/risk.md §2.1),
   * against 1.42 × gross pay for an hour worked: (1.42 − 0.24) / 1.42 ≈ 0.83. A flexibility above
   * it stands for pay cuts or departures that the model does not count.
   */
  public static final double SHORT_TIME_WORK_CEILING =
      1.0 - (Regime.SHORT_TIME_INDEMNITY - Regime.SHORT_TIME_ALLOCATION)
          * org.reprise.model.Participation.DEFAULT_GROSS_WAGE_SHARE;

  /** Indemnity for an hour not worked, share of gross pay (Code du travail R5122-18). */
  static final double SHORT_TIME_INDEMNITY = 0.60;

  /** State allocation for an hour not worked, share of gross pay (R5122-12, since 2023). */
  static final double SHORT_TIME_ALLOCATION = 0.36;

  /** Validates every field; paths are {@code risk.cycle.regimes.<name>.<field>}. */
  public Regime {
    RiskChecks.name(name, "risk.cycle.regimes");
    String p = "risk.cycle.regimes." + name;
    if (relativeToPlan) {
      RiskChecks.finite(growthMean, p + ".growth.mean");
    } else {
      RiskChecks.growth(growthMean, p + ".growth.mean");
    }
    RiskChecks.notNegative(growthSd, p + ".growth.sd");
    if (!(Math.abs(costShiftMean) < 1.0)) {
      throw new DealException(
          p + ".costShift.mean",
          "expected a shift of the variable-cost share between −1 and 1, found "
              + MessageNumbers.number(costShiftMean));
    }
    RiskChecks.notNegative(costShiftSd, p + ".costShift.sd");
    if (!(recovery >= 0.0 && recovery <= 1.0)) {
      throw new DealException(
          p + ".recovery",
          "expected a share of the gap between 0 and 1, found " + MessageNumbers.number(recovery));
    }
    if (recovery > 0.0 && !relativeToPlan) {
      throw new DealException(
          p + ".recovery",
          "expected no recovery (0) in a regime of absolute growth (relativeToPlan false), found "
              + MessageNumbers.number(recovery));
    }
    RiskChecks.personnelFlex(personnelFlex, p + ".personnelFlex");
  }

  /** A regime whose personnel costs do not respond to revenue (personnel flexibility 0). */
  public Regime(
      String name,
      double growthMean,
      double growthSd,
      boolean relativeToPlan,
      double costShiftMean,
      double costShiftSd,
      double recovery) {
    this(name, growthMean, growthSd, relativeToPlan, costShiftMean, costShiftSd, recovery, 0.0);
  }

  /** A regime with no recovery (its losses, if any, are kept for good). */
  public Regime(
      String name,
      double growthMean,
      double growthSd,
      boolean relativeToPlan,
      double costShiftMean,
      double costShiftSd) {
    this(name, growthMean, growthSd, relativeToPlan, costShiftMean, costShiftSd, 0.0);
  }

  /**
   * A regime with growth only (no margin shock).
   *
   * @param name regime name
   * @param growthMean mean growth, decimal
   * @param growthSd standard deviation, decimal
   * @param relativeToPlan true for a deviation from the plan growth
   * @return the regime
   */
  public static Regime of(String name, double growthMean, double growthSd, boolean relativeToPlan) {
    return new Regime(name, growthMean, growthSd, relativeToPlan, 0.0, 0.0, 0.0, 0.0);
  }

  /**
   * @return the same regime with another recovery share
   */
  public Regime withRecovery(double share) {
    return new Regime(
        name, growthMean, growthSd, relativeToPlan, costShiftMean, costShiftSd, share,
        personnelFlex);
  }

  /**
   * @return the same regime with another personnel flexibility (0 to 1)
   */
  public Regime withPersonnelFlex(double flex) {
    return new Regime(
        name, growthMean, growthSd, relativeToPlan, costShiftMean, costShiftSd, recovery, flex);
  }

  /**
   * @return true when a year in this regime involves no randomness at all
   */
  public boolean isDeterministic() {
    return growthSd == 0.0 && costShiftSd == 0.0;
  }
}
