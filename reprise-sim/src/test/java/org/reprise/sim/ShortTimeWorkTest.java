package org.reprise.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.reprise.engine.DealResult;
import org.reprise.engine.LboEngine;
import org.reprise.model.Deal;
import org.reprise.model.DealException;
import org.reprise.model.risk.RiskDefaults;
import org.reprise.model.risk.RiskModel;
import org.reprise.model.risk.ShortTimeWork;
import org.reprise.model.risk.StressScenario;

/**
 * The limits of the personnel flexibility (docs/risk.md §2.1, {@code risk.shortTimeWork}): the
 * year's cut f × s is capped at {@code maxCut}, and a year gets none when {@code years} of the
 * {@code window − 1} years before it (the whole path before it without a window) already had one.
 */
class ShortTimeWorkTest {

  private static Deal longDeal() {
    Deals d = new Deals();
    d.years = 5;
    d.exitYear = 5;
    d.growth = new double[] {0.02};
    d.term("Senior", "banks", 40.0, 0.05, 0.0, 6, false);
    return d.build();
  }

  private static double[] cuts(Deal deal, RiskModel model) {
    return PathGeneratorTest.draw(new PathGenerator(deal, model, null), 1L, 0L, 1).personnelCut;
  }

  /**
   * The path of {@link PersonnelFlexTest#theCutIsTheYearsRegimeFlexTimesTheShortfall}: a recession
   * of −15 % in year 1 (flex 0.5), then expansion years with recovery 0.5 (flex 0.2), plan growth
   * 2 %: shortfalls 1/6, 1/12, 1/24, 1/48, 1/96, so cuts 1/12, 1/60, 1/120, 1/240, 1/480. By hand:
   *
   * <ul>
   *   <li>maxCut 5 %: year 1's 1/12 = 8.3 % becomes 5 %, the others are below it;
   *   <li>2 years over the whole path: years 1 and 2 are cut, none after;
   *   <li>2 years in any 3: year 3 sees years 1 and 2 cut (0), year 4 sees years 2 and 3 (one cut:
   *       1/240), year 5 sees years 3 and 4 (one: 1/480);
   *   <li>1 year in any 2: years 1, 3 and 5.
   * </ul>
   */
  @Test
  void theLimitsCutByHand() {
    Deal deal = longDeal();
    RiskModel model = PersonnelFlexTest.recessionThenPlan(0.2, 0.5);
    double[] free = {1.0 / 12, 1.0 / 60, 1.0 / 120, 1.0 / 240, 1.0 / 480};
    assertThat(cuts(deal, model)).containsExactly(free, within(1e-15));
    assertThat(cuts(deal, model.withShortTimeWork(new ShortTimeWork(0.05, 0, 0))))
        .containsExactly(new double[] {0.05, 1.0 / 60, 1.0 / 120, 1.0 / 240, 1.0 / 480},
            within(1e-15));
    assertThat(cuts(deal, model.withShortTimeWork(new ShortTimeWork(1.0, 2, 0))))
        .containsExactly(new double[] {1.0 / 12, 1.0 / 60, 0, 0, 0}, within(1e-15));
    assertThat(cuts(deal, model.withShortTimeWork(new ShortTimeWork(1.0, 2, 3))))
        .containsExactly(new double[] {1.0 / 12, 1.0 / 60, 0, 1.0 / 240, 1.0 / 480},
            within(1e-15));
    assertThat(cuts(deal, model.withShortTimeWork(new ShortTimeWork(1.0, 1, 2))))
        .containsExactly(new double[] {1.0 / 12, 0, 1.0 / 120, 0, 1.0 / 480}, within(1e-15));
  }

