package org.reprise.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reprise.model.Deal;
import org.reprise.model.DealException;
import org.reprise.model.EquityClass;
import org.reprise.model.PersonalTax;
import org.reprise.model.Structure;

/**
 * The share premium (docs/methodology.md §5.5, §5.13, §8.4): the payer of the dividends may
 * distribute it beside its reserves (C. com. L232-11), the reserves first and the premium after
 * (CGI art. 112-1°); what it pays out comes off the equity's capital side, not the reserves, and is
 * a return of contributions for the holders. Hand-worked on the paper LBO of {@link TestDeals}
 * (EBITDA 20, generic 25 % tax, interest on the opening balance, no capex, no minimum cash, no
 * interest on cash, price 100), as {@link DistributionReservesTest} and {@link RecapTest} are.
 */
class SharePremiumTest {

  private static final double EPS = 1e-9;

  /** DistributionReservesTest's deal: senior 60 at 10 %, bullet after the horizon, all the cash. */
  private static TestDeals distributing() {
    TestDeals d = new TestDeals();
    d.distributions = 1.0;
    d.term("Senior", "banks", 60.0, 0.10, 9);
    return d;
  }

  /**
   * A push-down opens with no reserves (§4) and a premium of 8 (of the 40 subscribed):
   * <pre>
   * year 1: tax (20 − 6) × 25 % = 3.5, net income 10.5, cash before the distribution 10.5; the
   *   cap 0 + max(0, 0) + 8 = 8: 8 paid (capped), all out of the premium; cash 2.5; reserves
   *   0 + 10.5 = 10.5 (the premium does not come off them); book equity 40 + 10.5 − 8 = 42.5
   * year 2: reserves 10.5, premium 0; cash before 2.5 + 10.5 = 13; 10.5 paid (capped); cash 2.5;
   *   reserves 10.5 + 10.5 − 10.5 = 10.5; book equity 42.5
   * years 3 to 5: the same
   * balance sheet: capital 40 − 8 = 32 from year 1; retained earnings 10.5 at every year end
   * </pre>
   */
  @Test
  void aPushDownPaysItsPremiumBeforeItHasReserves() {
    TestDeals d = distributing();
    d.sharePremium = 8.0;
    DealResult r = LboEngine.DEFAULT.run(d.build());
    YearTable y = r.years();
    assertThat(y.distributions)
        .containsExactly(new double[] {8.0, 10.5, 10.5, 10.5, 10.5}, within(EPS));
    PremiumRows p = y.premium();
    assertThat(p.given).isEqualTo(8.0);
    assertThat(p.opening).containsExactly(new double[] {8, 0, 0, 0, 0}, within(EPS));
    assertThat(p.distributed).containsExactly(new double[] {8, 0, 0, 0, 0}, within(EPS));
    assertThat(p.closing).containsExactly(new double[] {0, 0, 0, 0, 0}, within(EPS));
    assertThat(y.distributableReserves)
        .containsExactly(new double[] {0.0, 10.5, 10.5, 10.5, 10.5}, within(EPS));
    assertThat(y.distributionsCappedByReserves).containsOnly(true);
    assertThat(y.opcoReserves).containsExactly(new double[] {10.5, 10.5, 10.5, 10.5, 10.5},
        within(EPS));
    assertThat(y.opcoBookEquity).containsExactly(new double[] {42.5, 42.5, 42.5, 42.5, 42.5},
        within(EPS));
    assertThat(y.cash).containsExactly(new double[] {2.5, 2.5, 2.5, 2.5, 2.5}, within(EPS));
    BalanceSheet b = r.balanceSheet();
    assertThat(b.capital()).containsExactly(new double[] {40, 32, 32, 32, 32, 32}, within(EPS));
    assertThat(b.retainedEarnings())
        .containsExactly(new double[] {0, 10.5, 10.5, 10.5, 10.5, 10.5}, within(EPS));
    for (double gap : b.check()) {
      assertThat(gap).isCloseTo(0.0, within(1e-12));
    }
    assertThat(r.returnOf("fund").flows()[1]).isCloseTo(8.0, within(EPS));
    InstrumentReturn fund = r.equityReturns().instrument("Fund shares");
    assertThat(fund.returnOfContributions(1)).isCloseTo(8.0, within(EPS));
    assertThat(fund.returnOfContributions(2)).isEqualTo(0.0);
  }

