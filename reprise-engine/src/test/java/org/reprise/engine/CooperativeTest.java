package org.reprise.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reprise.model.Cooperative;
import org.reprise.model.DealException;
import org.reprise.model.EquityClass;
import org.reprise.model.Participation;

/** SCOP rules: the allocation of the surplus, its participation variant and the capital rules. */
class CooperativeTest {
  private static final double EPS = 1e-9;

  /** A two-year SCOP: members' shares of 60, a participative loan of 40 at 5 %, {@code coop}. */
  static TestDeals scop(Cooperative coop) {
    return scop(coop, 2);
  }

  private static TestDeals scop(Cooperative coop, int years) {
    TestDeals d = new TestDeals();
    d.years = years;
    d.exitYear = years;
    d.variableShareOfCosts = 0.4;
    d.fixedCosts = 40.0;
    d.personnelShareOfFixed = 1.0;
    d.participation = new Participation(true, 0.05, 0.7, 0.0, Double.POSITIVE_INFINITY, 0.0);
    d.equity("Members' shares", "employees", EquityClass.Kind.ORDINARY, 60.0, 0.0);
    d.term("Participative loan", "Socoden", 40.0, 0.05, 9);
    d.cooperative = coop;
    return d;
  }

  private static Cooperative rules(double w, double r, double div) {
    return new Cooperative(w, r, div, true, true, TestDeals.fill(2, 0.0), TestDeals.fill(2, 0.0),
        List.of("employees"), 150, 10, null);
  }

  /**
   * Year 1 of a SCOP: revenue 100, purchases 40, personnel 40 (S = 28), EBITDA 20, participative
   * loan 40 at 5 % (interest 2), pre-tax surplus ENG = 18, capital C = 60, tax 25 %, allocation
   * 45 % work share (participation included), 45 % reserves, 10 % interest on shares, investment
   * provision = the participation R.
   *
   * <pre>
   * participation (C. trav. R3323-9): B = 18 × (1 − 25 %) × (1 − 25 %) = 10.125 (the flat 25 %
   *   work share and a notional 25 % tax, whatever the 45 % and the actual tax)
   *   legal VA = 40 + 2 + 18 = 60; R = ½ (10.125 − 5 % × 60) × 28 / 60 = ½ × 7.125 × 7/15 = 1.6625
   * taxable = 18 − W − R (work share and provision deductible), T = 25 % × (18 − W − R)
   * net surplus N = 18 − R − T; the employees' part W + R = 45 % N, so T = 25 % × (18 − 0.45 N)
   *   → N = 18 − R − 4.5 + 0.1125 N → N = (13.5 − 1.6625) / 0.8875 = 13.338028…
   * W = 0.45 N − R = 4.339613…; T = 25 % × (18 − 0.45 N) = 2.999472…
   * </pre>
   */
  @Test
  void surplusAllocationAndParticipationVariant() {
    DealResult r = LboEngine.DEFAULT.run(scop(rules(0.45, 0.45, 0.10)).build());
    double rsp = 0.5 * (10.125 - 3.0) * 28.0 / 60.0;
    assertThat(rsp).isCloseTo(1.6625, within(EPS));
    double n = (13.5 - rsp) / 0.8875;
    double work = 0.45 * n - rsp;
    double tax = 0.25 * (18.0 - 0.45 * n);
    assertThat(work).isCloseTo(4.339613, within(1e-6));
    assertThat(tax).isCloseTo(2.999472, within(1e-6));
    YearTable y = r.years();
    assertThat(y.participation[0]).isCloseTo(rsp, within(EPS));
    assertThat(y.workShare[0]).isCloseTo(work, within(EPS));
    assertThat(y.incomeTax[0]).isCloseTo(tax, within(EPS));
    // paid the next year: the work share to the employees, 10 % N as interest on shares
    assertThat(y.workSharePaid[1]).isCloseTo(work, within(EPS));
    assertThat(y.distributions[1]).isCloseTo(0.10 * n, within(EPS));
    // the employees' value-added part includes the work share
    assertThat(y.opcoValueAdded.employees[0]).isCloseTo(40.0 + rsp + work, within(EPS));
    assertThat(y.opcoValueAdded.shareholders[0]).isCloseTo(0.10 * n, within(EPS));
    // members get their shares back at nominal value, whatever the company is worth, with the
    // interest on shares still owed to them: year 2's (declared, payable in year 3)
    assertThat(r.returnOf("employees").flows()[2])
        .isCloseTo(60.0 + 0.10 * n + y.opcoValueAdded.shareholders[1], within(1e-6));
  }

