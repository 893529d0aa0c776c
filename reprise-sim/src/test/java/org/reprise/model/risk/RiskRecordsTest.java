package org.reprise.model.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.reprise.model.risk.BusinessCycleTest.assertPath;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Validation of the other risk records, and the sourced defaults. */
class RiskRecordsTest {

  @Test
  void regimeValidation() {
    assertPath(
        () -> Regime.of("recession", -0.15, -0.01, false),
        "risk.cycle.regimes.recession.growth.sd");
    assertPath(
        () -> Regime.of("recession", -1.0, 0.1, false), "risk.cycle.regimes.recession.growth.mean");
    assertPath(() -> Regime.of("x", Double.NaN, 0.1, true), "risk.cycle.regimes.x.growth.mean");
    assertPath(() -> Regime.of(" ", 0, 0, true), "risk.cycle.regimes");
    assertPath(() -> new Regime("x", 0, 0, true, 0.02, -1), "risk.cycle.regimes.x.costShift.sd");
    assertPath(() -> new Regime("x", 0, 0, true, 1.5, 0), "risk.cycle.regimes.x.costShift.mean");
    assertPath(() -> new Regime("x", 0, 0, true, 0, 0, 1.01), "risk.cycle.regimes.x.recovery");
    assertPath(() -> new Regime("x", 0, 0, true, 0, 0, -0.1), "risk.cycle.regimes.x.recovery");
    assertPath(
        () -> new Regime("x", 0, 0, true, 0, 0, Double.NaN), "risk.cycle.regimes.x.recovery");
    // a year of absolute growth is its growth whatever the plan: it cannot recover towards it
    assertPath(() -> Regime.of("r", -0.15, 0.1, false).withRecovery(0.4),
        "risk.cycle.regimes.r.recovery");
    assertThat(Regime.of("r", -0.15, 0.1, false).withRecovery(0.0).recovery()).isZero();
    assertThat(Regime.of("x", 0, 0, true).withRecovery(1.0).recovery()).isEqualTo(1.0);
    assertThat(new Regime("x", 0, 0, true, 0, 0)).isEqualTo(Regime.of("x", 0, 0, true));
    // only absolute growth is bounded below by −100 %; a deviation from the plan is any number
    assertThat(Regime.of("x", -1.5, 0, true).relativeToPlan()).isTrue();
  }

