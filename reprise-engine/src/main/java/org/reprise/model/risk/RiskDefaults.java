package org.reprise.model.risk;

import java.util.List;

/**
 * Documented default risk model for an automotive supplier of the Arve valley (bar-turning, about
 * 60 % of its revenue from the car industry). Every figure is explained, with its source, in
 * docs/risk.md ("Defaults"); none is hidden in the engine: they are inputs the deal file can
 * override.
 *
 * <p>Sources of the 2008–2009 figures (their references and addresses: docs/risk.md §4): orders −30 % to −70
 * % (SNDEC, usinenouvelle.com); valley revenue −50 % in Q1 2009 against Q1 2008 (L'Usine Nouvelle);
 * one supplier (Clufix) −25 % over 2009 (groupe-ecomedia.com); 2010 still −10 to −15 % below 2007
 * (mannecy.fr); pre-crisis levels regained around 2015 (Cetim, Expansion 2020 plan); world car
 * output −13.5 % in 2009 (OICA via blogautomobile.fr), Europe −13 %, France −20 % (caradisiac.com).
 */
public final class RiskDefaults {

  /**
   * Yearly probability that an expansion turns into a recession: mean expansion 1/0.125 = 8 years.
   * A judgement, a recession about every 8 to 10 years, within the range of annual vehicle output
   * (OICA): 3/14 = 0.214 for France 1999-2019, 1/14 = 0.071 for the world 1994-2010 (docs/risk.md
   * §4, "Calibration of the cycle", with their intervals).
   */
  public static final double EXPANSION_TO_RECESSION = 0.125;

  /**
   * Yearly probability that a recession ends: mean recession 1/0.65 ≈ 1.54 years; vehicle output
   * gives 3/5 = 0.60 (France) to 1/1 (world) (docs/risk.md §4, "Calibration of the cycle").
   */
  public static final double RECESSION_TO_EXPANSION = 0.65;

  /**
   * Expansion: standard deviation of growth around the plan, a judgement above the 3.8 % (world)
   * to 4.1 % (France) of vehicle output's expansion years, a market's dispersion that one
   * supplier's revenue can only exceed (docs/risk.md §4, "Calibration of the cycle").
   */
  public static final double EXPANSION_GROWTH_SD = 0.05;

  /**
   * Expansion: share of the recession gap closed each year (docs/risk.md §4). Calibrated on the
   * sourced path back from 2009 as the "2009" stress reads it (−30 %, 87.5 % of the pre-crisis
   * level in 2010, the pre-crisis level regained in 2015; the stress applies it below the plan): the revenue lost over the whole
   * recovery, 0.30 (1 − κ) / κ pre-crisis years of revenue, equals the stress's 0.125 + 0.101 +
   * 0.077 + 0.052 + 0.026 = 0.382, so κ = 0.30 / (0.30 + 0.382) = 0.44. That the gap closes
   * towards the plan (not towards the pre-crisis level) is a judgement.
   */
  public static final double EXPANSION_RECOVERY = 0.44;

  /**
   * Recession: mean revenue growth (≈ the 2009 fall of car output, world −13.5 %, Europe −13 %).
   */
  public static final double RECESSION_GROWTH_MEAN = -0.15;

  /** Recession: standard deviation, so that a 2009-like −25 % to −35 % year is 1 to 2 sd below. */
  public static final double RECESSION_GROWTH_SD = 0.10;

  /** "2009": revenue of the first stressed year, −30 % (orders −30 to −70 %, Clufix −25 %). */
  public static final double CRISIS_FALL = -0.30;

  /** "2009-severe": the valley's −50 % of Q1 2009 held for a whole year. */
  public static final double SEVERE_CRISIS_FALL = -0.50;

  /** Level one year after the fall, relative to before: 2010 was still −10 to −15 % below 2007. */
  public static final double LEVEL_AFTER_REBOUND = 0.875;

