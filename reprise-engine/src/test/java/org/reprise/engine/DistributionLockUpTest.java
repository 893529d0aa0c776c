package org.reprise.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The distributions' lock-up (docs/methodology.md §5.5): a year's distribution is paid only if the
 * year, tested pro forma for it, meets its covenants and pays its debt service; otherwise the year
 * is solved again with no distribution, or, when it is the net leverage covenant alone that the
 * distribution broke, with the largest distribution that keeps it met. Hand-worked on the paper
 * LBO of {@link TestDeals}: EBITDA 20, generic 25 % tax, interest on the opening balance, no
 * capex, no minimum cash.
 */
class DistributionLockUpTest {

  private static final double EPS = 1e-9;
  /** A distribution cut down to the covenant leaves 1e-9 of its room unused (LboEngine). */
  private static final double CUT = 1e-7;

  /**
   * Senior 60 at 10 %, bullet after the horizon; half of the cash left after the debt service is
   * distributed; net leverage at most 2.5×.
   *
   * <pre>
   * every year: interest 6, tax (20 − 6) × 25 % = 3.5, FCF 20 − 3.5 = 16.5, debt service 6:
   *   the year adds 10.5 of cash
   * year 1: cash before the distribution 10.5; paid, 50 % = 5.25 would leave cash 5.25, net debt
   *   54.75, 54.75 / 20 = 2.7375× &gt; 2.5×: locked up. With none, cash 10.5, net debt 49.5,
   *   2.475×: the covenant allows 2.5 × 20 − 49.5 = 0.5, which is paid: cash 10, 2.5×
   * year 2: cash before 10 + 10.5 = 20.5; 10.25 paid leaves cash 10.25, 2.4875×: paid
   * year 3: cash before 20.75, 10.375 paid; year 4: 10.4375; year 5: 10.46875
   * </pre>
   */
  private static TestDeals deal() {
    TestDeals d = new TestDeals();
    // a company that keeps its own reserves (the paper company's book equity, 30), so that the
    // law's cap on the dividends (§5.5, DistributionReservesTest) never binds: only the lock-up
    // cuts the distributions here
    d.structure = org.reprise.model.Structure.Kind.UNCHANGED;
    d.distributions = 0.5;
    d.term("Senior", "banks", 60.0, 0.10, 9);
    d.maxLeverage = TestDeals.fill(5, 2.5);
    return d;
  }

  @Test
  void aDistributionThatWouldBreakTheCovenantIsCutDownToIt() {
    DealResult r = LboEngine.DEFAULT.run(deal().build());
    assertThat(r.years().distributions)
        .containsExactly(new double[] {0.5, 10.25, 10.375, 10.4375, 10.46875}, within(CUT));
    assertThat(r.years().cash[0]).isCloseTo(10.0, within(CUT));
    assertThat(r.years().netLeverage[0]).isCloseTo(2.5, within(CUT)).isLessThanOrEqualTo(2.5);
    assertThat(r.years().covenantBreach).containsOnly(false);
    assertThat(r.years().distributionsLockedUp).containsExactly(true, false, false, false, false);
  }

  /**
   * All of the cash distributed: paid, it would always leave cash 0 and net debt 60, 3.0× &gt;
   * 2.5×. The covenant keeps 10 of cash in (net debt 50 = 2.5 × 20): year 1 pays 0.5 of its
   * 10.5, every later year the 10.5 it adds; every year is cut down.
   */
  @Test
  void theLockUpKeepsTheCashTheCovenantNeeds() {
    TestDeals d = deal();
    d.distributions = 1.0;
    DealResult r = LboEngine.DEFAULT.run(d.build());
    assertThat(r.years().distributions)
        .containsExactly(new double[] {0.5, 10.5, 10.5, 10.5, 10.5}, within(CUT));
    assertThat(r.years().cash).containsExactly(new double[] {10, 10, 10, 10, 10}, within(CUT));
    assertThat(r.years().covenantBreach).containsOnly(false);
    assertThat(r.years().distributionsLockedUp).containsOnly(true);
  }

  /**
   * With interest earned on cash (4 %, on the average balance... here the paper LBO's opening
   * basis: on the opening cash), a unit paid out also costs the interest it would have earned
   * later, not this year: the cut is still exact at the covenant's level.
   */
  @Test
  void theCutHoldsWithInterestOnCash() {
    TestDeals d = deal();
    d.distributions = 1.0;
    d.interestOnCash = 0.04;
    DealResult r = LboEngine.DEFAULT.run(d.build());
    for (int t = 0; t < 5; t++) {
      assertThat(r.years().netLeverage[t]).as("year %d", t + 1)
          .isLessThanOrEqualTo(2.5).isCloseTo(2.5, within(CUT));
      assertThat(r.years().covenantBreach[t]).isFalse();
    }
  }