  /**
   * The reserves first: a premium of 20, more than the year's cash, pays year 1's 10.5 (no
   * reserves yet) and keeps 9.5; from year 2 the reserves, 10.5, pay the 10.5 asked, so the
   * premium's 9.5 stays undistributed to the end.
   */
  @Test
  void theReservesGoFirst() {
    TestDeals d = distributing();
    d.sharePremium = 20.0;
    DealResult r = LboEngine.DEFAULT.run(d.build());
    YearTable y = r.years();
    assertThat(y.distributions)
        .containsExactly(new double[] {10.5, 10.5, 10.5, 10.5, 10.5}, within(EPS));
    assertThat(y.premium().distributed)
        .containsExactly(new double[] {10.5, 0, 0, 0, 0}, within(EPS));
    assertThat(y.premium().closing)
        .containsExactly(new double[] {9.5, 9.5, 9.5, 9.5, 9.5}, within(EPS));
    // no cap bites: year 1's cap is 20, the reserves then cover the 10.5
    assertThat(y.distributionsCappedByReserves).containsOnly(false);
    assertThat(y.opcoReserves).containsExactly(new double[] {10.5, 10.5, 10.5, 10.5, 10.5},
        within(EPS));
  }

  /**
   * The preferred shares are paid first, out of the reserves first: a strip of 20 at 10 % and a
   * premium of 4 in a push-down. Year 1: no reserves, the cap is the premium's 4, all to the strip
   * (its claim 22); year 2: reserves 10.5, the strip's claim (22 − 4) × 1.1 = 19.8 takes 10.5 of
   * the 10.5 + 6.5 = 17 of cash, out of the reserves; the ordinary shares nothing.
   */
  @Test
  void thePreferredSharesTakeThePremiumInTheirTurn() {
    TestDeals d = distributing();
    d.equity("Strip", "investor", EquityClass.Kind.PREFERRED, 20.0, 0.10);
    d.equity("Fund shares", "fund", EquityClass.Kind.ORDINARY, Double.NaN, 0.0);
    d.sharePremium = 4.0;
    DealResult r = LboEngine.DEFAULT.run(d.build());
    PremiumRows p = r.years().premium();
    assertThat(p.toClass[0][0]).isCloseTo(4.0, within(EPS));
    assertThat(p.toClass[1][0]).isEqualTo(0.0);
    assertThat(p.distributed[1]).isEqualTo(0.0);
    double[] strip = r.returnOf("investor").flows();
    assertThat(strip[1]).isCloseTo(4.0, within(EPS));
    assertThat(strip[2]).isCloseTo(10.5, within(EPS));
    assertThat(r.returnOf("fund").flows()[2]).isCloseTo(0.0, within(EPS));
  }