  @Test
  void personnelFlexIsAShareOfTheShortfall() {
    for (double bad : new double[] {-0.1, 1.01, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertPath(() -> Regime.of("r", -0.15, 0.1, false).withPersonnelFlex(bad),
          "risk.cycle.regimes.r.personnelFlex");
      assertPath(() -> RiskDefaults.crisis2009(1).withPersonnelFlex(bad),
          "risk.stress.2009.personnelFlex");
    }
    // the default is 0 (costs as planned), in the regimes, the stresses and the defaults
    assertThat(Regime.of("x", 0, 0, true).personnelFlex()).isZero();
    assertThat(new Regime("x", 0, 0, true, 0, 0, 0.3).personnelFlex()).isZero();
    assertThat(RiskDefaults.autoSupplierCycle().regimes())
        .extracting(Regime::personnelFlex).containsExactly(0.0, 0.0);
    assertThat(RiskDefaults.autoSupplier().stresses())
        .extracting(StressScenario::personnelFlex).containsExactly(0.0, 0.0);
    // the other fields are kept, and 0 and 1 are allowed
    Regime r = Regime.of("r", -0.15, 0.1, false).withPersonnelFlex(1.0);
    assertThat(r.personnelFlex()).isEqualTo(1.0);
    assertThat(r.withPersonnelFlex(0.0)).isEqualTo(Regime.of("r", -0.15, 0.1, false));
    assertThat(r.withRecovery(0.0).personnelFlex()).isEqualTo(1.0);
    StressScenario s = RiskDefaults.crisis2009(1).withPersonnelFlex(0.5).startingAt(3);
    assertThat(s.personnelFlex()).isEqualTo(0.5);
    assertThat(s.startYear()).isEqualTo(3);
  }

  @Test
  void rateShockValidation() {
    assertPath(() -> new RateShock(1.2, 0.01, 0), "risk.rates.persistence");
    assertPath(() -> new RateShock(0.8, -0.01, 0), "risk.rates.volatility");
    assertPath(() -> new RateShock(0.8, 0.01, Double.POSITIVE_INFINITY), "risk.rates.initial");
    assertThat(RateShock.NONE.isNone()).isTrue();
  }

  @Test
  void stressValidation() {
    assertPath(
        () -> new StressScenario("2009", "", 0, new double[] {-0.3}, null, false),
        "risk.stress.2009.startYear");
    assertPath(
        () -> new StressScenario("2009", "", 1, new double[0], null, false), "risk.stress.2009.growth");
    assertPath(
        () -> new StressScenario("2009", "", 1, new double[] {-0.3, -1.2}, null, false),
        "risk.stress.2009.growth[1]");
    assertPath(
        () -> new StressScenario("2009", "", 1, new double[] {-0.3, 0.2}, new double[] {0.01}, false),
        "risk.stress.2009.costShift");
    assertPath(
        () ->
            new RiskModel(
                RiskModel.planOnly().cycle(),
                RateShock.NONE,
                List.of(RiskDefaults.crisis2009(1), RiskDefaults.crisis2009(2))),
        "risk.stress.2009");
    assertPath(() -> RiskDefaults.autoSupplier().stress("1929"), "risk.stress");
  }

  @Test
  void stressWindow() {
    StressScenario s = RiskDefaults.crisis2009(2);
    assertThat(s.covers(0)).isFalse();
    assertThat(s.growthAt(1)).isEqualTo(-0.30);
    assertThat(s.covers(7)).isTrue();
    assertThat(s.covers(8)).isFalse();
    assertThat(s.growthAt(0)).isNaN();
    assertThat(s.costShiftAt(1)).isZero();
    assertThat(s.startingAt(4).growthAt(3)).isEqualTo(-0.30);
  }

  @Test
  void theDefaultCycleHasARecessionEveryEightToTenYearsLastingOneToTwo() {
    BusinessCycle c = RiskDefaults.autoSupplierCycle();
    int e = c.indexOf("expansion");
    int r = c.indexOf("recession");
    double cycleLength = c.meanDuration(e) + c.meanDuration(r);
    assertThat(cycleLength).isBetween(8.0, 10.0);
    assertThat(c.meanDuration(r)).isBetween(1.0, 2.0);
    // P(recession lasts at most 2 years) = 1 − 0.35²
    assertThat(1 - c.probability(r, r) * c.probability(r, r)).isCloseTo(0.8775, within(1e-12));
    assertThat(c.stationary()[r]).isCloseTo(0.125 / 0.775, within(1e-12));
    assertThat(c.initial()).containsExactly(c.stationary());
  }

  @Test
  void the2009StressFallsThirtyPercentAndRegainsThePreCrisisLevelAfterSixYears() {
    StressScenario s = RiskDefaults.crisis2009(1);
    double[] g = s.growth();
    double level = 1.0;
    double[] levels = new double[g.length];
    for (int k = 0; k < g.length; k++) {
      level *= 1 + g[k];
      levels[k] = level;
    }
    assertThat(levels[0]).isCloseTo(0.70, within(1e-12)); // 2009
    assertThat(levels[1]).isCloseTo(0.875, within(1e-12)); // 2010: −10 to −15 % vs 2007
    assertThat(levels[6]).isCloseTo(1.0, within(1e-12)); // 2015: pre-crisis level regained
    assertThat(levels[5]).isLessThan(1.0);
    StressScenario severe = RiskDefaults.severeCrisis2009(1);
    assertThat(severe.growthAt(0)).isEqualTo(-0.5);
    assertThat((1 + severe.growthAt(0)) * (1 + severe.growthAt(1))).isCloseTo(0.875, within(1e-12));
  }

  /**
   * The default recovery share, from the "2009" stress's path back (docs/risk.md §4): the gap to
   * the pre-crisis level after the fall is 0.30, then 0.125 (2010), 0.101, 0.077, 0.052, 0.026 and
   * 0 (2015), 0.382 pre-crisis years of revenue lost over the recovery. A gap closing by a share κ
   * a year loses 0.30 (1 − κ) + 0.30 (1 − κ)² + … = 0.30 (1 − κ) / κ: equal when κ = 0.30 / (0.30
   * + 0.382) = 0.440.
   */
  @Test
  void theDefaultRecoveryLosesAsMuchRevenueAsThe2009StressOnItsWayBack() {
    double[] g = RiskDefaults.crisis2009(1).growth();
    double level = 1.0 + g[0];
    double fall = 1.0 - level;
    double lost = 0.0;
    for (int k = 1; k < g.length; k++) {
      level *= 1.0 + g[k];
      lost += 1.0 - level;
    }
    assertThat(fall).isCloseTo(0.30, within(1e-12));
    assertThat(lost).isCloseTo(0.3817, within(1e-4));
    double kappa = fall / (fall + lost);
    assertThat(kappa).isCloseTo(0.4401, within(1e-4));
    assertThat(RiskDefaults.EXPANSION_RECOVERY).isEqualTo(Math.round(kappa * 100) / 100.0);
    double k = RiskDefaults.EXPANSION_RECOVERY;
    assertThat(fall * (1 - k) / k).isCloseTo(lost, within(0.002));
    // the default cycle: the expansion recovers, the recession (absolute growth) does not
    assertThat(RiskDefaults.autoSupplierCycle().regimes())
        .extracting(Regime::recovery).containsExactly(0.44, 0.0);
  }
}