  /**
   * On 900 random deals (a third of the distributing ones have a net leverage covenant): a year that
   * distributes meets its covenants and pays its debt service, and a year whose distribution the
   * lock-up cut down (paid in part) sits at the covenant's level.
   */
  @Test
  void onRandomDealsNoDistributionBreaksATest() {
    int cut = 0;
    int stopped = 0;
    for (long seed = 0; seed < 900; seed++) {
      org.reprise.model.Deal deal = AccountingIdentitiesTest.randomDeal(seed);
      if (deal.isCooperative() || !deal.financing().distributionLockUp()) {
        continue;
      }
      DealResult r = LboEngine.DEFAULT.run(deal);
      YearTable y = r.years();
      for (int t = 0; t < r.exitYearIndex(); t++) {
        String where = "seed " + seed + ", year " + (t + 1);
        if (y.distributions[t] > 0.0) {
          assertThat(y.covenantBreach[t]).as(where).isFalse();
          assertThat(y.defaulted[t]).as(where).isFalse();
        }
        if (y.distributionsLockedUp[t]) {
          if (y.distributions[t] > 0.0) {
            double level = deal.covenants().maxNetLeverage()[t];
            assertThat(y.netLeverage[t]).as(where)
                .isCloseTo(level, within(1e-6 * (1.0 + level)));
            cut++;
          } else {
            stopped++;
          }
        }
      }
    }
    // 3 years cut down and 53 stopped on these 900 deals: a covenant set below the entry
    // leverage is mostly broken with or without the distribution
    assertThat(cut).as("years cut down").isPositive();
    assertThat(stopped).as("years stopped").isGreaterThan(5);
  }

  /** Without the lock-up the distributions go on and year 1 breaches (2.7375×). */
  @Test
  void withoutTheLockUpTheDistributionsGoOn() {
    TestDeals d = deal();
    d.lockUp = false;
    DealResult r = LboEngine.DEFAULT.run(d.build());
    // year 1: 5.25 paid, cash 5.25; year 2: 50 % × (5.25 + 10.5) = 7.875, cash 7.875; ...
    assertThat(r.years().distributions[0]).isCloseTo(5.25, within(EPS));
    assertThat(r.years().distributions[1]).isCloseTo(7.875, within(EPS));
    assertThat(r.years().covenantBreach[0]).isTrue();
    assertThat(r.years().distributionsLockedUp).containsOnly(false);
  }

  /**
   * A permitted-payment level with no covenant (financing.distributionMaxLeverage 2.5×): the same
   * cut as the 2.5× covenant above (0.5 paid in year 1, then half of the cash), and no year is
   * reported in breach, since there is no covenant to break. A level of 2.0× keeps 20 of cash in
   * (net debt 40 = 2 × 20): year 1 closes at 49.5 even with nothing paid, 2.475×, so it is locked
   * up; year 2 has 21, and pays 1 of it (net debt 40); then 10.5 a year.
   */
  @Test
  void aPermittedPaymentLevelTighterThanTheCovenants() {
    TestDeals d = deal();
    d.maxLeverage = null;
    d.distributionMaxLeverage = 2.5;
    DealResult r = LboEngine.DEFAULT.run(d.build());
    assertThat(r.years().distributions)
        .containsExactly(new double[] {0.5, 10.25, 10.375, 10.4375, 10.46875}, within(CUT));
    assertThat(r.years().covenantBreach).containsOnly(false);
    d.distributions = 1.0;
    d.distributionMaxLeverage = 2.0;
    d.maxLeverage = TestDeals.fill(5, 2.5);
    DealResult tight = LboEngine.DEFAULT.run(d.build());
    assertThat(tight.years().distributions)
        .containsExactly(new double[] {0.0, 1.0, 10.5, 10.5, 10.5}, within(CUT));
    assertThat(tight.years().netLeverage[1]).isCloseTo(2.0, within(CUT));
    assertThat(tight.years().distributionsLockedUp).containsOnly(true);
    d.lockUp = false;
    assertThat(LboEngine.DEFAULT.run(d.build()).years().distributions[0])
        .as("without the lock-up the level is not applied").isCloseTo(10.5, within(EPS));
  }

