package org.reprise.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.junit.jupiter.api.Test;
import org.reprise.engine.DealResult;
import org.reprise.engine.LboEngine;
import org.reprise.model.Deal;
import org.reprise.model.risk.BusinessCycle;
import org.reprise.model.risk.RateShock;
import org.reprise.model.risk.Regime;
import org.reprise.model.risk.RiskDefaults;
import org.reprise.model.risk.RiskModel;

/** The market paths: Markov chain, growth laws, margin and rate shocks, stress overlay. */
class PathGeneratorTest {

  private static Deal longDeal(int years) {
    Deals d = new Deals();
    d.years = years;
    d.exitYear = years;
    d.growth = new double[] {0.02};
    // floating: base 5 % floored at 0, no margin
    d.floatingTerm("Senior", "banks", 40.0, 0.05, 0.0, 0.0, years + 1, false);
    return d.build();
  }

  private static PathInputs draw(PathGenerator g, long seed, long path, int tranches) {
    PathInputs in = new PathInputs(g.years(), tranches);
    UniformRandomProvider rng = Seeds.forPath(seed, path);
    g.generate(rng, ZigguratSampler.NormalizedGaussian.of(rng), in);
    return in;
  }

  @Test
  void regimeFrequenciesConvergeToTheStationaryDistribution() {
    // 3 regimes, a chain started in regime "a": after 40 years the regime frequencies across
    // paths are the stationary ones (the chain mixes in a few years). 20 000 paths: the standard
    // error of a frequency is ≤ 0.0036; tolerance 0.015 (≈ 4 standard errors).
    double[][] p = {{0.8, 0.15, 0.05}, {0.3, 0.5, 0.2}, {0.1, 0.4, 0.5}};
    List<Regime> regimes =
        List.of(Regime.of("a", 0, 0, true), Regime.of("b", 0, 0, true), Regime.of("c", 0, 0, true));
    BusinessCycle cycle = BusinessCycle.startingIn(regimes, p, "a");
    double[] pi = cycle.stationary();
    Deal deal = longDeal(40);
    PathGenerator g = new PathGenerator(deal, RiskModel.planOnly().withCycle(cycle), null);
    int paths = 20_000;
    long[] atEnd = new long[3];
    long[][] transitions = new long[3][3];
    for (int path = 0; path < paths; path++) {
      PathInputs in = draw(g, 99L, path, 1);
      assertThat(in.regime[0]).isZero();
      atEnd[in.regime[39]]++;
      for (int t = 1; t < 40; t++) {
        transitions[in.regime[t - 1]][in.regime[t]]++;
      }
    }
    for (int i = 0; i < 3; i++) {
      assertThat((double) atEnd[i] / paths).isCloseTo(pi[i], within(0.015));
      long row = transitions[i][0] + transitions[i][1] + transitions[i][2];
      for (int j = 0; j < 3; j++) {
        assertThat((double) transitions[i][j] / row).isCloseTo(p[i][j], within(0.005));
      }
    }
  }

  @Test
  void theDefaultCycleStartedStationaryStaysStationaryEveryYear() {
    BusinessCycle cycle = RiskDefaults.autoSupplierCycle();
    double recession = cycle.stationary()[1];
    PathGenerator g = new PathGenerator(longDeal(10), RiskDefaults.autoSupplier(), null);
    int paths = 40_000;
    long[] inRecession = new long[10];
    for (int path = 0; path < paths; path++) {
      PathInputs in = draw(g, 5L, path, 1);
      for (int t = 0; t < 10; t++) {
        inRecession[t] += in.regime[t];
      }
    }
    for (int t = 0; t < 10; t++) {
      // standard error √(0.161 × 0.839 / 40 000) ≈ 0.0018
      assertThat((double) inRecession[t] / paths).isCloseTo(recession, within(0.008));
    }
  }

  @Test
  void growthFollowsTheRegimesNormalLaw() {
    Deal deal = longDeal(20);
    PathGenerator g = new PathGenerator(deal, RiskDefaults.autoSupplier(), null);
    double[] sum = new double[2];
    double[] sumSq = new double[2];
    long[] n = new long[2];
    for (int path = 0; path < 5000; path++) {
      PathInputs in = draw(g, 8L, path, 1);
      for (int t = 0; t < 20; t++) {
        int r = in.regime[t];
        // expansion: deviation from the plan's 2 %; recession: absolute growth
        double x = r == 0 ? in.growth[t] - 0.02 : in.growth[t];
        sum[r] += x;
        sumSq[r] += x * x;
        n[r]++;
        assertThat(in.costShift[t]).isZero();
        assertThat(in.rateShift[t]).isZero();
      }
    }
    double[] mean = {0.0, RiskDefaults.RECESSION_GROWTH_MEAN};
    double[] sd = {RiskDefaults.EXPANSION_GROWTH_SD, RiskDefaults.RECESSION_GROWTH_SD};
    for (int r = 0; r < 2; r++) {
      double m = sum[r] / n[r];
      double s = Math.sqrt(sumSq[r] / n[r] - m * m);
      assertThat(m).isCloseTo(mean[r], within(5 * sd[r] / Math.sqrt(n[r])));
      assertThat(s).isCloseTo(sd[r], within(0.03 * sd[r]));
    }
  }

