package org.reprise.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reprise.engine.DealResult;
import org.reprise.engine.LboEngine;
import org.reprise.model.Deal;
import org.reprise.model.Driver;
import org.reprise.model.Operations;
import org.reprise.model.Valuation;
import org.reprise.model.risk.BusinessCycle;
import org.reprise.model.risk.Regime;
import org.reprise.model.risk.RiskDefaults;
import org.reprise.model.risk.RiskModel;
import org.reprise.model.risk.StressScenario;

/**
 * Personnel flexibility (docs/risk.md §2.1): in a year of a regime with flex f, the fixed
 * personnel costs are the plan's × (1 − f × s), s = max(0, 1 − path revenue / plan revenue).
 */
class PersonnelFlexTest {

  /** The factory's year-1 payroll: 180 people × 52 000 € × 1.025 (wage growth) = 9 594 000 €. */
  private static final double FACTORY_PAYROLL_1 = 180 * 52_000.0 * 1.025;

  private static Deal longDeal(int years) {
    Deals d = new Deals();
    d.years = years;
    d.exitYear = years;
    d.growth = new double[] {0.02};
    d.term("Senior", "banks", 40.0, 0.05, 0.0, years + 1, false);
    return d.build();
  }

  /** Short-time working saves at most (1.42 − 0.24) / 1.42 ≈ 83 % of an idled hour's cost. */
  @Test
  void theShortTimeWorkCeilingIsTheDocumentedArithmetic() {
    assertThat(Regime.SHORT_TIME_WORK_CEILING).isCloseTo((1.42 - 0.24) / 1.42, within(1e-12))
        .isCloseTo(0.831, within(0.0005));
  }

  private static PathInputs draw(PathGenerator g, long seed, long path, int tranches) {
    return PathGeneratorTest.draw(g, seed, path, tranches);
  }

  /** Year 1 in recession (−15 %, sd 0, whatever the plan), then the plan, recovery 0.5. */
  static RiskModel recessionThenPlan(double expansionFlex, double recessionFlex) {
    return RiskModel.planOnly()
        .withCycle(
            BusinessCycle.startingIn(
                List.of(
                    Regime.of("expansion", 0.0, 0.0, true)
                        .withRecovery(0.5)
                        .withPersonnelFlex(expansionFlex),
                    Regime.of("recession", -0.15, 0.0, false).withPersonnelFlex(recessionFlex)),
                new double[][] {{1.0, 0.0}, {1.0, 0.0}},
                "recession"));
  }

  /** The default model with the given flex in its recession regime. */
  static RiskModel defaultsWithRecessionFlex(double flex) {
    BusinessCycle c = RiskDefaults.autoSupplierCycle();
    List<Regime> regimes =
        List.of(c.regimes().get(0), c.regimes().get(1).withPersonnelFlex(flex));
    return RiskDefaults.autoSupplier()
        .withCycle(new BusinessCycle(regimes, c.transition(), c.initial()));
  }

  /**
   * By hand, plan growth 2 %: year 1 a recession of −15 % gives L = 0.85 / 1.02 = 5/6, a shortfall
   * s = 1/6; with recession flex 0.5 the cut is 0.5 × 1/6 = 1/12. Year 2 (expansion, recovery 0.5)
   * L = 11/12, s = 1/12: no cut with expansion flex 0 (the flex is the regime's), 0.2 × 1/12 = 1/60
   * with expansion flex 0.2. Year 3: L = 23/24, 0.2 × 1/24 = 1/120; and so on.
   */
  @Test
  void theCutIsTheYearsRegimeFlexTimesTheShortfall() {
    Deal deal = longDeal(5);
    PathInputs only = draw(new PathGenerator(deal, recessionThenPlan(0.0, 0.5), null), 1L, 0L, 1);
    assertThat(only.personnelCut[0]).isCloseTo(1.0 / 12, within(1e-15));
    for (int t = 1; t < 5; t++) {
      assertThat(only.revenue[t]).isLessThan(deal.operations().revenue()[t]); // below the plan
      assertThat(only.personnelCut[t]).as("year %d", t + 1).isZero(); // but not in recession
    }
    assertThat(only.personnelFlexed).isTrue();

    PathInputs both = draw(new PathGenerator(deal, recessionThenPlan(0.2, 0.5), null), 1L, 0L, 1);
    double[] expected = {1.0 / 12, 0.2 / 12, 0.2 / 24, 0.2 / 48, 0.2 / 96};
    for (int t = 0; t < 5; t++) {
      assertThat(both.personnelCut[t]).as("year %d", t + 1).isCloseTo(expected[t], within(1e-15));
      // no new draw: the revenue path is the one without any flex, bit for bit
      assertThat(both.revenue[t]).isEqualTo(only.revenue[t]);
    }

    PathInputs none = draw(new PathGenerator(deal, recessionThenPlan(0.0, 0.0), null), 1L, 0L, 1);
    assertThat(none.personnelFlexed).isFalse();
    assertThat(none.personnelCut).containsOnly(0.0);
  }