  /**
   * The losses carried forward absorb the premium first (C. com. L232-11: no distribution may
   * bring the equity below the capital; review 38, M1): the room is max(0, R + P), not
   * max(0, R) + P. The push-down above with depreciation of 25 a year and a premium of 30:
   * <pre>
   * every year: EBIT 20 − 25 = −5, interest 60 × 10 % = 6, a loss of 11, no tax; cash 14
   * year 1: R = 0, P = 30: room 30, the 14 paid out of the premium (P 16); R closes at −11
   * year 2: room max(0, −11 + 16) = 5: 5 paid (capped), out of the premium (P 11): the equity of
   *   the closed accounts, 40 − 14 − 11 = 15, less the capital 40 − 30 = 10; R closes at −22
   * years 3 to 5: room max(0, −22 + 11) = 0: nothing paid; the cash piles up: 9, 23, 37, 51
   * </pre>
   * Before the mend, year 2 paid the premium's 14 and year 3 its last 2.
   */
  @Test
  void theLossesCarriedForwardAbsorbThePremiumFirst() {
    TestDeals d = distributing();
    d.depreciationShare = 0.25;
    d.sharePremium = 30.0;
    DealResult r = LboEngine.DEFAULT.run(d.build());
    YearTable y = r.years();
    assertThat(y.netIncome).containsExactly(new double[] {-11, -11, -11, -11, -11}, within(EPS));
    assertThat(y.distributions).containsExactly(new double[] {14, 5, 0, 0, 0}, within(EPS));
    PremiumRows p = y.premium();
    assertThat(p.distributed).containsExactly(new double[] {14, 5, 0, 0, 0}, within(EPS));
    assertThat(p.closing).containsExactly(new double[] {16, 11, 11, 11, 11}, within(EPS));
    assertThat(y.distributableReserves).containsOnly(0.0);
    assertThat(y.cash).containsExactly(new double[] {0, 9, 23, 37, 51}, within(EPS));
    BalanceSheet b = r.balanceSheet();
    // the capital falls by what the premium paid, the losses go to the retained earnings
    assertThat(b.capital()).containsExactly(new double[] {40, 26, 21, 21, 21, 21}, within(EPS));
    assertThat(b.retainedEarnings())
        .containsExactly(new double[] {0, -11, -22, -33, -44, -55}, within(EPS));
    for (double gap : b.check()) {
      assertThat(gap).isCloseTo(0.0, within(1e-12));
    }
  }

  /**
   * With a holding, the premium is the holding's (DistributionReservesTest's holding, company
   * reserves 4, premium 5):
   * <pre>
   * year 1: the group retained nothing yet: the cap is the premium, 5 of the 9 asked (capped);
   *   the company upstreams 6 + 5 = 11 as a dividend (within its 4 + 15): its reserves
   *   4 + 15 − 11 = 8; the group's retained earnings 9 (its equity falls by the 5, which are not
   *   earnings); cash 9 − 5 = 4
   * year 2: cap min(8, 9) = 8 (the company's reserves bind); cash before 4 + 9 = 13: 8 paid;
   *   upstream 14, the company's reserves 8 + 15 − 14 = 9; retained 9 + 9 − 8 = 10; cash 5
   * years 3 to 5: cap min(9, 10) = 9; 9 paid; cash 5
   * </pre>
   * The company's book equity moves only with what it upstreams: 50 + 15 − 11 = 54 in year 1.
   */
  @Test
  void aHoldingsPremiumIsTheHoldings() {
    TestDeals d = new TestDeals();
    d.structure = Structure.Kind.HOLDING;
    d.distributions = 1.0;
    d.term("Senior", "banks", 60.0, 0.10, 9);
    d.distributableReserves = 4.0;
    d.sharePremium = 5.0;
    DealResult r = LboEngine.DEFAULT.run(d.build());
    YearTable y = r.years();
    assertThat(y.distributions).containsExactly(new double[] {5, 8, 9, 9, 9}, within(EPS));
    assertThat(y.premium().distributed).containsExactly(new double[] {5, 0, 0, 0, 0}, within(EPS));
    assertThat(y.distributableReserves).containsExactly(new double[] {0, 8, 9, 9, 9}, within(EPS));
    assertThat(y.opcoReserves).containsExactly(new double[] {8, 9, 9, 9, 9}, within(EPS));
    assertThat(y.cash).containsExactly(new double[] {4, 5, 5, 5, 5}, within(EPS));
    assertThat(y.opcoBookEquity[0]).isCloseTo(54.0, within(EPS));
    for (double gap : r.balanceSheet().check()) {
      assertThat(gap).isCloseTo(0.0, within(1e-12));
    }
  }

