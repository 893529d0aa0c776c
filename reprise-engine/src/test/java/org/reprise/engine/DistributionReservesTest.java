package org.reprise.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.reprise.model.Deal;
import org.reprise.model.EquityClass;
import org.reprise.model.Structure;
import org.junit.jupiter.api.Test;

/**
 * The law's cap on the distributions (docs/methodology.md §5.5, C. com. L232-11): a year pays out
 * at most what its shareholder loans are owed at the year end (a loan is repaid without reserves)
 * plus the operating company's distributable reserves at the start of the year, and the dividends
 * on the preferred and ordinary shares stay within those reserves. Hand-worked on the paper LBO
 * of {@link TestDeals}: EBITDA 20, generic 25 % tax, interest on the opening balance, no capex, no
 * minimum cash, no interest on cash; senior 60 at 10 %, bullet after the horizon, so that every
 * year's interest is 6.
 */
class DistributionReservesTest {

  private static final double EPS = 1e-9;

  private static TestDeals deal() {
    TestDeals d = new TestDeals();
    d.distributions = 1.0;
    d.term("Senior", "banks", 60.0, 0.10, 9);
    return d;
  }

  /**
   * A push-down opens with no reserves (the merged company's equity is the buyer's capital, §4):
   * <pre>
   * year 1: tax (20 − 6) × 25 % = 3.5, net income 10.5, cash before the distribution
   *   20 − 3.5 − 6 = 10.5; reserves at the start 0: nothing paid (capped), cash 10.5
   * year 2: reserves 10.5; cash before 10.5 + 10.5 = 21, all of it asked; 10.5 paid (capped),
   *   cash 10.5; reserves at the end 10.5 + 10.5 − 10.5 = 10.5
   * years 3 to 5: the same: 10.5 paid of the 21 asked
   * </pre>
   */
  @Test
  void aPushDownPaysNoDividendBeforeItHasReserves() {
    DealResult r = LboEngine.DEFAULT.run(deal().build());
    YearTable y = r.years();
    assertThat(y.distributions)
        .containsExactly(new double[] {0.0, 10.5, 10.5, 10.5, 10.5}, within(EPS));
    assertThat(y.distributableReserves)
        .containsExactly(new double[] {0.0, 10.5, 10.5, 10.5, 10.5}, within(EPS));
    assertThat(y.distributionsCappedByReserves).containsOnly(true);
    assertThat(y.cash).containsExactly(new double[] {10.5, 10.5, 10.5, 10.5, 10.5}, within(EPS));
    assertThat(y.opcoReserves)
        .containsExactly(new double[] {10.5, 10.5, 10.5, 10.5, 10.5}, within(EPS));
  }

  /**
   * A shareholder loan of 5 at 10 % is repaid without reserves, its coupon included:
   * <pre>
   * year 1: coupon 0.5, tax (20 − 6 − 0.5) × 25 % = 3.375, net income 10.125; cash before the
   *   distribution 20 − 3.375 − 6 = 10.625; the cap 5 × 1.1 + 0 = 5.5 &lt; 10.625: the loan's 5.5
   *   paid (capped), cash 5.125
   * year 2: no loan left; reserves 10.125; tax 3.5, cash before 5.125 + 10.5 = 15.625; 10.125
   *   paid to the ordinary shares (capped), cash 5.5; reserves 10.125 + 10.5 − 10.125 = 10.5
   * years 3 to 5: cash before 5.5 + 10.5 = 16, 10.5 paid, cash 5.5
   * </pre>
   */
  @Test
  void aShareholderLoanIsRepaidWithoutReserves() {
    TestDeals d = deal();
    d.equity("Fund loan", "lender", EquityClass.Kind.SHAREHOLDER_LOAN, 5.0, 0.10);
    d.equity("Fund shares", "fund", EquityClass.Kind.ORDINARY, Double.NaN, 0.0);
    DealResult r = LboEngine.DEFAULT.run(d.build());
    YearTable y = r.years();
    assertThat(y.distributions)
        .containsExactly(new double[] {5.5, 10.125, 10.5, 10.5, 10.5}, within(EPS));
    assertThat(y.distributionsCappedByReserves).containsOnly(true);
    assertThat(y.cash).containsExactly(new double[] {5.125, 5.5, 5.5, 5.5, 5.5}, within(EPS));
    double[] loan = r.returnOf("lender").flows();
    assertThat(loan[1]).isCloseTo(5.5, within(EPS));
    double[] fund = r.returnOf("fund").flows();
    assertThat(fund[1]).isEqualTo(0.0);
    assertThat(fund[2]).isCloseTo(10.125, within(EPS));
  }

  /**
   * A preferred share's dividend needs reserves like an ordinary one: a strip of 20 at 10 % in a
   * push-down, no reserves at the start, is paid nothing in year 1 (the cap is 0), then 10.5 of
   * its claim (20 × 1.1² = 24.2) in year 2, the ordinary shares nothing.
   */
  @Test
  void aPreferredShareNeedsReserves() {
    TestDeals d = deal();
    d.equity("Strip", "investor", EquityClass.Kind.PREFERRED, 20.0, 0.10);
    d.equity("Fund shares", "fund", EquityClass.Kind.ORDINARY, Double.NaN, 0.0);
    DealResult r = LboEngine.DEFAULT.run(d.build());
    double[] strip = r.returnOf("investor").flows();
    assertThat(strip[1]).isEqualTo(0.0);
    assertThat(strip[2]).isCloseTo(10.5, within(EPS));
    assertThat(r.returnOf("fund").flows()[2]).isCloseTo(0.0, within(EPS));
    assertThat(r.years().distributions[1]).isCloseTo(10.5, within(EPS));
  }

