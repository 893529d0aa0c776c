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
import org.reprise.model.risk.StressScenario;

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

  /** @return path {@code path} of seed {@code seed}, as the simulator draws it */
  static PathInputs draw(PathGenerator g, long seed, long path, int tranches) {
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

  /** The default model with no recovery (the model before the recovery was added). */
  static RiskModel withoutRecovery() {
    BusinessCycle c = RiskDefaults.autoSupplierCycle();
    List<Regime> regimes = c.regimes().stream().map(r -> r.withRecovery(0.0)).toList();
    return RiskDefaults.autoSupplier()
        .withCycle(new BusinessCycle(regimes, c.transition(), c.initial()));
  }

  @Test
  void growthFollowsTheRegimesNormalLaw() {
    // the regimes' own law: without the recovery, which adds a catch-up to the expansion years
    Deal deal = longDeal(20);
    PathGenerator g = new PathGenerator(deal, withoutRecovery(), null);
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

  /**
   * A recession in year 1, then expansion years that follow the plan (sd 0), recovery 0.5; plan
   * growth 2 % a year. By hand, L being the level relative to the plan and T the trend:
   *
   * <pre>
   *   year 1 (recession, −15 % whatever the plan): L = 0.85 / 1.02 = 5/6, T = 1 (gap 1/6)
   *   year 2: L = 5/6 + 0.5 (1 − 5/6) = 11/12     growth 1.02 × (11/12) / (5/6) − 1 = 12.2 %
   *   year 3: L = 11/12 + 0.5 (1 − 11/12) = 23/24 growth 1.02 × (23/24) / (11/12) − 1 = 6.636 %
   *   year 4: L = 47/48, year 5: L = 95/96        (the gap halves every year)
   * </pre>
   *
   * With recovery 1 the path is back on the plan in year 2; with 0 it stays 5/6 of it for good.
   */
  @Test
  void aRecessionGapClosesByTheRecoveryShareEachYear() {
    Deal deal = longDeal(5);
    double[] plan = deal.operations().revenue();
    double[][] expected = {
      {5.0 / 6, 11.0 / 12, 23.0 / 24, 47.0 / 48, 95.0 / 96},
      {5.0 / 6, 1, 1, 1, 1},
      {5.0 / 6, 5.0 / 6, 5.0 / 6, 5.0 / 6, 5.0 / 6}
    };
    double[] shares = {0.5, 1.0, 0.0};
    for (int k = 0; k < shares.length; k++) {
      PathInputs in = draw(new PathGenerator(deal, recessionThenPlan(shares[k]), null), 1L, 0L, 1);
      for (int t = 0; t < 5; t++) {
        assertThat(in.regime[t]).isEqualTo(t == 0 ? 1 : 0);
        assertThat(in.revenue[t] / plan[t]).as("share %s, year %s", shares[k], t + 1)
            .isCloseTo(expected[k][t], within(1e-14));
      }
    }
    PathInputs half = draw(new PathGenerator(deal, recessionThenPlan(0.5), null), 1L, 0L, 1);
    assertThat(half.growth[0]).isEqualTo(-0.15);
    assertThat(half.growth[1]).isCloseTo(0.122, within(1e-14));
    assertThat(half.growth[2]).isCloseTo(1.02 * 23.0 / 22.0 - 1.0, within(1e-14));
    assertThat(half.revenue[2] / half.revenue[1] - 1.0).isCloseTo(half.growth[2], within(1e-14));
  }

  /** Year 1 in recession (−15 %, sd 0, whatever the plan), then the plan for ever. */
  private static RiskModel recessionThenPlan(double recovery) {
    return RiskModel.planOnly()
        .withCycle(
            BusinessCycle.startingIn(
                List.of(
                    Regime.of("expansion", 0.0, 0.0, true).withRecovery(recovery),
                    Regime.of("recession", -0.15, 0.0, false)),
                new double[][] {{1.0, 0.0}, {1.0, 0.0}},
                "recession"));
  }

  /**
   * A stress's years move the level and the trend alike: the gap of a recession before the stress
   * is carried through it, and recovered after it. Recession in year 1 (L = 5/6, T = 1), a stress
   * of 0 % growth in years 2 and 3 (L = 5/6 / 1.02², T = 1 / 1.02²), then year 4 closes half the
   * gap: L = (5/6 + 1/12) / 1.02² = (11/12) / 1.02², and year 5 half the rest: (23/24) / 1.02².
   */
  @Test
  void aStressCarriesTheGapThroughItsYears() {
    Deal deal = longDeal(5);
    double[] plan = deal.operations().revenue();
    StressScenario flat = new StressScenario("flat", "", 2, new double[] {0.0, 0.0}, null, false);
    PathInputs in = draw(new PathGenerator(deal, recessionThenPlan(0.5), flat), 1L, 0L, 1);
    double f = 1.0 / (1.02 * 1.02);
    assertThat(in.revenue[2] / plan[2]).isCloseTo(5.0 / 6 * f, within(1e-14));
    assertThat(in.revenue[3] / plan[3]).isCloseTo(11.0 / 12 * f, within(1e-14));
    assertThat(in.revenue[4] / plan[4]).isCloseTo(23.0 / 24 * f, within(1e-14));
  }

  /**
   * A stress relative to the plan multiplies the path's own growth, by hand. The plan grows 2 %,
   * the only regime draws plan + 1 % (sd 0): the path's own growth is 3 % a year. The stress, from
   * year 2, is −30 % then +25 % on top of it:
   *
   * <pre>
   *   year 1: 100 × 1.03                        (before the window)
   *   year 2: 100 × 1.03 × 1.03 × 0.70          growth 1.03 × 0.7 − 1 = −27.9 %
   *   year 3: 100 × 1.03³ × 0.70 × 1.25 = 100 × 1.03³ × 0.875
   *   year 4: 100 × 1.03⁴ × 0.875               (after the window: the path's growth again)
   * </pre>
   *
   * The same stress read as absolute replaces the path's growth: year 2 = 100 × 1.03 × 0.7.
   */
  @Test
  void aRelativeStressMultipliesThePathsOwnGrowth() {
    Deal deal = longDeal(5);
    RiskModel plusOne = RiskModel.planOnly().withCycle(new BusinessCycle(
        List.of(Regime.of("expansion", 0.01, 0.0, true)), new double[][] {{1.0}},
        new double[] {1.0}));
    double[] shock = {-0.30, 0.25};
    StressScenario relative = new StressScenario("s", "", 2, shock, null, true);
    PathInputs in = draw(new PathGenerator(deal, plusOne, relative), 5L, 0L, 1);
    assertThat(in.revenue[0]).isCloseTo(103.0, within(1e-9));
    assertThat(in.growth[1]).isCloseTo(1.03 * 0.7 - 1.0, within(1e-12));
    assertThat(in.revenue[1]).isCloseTo(100 * 1.03 * 1.03 * 0.7, within(1e-9));
    assertThat(in.revenue[2]).isCloseTo(100 * Math.pow(1.03, 3) * 0.875, within(1e-9));
    assertThat(in.revenue[3]).isCloseTo(100 * Math.pow(1.03, 4) * 0.875, within(1e-9));
    StressScenario absolute = new StressScenario("s", "", 2, shock, null, false);
    PathInputs old = draw(new PathGenerator(deal, plusOne, absolute), 5L, 0L, 1);
    assertThat(old.revenue[1]).isCloseTo(100 * 1.03 * 0.7, within(1e-9));
  }

  /**
   * In a year of absolute growth (a recession "whatever the plan") the relative stress multiplies
   * the recession's growth, and it moves the trend as much as the level, so the recovery closes
   * the recession's gap, not the stress's. Plan 2 %, year 1 a recession of −15 % (sd 0), then the
   * plan with recovery 0.5; the stress is −30 % in year 1 only:
   *
   * <pre>
   *   year 1: growth 0.85 × 0.7 − 1 = −40.5 %;  L = 0.85 × 0.7 / 1.02 = 0.7 × 5/6,  T = 0.7
   *   year 2: L = 0.7 × 5/6 + 0.5 × (0.7 − 0.7 × 5/6) = 0.7 × 11/12
   *   year 3: 0.7 × 23/24: the unstressed path (5/6, 11/12, 23/24) times 0.7
   * </pre>
   */
  @Test
  void aRelativeStressOnARecessionKeepsTheRecessionsRecovery() {
    Deal deal = longDeal(5);
    double[] plan = deal.operations().revenue();
    StressScenario fall = new StressScenario("fall", "", 1, new double[] {-0.3}, null, true);
    PathInputs in = draw(new PathGenerator(deal, recessionThenPlan(0.5), fall), 1L, 0L, 1);
    PathInputs none = draw(new PathGenerator(deal, recessionThenPlan(0.5), null), 1L, 0L, 1);
    assertThat(in.growth[0]).isCloseTo(0.85 * 0.7 - 1.0, within(1e-12));
    assertThat(in.revenue[0] / plan[0]).isCloseTo(0.7 * 5.0 / 6, within(1e-14));
    assertThat(in.revenue[1] / plan[1]).isCloseTo(0.7 * 11.0 / 12, within(1e-14));
    assertThat(in.revenue[2] / plan[2]).isCloseTo(0.7 * 23.0 / 24, within(1e-14));
    for (int t = 0; t < 5; t++) {
      assertThat(in.revenue[t]).isCloseTo(none.revenue[t] * 0.7, within(1e-12));
    }
  }

  /**
   * On the default random model, the relative "2009" path is the unstressed path (same regimes,
   * same draws) times the stress's cumulative level — 0.7, 0.875, … back to 1 after 7 years — and
   * a relative stress of 0 % every year is the unstressed path bit for bit.
   */
  @Test
  void onRandomPathsTheRelativeStressScalesEachPathAndZeroIsNoStress() {
    Deal deal = longDeal(10);
    RiskModel risk = RiskDefaults.autoSupplier();
    StressScenario crisis = RiskDefaults.crisis2009(2);
    double[] level = new double[10];
    double l = 1.0;
    for (int t = 0; t < 10; t++) {
      l *= crisis.covers(t) ? 1.0 + crisis.growthAt(t) : 1.0;
      level[t] = l;
    }
    assertThat(level[0]).isEqualTo(1.0);
    assertThat(level[1]).isCloseTo(0.7, within(1e-15));
    assertThat(level[7]).isCloseTo(1.0, within(1e-12));
    StressScenario zero = new StressScenario("zero", "", 1, new double[10], null, true);
    PathGenerator plain = new PathGenerator(deal, risk, null);
    PathGenerator stressed = new PathGenerator(deal, risk, crisis);
    PathGenerator nothing = new PathGenerator(deal, risk, zero);
    for (int path = 0; path < 500; path++) {
      PathInputs a = draw(plain, 21L, path, 1);
      PathInputs b = draw(stressed, 21L, path, 1);
      PathInputs c = draw(nothing, 21L, path, 1);
      assertThat(b.regime).containsExactly(a.regime);
      for (int t = 0; t < 10; t++) {
        assertThat(b.revenue[t]).isCloseTo(a.revenue[t] * level[t],
            within(1e-12 * a.revenue[t]));
      }
      assertThat(c.revenue).containsExactly(a.revenue);
      assertThat(c.growth).containsExactly(a.growth);
      assertThat(c.costShift).containsExactly(a.costShift);
      assertThat(c.regime).containsExactly(a.regime);
    }
  }

  /**
   * With recovery 0 the level is the old model's, bit for bit: L_t = L_{t−1} (1 + g'_t) / (1 +
   * g_t). And the noise of the expansion years is not recovered: a cycle with no year of absolute
   * growth gives the same paths with or without recovery.
   */
  @Test
  void noRecoveryIsTheOldModelAndTheNoiseIsNotRecovered() {
    Deal deal = longDeal(10);
    double[] plan = deal.operations().revenue();
    PathGenerator old = new PathGenerator(deal, withoutRecovery(), null);
    for (int path = 0; path < 2000; path++) {
      PathInputs in = draw(old, 11L, path, 1);
      double level = 1.0;
      double previous = deal.company().base().revenue();
      for (int t = 0; t < 10; t++) {
        double planGrowth = plan[t] / previous - 1.0;
        previous = plan[t];
        level *= (1.0 + in.growth[t]) / (1.0 + planGrowth);
        assertThat(in.revenue[t]).isEqualTo(plan[t] * level);
      }
    }
    Regime noisy = Regime.of("expansion", 0.0, 0.05, true);
    RiskModel without = RiskModel.planOnly().withCycle(
        new BusinessCycle(List.of(noisy), new double[][] {{1.0}}, new double[] {1.0}));
    RiskModel with = RiskModel.planOnly().withCycle(new BusinessCycle(
        List.of(noisy.withRecovery(0.44)), new double[][] {{1.0}}, new double[] {1.0}));
    for (int path = 0; path < 500; path++) {
      assertThat(draw(new PathGenerator(deal, with, null), 12L, path, 1).revenue)
          .containsExactly(draw(new PathGenerator(deal, without, null), 12L, path, 1).revenue);
    }
  }

  /**
   * The default recovery lifts the paths after their recessions: on the same random numbers, every
   * path's exit revenue is at least the no-recovery path's (up to the rare recession year that
   * grows faster than the plan, whose gap the recovery also closes).
   */
  @Test
  void theDefaultRecoveryLiftsThePathsThatHadARecession() {
    Deal deal = longDeal(5);
    PathGenerator with = new PathGenerator(deal, RiskDefaults.autoSupplier(), null);
    PathGenerator without = new PathGenerator(deal, withoutRecovery(), null);
    double sumWith = 0;
    double sumWithout = 0;
    int lifted = 0;
    for (int path = 0; path < 5000; path++) {
      PathInputs a = draw(with, 13L, path, 1);
      PathInputs b = draw(without, 13L, path, 1);
      assertThat(a.regime).containsExactly(b.regime);
      sumWith += a.revenue[4];
      sumWithout += b.revenue[4];
      lifted += a.revenue[4] > b.revenue[4] ? 1 : 0;
    }
    assertThat(sumWith).isGreaterThan(sumWithout);
    assertThat(lifted).isGreaterThan(1000);
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
    // growth differs only in recession years (no recovery, which would carry the difference into
    // the expansion years that follow)
    Deal deal = longDeal(8);
    RiskModel mild = withoutRecovery();
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
    // without recovery: after the window a recovery would close a gap that differs
    StressScenario crisis = RiskDefaults.crisis2009(2);
    StressScenario absolute = new StressScenario(crisis.name(), crisis.description(), 2,
        crisis.growth(), crisis.costShift(), false);
    PathGenerator g = new PathGenerator(deal, withoutRecovery(), absolute);
    PathGenerator relative = new PathGenerator(deal, withoutRecovery(), crisis);
    PathGenerator plain = new PathGenerator(deal, withoutRecovery(), null);
    double[] stress = crisis.growth();
    for (long path = 0; path < 50; path++) {
      PathInputs in = draw(g, 6L, path, 1);
      PathInputs on = draw(relative, 6L, path, 1);
      PathInputs ref = draw(plain, 6L, path, 1);
      assertThat(in.growth[0]).isEqualTo(ref.growth[0]);
      assertThat(on.growth[0]).isEqualTo(ref.growth[0]);
      for (int t = 1; t <= 7; t++) {
        assertThat(in.growth[t]).isEqualTo(stress[t - 1]);
        // relative to the plan: on top of the path's own growth
        assertThat(on.growth[t])
            .isCloseTo((1 + ref.growth[t]) * (1 + stress[t - 1]) - 1, within(1e-12));
      }
      assertThat(in.growth[8]).isEqualTo(ref.growth[8]);
      assertThat(on.growth[8]).isEqualTo(ref.growth[8]);
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