  /** Years from the rebound year to the pre-crisis level (2010 → 2015). */
  public static final int RECOVERY_YEARS = 5;

  private RiskDefaults() {}

  /**
   * The default model: {@link #autoSupplierCycle()}, no rate shocks, stresses "2009" and
   * "2009-severe".
   */
  public static RiskModel autoSupplier() {
    return new RiskModel(
        autoSupplierCycle(), RateShock.NONE, List.of(crisis2009(1), severeCrisis2009(1)));
  }

  /**
   * Two regimes, one step a year, starting from the stationary distribution:
   *
   * <pre>
   *                 to expansion   to recession
   *   expansion        0.875          0.125        growth = plan + N(0, 5 %), recovery 44 %
   *   recession        0.65           0.35         growth = N(−15 %, 10 %)
   * </pre>
   *
   * After a recession, each expansion year first closes 44 % of the gap the recession years left
   * between the path's revenue and its trend (§3 of docs/risk.md), then grows as the plan plus
   * the noise.
   *
   * A recession starts on average every 8 + 1.54 ≈ 9.5 years and lasts 1 year with probability
   * 0.65, 2 years with 0.23 (1.54 years on average); 16.1 % of years are recession years in the
   * long run. No margin shock: the fixed costs of the deal already give operating leverage.
   */
  public static BusinessCycle autoSupplierCycle() {
    return BusinessCycle.startingStationary(
        List.of(
            Regime.of("expansion", 0.0, EXPANSION_GROWTH_SD, true)
                .withRecovery(EXPANSION_RECOVERY),
            Regime.of("recession", RECESSION_GROWTH_MEAN, RECESSION_GROWTH_SD, false)),
        new double[][] {
          {1.0 - EXPANSION_TO_RECESSION, EXPANSION_TO_RECESSION},
          {RECESSION_TO_EXPANSION, 1.0 - RECESSION_TO_EXPANSION}
        });
  }

  /**
   * "2009", an overlay on the plan ({@link StressScenario#relativeToPlan()} true): revenue 30 %
   * below what it would have been in year {@code start}, 12.5 % below the next year (+25 % on top
   * of the year's own growth, like the valley in 2010), then +2.71 % a year on top of it for 5
   * years, back on it in the sixth year after the fall (like 2015). The sources measure a flat
   * market, so their pre-crisis level is the counterfactual; on a deal whose plan grows the
   * shortfall is taken from the plan (or a path's own growth), as the recovery's judgement of
   * docs/risk.md §4 already does.
   */
  public static StressScenario crisis2009(int start) {
    return crisis(
        "2009",
        "2009 crisis on top of the plan: revenue 30 % below it (orders −30 to −70 %), 12.5 % below"
            + " it the next year, back on it after 6 years (Arve valley 2009–2015)",
        start,
        CRISIS_FALL);
  }

  /**
   * "2009-severe", an overlay on the plan like {@link #crisis2009}: revenue 50 % below what it
   * would have been in year {@code start} (the valley's first quarter of 2009 held for a whole
   * year), then the same path back: 12.5 % below it the next year, back on it six years after the
   * fall.
   */
  public static StressScenario severeCrisis2009(int start) {
    return crisis(
        "2009-severe",
        "2009 crisis at its Q1 depth held for a year, on top of the plan: revenue 50 % below it,"
            + " 12.5 % below it the next year, back on it after 6 years",
        start,
        SEVERE_CRISIS_FALL);
  }

  private static StressScenario crisis(String name, String description, int start, double fall) {
    double[] g = new double[2 + RECOVERY_YEARS];
    g[0] = fall;
    g[1] = LEVEL_AFTER_REBOUND / (1.0 + fall) - 1.0;
    double recovery = Math.pow(1.0 / LEVEL_AFTER_REBOUND, 1.0 / RECOVERY_YEARS) - 1.0;
    for (int k = 2; k < g.length; k++) {
      g[k] = recovery;
    }
    return new StressScenario(name, description, start, g, new double[0], true);
  }
}
