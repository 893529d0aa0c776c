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
    assertThat(r.years().revenue[3]).isCloseTo(base.years().revenue[2] * 0.7, within(1e-9));
    // the forward entry price is the one paid at closing, not 5 × the stressed year-1 EBITDA
    StressScenario early = RiskDefaults.crisis2009(1);
    assertThat(StressTest.run(deal, early).sourcesAndUses().entryEnterpriseValue())
        .isEqualTo(base.sourcesAndUses().entryEnterpriseValue());
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
            new double[] {0.05, 0.05});
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