  /**
   * The factory deal (payroll fixed: 180 × 52 000 € × 1.025^t, no variable part), revenue 80 % of
   * the plan in year 1 and 110 % in year 2, flex 0.5: year 1's payroll is 9 594 000 × (1 − 0.5 ×
   * 0.2) = 8 634 600 €, 959 400 € less, and EBITDA is that much higher than with flex 0 at the
   * same revenue; year 2, above the plan, keeps its payroll.
   */
  @Test
  void theEngineChargesThePayrollCutByHand() {
    Deal deal = Deals.factory();
    double[] plan = deal.operations().revenue();
    double[] cut = {0.5 * 0.2, 0.0, 0.0, 0.0, 0.0};
    DealResult rigid = LboEngine.DEFAULT.run(pathDeal(deal, new double[] {0.8, 1.1, 1, 1, 1}, null));
    DealResult flexed = LboEngine.DEFAULT.run(pathDeal(deal, new double[] {0.8, 1.1, 1, 1, 1}, cut));
    assertThat(rigid.years().personnelCosts[0]).isCloseTo(FACTORY_PAYROLL_1, within(1e-6));
    assertThat(flexed.years().personnelCosts[0]).isCloseTo(8_634_600.0, within(1e-6));
    assertThat(flexed.years().ebitda[0] - rigid.years().ebitda[0])
        .isCloseTo(959_400.0, within(1e-6));
    for (int t = 1; t < 5; t++) {
      assertThat(flexed.years().personnelCosts[t]).isEqualTo(rigid.years().personnelCosts[t]);
    }
    assertThat(plan[0]).isCloseTo(30_900_000.0, within(1e-6));
  }

  /**
   * The exit values the company on its EBITDA before the short-time working saving (review 18,
   * finding 2; methodology §7). The factory, bought at 7 ×, exits in year 5 at 6 × LTM EBITDA;
   * year 5's revenue is 80 % of the plan and flex 0.5 cuts its payroll by 0.5 × 0.2 = 10 %: the
   * payroll is 180 × 52 000 × 1.025^5 = 9 360 000 × 1.131408213 = 10 589 980.87 €, the saving
   * 1 058 998.09 €. The year's EBITDA is that much higher than the rigid path's at the same
   * revenue, but the exit values the rigid path's EBITDA: the same EV (6 × the same EBITDA), the
   * multiple 6, and the bridge's EBITDA growth and multiple change (m1 − m0) × e1 = −1 × e1 are the
   * rigid path's. The cash the saving kept is still there (deleveraging).
   */
  @Test
  void theExitValuesTheEbitdaBeforeTheSaving() {
    Deal factory = Deals.factory();
    Deal deal =
        DealEdits.withExit(
            factory,
            factory.exit().withValue(new Valuation(Valuation.Basis.MULTIPLE_LTM, 6.0)));
    double[] level = {1, 1, 1, 1, 0.8};
    DealResult rigid = LboEngine.DEFAULT.run(pathDeal(deal, level, null));
    DealResult flexed =
        LboEngine.DEFAULT.run(pathDeal(deal, level, new double[] {0, 0, 0, 0, 0.5 * 0.2}));
    double payroll5 = 180 * 52_000.0 * Math.pow(1.025, 5);
    assertThat(payroll5).isCloseTo(10_589_980.87, within(0.01));
    assertThat(flexed.years().ebitda[4] - rigid.years().ebitda[4])
        .isCloseTo(0.1 * payroll5, within(1e-6))
        .isCloseTo(1_058_998.09, within(0.01));
    assertThat(flexed.exit().ebitda()).isCloseTo(rigid.years().ebitda[4], within(1e-6));
    assertThat(flexed.exit().ebitda()).isCloseTo(rigid.exit().ebitda(), within(1e-6));
    assertThat(flexed.exit().enterpriseValue())
        .isCloseTo(6.0 * rigid.years().ebitda[4], within(1e-5))
        .isCloseTo(rigid.exit().enterpriseValue(), within(1e-5));
    assertThat(flexed.exit().multiple()).isCloseTo(6.0, within(1e-12));
    assertThat(flexed.valueBridge().ebitdaGrowth())
        .isCloseTo(rigid.valueBridge().ebitdaGrowth(), within(1e-5));
    // m0 = 7 (the entry), m1 = 6: −1 × the EBITDA valued, the rigid path's
    assertThat(flexed.valueBridge().multipleChange())
        .isCloseTo(-rigid.years().ebitda[4], within(1e-5))
        .isCloseTo(rigid.valueBridge().multipleChange(), within(1e-5));
    // the saving's cash, after tax, pays debt down: the flexed equity is worth more
    assertThat(flexed.exit().equityValue()).isGreaterThan(rigid.exit().equityValue());
    // the bridge still sums to the gain
    var b = flexed.valueBridge();
    assertThat(b.ebitdaGrowth() + b.multipleChange() + b.deleveraging() + b.distributions()
            + b.fees())
        .isCloseTo(b.equityGain(), within(1e-4));
    // a saving in a year before the exit leaves the exit's EBITDA as charged
    double[] cutInYear1 = {0.1, 0, 0, 0, 0};
    DealResult early =
        LboEngine.DEFAULT.run(pathDeal(deal, new double[] {0.8, 1, 1, 1, 1}, cutInYear1));
    assertThat(early.exit().ebitda()).isEqualTo(early.years().ebitda[4]);
  }

