package org.reprise.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.reprise.model.Deal;
import org.reprise.model.EquityClass;

class WhoPaysTest {
  private static final double EPS = 1e-9;

  /**
   * The paper LBO with cash kept (LboEngineTest): interest 6 a year for 5 years, no principal
   * before exit, no distribution: cash extracted 30 = 0.06 per employee-year (100 employees × 5
   * years = 500), 30 / 100 of EBITDA. The fund owns all the equity: it captures all the
   * deleveraging, 60 − 7.5 = 52.5.
   */
  @Test
  void paperLbo() {
    TestDeals d = new TestDeals();
    d.term("Senior", "banks", 60.0, 0.10, 6);
    Deal deal = d.build();
    WhoPays w = WhoPays.of(deal, LboEngine.DEFAULT.run(deal));
    assertThat(w.cashExtracted()).isCloseTo(30.0, within(EPS));
    assertThat(w.employeeYears()).isCloseTo(500.0, within(EPS));
    assertThat(w.cashExtractedPerEmployeeYear()).isCloseTo(0.06, within(EPS));
    assertThat(w.cashExtractedShareOfEbitda()).isCloseTo(0.30, within(EPS));
    assertThat(w.deleveragingCapture()).containsOnlyKeys("fund");
    assertThat(w.deleveragingCapture().get("fund")).isCloseTo(52.5, within(EPS));
    WhoPays.Split v = w.valueAdded();
    assertThat(v.employees() + v.state() + v.lenders() + v.shareholders() + v.company())
        .isCloseTo(v.total(), within(EPS));
  }

  /**
   * The revolver's drawings are netted out of the debt service (methodology §10). The deal of
   * LboEngineTest.revolverCoversAShortfallAndIsRepaidFirst: year 1 pays 6 of senior interest, 0.2
   * of commitment fee and 25 of principal, 31.2, with 16.55 of free cash flow and 14.65 drawn on
   * the revolver; the revolver is repaid from year 2, and never drawn again. So revolverDrawn =
   * 14.65, debt service paid = debt service + 14.65, and the debt service, with no distribution,
   * is the cash that left: opening cash + Σ free cash flow − closing cash.
   */
  @Test
  void theRevolversDrawingsAreNettedOutOfTheDebtService() {
    TestDeals d = new TestDeals();
    d.revolver("RCF", "banks", 20.0, 0.0, 0.05, 0.01);
    double[] rep = {25.0 / 60.0, 0, 0, 0, 0};
    d.tranche("Senior", "banks", org.reprise.model.Tranche.Kind.TERM, 60.0, 0.10, 0.0, rep, 9);
    d.cashSweep = 1.0;
    Deal deal = d.build();
    DealResult r = LboEngine.DEFAULT.run(deal);
    WhoPays w = WhoPays.of(deal, r);
    double year1Paid = 0.0;
    for (TrancheSchedule s : r.debt()) {
      year1Paid += s.cashInterest()[0] + s.commitmentFee()[0] - s.unpaidInterest()[0]
          + s.mandatory()[0] + s.sweep()[0];
    }
    assertThat(year1Paid).isCloseTo(6.0 + 0.2 + 25.0, within(EPS));
    assertThat(year1Paid).isCloseTo(r.years().freeCashFlow[0] + 14.65, within(EPS));
    assertThat(w.revolverDrawn()).isCloseTo(14.65, within(EPS));
    assertThat(w.debtServicePaid()).isCloseTo(w.debtService() + 14.65, within(EPS));
    double fcf = 0.0;
    for (int t = 0; t < w.years(); t++) {
      fcf += r.years().freeCashFlow[t];
    }
    double cashLeft = r.sourcesAndUses().cashAtClosing() + fcf
        - r.years().cash[w.years() - 1];
    assertThat(w.distributions()).isZero();
    assertThat(w.debtService()).isCloseTo(cashLeft, within(EPS));
    assertThat(w.cashExtracted()).isCloseTo(w.debtServicePaid() - w.revolverDrawn(), within(EPS));
  }

  /**
   * A SCOP d'amorçage's buybacks of its outside members' shares at nominal value are cash paid to
   * owners, part of the cash extracted (methodology §10). The deal of
   * CooperativeTest.seedPathMustReachHalfTheCapitalBySevenYears: the investor holds 40 of 60 and
   * the cooperative buys back 3 a year, each of the 8 years of the hold (the cash allows it), 8 ×
   * 3 = 24 in all. So cash extracted = debt service + interest on shares paid + 24, and it is the
   * cash that left: opening cash + Σ free cash flow + Σ members' contributions (none here) −
   * closing cash. Without the buybacks it would fall 24 short.
   */
  @Test
  void aScopsBuybacksOfOutsideSharesAreCashExtracted() {
    Deal deal = seedScop();
    DealResult r = LboEngine.DEFAULT.run(deal);
    WhoPays w = WhoPays.of(deal, r);
    YearTable y = r.years();
    double fcf = 0.0;
    double contributions = 0.0;
    for (int t = 0; t < w.years(); t++) {
      fcf += y.freeCashFlow[t];
      contributions += y.memberContributions[t];
    }
    assertThat(w.buybacks()).isCloseTo(24.0, within(EPS));
    assertThat(contributions).isZero();
    assertThat(w.revolverDrawn()).isZero();
    assertThat(w.cashExtracted())
        .isCloseTo(w.debtService() + w.distributions() + 24.0, within(EPS));
    double cashLeft = r.sourcesAndUses().cashAtClosing() + fcf + contributions
        - y.cash[w.years() - 1];
    assertThat(w.cashExtracted()).isCloseTo(cashLeft, within(1e-6));
  }