  /**
   * A covenant that the distribution does not move: a debt service cover of at least 3× against
   * FCF 16.5 / debt service 6 = 2.75× breaks every year whatever is paid out, so nothing is
   * distributed and the year is reported in breach.
   */
  @Test
  void aBreachTheDistributionDoesNotCauseLocksItUpToo() {
    TestDeals d = deal();
    d.maxLeverage = null;
    d.minDscr = TestDeals.fill(5, 3.0);
    DealResult r = LboEngine.DEFAULT.run(d.build());
    assertThat(r.years().debtServiceCover[0]).isCloseTo(16.5 / 6.0, within(EPS));
    assertThat(r.years().distributions).containsOnly(0.0);
    assertThat(r.years().covenantBreach).containsOnly(true);
    assertThat(r.years().distributionsLockedUp).containsOnly(true);
    d.minDscr = TestDeals.fill(5, 2.5);
    DealResult met = LboEngine.DEFAULT.run(d.build());
    assertThat(met.years().distributions[0]).isCloseTo(5.25, within(EPS));
    assertThat(met.years().distributionsLockedUp).containsOnly(false);
  }

  /**
   * The year's own payments decide, not the year before's. Senior 60 at 10 % with 20 due in year
   * 1 (a schedule of 1/3): year 1 FCF 16.5 against 6 + 20 due, short 9.5, nothing to distribute
   * (and nothing is reported locked up: there was nothing to stop). Year 2 opens with 60 − 10.5
   * = 49.5: interest 4.95, tax (20 − 4.95) × 25 % = 3.7625, FCF 16.2375 against 4.95 + the
   * arrears of 9.5 = 14.45 due: paid, the default is cured, and the 1.7875 left is distributed,
   * as it is without the lock-up.
   */
  @Test
  void aYearThatPaysItsArrearsDistributes() {
    TestDeals d = new TestDeals();
    d.distributions = 1.0;
    double[] rep = {1.0 / 3.0, 0, 0, 0, 0};
    d.tranche("Senior", "banks", org.reprise.model.Tranche.Kind.TERM, 60.0, 0.10, 0.0, rep, 9);
    DealResult r = LboEngine.DEFAULT.run(d.build());
    assertThat(r.paymentDefault().shortfall()).isCloseTo(9.5, within(EPS));
    assertThat(r.years().defaulted).containsExactly(true, false, false, false, false);
    assertThat(r.years().distributions[0]).isZero();
    assertThat(r.years().distributionsLockedUp).containsOnly(false);
    d.lockUp = false;
    DealResult free = LboEngine.DEFAULT.run(d.build());
    assertThat(r.years().distributions)
        .containsExactly(free.years().distributions, within(EPS));
    assertThat(r.years().distributions[1]).isCloseTo(1.7875, within(EPS));
  }

  /**
   * A permitted-payment debt service cover (financing.distributionMinDebtServiceCover) tighter
   * than any covenant: FCF 16.5 / debt service 6 = 2.75× every year. At 3× no year may
   * distribute, and no year is reported in breach (a condition of the payment, not a covenant);
   * at 2.5× the half of the cash is paid as without the level: 5.25 in year 1.
   */
  @Test
  void aPermittedPaymentDebtServiceCover() {
    TestDeals d = deal();
    d.maxLeverage = null;
    d.distributionMinDebtServiceCover = 3.0;
    DealResult r = LboEngine.DEFAULT.run(d.build());
    assertThat(r.years().debtServiceCover[0]).isCloseTo(16.5 / 6.0, within(EPS));
    assertThat(r.years().distributions).containsOnly(0.0);
    assertThat(r.years().covenantBreach).containsOnly(false);
    assertThat(r.years().distributionsLockedUp).containsOnly(true);
    d.distributionMinDebtServiceCover = 2.5;
    DealResult met = LboEngine.DEFAULT.run(d.build());
    assertThat(met.years().distributions[0]).isCloseTo(5.25, within(EPS));
    assertThat(met.years().distributionsLockedUp).containsOnly(false);
  }