  /**
   * A recap of 30 against reserves of 25.978125 (RecapTest's, the paper LBO at 5 %, all the cash
   * swept, the recap's fee 1 %) and a premium of 2: 30 − 0.30 = 29.70 to pay; the reserves pay
   * 25.978125, the premium 2, 27.978125 in all, and 29.70 − 27.978125 = 1.721875 stays in the
   * company, which the year's sweep takes: 1.721875 + FCF 15.9002734375 − interest (1.70109375 +
   * 1.8) = 14.1210546875 prepays the senior, 34.021875 → 19.9008203125. The reserves close year 3
   * at 25.978125 − 25.978125 + net income 12.2991796875, as without the premium (its interest is
   * on the opening balances); the company's book equity falls by the 27.978125.
   */
  @Test
  void aRecapPaysOutOfThePremiumAfterTheReserves() {
    DealResult plain = LboEngine.DEFAULT.run(recap(0.0));
    DealResult r = LboEngine.DEFAULT.run(recap(2.0));
    RecapRows recap = r.years().recap();
    assertThat(recap.paid[2]).isCloseTo(27.978125, within(EPS));
    assertThat(recap.kept[2]).isCloseTo(1.721875, within(EPS));
    assertThat(recap.distributable[2]).isCloseTo(25.978125, within(EPS));
    PremiumRows p = r.years().premium();
    assertThat(p.recap).containsExactly(new double[] {0, 0, 2, 0, 0}, within(EPS));
    assertThat(p.recapToClass[0][2]).isCloseTo(2.0, within(EPS));
    assertThat(p.closing[2]).isEqualTo(0.0);
    assertThat(r.debt().get(0).closing()[2]).isCloseTo(19.9008203125, within(EPS));
    assertThat(r.years().opcoReserves[2]).isCloseTo(12.2991796875, within(EPS));
    assertThat(r.years().opcoBookEquity[2])
        .isCloseTo(plain.years().opcoBookEquity[2] - 2.0, within(EPS));
    assertThat(r.returnOf("fund").flows()[2]).isCloseTo(27.978125, within(EPS));
    assertThat(r.equityReturns().instrument("Fund shares").returnOfContributions(2))
        .isCloseTo(2.0, within(EPS));
    for (double gap : r.balanceSheet().check()) {
      assertThat(gap).isCloseTo(0.0, within(1e-12));
    }
    AccountingIdentitiesTest.identitiesHold(recap(2.0), r);
  }

  private static Deal recap(double premium) {
    TestDeals d = new TestDeals();
    d.cashSweep = 1.0;
    d.term("Senior", "bank", 60.0, 0.05, 7);
    d.upfrontFee = 0.01; // the recap's only: the senior was added before
    d.recap("Recap", "recap bank", 30.0, 0.06, 3, 3, false, Double.NaN);
    d.sharePremium = premium;
    return d.build();
  }

