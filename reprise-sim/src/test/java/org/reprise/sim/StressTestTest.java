package org.reprise.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.reprise.engine.DealResult;
import org.reprise.engine.LboEngine;
import org.reprise.model.Deal;
import org.reprise.model.risk.RiskDefaults;
import org.reprise.model.risk.RiskModel;
import org.reprise.model.risk.StressScenario;

class StressTestTest {

  /** The hand-built deal of {@link Deals#handBuilt()}: its comment works the numbers out. */
  static Deal handBuilt() {
    return Deals.handBuilt();
  }

  @Test
  void the2009StressMakesTheHandBuiltDealDefault() {
    Deal deal = handBuilt();
    DealResult base = LboEngine.DEFAULT.run(deal);
    assertThat(base.paymentDefault().occurred()).isFalse();
    assertThat(base.years().freeCashFlow[0]).isCloseTo(16.2, within(1e-9));

    DealResult stressed = StressTest.run(deal, RiskDefaults.crisis2009(1));
    assertThat(stressed.years().revenue[0]).isCloseTo(70.0, within(1e-9));
    assertThat(stressed.years().revenue[1]).isCloseTo(87.5, within(1e-9));
    assertThat(stressed.years().ebitda[0]).isCloseTo(9.5, within(1e-9));
    assertThat(stressed.years().freeCashFlow[0]).isCloseTo(8.325, within(1e-9));
    assertThat(stressed.paymentDefault().occurred()).isTrue();
    assertThat(stressed.paymentDefault().year()).isEqualTo(2026);
    assertThat(stressed.paymentDefault().shortfall()).isCloseTo(14.8 - 8.325, within(1e-9));
  }

  @Test
  void theStressKeepsThePlanOutsideItsWindowAndThePriceAgreedAtClosing() {
    Deals d = new Deals();
    d.growth = new double[] {0.05};
    d.price =
        new org.reprise.model.Valuation(org.reprise.model.Valuation.Basis.MULTIPLE_FORWARD, 5.0);
    d.term("Senior", "banks", 50.0, 0.05, 0.0, 6, false);
    Deal deal = d.build();
    DealResult base = LboEngine.DEFAULT.run(deal);
    StressScenario late = RiskDefaults.crisis2009(4);
    DealResult r = StressTest.run(deal, late);
    for (int t = 0; t < 3; t++) {
      assertThat(r.years().revenue[t]).isEqualTo(base.years().revenue[t]);
    }
    // relative to the plan: 30 % below the plan's year 4, which grew 5 % on year 3
    assertThat(r.years().revenue[3]).isCloseTo(base.years().revenue[3] * 0.7, within(1e-9));
    // the same stress, absolute: year 4 is 30 % below year 3, the plan's growth replaced
    StressScenario absolute = new StressScenario(late.name(), late.description(),
        late.startYear(), late.growth(), late.costShift(), false);
    assertThat(StressTest.run(deal, absolute).years().revenue[3])
        .isCloseTo(base.years().revenue[2] * 0.7, within(1e-9));
    // the forward entry price is the one paid at closing, not 5 × the stressed year-1 EBITDA
    StressScenario early = RiskDefaults.crisis2009(1);
    assertThat(StressTest.run(deal, early).sourcesAndUses().entryEnterpriseValue())
        .isEqualTo(base.sourcesAndUses().entryEnterpriseValue());
  }