  /**
   * No deemed cure (financing.distributionBlockedAfterBreach): a covenant breach stops the next
   * year's distribution too. Net leverage at most 2.0× in year 1, then 3.0×: year 1 closes at
   * 49.5 / 20 = 2.475× even with nothing paid, a breach, so it pays nothing. Without the option,
   * year 2 (cash before 21) pays half, 10.5, at 2.475× ≤ 3×, and so does every later year. With
   * it, year 2 pays nothing (cash 21); year 3 pays half of 21 + 10.5 = 31.5, 15.75; year 4 half of
   * 15.75 + 10.5 = 26.25, 13.125; year 5 half of 13.125 + 10.5 = 23.625, 11.8125.
   */
  @Test
  void aBreachAlsoStopsTheNextYearWithoutADeemedCure() {
    TestDeals d = deal();
    d.maxLeverage = new double[] {2.0, 3.0, 3.0, 3.0, 3.0};
    DealResult cured = LboEngine.DEFAULT.run(d.build());
    assertThat(cured.years().covenantBreach).containsExactly(true, false, false, false, false);
    assertThat(cured.years().distributions)
        .containsExactly(new double[] {0.0, 10.5, 10.5, 10.5, 10.5}, within(EPS));
    d.distributionBlockedAfterBreach = true;
    DealResult r = LboEngine.DEFAULT.run(d.build());
    assertThat(r.years().covenantBreach).containsExactly(true, false, false, false, false);
    assertThat(r.years().distributions)
        .containsExactly(new double[] {0.0, 0.0, 15.75, 13.125, 11.8125}, within(EPS));
    assertThat(r.years().distributionsLockedUp).containsExactly(true, true, false, false, false);
  }

  /**
   * No deemed cure after a payment default either. The arrears case above: year 1 short 9.5;
   * year 2 pays its 4.95 of interest and the 9.5 of arrears, and keeps the 1.7875 left instead of
   * distributing it. Year 3 opens with debt 40 and cash 1.7875: interest 4, tax (20 − 4) × 25 %
   * = 4, FCF 16, debt service 4, so 12 + 1.7875 = 13.7875 is distributed (12 without the option).
   */
  @Test
  void aPaymentDefaultAlsoStopsTheNextYearWithoutADeemedCure() {
    TestDeals d = new TestDeals();
    d.distributions = 1.0;
    double[] rep = {1.0 / 3.0, 0, 0, 0, 0};
    d.tranche("Senior", "banks", org.reprise.model.Tranche.Kind.TERM, 60.0, 0.10, 0.0, rep, 9);
    d.distributionBlockedAfterBreach = true;
    DealResult r = LboEngine.DEFAULT.run(d.build());
    assertThat(r.years().defaulted).containsExactly(true, false, false, false, false);
    assertThat(r.years().distributions[1]).isZero();
    assertThat(r.years().cash[1]).isCloseTo(1.7875, within(EPS));
    assertThat(r.years().distributions[2]).isCloseTo(13.7875, within(EPS));
    assertThat(r.years().distributionsLockedUp).containsExactly(false, true, false, false, false);
  }

  /**
   * On the same 900 random deals, with a permitted-payment debt service cover drawn between 1.0×
   * and 1.6× and no deemed cure: a year that distributes meets the cover level, and follows a
   * year with no breach and no default.
   */
  @Test
  void onRandomDealsThePaymentConditionsHold() {
    int paid = 0;
    int stopped = 0;
    for (long seed = 0; seed < 900; seed++) {
      org.reprise.model.Deal base = AccountingIdentitiesTest.randomDeal(seed);
      org.reprise.model.Financing f = base.financing();
      if (base.isCooperative() || !f.distributionLockUp() || f.distributionShare() <= 0.0) {
        continue;
      }
      double level = 1.0 + 0.6 * new java.util.SplittableRandom(seed).nextDouble();
      org.reprise.model.Deal deal = new org.reprise.model.Deal(base.name(), base.company(),
          base.operations(), base.transaction(), base.structure(),
          new org.reprise.model.Financing(f.equity(), f.debt(), f.cashSweep(),
              f.distributionShare(), f.sweepBasis(), f.pariPassu(), true,
              new org.reprise.model.PaymentConditions(Double.NaN, level, true)),
          base.tax(), base.covenants(), base.exit(), base.interestBasis(), base.participation(),
          base.cooperative());
      DealResult r = LboEngine.DEFAULT.run(deal);
      YearTable y = r.years();
      for (int t = 0; t < r.exitYearIndex(); t++) {
        String where = "seed " + seed + ", year " + (t + 1);
        if (y.distributions[t] > 0.0) {
          assertThat(y.debtServiceCover[t]).as(where).isGreaterThanOrEqualTo(level);
          assertThat(y.covenantBreach[t] || y.defaulted[t]).as(where).isFalse();
          if (t > 0) {
            assertThat(y.covenantBreach[t - 1] || y.defaulted[t - 1]).as(where).isFalse();
          }
          paid++;
        } else if (y.distributionsLockedUp[t]) {
          stopped++;
        }
      }
    }
    assertThat(paid).as("years that distribute").isGreaterThan(20);
    assertThat(stopped).as("years stopped").isGreaterThan(20);
  }
}