  /**
   * A forward exit (6 × year 6's EBITDA, exit in year 5 of 6) values year 6's EBITDA before its
   * saving: a fixed payroll of 10 a year, year 6 at 80 % of the plan and a 10 % cut, so year 6's
   * EBITDA is 10 × 0.1 = 1 above the rigid path's and the exit EBITDA is the rigid path's.
   */
  @Test
  void aForwardExitValuesTheNextYearBeforeItsSaving() {
    Deals d = new Deals();
    d.years = 6;
    d.exitYear = 5;
    d.growth = new double[] {0.02};
    d.exitValue = new Valuation(Valuation.Basis.MULTIPLE_FORWARD, 6.0);
    d.term("Senior", "banks", 40.0, 0.05, 0.0, 7, false);
    Deal generic = d.build();
    Operations o = generic.operations();
    Deal deal =
        DealEdits.of(
            generic,
            o.withRevenuePurchasesAndPersonnel(
                o.revenue(), o.purchases(), new Driver(new double[6], Deals.fill(6, 10.0)), null),
            generic.transaction(),
            generic.financing(),
            generic.exit());
    double[] level = {1, 1, 1, 1, 1, 0.8};
    DealResult rigid = LboEngine.DEFAULT.run(pathDeal(deal, level, null));
    DealResult flexed =
        LboEngine.DEFAULT.run(pathDeal(deal, level, new double[] {0, 0, 0, 0, 0, 0.1}));
    assertThat(flexed.years().ebitda[5] - rigid.years().ebitda[5]).isCloseTo(1.0, within(1e-12));
    assertThat(flexed.exit().ebitda()).isCloseTo(rigid.years().ebitda[5], within(1e-6));
    assertThat(flexed.exit().enterpriseValue())
        .isCloseTo(6.0 * rigid.years().ebitda[5], within(1e-5));
    // year 5 had no cut: the bridge's e1 (the exit year's, LTM) is as charged, the rigid path's
    assertThat(flexed.valueBridge().ebitdaGrowth())
        .isCloseTo(rigid.valueBridge().ebitdaGrowth(), within(1e-9));
    assertThat(flexed.valueBridge().multipleChange())
        .isCloseTo(rigid.valueBridge().multipleChange(), within(1e-9));
  }

  /** A variable part of the personnel driver follows revenue already: only the fixed part is cut. */
  @Test
  void onlyTheFixedPartOfThePersonnelDriverIsCut() {
    Deal deal = Deals.factory();
    Driver p = deal.operations().personnel();
    PathInputs in = new PathInputs(deal.years(), deal.financing().debt().size());
    System.arraycopy(deal.operations().revenue(), 0, in.revenue, 0, deal.years());
    in.personnelCut[2] = 0.25;
    in.personnelFlexed = true;
    Driver built = PathDeals.of(deal, LboEngine.DEFAULT.run(deal)).build(in).operations().personnel();
    assertThat(built.shareOfRevenue()).isSameAs(p.shareOfRevenue());
    for (int t = 0; t < 5; t++) {
      assertThat(built.fixed()[t]).isEqualTo(t == 2 ? p.fixed()[t] * 0.75 : p.fixed()[t]);
    }
  }