  /**
   * The same year with members subscribing 4 of new capital in year 1: C is the capital paid up
   * at the closing (R3323-9 2°), 64, not the opening 60; the surplus is unchanged (the cash earns
   * no interest), so R = ½ (10.125 − 5 % × 64) × 28 / 60 = ½ × 6.925 × 7/15 = 1.615833….
   */
  @Test
  void participationCapitalIsThePaidUpCapitalAtClosing() {
    Cooperative coop = new Cooperative(0.45, 0.45, 0.10, true, true, TestDeals.fill(2, 0.0),
        new double[] {4.0, 0.0}, List.of("employees"), 150, 10, null);
    DealResult r = LboEngine.DEFAULT.run(scop(coop).build());
    assertThat(r.years().participation[0])
        .isCloseTo(0.5 * (10.125 - 0.05 * 64.0) * 28.0 / 60.0, within(EPS));
    // the value bridge (methodology §9): the 4 the members put in lowered the net debt but is not
    // the company's cash, so the deleveraging leaves it out, and the gain is net of it
    ValueBridge b = r.valueBridge();
    double netDebt0 = 40.0 - r.sourcesAndUses().cashAtClosing();
    assertThat(b.deleveraging()).isCloseTo(netDebt0 - r.exit().netDebt() - 4.0, within(EPS));
    assertThat(b.equityGain())
        .isCloseTo(b.exitEquity() + b.distributions() - b.entryEquity() - 4.0, within(EPS));
  }

  /**
   * The SCOP opens with its members' capital, not the target's equity (methodology §4, review 15
   * finding 2): with 4 subscribed in year 1, equity at the end of year 1 = 60 + 4 + N − W − D,
   * reserves = N − W − D, and equity − reserves = 64, the capital outstanding, each year.
   */
  @Test
  void theCooperativeOpensWithItsMembersCapitalAndNoReserves() {
    Cooperative coop = new Cooperative(0.45, 0.45, 0.10, true, true, TestDeals.fill(2, 0.0),
        new double[] {4.0, 0.0}, List.of("employees"), 150, 10, null);
    DealResult r = LboEngine.DEFAULT.run(scop(coop).build());
    YearTable y = r.years();
    double retained = y.opcoNetIncome[0] - y.workShare[0] - 0.10 * y.opcoNetIncome[0];
    assertThat(y.opcoReserves[0]).isCloseTo(retained, within(EPS));
    assertThat(y.opcoBookEquity[0]).isCloseTo(60.0 + 4.0 + retained, within(EPS));
    for (int t = 0; t < 2; t++) {
      assertThat(y.opcoBookEquity[t] - y.opcoReserves[t]).isCloseTo(64.0, within(EPS));
    }
  }

  /**
   * The profit B does not depend on the work share the statutes vote (R3323-9 takes a flat 25 %)
   * nor on the tax actually due: with a 70 % work share the reserve is still 1.6625.
   */
  @Test
  void participationProfitIgnoresTheActualWorkShareAndTax() {
    DealResult r = LboEngine.DEFAULT.run(scop(rules(0.70, 0.20, 0.10)).build());
    assertThat(r.years().participation[0]).isCloseTo(1.6625, within(EPS));
    assertThat(CooperativeRules.participationProfit(18.0, 0.25)).isCloseTo(10.125, within(EPS));
    assertThat(CooperativeRules.participationProfit(-8.0, 0.25)).isCloseTo(-4.5, within(EPS));
  }

