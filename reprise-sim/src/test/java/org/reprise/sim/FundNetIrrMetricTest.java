package org.reprise.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reprise.engine.FundWaterfall;
import org.reprise.engine.LboEngine;
import org.reprise.model.Deal;
import org.reprise.model.FundTerms;
import org.reprise.model.risk.RiskDefaults;
import org.reprise.model.risk.RiskModel;

/**
 * The fund's investors' net IRR as a Monte Carlo metric (docs/risk.md §5, methodology §8.3): only
 * with the fund's terms, its deterministic value the run's, never above the gross IRR on a path,
 * and the other statistics unchanged by it.
 */
class FundNetIrrMetricTest {
  private static final Deal FACTORY = Deals.factory();
  private static final Deal FUND = FACTORY.withFund(FundTerms.usual());
  private static final RiskModel RISK = RiskDefaults.autoSupplier();

  @Test
  void onlyWithTheFundsTermsAndItsBaseIsTheRuns() {
    SimulationResult plain = Simulator.DEFAULT.run(FACTORY, RISK, 500, 3L, 2, null, null);
    assertThatThrownBy(() -> plain.metric(Metric.FUND_NET_IRR))
        .hasMessageContaining("no metric named");
    SimulationResult fund = Simulator.DEFAULT.run(FUND, RISK, 500, 3L, 2, null, null);
    MetricStatistics net = fund.metric(Metric.FUND_NET_IRR);
    assertThat(net.baseValue())
        .isEqualTo(FundWaterfall.of(FUND, LboEngine.DEFAULT.run(FUND)).netIrr());
    assertThat(net.all().count()).isEqualTo(500);
    assertThat(net.all().p50()).isLessThan(fund.metric("irr.fund").all().p50());
    // the terms split the fund's flows: the gross statistics and the defaults do not move
    assertThat(fund.defaultProbability()).isEqualTo(plain.defaultProbability());
    assertThat(fund.metric("irr.fund").all()).isEqualTo(plain.metric("irr.fund").all());
  }

  /**
   * On every path the net IRR is at most the gross one (when both exist), through an extra metric
   * that gives gross − net path by path.
   */
  @Test
  void onEveryPathTheNetIrrIsAtMostTheGross() {
    int k = LboEngine.DEFAULT.run(FUND).returns().stream().map(p -> p.party()).toList()
        .indexOf("fund");
    Metric drag = new Metric("check.drag", "rate", Metric.RATE_RESOLUTION, Double.NaN,
        o -> o.irr(k) - FundWaterfall.of(FUND.fund(), o.flows(k)).netIrr());
    SimulationResult r = Simulator.DEFAULT.withMetrics(List.of(drag))
        .run(FUND, RISK, 2000, 1L, 2, null, null);
    assertThat(r.metric("check.drag").all().count()).isGreaterThan(1500);
    assertThat(r.metric("check.drag").all().min()).isGreaterThanOrEqualTo(-1e-12);
  }
}
