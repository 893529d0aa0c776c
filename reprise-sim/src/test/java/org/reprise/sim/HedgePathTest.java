package org.reprise.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.junit.jupiter.api.Test;
import org.reprise.engine.DealResult;
import org.reprise.engine.LboEngine;
import org.reprise.model.Deal;
import org.reprise.model.Hedge;
import org.reprise.model.Tranche;
import org.reprise.model.risk.RateShock;
import org.reprise.model.risk.RiskModel;

/**
 * A hedged tranche on a Monte Carlo path (docs/methodology.md §5.1, docs/risk.md §2.2): the hedge
 * settles on the path's base rate (the unfloored base plus the shock), so that a swap takes the
 * shock off the loan's cost; with no randomness the path is the deterministic run.
 */
class HedgePathTest {

  /** The factory deal with a swap of 75 % at 2.4 % for 3 years on both senior term loans. */
  static Deal hedgedFactory(Hedge.Type type, double share, double rate, int years) {
    Deal deal = Deals.factory();
    List<Tranche> debt = new ArrayList<>(deal.financing().debt());
    for (int i = 1; i <= 2; i++) {
      Tranche tr = debt.get(i);
      debt.set(i, tr.withHedge(new Hedge(type, share, rate, years,
          type == Hedge.Type.CAP ? 0.006 : 0.0, tr.baseRate())));
    }
    return DealEdits.withFinancing(deal, deal.financing().withDebt(debt));
  }

  @Test
  void aPathWithNoRandomnessReproducesTheHedgedRun() {
    Deal deal = hedgedFactory(Hedge.Type.SWAP, 0.75, 0.024, 3);
    DealResult expected = LboEngine.DEFAULT.run(deal);
    assertThat(expected.years().hedgeSettlement[0]).isGreaterThan(0.0);
    for (RiskModel risk : List.of(NoRandomnessTest.NO_RANDOMNESS, RiskModel.planOnly())) {
      PathGenerator generator = new PathGenerator(deal, risk, null);
      PathInputs in = new PathInputs(deal.years(), deal.financing().debt().size());
      UniformRandomProvider rng = Seeds.forPath(42L, 0);
      generator.generate(rng, ZigguratSampler.NormalizedGaussian.of(rng), in);
      DealResult actual = LboEngine.DEFAULT.run(PathDeals.of(deal, expected).build(in));
      NoRandomnessTest.assertSameResults(actual, expected);
      for (int t = 0; t < deal.years(); t++) {
        assertThat(actual.years().hedgeSettlement[t])
            .isCloseTo(expected.years().hedgeSettlement[t], within(1e-9));
      }
    }
    // a shift of 0 flagged as a shift: the same hedge flows, bit for bit
    DealResult zero = LboEngine.DEFAULT.run(Deals.shiftedPath(deal, new double[5]));
    assertThat(zero.years().hedgeSettlement).containsExactly(expected.years().hedgeSettlement);
    SimulationResult r =
        Simulator.DEFAULT.run(deal, NoRandomnessTest.NO_RANDOMNESS, 200, 7L, 2, null, null);
    assertThat(r.pooledIrr(0)).isCloseTo(expected.returns().get(0).irr(), within(1e-9));
  }

  /**
   * A shift of +1 point in year 1 on term loan A (8.1 M€ at closing, 1/6 a year; scheduled
   * average (8.1 + 6.75) / 2 = 7.425 M€) and B (10.8 M€ bullet): the swap's settlement falls by
   * 75 % × (7.425 + 10.8) M€ × 1 % = 136,687.5 €, the amount by which the floating interest on
   * the scheduled balances rises.
   */
  @Test
  void theHedgeSettlesOnThePathsBaseRate() {
    Deal deal = hedgedFactory(Hedge.Type.SWAP, 0.75, 0.024, 3);
    double[] shift = {0.01, 0.0, 0.0, 0.0, 0.0};
    DealResult plan = LboEngine.DEFAULT.run(deal);
    DealResult shocked = LboEngine.DEFAULT.run(Deals.shiftedPath(deal, shift));
    assertThat(plan.years().hedgeSettlement[0] - shocked.years().hedgeSettlement[0])
        .isCloseTo(0.75 * (7_425_000.0 + 10_800_000.0) * 0.01, within(1e-6));
    assertThat(shocked.years().hedgeSettlement[1]).isEqualTo(plan.years().hedgeSettlement[1]);
  }

  /**
   * Over 400 paths of base-rate shocks alone (no business cycle), the senior loans' cost over the
   * hold (cash interest + the hedges' net settlement) spreads less with a 100 % swap for the whole
   * hold than without a hedge, and a cap cuts its upper tail: the swap removes the shock from
   * the cost on the scheduled balance, leaving only the sweep's over-hedging.
   */
  @Test
  void aSwapNarrowsTheSpreadOfTheSeniorCost() {
    RiskModel rates = new RiskModel(RiskModel.planOnly().cycle(),
        new RateShock(0.8, 0.0075, 0.0), List.of());
    Deal plain = Deals.factory();
    Deal swapped = hedgedFactory(Hedge.Type.SWAP, 1.0, 0.024, 5);
    Deal capped = hedgedFactory(Hedge.Type.CAP, 1.0, 0.03, 5);
    double[] sdPlain = costs(plain, rates);
    double[] sdSwap = costs(swapped, rates);
    double[] sdCap = costs(capped, rates);
    assertThat(sdSwap[0]).isLessThan(0.2 * sdPlain[0]);
    assertThat(sdCap[1]).as("the worst 5 %% of costs").isLessThan(sdPlain[1]);
  }

  /** @return the standard deviation of the senior cost over the paths, and its 95th percentile */
  private static double[] costs(Deal deal, RiskModel risk) {
    PathGenerator generator = new PathGenerator(deal, risk, null);
    PathDeals paths = PathDeals.of(deal, LboEngine.DEFAULT.run(deal));
    int n = 400;
    double[] cost = new double[n];
    double sum = 0.0;
    for (int p = 0; p < n; p++) {
      PathInputs in = new PathInputs(deal.years(), deal.financing().debt().size());
      UniformRandomProvider rng = Seeds.forPath(11L, p);
      generator.generate(rng, ZigguratSampler.NormalizedGaussian.of(rng), in);
      DealResult r = LboEngine.DEFAULT.run(paths.build(in));
      for (int t = 0; t < r.exitYearIndex(); t++) {
        cost[p] += r.debt().get(1).cashInterest()[t] + r.debt().get(2).cashInterest()[t]
            + r.years().hedgeSettlement[t];
      }
      sum += cost[p];
    }
    double mean = sum / n;
    double var = 0.0;
    for (double c : cost) {
      var += (c - mean) * (c - mean);
    }
    double[] sorted = cost.clone();
    java.util.Arrays.sort(sorted);
    return new double[] {Math.sqrt(var / (n - 1)), sorted[(int) (0.95 * n)]};
  }
}