  @Test
  void allocationRulesAreEnforced() {
    assertThatThrownBy(() -> LboEngine.DEFAULT.run(scop(rules(0.20, 0.70, 0.10)).build()))
        .isInstanceOf(DealException.class)
        .hasMessageContaining("cooperative.workShare")
        .hasMessageContaining("at least 25 %");
    assertThatThrownBy(() -> LboEngine.DEFAULT.run(scop(rules(0.50, 0.10, 0.40)).build()))
        .hasMessageContaining("cooperative.reserveShare");
    assertThatThrownBy(() -> LboEngine.DEFAULT.run(scop(rules(0.30, 0.30, 0.40)).build()))
        .hasMessageContaining("cooperative.dividendShare");
  }

  @Test
  void employeesMustHoldTheCapitalAndTheVotes() {
    TestDeals d = scop(rules(0.45, 0.45, 0.10));
    d.equity.clear();
    d.equity("Members' shares", "employees", EquityClass.Kind.ORDINARY, 20.0, 0.0);
    d.equity("Investor shares", "investor", EquityClass.Kind.ORDINARY, 40.0, 0.0);
    assertThatThrownBy(() -> LboEngine.DEFAULT.run(d.build()))
        .isInstanceOf(DealException.class)
        .hasMessageContaining("at least 51 %");
    Cooperative fewVotes = new Cooperative(0.45, 0.45, 0.10, true, true, TestDeals.fill(2, 0),
        TestDeals.fill(2, 0), List.of("employees"), 6, 4, null);
    assertThatThrownBy(() -> LboEngine.DEFAULT.run(scop(fewVotes).build()))
        .hasMessageContaining("65 %");
  }

  /**
   * SCOP d'amorçage: outside investors hold 40 of 60 at first; the cooperative buys back 3 a year
   * for 7 years (21): employees then hold 20 / (20 + 19) = 51.3 % ≥ 50 %. Buying back only 2 a
   * year (14) leaves 20 / 46 = 43.5 %: an error.
   */
  @Test
  void seedPathMustReachHalfTheCapitalBySevenYears() {
    assertThat(seeded(3.0).returnOf("investor").proceeds()).isGreaterThan(21.0 - EPS);
    assertThatThrownBy(() -> seeded(2.0))
        .isInstanceOf(DealException.class)
        .hasMessageContaining("43.48 %")
        .hasMessageContaining("at least 50 %");
  }

  /**
   * A SCOP d'amorçage keeps the investment provision while outside investors hold 40 of 60 of
   * the capital (LFR 2013 art. 16, décret 2014-1758): year-1 tax = 25 % × (P − W − R), the work
   * share W and the provision R both deducted.
   */
  @Test
  void seedScopDeductsTheInvestmentProvisionDespiteItsOutsideMajority() {
    YearTable y = seeded(3.0).years();
    assertThat(y.participation[0]).isGreaterThan(0.0);
    double taxable = y.opcoPreTaxIncome[0] - y.workShare[0] - y.participation[0];
    assertThat(y.incomeTax[0]).isCloseTo(0.25 * taxable, within(EPS));
  }

  private static DealResult seeded(double buyback) {
    TestDeals d = scop(null, 8);
    d.equity.clear();
    d.equity("Members' shares", "employees", EquityClass.Kind.ORDINARY, 20.0, 0.0);
    d.equity("Investor shares", "investor", EquityClass.Kind.ORDINARY, 40.0, 0.0);
    d.cooperative = new Cooperative(0.45, 0.45, 0.10, true, true, TestDeals.fill(8, 0),
        TestDeals.fill(8, 0), List.of("employees"), 150, 2,
        new Cooperative.Seed(TestDeals.fill(8, buyback)));
    return LboEngine.DEFAULT.run(d.build());
  }