  @Test
  void revenueIsThePlanTimesTheLevelReached() {
    Deal deal = longDeal(6);
    PathGenerator g = new PathGenerator(deal, RiskDefaults.autoSupplier(), null);
    PathInputs in = draw(g, 1L, 3L, 1);
    double r = deal.company().base().revenue();
    for (int t = 0; t < 6; t++) {
      r *= 1.0 + in.growth[t];
      assertThat(in.revenue[t]).isCloseTo(r, within(1e-12 * r));
    }
  }

  @Test
  void rateShocksAreAnAr1WithTheStationaryVariance() {
    double phi = 0.8;
    double sigma = 0.0075;
    RiskModel risk = RiskModel.planOnly().withRates(new RateShock(phi, sigma, 0.0));
    PathGenerator g = new PathGenerator(longDeal(30), risk, null);
    double sumSq = 0;
    double sumLag = 0;
    int paths = 20_000;
    for (int path = 0; path < paths; path++) {
      PathInputs in = draw(g, 2L, path, 1);
      assertThat(in.rateShifted).isTrue();
      sumSq += in.rateShift[29] * in.rateShift[29];
      sumLag += in.rateShift[29] * in.rateShift[28];
    }
    double variance = sigma * sigma / (1 - phi * phi); // after 30 years: stationary to 1e-6
    assertThat(sumSq / paths).isCloseTo(variance, within(0.04 * variance));
    assertThat(sumLag / sumSq).isCloseTo(phi, within(0.02));
  }

  @Test
  void rateAndCostShocksReachTheEnginesDrivers() {
    Deal deal = longDeal(5);
    DealResult base = LboEngine.DEFAULT.run(deal);
    PathInputs in = new PathInputs(5, 1);
    System.arraycopy(deal.operations().revenue(), 0, in.revenue, 0, 5);
    in.costShift[2] = 0.03;
    in.rateShift[1] = 0.02;
    in.rateShift[3] = -0.09; // base below zero: floored at 0
    in.costShifted = true;
    in.rateShifted = true;
    Deal path = PathDeals.of(deal, base).build(in);
    assertThat(path.financing().debt().get(0).cashRate())
        .containsExactly(0.05, 0.07, 0.05, 0.0, 0.05);
    assertThat(path.operations().purchases().shareOfRevenue()[2]).isCloseTo(0.83, within(1e-15));
    DealResult r = LboEngine.DEFAULT.run(path);
    // EBITDA falls by exactly shift × revenue; interest moves with the rate
    assertThat(r.years().ebitda[2])
        .isCloseTo(base.years().ebitda[2] - 0.03 * base.years().revenue[2], within(1e-9));
    assertThat(r.years().cashInterest[1]).isCloseTo(0.07 * 40.0, within(1e-9));
    assertThat(r.years().cashInterest[3]).isZero();
  }

  @Test
  void everyYearDrawsTheSameNumbersWhateverTheParameters() {
    // common random numbers: only the recession depth differs, so the regimes are the same and
    // growth differs only in recession years
    Deal deal = longDeal(8);
    RiskModel mild = RiskDefaults.autoSupplier();
    RiskModel deep =
        mild.withCycle(
            BusinessCycle.startingStationary(
                List.of(
                    Regime.of("expansion", 0.0, 0.05, true),
                    Regime.of("recession", -0.4, 0.1, false)),
                mild.cycle().transition()));
    PathGenerator a = new PathGenerator(deal, mild, null);
    PathGenerator b = new PathGenerator(deal, deep, null);
    for (long path = 0; path < 200; path++) {
      PathInputs x = draw(a, 4L, path, 1);
      PathInputs y = draw(b, 4L, path, 1);
      assertThat(y.regime).containsExactly(x.regime);
      for (int t = 0; t < 8; t++) {
        if (x.regime[t] == 0) {
          assertThat(y.growth[t]).isEqualTo(x.growth[t]);
        } else {
          assertThat(y.growth[t]).isCloseTo(x.growth[t] - 0.25, within(1e-12));
        }
      }
    }
  }

  @Test
  void theOverlayReplacesGrowthInItsWindowOnly() {
    Deal deal = longDeal(10);
    PathGenerator g =
        new PathGenerator(deal, RiskDefaults.autoSupplier(), RiskDefaults.crisis2009(2));
    PathGenerator plain = new PathGenerator(deal, RiskDefaults.autoSupplier(), null);
    double[] stress = RiskDefaults.crisis2009(2).growth();
    for (long path = 0; path < 50; path++) {
      PathInputs in = draw(g, 6L, path, 1);
      PathInputs ref = draw(plain, 6L, path, 1);
      assertThat(in.growth[0]).isEqualTo(ref.growth[0]);
      for (int t = 1; t <= 7; t++) {
        assertThat(in.growth[t]).isEqualTo(stress[t - 1]);
      }
      assertThat(in.growth[8]).isEqualTo(ref.growth[8]);
    }
  }

  @Test
  void growthIsFlooredAtMinus99Percent() {
    RiskModel crash =
        RiskModel.planOnly()
            .withCycle(
                new BusinessCycle(
                    List.of(Regime.of("crash", -0.9, 1.0, false)),
                    new double[][] {{1.0}},
                    new double[] {1.0}));
    PathGenerator g = new PathGenerator(longDeal(5), crash, null);
    double lowest = 0;
    for (long path = 0; path < 500; path++) {
      PathInputs in = draw(g, 1L, path, 1);
      for (int t = 0; t < 5; t++) {
        lowest = Math.min(lowest, in.growth[t]);
        assertThat(in.revenue[t]).isPositive();
      }
    }
    assertThat(lowest).isEqualTo(PathGenerator.GROWTH_FLOOR);
  }
}