  private static Deal pathDeal(Deal deal, double[] level, double[] cut) {
    PathInputs in = new PathInputs(deal.years(), deal.financing().debt().size());
    for (int t = 0; t < deal.years(); t++) {
      in.revenue[t] = deal.operations().revenue()[t] * level[t];
      if (cut != null) {
        in.personnelCut[t] = cut[t];
        in.personnelFlexed |= cut[t] != 0.0;
      }
    }
    return PathDeals.of(deal, LboEngine.DEFAULT.run(deal)).build(in);
  }

  /**
   * On random paths of the default model with recession flex 0.5: the revenue is the same as
   * without flex (no new draw); the payroll is cut exactly in the recession years whose revenue is
   * below the plan, by 0.5 × the shortfall, and is the plan's in every other year.
   */
  @Test
  void onRandomPathsOnlyRecessionYearsBelowThePlanAreCut() {
    Deal deal = Deals.factory();
    double[] plan = deal.operations().revenue();
    double[] fixed = deal.operations().personnel().fixed();
    PathGenerator rigid = new PathGenerator(deal, RiskDefaults.autoSupplier(), null);
    PathGenerator flex = new PathGenerator(deal, defaultsWithRecessionFlex(0.5), null);
    PathDeals deals = PathDeals.of(deal, LboEngine.DEFAULT.run(deal));
    int cutYears = 0;
    int recessionYearsAbovePlan = 0;
    int expansionYearsBelowPlan = 0;
    for (long path = 0; path < 2000; path++) {
      PathInputs a = draw(rigid, 3L, path, 5);
      PathInputs b = draw(flex, 3L, path, 5);
      assertThat(b.revenue).isEqualTo(a.revenue);
      assertThat(b.regime).isEqualTo(a.regime);
      double[] built = deals.build(b).operations().personnel().fixed();
      for (int t = 0; t < 5; t++) {
        double shortfall = Math.max(0.0, 1.0 - b.revenue[t] / plan[t]);
        boolean recession = b.regime[t] == 1;
        if (recession && shortfall > 0.0) {
          cutYears++;
          assertThat(b.personnelCut[t]).isCloseTo(0.5 * shortfall, within(1e-12));
          assertThat(built[t]).isLessThan(fixed[t])
              .isCloseTo(fixed[t] * (1.0 - 0.5 * shortfall), within(1e-6));
        } else {
          recessionYearsAbovePlan += recession ? 1 : 0;
          expansionYearsBelowPlan += !recession && shortfall > 0.0 ? 1 : 0;
          assertThat(b.personnelCut[t]).isZero();
          assertThat(built[t]).isEqualTo(fixed[t]);
        }
      }
    }
    assertThat(cutYears).isGreaterThan(500);
    assertThat(recessionYearsAbovePlan).isPositive();
    assertThat(expansionYearsBelowPlan).isGreaterThan(1000);
  }

  /** Flex 0 written out, or a flex on a path that never falls below its plan, changes no bit. */
  @Test
  void noFlexOrNoShortfallLeavesEveryFigureBitIdentical() {
    Deal deal = Deals.factory();
    String rigid =
        Fingerprint.of(Simulator.DEFAULT.run(deal, RiskDefaults.autoSupplier(), 3000, 7L, 2, null,
            null));
    String zero =
        Fingerprint.of(Simulator.DEFAULT.run(deal, defaultsWithRecessionFlex(0.0), 3000, 7L, 2,
            null, null));
    assertThat(zero).isEqualTo(rigid);
    // the plan, with full flexibility: never below the plan, so the deterministic run exactly
    RiskModel plan = RiskModel.planOnly();
    BusinessCycle c = plan.cycle();
    RiskModel flexiblePlan =
        plan.withCycle(new BusinessCycle(
            List.of(c.regimes().get(0).withPersonnelFlex(1.0)), c.transition(), c.initial()));
    assertThat(Fingerprint.of(Simulator.DEFAULT.run(deal, flexiblePlan, 50, 1L, 1, null, null)))
        .isEqualTo(Fingerprint.of(Simulator.DEFAULT.run(deal, plan, 50, 1L, 1, null, null)));
  }

