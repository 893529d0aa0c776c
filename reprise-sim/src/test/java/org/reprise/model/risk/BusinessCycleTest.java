package org.reprise.model.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reprise.model.DealException;

class BusinessCycleTest {
  private static final List<Regime> TWO =
      List.of(Regime.of("expansion", 0.0, 0.05, true), Regime.of("recession", -0.15, 0.10, false));

  @Test
  void twoStateStationaryDistributionIsAnalytic() {
    // π_recession = a / (a + b) with a = P(E→R), b = P(R→E)
    double a = 0.125;
    double b = 0.65;
    BusinessCycle c =
        BusinessCycle.startingStationary(TWO, new double[][] {{1 - a, a}, {b, 1 - b}});
    assertThat(c.stationary()[1]).isCloseTo(a / (a + b), within(1e-15));
    assertThat(c.initial()[1]).isCloseTo(a / (a + b), within(1e-15));
    assertThat(c.meanDuration(0)).isCloseTo(8.0, within(1e-12));
    assertThat(c.meanDuration(1)).isCloseTo(1.0 / 0.65, within(1e-12));
  }

  @Test
  void threeStateStationaryDistributionSolvesPiPEqualsPi() {
    double[][] p = {{0.8, 0.15, 0.05}, {0.3, 0.5, 0.2}, {0.1, 0.4, 0.5}};
    BusinessCycle c =
        BusinessCycle.startingIn(
            List.of(
                Regime.of("a", 0, 0, true), Regime.of("b", 0, 0, true), Regime.of("c", 0, 0, true)),
            p,
            "b");
    assertThat(c.initial()).containsExactly(0.0, 1.0, 0.0);
    double[] pi = c.stationary();
    for (int j = 0; j < 3; j++) {
      double s = 0;
      for (int i = 0; i < 3; i++) {
        s += pi[i] * p[i][j];
      }
      assertThat(s).isCloseTo(pi[j], within(1e-15));
    }
    assertThat(pi[0] + pi[1] + pi[2]).isCloseTo(1.0, within(1e-15));
  }

  @Test
  void anAbsorbingChainHasItsAbsorbingStateAsStationary() {
    BusinessCycle c = BusinessCycle.startingStationary(TWO, new double[][] {{1, 0}, {0.65, 0.35}});
    assertThat(c.stationary()).containsExactly(1.0, 0.0);
    assertThat(c.meanDuration(0)).isInfinite();
  }

  @Test
  void aReducibleChainNeedsAnExplicitStart() {
    assertThatThrownBy(() -> BusinessCycle.startingStationary(TWO, new double[][] {{1, 0}, {0, 1}}))
        .isInstanceOf(DealException.class)
        .extracting(e -> ((DealException) e).path())
        .isEqualTo("risk.cycle.transition");
  }

  @Test
  void probabilitiesOutsideTheUnitIntervalAreRejectedWithTheirPath() {
    assertPath(
        () -> new BusinessCycle(TWO, new double[][] {{1.1, -0.1}, {0.5, 0.5}}, new double[] {1, 0}),
        "risk.cycle.transition.expansion.expansion");
    assertPath(
        () ->
            new BusinessCycle(
                TWO, new double[][] {{0.9, 0.1}, {0.5, Double.NaN}}, new double[] {1, 0}),
        "risk.cycle.transition.recession.recession");
    assertPath(
        () ->
            new BusinessCycle(
                TWO, new double[][] {{0.9, 0.1}, {0.5, 0.5}}, new double[] {1.5, -0.5}),
        "risk.cycle.initial.expansion");
  }

  @Test
  void rowsMustSumToOneWithinOneBillionth() {
    assertPath(
        () -> new BusinessCycle(TWO, new double[][] {{0.9, 0.1}, {0.6, 0.3}}, new double[] {1, 0}),
        "risk.cycle.transition.recession");
    assertPath(
        () ->
            new BusinessCycle(
                TWO, new double[][] {{0.9, 0.1}, {0.5, 0.5}}, new double[] {0.5, 0.4}),
        "risk.cycle.initial");
    // within tolerance: accepted
    new BusinessCycle(TWO, new double[][] {{0.9, 0.1 + 5e-10}, {0.5, 0.5}}, new double[] {1, 0});
    assertPath(
        () ->
            new BusinessCycle(
                TWO, new double[][] {{0.9, 0.1 + 2e-9}, {0.5, 0.5}}, new double[] {1, 0}),
        "risk.cycle.transition.expansion");
  }

  @Test
  void shapesAndNamesAreChecked() {
    assertPath(
        () -> new BusinessCycle(List.of(), new double[0][], new double[0]), "risk.cycle.regimes");
    assertPath(
        () -> new BusinessCycle(TWO, new double[][] {{1.0}}, new double[] {1, 0}),
        "risk.cycle.transition");
    assertPath(
        () -> new BusinessCycle(TWO, new double[][] {{1.0}, {0.5, 0.5}}, new double[] {1, 0}),
        "risk.cycle.transition.expansion");
    assertPath(
        () -> new BusinessCycle(TWO, new double[][] {{0.9, 0.1}, {0.5, 0.5}}, new double[] {1}),
        "risk.cycle.initial");
    assertPath(
        () ->
            new BusinessCycle(
                List.of(Regime.of("x", 0, 0, true), Regime.of("x", 0, 0, true)),
                new double[][] {{0.5, 0.5}, {0.5, 0.5}},
                new double[] {1, 0}),
        "risk.cycle.regimes.x");
    assertPath(
        () -> BusinessCycle.startingIn(TWO, new double[][] {{1, 0}, {1, 0}}, "boom"),
        "risk.cycle.initial");
  }

  @Test
  void arraysAreCopiedInAndOut() {
    double[][] p = {{0.9, 0.1}, {0.5, 0.5}};
    double[] init = {1.0, 0.0};
    BusinessCycle c = new BusinessCycle(TWO, p, init);
    p[0][0] = 0.0;
    init[0] = 0.0;
    c.transition()[0][0] = 0.0;
    c.initial()[0] = 0.0;
    assertThat(c.probability(0, 0)).isEqualTo(0.9);
    assertThat(c.initialProbability(0)).isEqualTo(1.0);
  }

  static void assertPath(Runnable r, String path) {
    assertThatThrownBy(r::run)
        .isInstanceOf(DealException.class)
        .satisfies(e -> assertThat(((DealException) e).path()).isEqualTo(path))
        .hasMessageStartingWith(path + ": ");
  }
}
