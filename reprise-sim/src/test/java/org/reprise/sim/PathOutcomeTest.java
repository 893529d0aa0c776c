package org.reprise.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reprise.engine.returns.Irr;
import org.reprise.engine.returns.Mirr;

/**
 * {@link PathOutcome#noSingleRoot}: what the runner told, else solved from the flows, and
 * forgotten when the flows change (the IRR metric's substitute reads it).
 */
class PathOutcomeTest {

  /** Two sign changes and two IRRs (10 % and 20 %): no single root. */
  private static final double[] SEVERAL = {-1.0, 2.3, -1.32};
  /** Conventional flows: one IRR (10 %). */
  private static final double[] ONE = {-1.0, 1.1};

  @Test
  void solvesTheFlowsWhenTheRunnerDidNotTell() {
    assertThat(Mirr.noSingleRoot(Irr.irr(SEVERAL))).isTrue();
    assertThat(Mirr.noSingleRoot(Irr.irr(ONE))).isFalse();
    PathOutcome o = new PathOutcome(2);
    o.setFlows(0, SEVERAL);
    o.setFlows(1, ONE);
    assertThat(o.noSingleRoot(0)).isTrue();
    assertThat(o.noSingleRoot(1)).isFalse();
  }

  @Test
  void takesWhatTheRunnerToldUntilTheFlowsChange() {
    PathOutcome o = new PathOutcome(1);
    o.setFlows(0, ONE);
    o.setNoSingleRoot(0, true); // told (deliberately wrong, to see that it is taken as told)
    assertThat(o.noSingleRoot(0)).isTrue();
    o.setFlows(0, ONE); // the next path's flows: what was told is forgotten
    assertThat(o.noSingleRoot(0)).isFalse();
    o.setFlows(0, SEVERAL);
    assertThat(o.noSingleRoot(0)).isTrue();
  }

  /** The IRR metric's substitute is the annualised multiple exactly when there is no single root. */
  @Test
  void theIrrSubstituteReadsIt() {
    PathOutcome o = new PathOutcome(1);
    Metric irr = Metric.irr("fund", 0);
    o.setFlows(0, SEVERAL);
    assertThat(irr.substitute().applyAsDouble(o)).isEqualTo(Mirr.zeroRates(SEVERAL));
    o.setFlows(0, ONE);
    o.setNoSingleRoot(0, false);
    assertThat(irr.substitute().applyAsDouble(o)).isNaN();
  }
}