  /**
   * Interest on shares that the cash cannot pay stays owed to the members (methodology §5.10): it
   * is paid when the cash allows, or with their shares at the exit. Whatever the cash, what the
   * members receive over the hold (interest paid and owed at the exit, shares back at nominal)
   * equals the interest declared plus the capital: for this single-member SCOP, the sum of the
   * employees' inflows = 60 + Σ interest declared (the shareholders' part of the value added).
   */
  @Test
  void unpaidInterestOnSharesStaysOwedToTheMembers() {
    DealResult r = LboEngine.DEFAULT.run(scop(rules(0.45, 0.45, 0.10)).build());
    double declared = 0.0;
    for (int t = 0; t < r.exitYearIndex(); t++) {
      declared += r.years().opcoValueAdded.shareholders[t];
    }
    double received = 0.0;
    for (double f : r.returnOf("employees").flows()) {
      received += Math.max(0.0, f);
    }
    assertThat(received).isCloseTo(60.0 + declared, within(1e-6));
  }

  /**
   * A SCOP is not sold (methodology §5.10): no exit fee, and its claims are paid in full while
   * what it is worth (EV + cash) covers them, in the order of priority up to that worth when it
   * does not. The years do not depend on the exit value (given here as an amount), so one run
   * gives the cash X at the horizon and the members' claim M = 60 + the interest on shares still
   * owed (year 2's); then, with the participative loan's claim of 40:
   *
   * <pre>
   * worth 25:   loan 25 of 40, members 0
   * worth 70:   loan 40, members 30 of M, pro rata
   * worth 1000: loan 40, members M; the rest (the reserves) stays in the cooperative
   * </pre>
   */
  @Test
  void anInsolventScopPaysItsClaimsInOrderUpToWhatItIsWorth() {
    TestDeals d = scop(rules(0.45, 0.45, 0.10));
    d.exitFee = 0.02;
    DealResult first = LboEngine.DEFAULT.run(d.build());
    double cash = first.exit().cash();
    double members = 60.0 + first.years().opcoValueAdded.shareholders[1];
    assertThat(first.exit().fees()).isZero();
    // solvent at 5 × EBITDA of 20 = 100: the members get their claim in full
    assertThat(first.exit().waterfall().get(1).paid()).isCloseTo(members, within(1e-6));
    double[][] cases = {{25.0, 25.0, 0.0}, {70.0, 40.0, 30.0}, {1000.0, 40.0, members}};
    for (double[] c : cases) {
      d.exitValue = new org.reprise.model.Valuation(
          org.reprise.model.Valuation.Basis.AMOUNT, c[0] - cash);
      DealResult r = LboEngine.DEFAULT.run(d.build());
      List<ExitResult.WaterfallLine> lines = r.exit().waterfall();
      assertThat(lines.get(0).claim()).isCloseTo(40.0, within(EPS));
      assertThat(lines.get(0).paid()).as("worth %s", c[0]).isCloseTo(c[1], within(1e-6));
      assertThat(lines.get(1).claim()).isCloseTo(members, within(1e-6));
      assertThat(lines.get(1).paid()).as("worth %s", c[0]).isCloseTo(c[2], within(1e-6));
      // who captures the deleveraging D (methodology §10): nobody while the members are paid in
      // full (it stays in the reserves); otherwise the members, as holders of the equity: what
      // they get, less what they would get had the net debt not fallen by D, max(0, paid − D)
      double d2 = r.valueBridge().deleveraging();
      java.util.Map<String, Double> capture = WhoPays.of(d.build(), r).deleveragingCapture();
      if (c[2] >= members - 1e-6) {
        assertThat(capture).as("worth %s", c[0]).isEmpty();
      } else if (c[2] > 0.0) {
        assertThat(d2).isPositive();
        assertThat(capture.get("employees")).as("worth %s", c[0])
            .isCloseTo(c[2] - Math.max(0.0, c[2] - d2), within(1e-6));
      }
      // the exit year's flow: the interest on shares paid in the year, then the horizon's part
      double paidInYear = first.returnOf("employees").flows()[2] - members;
      assertThat(r.returnOf("employees").flows()[2]).isCloseTo(paidInYear + c[2], within(1e-6));
    }
  }
}
