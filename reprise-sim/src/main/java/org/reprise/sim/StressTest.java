package org.reprise.sim;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.reprise.engine.DealResult;
import org.reprise.engine.LboEngine;
import org.reprise.model.Deal;
import org.reprise.model.DealException;
import org.reprise.model.risk.RiskModel;
import org.reprise.model.risk.ShortTimeWork;
import org.reprise.model.risk.StressScenario;

/**
 * A named stress scenario applied to the deterministic deal: in its window the plan's revenue
 * growth is replaced by the scenario's (an absolute stress) or multiplied by it, 1 + g' = (1 +
 * g_plan)(1 + s) (a stress relative to the plan, {@link StressScenario#relativeToPlan()}), and the
 * variable-cost share shifted if the scenario says so; the rest of the plan unchanged from the
 * level reached, and the entry price as agreed at closing. Built by the same path code as the simulation (a path with no randomness), run by the
 * same engine.
 */
public final class StressTest {

  private StressTest() {}

  /**
   * The stress with no limit to its personnel flexibility ({@link ShortTimeWork#NONE}): for a
   * stress of a file, whose risk model may limit the flex, use {@link #apply(Deal, StressScenario,
   * ShortTimeWork)} with the model's limits.
   *
   * @param deal the resolved deal
   * @param stress the scenario
   * @return the stressed deal (its arrays are its own)
   * @throws DealException when the deal cannot be computed or the stress starts after the horizon
   */
  public static Deal apply(Deal deal, StressScenario stress) {
    return apply(deal, stress, ShortTimeWork.NONE);
  }

  /**
   * @param deal the resolved deal
   * @param stress the scenario
   * @param limits the limits of the stress's personnel flexibility (the risk model's, {@link
   *     RiskModel#shortTimeWork()})
   * @return the stressed deal (its arrays are its own)
   * @throws DealException when the deal cannot be computed or the stress starts after the horizon
   */
  public static Deal apply(Deal deal, StressScenario stress, ShortTimeWork limits) {
    return apply(deal, LboEngine.DEFAULT.run(deal), stress, limits);
  }

  /**
   * @return the engine's result for the stressed deal, with no limit to its personnel flexibility
   *     (as {@link #apply(Deal, StressScenario)})
   */
  public static DealResult run(Deal deal, StressScenario stress) {
    return LboEngine.DEFAULT.run(apply(deal, stress));
  }

  static Deal apply(
      Deal deal, DealResult deterministic, StressScenario stress, ShortTimeWork limits) {
    PathGenerator generator =
        new PathGenerator(deal, RiskModel.planOnly().withShortTimeWork(limits), stress);
    PathInputs in = new PathInputs(deal.years(), deal.financing().debt().size());
    UniformRandomProvider rng = Seeds.forPath(0L, 0L); // drawn from, but nothing depends on it
    generator.generate(rng, ZigguratSampler.NormalizedGaussian.of(rng), in);
    return PathDeals.of(deal, deterministic).build(in);
  }
}