  /**
   * The deterministic stress test reads the limits too: the "2009" stress puts year 1 30 % below
   * the plan; with the stress's flex 0.83 the cut is 0.83 × 0.3 = 0.249, capped at 0.2 the
   * factory's year-1 payroll is 180 × 52 000 × 1.025 × (1 − 0.2) = 7 675 200 €.
   */
  @Test
  void theStressTestCapsTheCut() {
    Deal deal = Deals.factory();
    StressScenario crisis = RiskDefaults.crisis2009(1).withPersonnelFlex(0.83);
    double payroll = 180 * 52_000.0 * 1.025;
    DealResult free = LboEngine.DEFAULT.run(StressTest.apply(deal, crisis));
    DealResult capped =
        LboEngine.DEFAULT.run(StressTest.apply(deal, crisis, new ShortTimeWork(0.2, 0, 0)));
    assertThat(free.years().personnelCosts[0]).isCloseTo(payroll * (1 - 0.249), within(1e-4));
    assertThat(capped.years().personnelCosts[0]).isCloseTo(7_675_200.0, within(1e-4));
    // no limit written out is the stress as before, bit for bit
    assertThat(
            LboEngine.DEFAULT.run(StressTest.apply(deal, crisis, ShortTimeWork.NONE))
                .years().ebitda)
        .isEqualTo(free.years().ebitda);
  }

  /**
   * The deterministic stress counts its years of fall like a path's recession years: a stress of
   * three falls of 10 % (absolute growth, flex 0.5) cuts the factory's payroll in its three years;
   * with {@code years: 1} only the first, with {@code years: 1, window: 2} the first and the third.
   * The shortfall of year 1 is 1 − 0.9 / 1.03 (the plan grows 3 %), so the cut is 0.5 × that.
   */
  @Test
  void theStressTestCountsTheYears() {
    Deal deal = Deals.factory();
    StressScenario falls = new StressScenario(
        "falls", "", 1, new double[] {-0.1, -0.1, -0.1}, null, false, 0.5);
    double[] plan = deal.operations().personnel().fixed();
    double[] free = LboEngine.DEFAULT.run(StressTest.apply(deal, falls)).years().personnelCosts;
    double[] one = LboEngine.DEFAULT.run(
        StressTest.apply(deal, falls, new ShortTimeWork(1.0, 1, 0))).years().personnelCosts;
    double[] alternate = LboEngine.DEFAULT.run(
        StressTest.apply(deal, falls, new ShortTimeWork(1.0, 1, 2))).years().personnelCosts;
    assertThat(free[0]).isCloseTo(plan[0] * (1.0 - 0.5 * (1.0 - 0.9 / 1.03)), within(1e-6));
    for (int t = 0; t < 3; t++) {
      assertThat(free[t]).as("year %d", t + 1).isLessThan(plan[t]);
    }
    assertThat(one[0]).isEqualTo(free[0]);
    assertThat(one[1]).isEqualTo(plan[1]);
    assertThat(one[2]).isEqualTo(plan[2]);
    assertThat(alternate[0]).isEqualTo(free[0]);
    assertThat(alternate[1]).isEqualTo(plan[1]);
    assertThat(alternate[2]).isEqualTo(free[2]);
  }

