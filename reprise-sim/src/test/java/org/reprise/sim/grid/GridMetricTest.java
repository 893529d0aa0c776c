package org.reprise.sim.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reprise.engine.LboEngine;
import org.reprise.model.Deal;
import org.reprise.model.DealException;
import org.reprise.model.risk.RiskDefaults;
import org.reprise.sim.Deals;
import org.reprise.sim.SimulationResult;
import org.reprise.sim.Simulator;
import org.reprise.sim.StressTest;

/** The grid's metrics, against the engine, the stress test and the simulator they call. */
class GridMetricTest {
  private static final Deal DEAL = Deals.handBuilt();
  private static final GridInput BASE = new GridInput(DEAL, RiskDefaults.autoSupplier(), null);
  private static final List<String> PARTIES = GridMetric.parties(BASE);

  @Test
  void namesEveryPartyAndTheMonteCarloMetrics() {
    assertThat(PARTIES).containsExactly("fund", "banks");
    assertThat(GridMetric.names(PARTIES)).containsExactly("fund.irr", "fund.moic", "banks.irr",
        "banks.moic", "default.probability", "breach.probability");
    assertThat(GridMetric.isMonteCarlo("fund.irr", PARTIES)).isFalse();
    assertThat(GridMetric.isMonteCarlo("default.probability", PARTIES)).isTrue();
  }

  @Test
  void unknownMetricsSuggestTheClosest() {
    assertThatThrownBy(() -> GridMetric.of("fnd.irr", PARTIES, 0, 0, null))
        .isInstanceOf(DealException.class)
        .hasMessageContaining("did you mean `fund.irr`?");
    assertThatThrownBy(() -> GridMetric.isMonteCarlo("irr.banks", PARTIES))
        .hasMessageContaining("did you mean `banks.irr`?");
    assertThatThrownBy(() -> GridMetric.of("default.probability", PARTIES, 0, 1, null))
        .hasMessageContaining("at least 1 path");
  }

  @Test
  void deterministicMetricsAreTheEnginesReturns() {
    double irr = LboEngine.DEFAULT.run(DEAL).returnOf("fund").irr();
    assertThat(GridMetric.of("fund.irr", PARTIES, 0, 0, null).value().applyAsDouble(BASE))
        .isEqualTo(irr);
    double moic = LboEngine.DEFAULT.run(DEAL).returnOf("banks").moic();
    assertThat(GridMetric.of("banks.moic", PARTIES, 0, 0, null).value().applyAsDouble(BASE))
        .isEqualTo(moic);
    GridInput stressed = BASE.withStress(RiskDefaults.crisis2009(1));
    assertThat(GridMetric.of("fund.moic", PARTIES, 0, 0, null).value().applyAsDouble(stressed))
        .isEqualTo(StressTest.run(DEAL, RiskDefaults.crisis2009(1)).returnOf("fund").moic());
  }

  @Test
  void monteCarloMetricsAreTheSimulatorsProbabilities() {
    SimulationResult r =
        Simulator.DEFAULT.run(DEAL, RiskDefaults.autoSupplier(), 300, 9, 1, null, null);
    assertThat(GridMetric.of("default.probability", PARTIES, 300, 9, null).value()
        .applyAsDouble(BASE)).isEqualTo(r.defaultProbability());
    assertThat(GridMetric.of("breach.probability", PARTIES, 300, 9, null).value()
        .applyAsDouble(BASE)).isEqualTo(r.covenantBreachProbability());
  }

  /**
   * {@code recession.depth = 0} is no stress: on the factory deal (a plan growing 2 to 3 % a
   * year, which the old flat-world scaling replaced by 0 % growth), the cell at depth 0 is the
   * unstressed deterministic run and the unstressed simulation, bit for bit; the cell at 0.3 is
   * the built-in "2009".
   */
  @Test
  void depthZeroIsTheUnstressedDealAndSimulationBitForBit() {
    Deal factory = Deals.factory();
    GridInput base = new GridInput(factory, RiskDefaults.autoSupplier(), null);
    List<String> parties = GridMetric.parties(base);
    GridAxis<GridInput> depth = GridParameters.axis(GridParameters.RECESSION_DEPTH,
        new double[] {0.0, 0.3}, base);
    GridInput zero = depth.setter().apply(base, 0.0);
    GridInput full = depth.setter().apply(base, 0.3);
    for (String party : parties) {
      GridMetric irr = GridMetric.of(party + ".irr", parties, 0, 0, null);
      assertThat(irr.value().applyAsDouble(zero))
          .isEqualTo(LboEngine.DEFAULT.run(factory).returnOf(party).irr());
      GridMetric moic = GridMetric.of(party + ".moic", parties, 0, 0, null);
      assertThat(moic.value().applyAsDouble(zero))
          .isEqualTo(LboEngine.DEFAULT.run(factory).returnOf(party).moic());
      assertThat(moic.value().applyAsDouble(full)).isEqualTo(
          StressTest.run(factory, RiskDefaults.crisis2009(1)).returnOf(party).moic());
    }
    SimulationResult plain =
        Simulator.DEFAULT.run(factory, base.risk(), 400, 7, 1, null, null);
    SimulationResult cell =
        Simulator.DEFAULT.run(factory, zero.risk(), zero.stress(), 400, 7, 1, null, null);
    assertThat(cell).usingRecursiveComparison().ignoringFields("overlay").isEqualTo(plain);
    assertThat(GridMetric.of("default.probability", parties, 400, 7, null).value()
        .applyAsDouble(zero)).isEqualTo(plain.defaultProbability());
    assertThat(plain.defaultProbability()).isGreaterThan(0.0); // not the old flat world's 0
  }

  @Test
  void aCancelledSimulationLeavesTheCellEmpty() {
    GridMetric m = GridMetric.of("default.probability", PARTIES, 5000, 9, () -> true);
    assertThatThrownBy(() -> m.value().applyAsDouble(BASE)).hasMessage(GridMetric.CANCELLED);
  }

  @Test
  void aMonteCarloGridIsTheSameWhateverTheThreads() {
    GridAxis<GridInput> x = GridParameters.range(GridParameters.LEVERAGE, 0.8, 1.2, 0.2, BASE);
    GridAxis<GridInput> y =
        GridParameters.range(GridParameters.RECESSION_GROWTH, -0.3, -0.1, 0.1, BASE);
    GridMetric m = GridMetric.of("default.probability", PARTIES, 200, 4, null);
    GridResult one = Grid.evaluate(BASE, x, y, m.value(), 1, null, null);
    GridResult three = Grid.evaluate(BASE, x, y, m.value(), 3, null, null);
    for (int j = 0; j < y.size(); j++) {
      assertThat(three.values()[j]).containsExactly(one.values()[j]);
    }
    // deeper recessions never make a default less likely (same random numbers in every cell)
    for (int i = 0; i < x.size(); i++) {
      assertThat(one.value(i, 0)).isGreaterThanOrEqualTo(one.value(i, 2));
    }
  }
}