  /**
   * With a holding, the dividends are capped by the group's earnings retained since the closing
   * (the holding's own reserves, had the company upstreamed its profit), within the company's
   * reserves: the holding, formed at the closing, has closed no accounts, so year 1 pays nothing,
   * as a push-down. The holding borrows the senior, no tax group, the company's reserves 4:
   * <pre>
   * year 1: the company's tax 20 × 25 % = 5, net income 15; the holding's interest 6, a loss (no
   *   tax); the group's net income 20 − 6 − 5 = 9; nothing distributed (cap 0), cash 20 − 5 − 6
   *   = 9; the company upstreams the 6 the holding needs: its reserves 4 + 15 − 6 = 13
   * year 2: cap min(13, 9) = 9 of the 9 + 9 = 18 asked (capped); the company upstreams 6 + 9 = 15:
   *   its reserves 13 + 15 − 15 = 13; the group retains 9 + 9 − 9 = 9; cash 9
   * years 3 to 5: the same, 9 a year
   * </pre>
   */
  @Test
  void aHoldingPaysWithinTheGroupsRetainedEarnings() {
    TestDeals d = new TestDeals();
    d.structure = Structure.Kind.HOLDING; // before the tranche: the holding borrows it
    d.distributions = 1.0;
    d.term("Senior", "banks", 60.0, 0.10, 9);
    d.distributableReserves = 4.0;
    DealResult r = LboEngine.DEFAULT.run(d.build());
    YearTable y = r.years();
    assertThat(y.distributions).containsExactly(new double[] {0, 9, 9, 9, 9}, within(EPS));
    assertThat(y.distributableReserves)
        .containsExactly(new double[] {0, 9, 9, 9, 9}, within(EPS));
    assertThat(y.distributionsCappedByReserves).containsOnly(true);
    assertThat(y.opcoReserves).containsExactly(new double[] {13, 13, 13, 13, 13}, within(EPS));
    assertThat(y.netIncome).containsExactly(new double[] {9, 9, 9, 9, 9}, within(EPS));
    assertThat(y.cash).containsExactly(new double[] {9, 9, 9, 9, 9}, within(EPS));
  }

  /**
   * Enough reserves, nothing changes: the same deal with the company's own reserves (a status quo
   * company keeps its 50) distributes all of its cash, never capped.
   */
  @Test
  void ampleReservesLeaveTheDistributionsAlone() {
    TestDeals d = deal();
    d.structure = Structure.Kind.UNCHANGED;
    DealResult r = LboEngine.DEFAULT.run(d.build());
    assertThat(r.years().distributions)
        .containsExactly(new double[] {10.5, 10.5, 10.5, 10.5, 10.5}, within(EPS));
    assertThat(r.years().distributionsCappedByReserves).containsOnly(false);
  }

  /**
   * On 600 random deals (any structure, shareholder loans in half of them): every year's dividends
   * (what the distribution pays beyond the shareholder loans' flows) stay within the reserves at
   * the start of the year, and a year marked capped pays its cap: its dividends are those reserves
   * or its loans were repaid in full.
   */
  @Test
  void onRandomDealsTheDividendsStayWithinTheReserves() {
    int capped = 0;
    int distributing = 0;
    for (long seed = 0; seed < 600; seed++) {
      Deal deal = AccountingIdentitiesTest.randomDeal(seed);
      if (deal.isCooperative() || !(deal.financing().distributionShare() > 0.0)) {
        continue;
      }
      DealResult r = LboEngine.DEFAULT.run(deal);
      // the classes' flows, which the result gives only per party: the engine's own run again
      YearTable y = new YearTable(r.years().size());
      LboEngine.Core core = LboEngine.compute(deal, y, null, false, true);
      double[][] classFlows = core.solver().classFlows;
      for (int t = 0; t < r.exitYearIndex(); t++) {
        String where = "seed " + seed + ", year " + (t + 1);
        double loans = 0.0;
        for (int k = 0; k < deal.financing().equity().size(); k++) {
          if (deal.financing().equity().get(k).kind() == EquityClass.Kind.SHAREHOLDER_LOAN) {
            loans += classFlows[k][t];
          }
        }
        double dividends = y.distributions[t] - loans;
        double room = y.distributableReserves[t];
        assertThat(dividends).as(where).isLessThanOrEqualTo(room + 1e-9 * (1.0 + room));
        distributing += y.distributions[t] > 0.0 ? 1 : 0;
        if (y.distributionsCappedByReserves[t]) {
          capped++;
          assertThat(dividends).as(where).isCloseTo(room, within(1e-9 * (1.0 + room)));
        }
      }
    }
    assertThat(distributing).as("years that distribute").isGreaterThan(50);
    assertThat(capped).as("years the law capped").isPositive();
  }
}