  /**
   * No premium, no rows; a premium above the shares subscribed (the 40 of the paper LBO) is an
   * error naming the key, and a SCOP has none.
   */
  @Test
  void aPremiumAboveTheSharesIsRefused() {
    assertThat(LboEngine.DEFAULT.run(distributing().build()).years().premium()).isNull();
    TestDeals d = distributing();
    d.sharePremium = 40.5;
    Deal deal = d.build();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> LboEngine.DEFAULT.run(deal))
        .isInstanceOf(DealException.class)
        .hasMessageContaining("structure.sharePremium")
        .hasMessageContaining("40.00, found 40.5");
    // a push-down's premium is part of the merged company's equity given (review 38, W1)
    TestDeals m = distributing();
    m.sharePremium = 30.0;
    m.mergedEquity = 5.0;
    Deal merged = m.build();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> LboEngine.DEFAULT.run(merged))
        .isInstanceOf(DealException.class)
        .hasMessageContaining("structure.sharePremium")
        .hasMessageContaining("(structure.mergedEquity), 5, found 30");
  }

  /**
   * The holder's tax (§8.4) on the push-down's flows above: −40; 8 out of the premium in year 1;
   * dividends 10.5 in years 2 to 5; 60 at the exit, flat tax 30 %:
   * <pre>
   * dividends        = 4 × 10.5 = 42 (the 8 is a return of contributions, CGI art. 112-1°)
   * dividend tax     = 42 × 30 % = 12.6
   * exit gain        = received 110 − 42 − 40 = 28 = 60 − (40 − 8): the cost lowered by the 8
   * capital-gain tax = 28 × 30 % = 8.4; whole tax 21.0 (against 15 + 6 = 21.0 had the 8 been a
   *                    dividend: the same total at one rate, but the 8 is taxed at the exit)
   * net flows        = −40, 8, 10.5 − 3.15 = 7.35 (years 2 to 4), 7.35 + 60 − 8.4 = 58.95
   * </pre>
   */
  @Test
  void aReturnOfContributionsIsNotADividend() {
    double[] flows = {-40, 8, 10.5, 10.5, 10.5, 70.5};
    double[] returned = {0, 8, 0, 0, 0, 0};
    InstrumentReturn i = new InstrumentReturn("Shares", "alice", EquityClass.Kind.ORDINARY, 1.0,
        flows, 40, 110, 110.0 / 40, 60, returned);
    PersonalTax terms = new PersonalTax(List.of("alice"), List.of(), 0.30, 0.45, 0.10);
    ExitGainsTax t = ExitGainsTax.of(terms, List.of(i), 5);
    ExitGainsTax.ClassTax c = t.classes().get(0);
    assertThat(c.returnOfContributions()).isCloseTo(8.0, within(EPS));
    assertThat(c.dividends()).isCloseTo(42.0, within(EPS));
    assertThat(c.dividendTax()).isCloseTo(12.6, within(EPS));
    assertThat(c.exitGain()).isCloseTo(28.0, within(EPS));
    assertThat(c.capitalGainsTax()).isCloseTo(8.4, within(EPS));
    assertThat(c.netFlows()).containsExactly(
        new double[] {-40, 8, 7.35, 7.35, 7.35, 58.95}, within(EPS));
    // the same flows without the premium: the 8 is a dividend, taxed in year 1
    InstrumentReturn plain = new InstrumentReturn("Shares", "alice", EquityClass.Kind.ORDINARY,
        1.0, flows, 40, 110, 110.0 / 40, 60);
    ExitGainsTax.ClassTax p = ExitGainsTax.of(terms, List.of(plain), 5).classes().get(0);
    assertThat(p.dividends()).isCloseTo(50.0, within(EPS));
    assertThat(p.exitGain()).isCloseTo(20.0, within(EPS));
    assertThat(p.returnOfContributions()).isEqualTo(0.0);
    assertThat(p.netFlows()[1]).isCloseTo(8 - 2.4, within(EPS));
  }

  /**
   * On 600 random deals given a premium of a random share of the shares subscribed (in one deal of
   * two that distributes or recaps): the dividends stay within the reserves plus the premium not
   * yet distributed, the premium paid never exceeds the premium given, its balance never falls
   * below 0 and rolls forward, the per-class parts add up, and every accounting identity holds
   * (the balance sheet balances).
   */
  @Test
  void onRandomDealsThePremiumStaysWithinItself() {
    int paying = 0;
    int losing = 0;
    for (long seed = 0; seed < 600; seed++) {
      Deal base = AccountingIdentitiesTest.randomDeal(seed);
      if (base.isCooperative() || seed % 2 == 1) {
        continue;
      }
      YearTable probe = new YearTable(base.years());
      double[] amounts = LboEngine.compute(base, probe, null, false, true).entry().equityAmounts();
      double subscribed = 0.0;
      for (int k = 0; k < amounts.length; k++) {
        subscribed += base.financing().equity().get(k).kind() == EquityClass.Kind.SHAREHOLDER_LOAN
            ? 0.0 : amounts[k];
      }
      double premium = subscribed * ((seed * 7919) % 100 + 1) / 100.0;
      Deal deal = withPremium(base, premium);
      DealResult r = LboEngine.DEFAULT.run(deal);
      AccountingIdentitiesTest.identitiesHold(deal, r);
      YearTable y = new YearTable(r.years().size());
      LboEngine.Core core = LboEngine.compute(deal, y, null, false, true);
      double[][] classFlows = core.solver().classFlows;
      PremiumRows p = y.premium();
      assertThat(p).isNotNull();
      double paid = 0.0;
      double left = premium;
      for (int t = 0; t < y.size(); t++) {
        String where = "seed " + seed + ", year " + (t + 1);
        assertThat(p.opening[t]).as(where).isCloseTo(left, within(1e-9 * (1 + premium)));
        left = p.opening[t] - p.recap[t] - p.distributed[t];
        assertThat(p.closing[t]).as(where).isCloseTo(left, within(1e-9 * (1 + premium)));
        assertThat(p.closing[t]).as(where).isGreaterThanOrEqualTo(0.0);
        assertThat(p.recap[t]).as(where).isGreaterThanOrEqualTo(0.0);
        assertThat(p.distributed[t]).as(where).isGreaterThanOrEqualTo(0.0);
        paid += p.paid(t);
        double sum = 0.0;
        for (int k = 0; k < p.toClass.length; k++) {
          sum += p.toClass[k][t] + p.recapToClass[k][t];
        }
        assertThat(sum).as(where).isCloseTo(p.paid(t), within(1e-9 * (1 + premium)));
        if (classFlows.length > 0 && t < r.exitYearIndex()) {
          double loans = 0.0;
          for (int k = 0; k < deal.financing().equity().size(); k++) {
            if (deal.financing().equity().get(k).kind() == EquityClass.Kind.SHAREHOLDER_LOAN) {
              loans += classFlows[k][t];
            }
          }
          double dividends = y.distributions[t] - loans;
          double room = y.distributableReserves[t] + p.opening[t] - p.recap[t];
          assertThat(dividends).as(where).isLessThanOrEqualTo(room + 1e-9 * (1.0 + room));
          // under a push-down with no recap, the losses carried absorb the premium first: the
          // dividends stay within max(0, R + P), R the reserves closed the year before, unfloored
          if (deal.structure().kind() == Structure.Kind.PUSHDOWN && p.recap[t] == 0.0) {
            double reserves = t == 0 ? 0.0 : y.opcoReserves[t - 1];
            double net = Math.max(0.0, reserves + p.opening[t]);
            assertThat(dividends).as(where).isLessThanOrEqualTo(net + 1e-9 * (1.0 + room));
            losing += reserves < 0.0 && p.opening[t] > 0.0 ? 1 : 0;
          }
          // the reserves first: the premium pays only what the reserves could not
          assertThat(p.distributed[t]).as(where).isLessThanOrEqualTo(
              Math.max(0.0, dividends - y.distributableReserves[t]) + 1e-9 * (1.0 + room));
        }
      }
      assertThat(paid).as("seed " + seed).isLessThanOrEqualTo(premium * (1 + 1e-12));
      paying += paid > 0.0 ? 1 : 0;
    }
    assertThat(paying).as("deals that paid out of the premium").isGreaterThan(10);
    assertThat(losing).as("push-down years with losses carried and a premium left").isPositive();
  }

  /** @return {@code d} whose structure gives a share premium of {@code premium} */
  static Deal withPremium(Deal d, double premium) {
    Structure s = d.structure();
    return new Deal(d.name(), d.company(), d.operations(), d.transaction(),
        new Structure(s.kind(), s.taxGroup(), s.holdingCosts(), s.mergedEquity(), premium),
        d.financing(), d.tax(), d.covenants(), d.exit(), d.interestBasis(), d.participation(),
        d.cooperative(), d.fund(), d.personalTax(), d.source());
  }
}