  /** A positive flex does not raise the default probability (same seed, same revenue paths). */
  @Test
  void aPositiveFlexDoesNotRaiseTheDefaultProbability() {
    Deal deal = Deals.factory();
    SimulationResult rigid =
        Simulator.DEFAULT.run(deal, RiskDefaults.autoSupplier(), 4000, 1L, 2, null, null);
    SimulationResult half =
        Simulator.DEFAULT.run(deal, defaultsWithRecessionFlex(0.5), 4000, 1L, 2, null, null);
    SimulationResult full =
        Simulator.DEFAULT.run(deal, defaultsWithRecessionFlex(1.0), 4000, 1L, 2, null, null);
    assertThat(half.defaults()).isLessThan(rigid.defaults());
    assertThat(full.defaults()).isLessThanOrEqualTo(half.defaults());
    // and the result does not depend on the number of threads
    assertThat(Fingerprint.of(
            Simulator.DEFAULT.run(deal, defaultsWithRecessionFlex(0.5), 4000, 1L, 1, null, null)))
        .isEqualTo(Fingerprint.of(half));
  }

  /**
   * The stress test: the "2009" stress puts year 1's revenue 30 % below the plan; with the
   * stress's flex 0.5 year 1's payroll is 9 594 000 × (1 − 0.5 × 0.3) = 8 154 900 €; year 2, the
   * rebound (still 12.5 % below the plan), keeps the plan's payroll, 180 × 52 000 × 1.025²: the
   * flex applies in the stress's years of fall only (review 18, finding 1). Flex 0 is the stress as
   * before, bit for bit.
   */
  @Test
  void aStressCarriesItsOwnFlex() {
    Deal deal = Deals.factory();
    StressScenario crisis = RiskDefaults.crisis2009(1);
    DealResult rigid = StressTest.run(deal, crisis);
    DealResult flexed = StressTest.run(deal, crisis.withPersonnelFlex(0.5));
    assertThat(flexed.years().personnelCosts[0]).isCloseTo(8_154_900.0, within(1e-4));
    assertThat(flexed.years().personnelCosts[1])
        .isCloseTo(180 * 52_000.0 * 1.025 * 1.025, within(1e-4));
    assertThat(rigid.years().personnelCosts[0]).isCloseTo(FACTORY_PAYROLL_1, within(1e-6));
    assertThat(flexed.years().ebitda[0]).isGreaterThan(rigid.years().ebitda[0]);
    assertThat(StressTest.run(deal, crisis.withPersonnelFlex(0.0)).years().ebitda)
        .isEqualTo(rigid.years().ebitda);
  }

  /**
   * In a simulation, an absolute stress's flex replaces the regime's in its window; a relative
   * stress's applies when it is the larger; either only in the stress's years of fall (a growth or
   * a shock below 0): a shock of 0 is no fall, so the regime's flex stays.
   */
  @Test
  void aStressOverlaysItsFlexOnTheRegimes() {
    Deal deal = longDeal(5);
    RiskModel model = recessionThenPlan(0.2, 0.5);
    StressScenario absolute =
        new StressScenario("flat", "", 1, new double[] {-0.15}, null, false, 0.1);
    PathInputs a = draw(new PathGenerator(deal, model, absolute), 1L, 0L, 1);
    assertThat(a.personnelCut[0]).isCloseTo(0.1 / 6, within(1e-15)); // not the recession's 0.5
    StressScenario relative =
        new StressScenario("dip", "", 2, new double[] {0.0}, null, true, 0.6);
    PathInputs r = draw(new PathGenerator(deal, model, relative), 1L, 0L, 1);
    assertThat(r.personnelCut[0]).isCloseTo(0.5 / 6, within(1e-15)); // outside the window
    assertThat(r.personnelCut[1]).isCloseTo(0.2 / 12, within(1e-15)); // no fall: the regime's
    StressScenario fall =
        new StressScenario("dip", "", 2, new double[] {-0.1}, null, true, 0.6);
    PathInputs f = draw(new PathGenerator(deal, model, fall), 1L, 0L, 1);
    // the fall takes the level 10 % lower: the stress's 0.6, the larger, on the deeper shortfall
    assertThat(f.personnelCut[1]).isCloseTo(0.6 * (1.0 - (1.0 - 1.0 / 12) * 0.9), within(1e-12));
    assertThat(r.personnelCut[2]).isCloseTo(0.2 / 24, within(1e-15));
  }
}