  /**
   * On random paths of the default model with recession flex 0.83 and the limits of the "APLD
   * rebond" (37 %, 2 years) or of 1 year in any 2: the revenue is the same as without limits (no
   * new draw); each year's cut is the unlimited one capped, or 0; no window holds more cut years
   * than allowed; and a year the window leaves free keeps its capped cut.
   */
  @Test
  void onRandomPathsEveryWindowHoldsAtMostItsYears() {
    Deal deal = Deals.factory();
    RiskModel flex = PersonnelFlexTest.defaultsWithRecessionFlex(0.83);
    for (ShortTimeWork limits :
        new ShortTimeWork[] {new ShortTimeWork(0.37, 2, 0), new ShortTimeWork(0.1, 1, 2)}) {
      PathGenerator free = new PathGenerator(deal, flex, null);
      PathGenerator limited = new PathGenerator(deal, flex.withShortTimeWork(limits), null);
      int capped = 0;
      int dropped = 0;
      for (long path = 0; path < 3000; path++) {
        PathInputs a = PathGeneratorTest.draw(free, 5L, path, 5);
        PathInputs b = PathGeneratorTest.draw(limited, 5L, path, 5);
        assertThat(b.revenue).isEqualTo(a.revenue);
        for (int t = 0; t < 5; t++) {
          int from = limits.window() == 0 ? 0 : Math.max(0, t - limits.window() + 1);
          int used = 0;
          for (int y = from; y < t; y++) {
            used += b.personnelCut[y] > 0.0 ? 1 : 0;
          }
          double expected =
              a.personnelCut[t] > 0.0 && used < limits.years()
                  ? Math.min(a.personnelCut[t], limits.maxCut()) : 0.0;
          assertThat(b.personnelCut[t]).as("path %d, year %d", path, t + 1).isEqualTo(expected);
          capped += a.personnelCut[t] > limits.maxCut() && expected > 0.0 ? 1 : 0;
          dropped += a.personnelCut[t] > 0.0 && expected == 0.0 ? 1 : 0;
        }
        // the law's count, directly: no `window` consecutive years (the path without a window)
        // hold more than `years` cut years, and no cut is deeper than maxCut
        int span = limits.window() == 0 ? 5 : limits.window();
        for (int end = 0; end < 5; end++) {
          int inWindow = 0;
          for (int y = Math.max(0, end - span + 1); y <= end; y++) {
            inWindow += b.personnelCut[y] > 0.0 ? 1 : 0;
            assertThat(b.personnelCut[y]).isLessThanOrEqualTo(limits.maxCut());
          }
          assertThat(inWindow).as("path %d, window ending in year %d", path, end + 1)
              .isLessThanOrEqualTo(limits.years());
        }
      }
      // both limits bind on some paths, so the test is not empty
      assertThat(capped).as("years capped").isPositive();
      assertThat(dropped).as("years left uncut").isPositive();
    }
  }

  /**
   * Limits that never bind (no cap, 50 years) leave every figure bit-identical; binding limits
   * never lower the default probability on the same seed, and do not depend on the threads.
   */
  @Test
  void limitsOnlyTakeSavingsAway() {
    Deal deal = Deals.factory();
    RiskModel flex = PersonnelFlexTest.defaultsWithRecessionFlex(0.83);
    SimulationResult free = Simulator.DEFAULT.run(deal, flex, 3000, 1L, 2, null, null);
    SimulationResult loose = Simulator.DEFAULT.run(
        deal, flex.withShortTimeWork(new ShortTimeWork(1.0, 50, 0)), 3000, 1L, 2, null, null);
    assertThat(Fingerprint.of(loose)).isEqualTo(Fingerprint.of(free));
    RiskModel tight = flex.withShortTimeWork(new ShortTimeWork(0.2, 1, 0));
    SimulationResult limited = Simulator.DEFAULT.run(deal, tight, 3000, 1L, 2, null, null);
    assertThat(limited.defaults()).isGreaterThan(free.defaults());
    assertThat(Fingerprint.of(Simulator.DEFAULT.run(deal, tight, 3000, 1L, 1, null, null)))
        .isEqualTo(Fingerprint.of(limited));
  }

  @Test
  void theRecordRefusesLimitsThatMeanNothing() {
    assertThat(ShortTimeWork.NONE.isNone()).isTrue();
    assertThat(new ShortTimeWork(0.37, 2, 0).isNone()).isFalse();
    assertThatThrownBy(() -> new ShortTimeWork(1.5, 0, 0))
        .isInstanceOf(DealException.class)
        .hasMessageContaining("risk.shortTimeWork.maxCut");
    assertThatThrownBy(() -> new ShortTimeWork(0.3, 0, 3))
        .isInstanceOf(DealException.class)
        .hasMessageContaining("risk.shortTimeWork.years");
    assertThatThrownBy(() -> new ShortTimeWork(0.3, 3, 2))
        .isInstanceOf(DealException.class)
        .hasMessageContaining("risk.shortTimeWork.window")
        .hasMessageContaining("longer than `years` (3)");
    assertThatThrownBy(() -> new ShortTimeWork(0.3, 2, 2))
        .isInstanceOf(DealException.class)
        .hasMessageContaining("longer than `years` (2), found 2");
    assertThatThrownBy(() -> new ShortTimeWork(0.3, 51, 0))
        .isInstanceOf(DealException.class)
        .hasMessageContaining("between 1 and 50");
  }
}
