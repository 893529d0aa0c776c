package org.reprise.model.risk;

import org.reprise.model.DealException;

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
 * @param name regime name, unique within its cycle (a key of the deal file)
 * @param growthMean mean growth (or mean deviation from the plan), decimal per year
 * @param growthSd standard deviation of the growth, decimal per year, ≥ 0
 * @param relativeToPlan true when the growth is a deviation from the deal's plan growth
 * @param costShiftMean mean shift of the variable-cost share of revenue, decimal
 * @param costShiftSd standard deviation of that shift, decimal, ≥ 0
 */
public record Regime(
    String name,
    double growthMean,
    double growthSd,
    boolean relativeToPlan,
    double costShiftMean,
    double costShiftSd) {

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
          "expected a shift of the variable-cost share between −1 and 1, found " + costShiftMean);
    }
    RiskChecks.notNegative(costShiftSd, p + ".costShift.sd");
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
    return new Regime(name, growthMean, growthSd, relativeToPlan, 0.0, 0.0);
  }

  /**
   * @return true when a year in this regime involves no randomness at all
   */
  public boolean isDeterministic() {
    return growthSd == 0.0 && costShiftSd == 0.0;
  }
}