  /**
   * The built-in "2009" on a plan of +3 % a year is a shortfall below the plan, by hand (R0 = 100,
   * stressed from year 1; the stress's levels relative to what revenue would have been are 0.7,
   * 0.875, then 0.875 × 1.0270661^j with 1.0270661 = (1 / 0.875)^(1/5), back to 1 in year 7):
   *
   * <pre>
   *   year 1: 100 × 1.03   × 0.7           =  72.1
   *   year 2: 100 × 1.03²  × 0.875         =  92.82875
   *   year 3: 100 × 1.03³  × 0.875 × 1.0270661
   *   year 7: 100 × 1.03⁷  × 0.875 × 1.0270661⁵ = 100 × 1.03⁷ = 122.987…  (the plan again)
   *   year 8: 100 × 1.03⁸  (after the window: the plan's growth from the plan's level)
   * </pre>
   *
   * The absolute reading of the same growth (the old "2009") ignores the plan in its window: year
   * 1 = 70, year 7 = 100, year 8 = 103 (16 % below the plan's 126.7).
   */
  @Test
  void the2009StressIsAShortfallBelowAGrowingPlan() {
    Deals d = new Deals();
    d.years = 8;
    d.exitYear = 8;
    d.growth = new double[] {0.03};
    d.term("Senior", "banks", 50.0, 0.05, 0.0, 9, false);
    Deal deal = d.build();
    double[] r = StressTest.apply(deal, RiskDefaults.crisis2009(1)).operations().revenue();
    double back = Math.pow(1.0 / 0.875, 1.0 / 5.0); // 1.0270661…
    assertThat(r[0]).isCloseTo(72.1, within(1e-9));
    assertThat(r[1]).isCloseTo(92.82875, within(1e-9));
    for (int t = 2; t < 7; t++) {
      assertThat(r[t]).isCloseTo(100 * Math.pow(1.03, t + 1) * 0.875 * Math.pow(back, t - 1),
          within(1e-9));
    }
    assertThat(r[6]).isCloseTo(100 * Math.pow(1.03, 7), within(1e-9)); // back on the plan
    assertThat(r[7]).isCloseTo(100 * Math.pow(1.03, 8), within(1e-9));
    StressScenario c = RiskDefaults.crisis2009(1);
    double[] old = StressTest.apply(deal, new StressScenario(c.name(), c.description(), 1,
        c.growth(), c.costShift(), false)).operations().revenue();
    assertThat(old[0]).isCloseTo(70.0, within(1e-9));
    assertThat(old[6]).isCloseTo(100.0, within(1e-9));
    assertThat(old[7]).isCloseTo(103.0, within(1e-9));
  }

  /** A relative stress of growth 0 in every year is no stress: the deal's run, bit for bit. */
  @Test
  void aRelativeStressOfZeroIsTheDealBitForBit() {
    Deal deal = Deals.factory();
    StressScenario none = new StressScenario("none", "", 1, new double[7], null, true);
    Deal stressed = StressTest.apply(deal, none);
    assertThat(stressed.operations().revenue()).containsExactly(deal.operations().revenue());
    DealResult a = LboEngine.DEFAULT.run(deal);
    DealResult b = LboEngine.DEFAULT.run(stressed);
    for (int i = 0; i < a.returns().size(); i++) {
      assertThat(b.returns().get(i).irr()).isEqualTo(a.returns().get(i).irr());
      assertThat(b.returns().get(i).moic()).isEqualTo(a.returns().get(i).moic());
    }
    assertThat(b.years().freeCashFlow).containsExactly(a.years().freeCashFlow);
  }

  @Test
  void aStressCanShiftTheVariableCostShare() {
    Deal deal = handBuilt();
    StressScenario energy =
        new StressScenario(
            "energy",
            "costs +5 points for two years",
            2,
            new double[] {0.0, 0.0},
            new double[] {0.05, 0.05},
            false);
    DealResult base = LboEngine.DEFAULT.run(deal);
    DealResult r = StressTest.run(deal, energy);
    assertThat(r.years().ebitda[0]).isCloseTo(base.years().ebitda[0], within(1e-12));
    assertThat(r.years().ebitda[1]).isCloseTo(base.years().ebitda[1] - 5.0, within(1e-9));
    assertThat(r.years().ebitda[3]).isCloseTo(base.years().ebitda[3], within(1e-12));
  }

  @Test
  void the2009OverlayRaisesTheSimulatedDefaultProbability() {
    Deal deal = handBuilt();
    RiskModel risk = RiskDefaults.autoSupplier();
    SimulationResult plain = Simulator.DEFAULT.run(deal, risk, 4000, 3L, 2, null, null);
    SimulationResult stressed =
        Simulator.DEFAULT.run(deal, risk, risk.stress("2009"), 4000, 3L, 2, null, null);
    assertThat(stressed.overlay()).isEqualTo("2009");
    assertThat(stressed.defaultProbability()).isGreaterThan(plain.defaultProbability() + 0.2);
    assertThat(stressed.firstDefaultProbabilityByYear()[0]).isEqualTo(1.0); // every path in year 1
  }
}
