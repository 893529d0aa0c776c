package org.reprise.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The distributions' lock-up (docs/methodology.md §5.5): no distribution in a year that follows a
 * covenant breach or a payment default. Hand-worked on the paper LBO of {@link TestDeals}: EBITDA
 * 20, generic 25 % tax, interest on the opening balance, no capex, no minimum cash.
 */
class DistributionLockUpTest {

  private static final double EPS = 1e-9;

  /**
   * Senior 60 at 10 %, bullet after the horizon; everything left after the debt service is
   * distributed; net leverage at most 2.5×.
   *
   * <pre>
   * every year: interest 6, tax (20 − 6) × 25 % = 3.5, FCF 20 − 3.5 = 16.5, debt service 6:
   *   10.5 left
   * year 1: 10.5 distributed, cash 0, net debt 60, leverage 3.0× &gt; 2.5×: breach
   * year 2: locked up, cash 10.5, net debt 49.5, 2.475×: no breach
   * year 3: distributions resume: 10.5 + 10.5 = 21 distributed, cash 0, 3.0×: breach
   * year 4: locked up, as year 2
   * year 5: as year 3
   * </pre>
   */
  private static TestDeals deal() {
    TestDeals d = new TestDeals();
    d.distributions = 1.0;
    d.term("Senior", "banks", 60.0, 0.10, 9);
    d.maxLeverage = TestDeals.fill(5, 2.5);
    return d;
  }

  @Test
  void aBreachStopsTheNextYearsDistributions() {
    DealResult r = LboEngine.DEFAULT.run(deal().build());
    assertThat(r.years().distributions)
        .containsExactly(new double[] {10.5, 0.0, 21.0, 0.0, 21.0}, within(EPS));
    assertThat(r.years().cash).containsExactly(new double[] {0.0, 10.5, 0.0, 10.5, 0.0}, within(EPS));
    assertThat(r.years().covenantBreach).containsExactly(true, false, true, false, true);
    assertThat(r.years().distributionsLockedUp).containsExactly(false, true, false, true, false);
  }

  @Test
  void withoutTheLockUpTheDistributionsGoOn() {
    TestDeals d = deal();
    d.lockUp = false;
    DealResult r = LboEngine.DEFAULT.run(d.build());
    assertThat(r.years().distributions)
        .containsExactly(new double[] {10.5, 10.5, 10.5, 10.5, 10.5}, within(EPS));
    assertThat(r.years().covenantBreach).containsOnly(true);
    assertThat(r.years().distributionsLockedUp).containsOnly(false);
  }

  /**
   * A payment default locks the next year up too. Senior 60 at 10 % with 20 due in year 1 (a
   * schedule of 1/3): year 1 FCF 16.5 against 6 + 20 due, short 9.5 (nothing is distributed in a
   * year of default anyway). Year 2 pays its debt service and has cash left, but follows a
   * default: locked up. Without the lock-up that cash is distributed.
   */
  @Test
  void aPaymentDefaultStopsTheNextYearsDistributions() {
    TestDeals d = new TestDeals();
    d.distributions = 1.0;
    double[] rep = {1.0 / 3.0, 0, 0, 0, 0};
    d.tranche("Senior", "banks", org.reprise.model.Tranche.Kind.TERM, 60.0, 0.10, 0.0, rep, 9);
    DealResult r = LboEngine.DEFAULT.run(d.build());
    assertThat(r.paymentDefault().shortfall()).isCloseTo(9.5, within(EPS));
    assertThat(r.years().defaulted).containsExactly(true, false, false, false, false);
    assertThat(r.years().distributions[0]).isZero();
    assertThat(r.years().distributions[1]).isZero();
    assertThat(r.years().distributions[2]).isPositive();
    d.lockUp = false;
    DealResult free = LboEngine.DEFAULT.run(d.build());
    assertThat(free.years().distributions[1]).isPositive();
  }
}