  /**
   * A SCOP's work share (part travail) is the employees' other profit share: the sum of the work
   * share allocated from each year's surplus of the hold (45 % of it here), and per employee and
   * per year over the same person-years as the participation. Any other company has none.
   */
  @Test
  void aScopsWorkShareIsSummedOverTheHold() {
    Deal deal = seedScop();
    DealResult r = LboEngine.DEFAULT.run(deal);
    WhoPays w = WhoPays.of(deal, r);
    double work = 0.0;
    for (int t = 0; t < w.years(); t++) {
      work += r.years().workShare[t];
    }
    assertThat(work).isPositive();
    assertThat(w.workShareTotal()).isCloseTo(work, within(EPS));
    assertThat(w.workSharePerEmployee()).isCloseTo(work / w.employeeYears(), within(EPS));
    TestDeals d = new TestDeals();
    d.term("Senior", "banks", 60.0, 0.10, 6);
    Deal lbo = d.build();
    WhoPays fund = WhoPays.of(lbo, LboEngine.DEFAULT.run(lbo));
    assertThat(fund.workShareTotal()).isZero();
    assertThat(fund.workSharePerEmployee()).isZero();
  }

  /** The SCOP d'amorçage of {@link #aScopsBuybacksOfOutsideSharesAreCashExtracted}. */
  private static Deal seedScop() {
    TestDeals d = new TestDeals();
    d.years = 8;
    d.exitYear = 8;
    d.variableShareOfCosts = 0.4;
    d.fixedCosts = 40.0;
    d.personnelShareOfFixed = 1.0;
    d.participation = new org.reprise.model.Participation(
        true, 0.05, 0.7, 0.0, Double.POSITIVE_INFINITY, 0.0);
    d.equity("Members' shares", "employees", EquityClass.Kind.ORDINARY, 20.0, 0.0);
    d.equity("Investor shares", "investor", EquityClass.Kind.ORDINARY, 40.0, 0.0);
    d.term("Participative loan", "Socoden", 40.0, 0.05, 9);
    d.cooperative = new org.reprise.model.Cooperative(0.45, 0.45, 0.10, true, true,
        TestDeals.fill(8, 0), TestDeals.fill(8, 0), java.util.List.of("employees"), 150, 2,
        new org.reprise.model.Cooperative.Seed(TestDeals.fill(8, 3.0)));
    return d.build();
  }

  /**
   * When the net debt grows (a mezzanine 60 at 12 % cash interest that EBITDA 20 cannot pay after
   * tax: its unpaid interest is capitalised), there is no deleveraging, and nobody is listed as
   * capturing it (the difference would give the fund a negative "capture").
   */
  @Test
  void noDeleveragingNoCapture() {
    TestDeals d = new TestDeals();
    d.price = new org.reprise.model.Valuation(
        org.reprise.model.Valuation.Basis.MULTIPLE_LTM, 12.0);
    d.term("Mezzanine", "mezzanine fund", 230.0, 0.12, 9);
    Deal deal = d.build();
    DealResult r = LboEngine.DEFAULT.run(deal);
    assertThat(r.valueBridge().deleveraging()).isNegative();
    assertThat(WhoPays.of(deal, r).deleveragingCapture()).isEmpty();
  }

  /**
   * Two holders of ordinary shares only: management owns 20 % of them by amount (8 of 40
   * invested): without the deleveraging it would receive 20 % of a smaller pool, so it captures 20 %
   * of the deleveraging.
   */
  @Test
  void captureIsProRataToEquityProceeds() {
    TestDeals d = new TestDeals();
    d.equity("Fund shares", "fund", EquityClass.Kind.ORDINARY, 32.0, 0.0);
    d.equity("Management shares", "management", EquityClass.Kind.ORDINARY, 8.0, 0.0);
    d.term("Senior", "banks", 60.0, 0.10, 6);
    Deal deal = d.build();
    WhoPays w = WhoPays.of(deal, LboEngine.DEFAULT.run(deal));
    assertThat(w.deleveragingCapture().get("management")).isCloseTo(0.2 * 52.5, within(EPS));
    assertThat(w.deleveragingCapture().get("fund")).isCloseTo(0.8 * 52.5, within(EPS));
  }
  /**
   * A shareholder loan that the exit covers with or without the deleveraging captures none of it:
   * pool 92.5 (exit equity) pays the loan's 20 then 72.5 to the ordinary shares; without the 52.5
   * of deleveraging, 40 would still pay the loan's 20 and leave 20 to the ordinary shares. The
   * ordinary shares (fund 12, management 8 invested: 60 / 40) capture all of it: fund 0.6 × 52.5 =
   * 31.5, management 21.
   */
  @Test
  void aCoveredShareholderLoanCapturesNothing() {
    TestDeals d = new TestDeals();
    d.equity("Fund loan", "fund", EquityClass.Kind.SHAREHOLDER_LOAN, 20.0, 0.0);
    d.equity("Fund shares", "fund", EquityClass.Kind.ORDINARY, 12.0, 0.0);
    d.equity("Management shares", "management", EquityClass.Kind.ORDINARY, 8.0, 0.0);
    d.term("Senior", "banks", 60.0, 0.10, 6);
    Deal deal = d.build();
    DealResult r = LboEngine.DEFAULT.run(deal);
    assertThat(r.exit().equityValue()).isCloseTo(92.5, within(EPS));
    WhoPays w = WhoPays.of(deal, r);
    assertThat(w.deleveragingCapture().get("fund")).isCloseTo(31.5, within(EPS));
    assertThat(w.deleveragingCapture().get("management")).isCloseTo(21.0, within(EPS));
  }

