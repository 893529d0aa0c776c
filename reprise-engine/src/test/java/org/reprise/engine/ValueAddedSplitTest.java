package org.reprise.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.reprise.model.EquityClass;

/**
 * The shareholders' part of the value added does not depend on the legal form of the sponsor's
 * fixed-return strip (docs/methodology.md §5.9): a shareholder loan's coupon and a preferred
 * share's dividend, at the same rate on the same claim, are both counted as they accrue.
 */
class ValueAddedSplitTest {
  private static final double EPS = 1e-9;

  private static TestDeals paperLbo(EquityClass.Kind strip) {
    TestDeals d = new TestDeals();
    d.equity("Fund strip", "fund", strip, 20.0, 0.10);
    d.equity("Fund shares", "fund", EquityClass.Kind.ORDINARY, 20.0, 0.0);
    d.term("Senior", "banks", 60.0, 0.10, 6);
    return d;
  }

  /**
   * The paper LBO (revenue 100, purchases 80, EBITDA = value added = 20, no depreciation, senior
   * 60 at 10 %, a bullet: interest 6 a year, tax 25 %), pushed down, with a strip of 20 at 10 %
   * that accrues (nothing is distributed). The strip's return of year t is 10 % × 20 × 1.1^(t−1):
   *
   * <pre>
   * 2.0 + 2.2 + 2.42 + 2.662 + 2.9282 = 12.2102 = 20 × (1.1⁵ − 1)
   * </pre>
   *
   * As preferred shares: tax 25 % × (20 − 6) = 3.5, net income 10.5, company = 10.5 − the year's
   * dividend accrued (8.5 in year 1; 52.5 − 12.2102 = 40.2898 over the 5 years). As a shareholder
   * loan the coupon is a financial charge (its deductible part lowers the tax): the shareholders'
   * part is the same 12.2102, and only the split between the state and the company differs,
   * state + company = 20 − 6 − the coupon in both. Both views (no holding) agree.
   */
  @Test
  void aPreferredShareAndAShareholderLoanLandInTheSamePart() {
    DealResult pref = LboEngine.DEFAULT.run(paperLbo(EquityClass.Kind.PREFERRED).build());
    DealResult loan = LboEngine.DEFAULT.run(paperLbo(EquityClass.Kind.SHAREHOLDER_LOAN).build());
    double[] accrued = {2.0, 2.2, 2.42, 2.662, 2.9282};
    double sum = 0.0;
    double company = 0.0;
    for (int t = 0; t < 5; t++) {
      for (ValueAddedSplit v : new ValueAddedSplit[] {
          pref.years().groupValueAdded, pref.years().opcoValueAdded,
          loan.years().groupValueAdded, loan.years().opcoValueAdded}) {
        assertThat(v.valueAdded[t]).isCloseTo(20.0, within(EPS));
        assertThat(v.lenders[t]).isCloseTo(6.0, within(EPS));
        assertThat(v.shareholders[t]).as("year %s", t + 1).isCloseTo(accrued[t], within(EPS));
        assertThat(v.state[t] + v.company[t]).isCloseTo(20.0 - 6.0 - accrued[t], within(EPS));
      }
      ValueAddedSplit p = pref.years().groupValueAdded;
      assertThat(p.state[t]).isCloseTo(3.5, within(EPS));
      assertThat(p.company[t]).isCloseTo(10.5 - accrued[t], within(EPS));
      sum += p.shareholders[t];
      company += p.company[t];
    }
    assertThat(sum).isCloseTo(20.0 * (Math.pow(1.1, 5) - 1.0), within(EPS));
    assertThat(sum).isCloseTo(12.2102, within(EPS));
    assertThat(company).isCloseTo(40.2898, within(EPS));
  }

  /**
   * A distribution that pays the strip's claim settles what was counted as it accrued: it is not
   * counted again. With all the cash distributed (the deal of LboEngineTest's
   * distributionsPayTheShareholderLoanBeforeTheOrdinaryShares, the strip held by an investor so
   * that its flows are apart), each year's shareholders' part = 10 % × the strip's claim at the
   * opening + (distribution − what it paid the strip), and the parts still add up.
   */
  @Test
  void aDistributionPayingTheStripIsNotCountedTwice() {
    for (EquityClass.Kind kind :
        new EquityClass.Kind[] {EquityClass.Kind.PREFERRED, EquityClass.Kind.SHAREHOLDER_LOAN}) {
      TestDeals d = new TestDeals();
      // a company with its own reserves (30), which the law's cap on dividends (§5.5) leaves
      // alone: a preferred share's dividend needs them
      d.structure = org.reprise.model.Structure.Kind.UNCHANGED;
      d.equity("Investor strip", "investor", kind, 20.0, 0.10);
      d.equity("Fund shares", "fund", EquityClass.Kind.ORDINARY, 20.0, 0.0);
      d.term("Senior", "banks", 60.0, 0.10, 6);
      d.distributions = 1.0;
      DealResult r = LboEngine.DEFAULT.run(d.build());
      double[] dist = r.years().distributions;
      double[] strip = r.returnOf("investor").flows();
      ValueAddedSplit g = r.years().groupValueAdded;
      double claim = 20.0;
      for (int t = 0; t < 4; t++) {
        double accrued = 0.10 * claim;
        double paid = strip[t + 1];
        assertThat(paid).isCloseTo(Math.min(dist[t], claim + accrued), within(EPS));
        assertThat(g.shareholders[t]).as("%s, year %s", kind, t + 1)
            .isCloseTo(accrued + dist[t] - paid, within(EPS));
        assertThat(g.employees[t] + g.state[t] + g.lenders[t] + g.shareholders[t] + g.company[t])
            .isCloseTo(g.valueAdded[t], within(EPS));
        claim = claim + accrued - paid;
      }
      assertThat(strip[1]).as("year 1 pays the strip something").isPositive();
    }
  }
}