  /**
   * A shareholder loan that only the deleveraging covers captures part of it. Loan 35 at 10 %:
   * claim 35 × 1.1^5 = 56.36785. Its coupon is deductible here (no cap), so the pool P (exit
   * equity) and the deleveraging D are read from the run: the ordinary shares get P − 56.36785;
   * without D the pool P − D, under the claim, would all go to the loan. The loan captures 56.36785
   * − (P − D), the ordinary shares P − 56.36785 (fund 1, management 4 invested: 20 / 80).
   */
  @Test
  void aShareholderLoanCoveredOnlyByTheDeleveragingCapturesPartOfIt() {
    TestDeals d = new TestDeals();
    d.equity("Fund loan", "fund", EquityClass.Kind.SHAREHOLDER_LOAN, 35.0, 0.10);
    d.equity("Fund shares", "fund", EquityClass.Kind.ORDINARY, 1.0, 0.0);
    d.equity("Management shares", "management", EquityClass.Kind.ORDINARY, 4.0, 0.0);
    d.term("Senior", "banks", 60.0, 0.10, 6);
    Deal deal = d.build();
    DealResult r = LboEngine.DEFAULT.run(deal);
    double pool = r.exit().equityValue();
    double deleveraging = r.valueBridge().deleveraging();
    double claim = 35.0 * Math.pow(1.1, 5);
    assertThat(pool).isGreaterThan(claim);
    assertThat(pool - deleveraging).isBetween(0.0, claim);
    WhoPays w = WhoPays.of(deal, r);
    double ordinary = pool - claim;
    assertThat(w.deleveragingCapture().get("fund"))
        .isCloseTo(claim - (pool - deleveraging) + 0.2 * ordinary, within(1e-9));
    assertThat(w.deleveragingCapture().get("management")).isCloseTo(0.8 * ordinary, within(1e-9));
    assertThat(w.deleveragingCapture().get("fund") + w.deleveragingCapture().get("management"))
        .isCloseTo(deleveraging, within(1e-9));
  }

  /**
   * In a tax group the company pays its holding its stand-alone tax; the holding pays the group's
   * tax on to the state and keeps the rest. Holding with the 60 bullet at 10 % (6 of interest, the
   * holding's loss), France preset: the company's own tax is on its whole profit, the group's on
   * the profit less the holding's interest, so the holding keeps about 25 % × 6 a year. Without a
   * tax group, or under a push-down, nothing of the kind is paid.
   */
  @Test
  void taxPaidToTheHoldingInATaxGroup() {
    for (int shape = 0; shape < 3; shape++) {
      TestDeals d = new TestDeals();
      d.tax = TestDeals.france();
      d.structure = shape == 2 ? org.reprise.model.Structure.Kind.PUSHDOWN
          : org.reprise.model.Structure.Kind.HOLDING;
      d.taxGroup = shape == 0;
      d.term("Senior", "banks", 60.0, 0.10, 6);
      Deal deal = d.build();
      DealResult r = LboEngine.DEFAULT.run(deal);
      WhoPays w = WhoPays.of(deal, r);
      if (shape != 0) {
        assertThat(w.taxPaidToHolding()).as("shape " + shape).isZero();
        assertThat(w.taxKeptByHolding()).isZero();
        continue;
      }
      double own = 0;
      double group = 0;
      for (int t = 0; t < r.exitYearIndex(); t++) {
        own += r.years().opcoIncomeTax[t];
        group += r.years().incomeTax[t];
      }
      assertThat(w.taxPaidToHolding()).isCloseTo(own, within(EPS)).isPositive();
      assertThat(w.taxKeptByHolding()).isCloseTo(own - group, within(EPS));
      // the holding's 6 of interest a year save about 25 % of it (the cap and losses aside)
      assertThat(w.taxKeptByHolding()).isBetween(0.2 * 6 * 5, 0.26 * 6 * 5);
    }
  }
}
