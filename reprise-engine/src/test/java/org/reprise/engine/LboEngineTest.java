package org.reprise.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reprise.model.Deal;
import org.reprise.model.DealException;
import org.reprise.model.EquityClass;
import org.reprise.model.Structure;
import org.reprise.model.Tax;
import org.reprise.model.ThinCap;
import org.reprise.model.Tranche;
import org.reprise.model.Valuation;

/** Hand-worked cases of the whole engine. Every expected number is derived in the comments. */
class LboEngineTest {
  private static final double EPS = 1e-9;

  /**
   * Paper LBO, cash kept on the balance sheet. Revenue 100 flat, EBITDA 20, price 5 × 20 = 100,
   * senior 60 at 10 % bullet after the exit, equity 40 (balance), tax 25 %, no sweep.
   *
   * <pre>
   * each year: interest 60 × 10 % = 6; taxable 20 − 6 = 14; tax 3.5;
   *            FCF = 20 − 3.5 = 16.5; cash += 16.5 − 6 = 10.5
   * year 5:    cash = 5 × 10.5 = 52.5; net debt = 60 − 52.5 = 7.5
   * exit:      EV = 5 × 20 = 100; equity = 100 − 7.5 = 92.5
   * fund:      −40 at closing, +92.5 after 5 years: multiple 92.5 / 40 = 2.3125,
   *            IRR = 2.3125^(1/5) − 1 = 18.2558... %
   * senior:    −60, +6, +6, +6, +6, +66: IRR 10 %, multiple 90 / 60 = 1.5
   * bridge:    EBITDA growth 0, multiple change 0, deleveraging 0 − 7.5 ... ND0 = 60, ND1 = 7.5
   *            → 52.5 = gain 92.5 − 40
   * </pre>
   */
  @Test
  void paperLboWithCashKept() {
    TestDeals d = new TestDeals();
    d.term("Senior", "banks", 60.0, 0.10, 6);
    DealResult r = LboEngine.DEFAULT.run(d.build());

    assertThat(r.sourcesAndUses().totalSources()).isCloseTo(100.0, within(EPS));
    assertThat(r.sourcesAndUses().totalUses()).isCloseTo(100.0, within(EPS));
    assertThat(r.sourcesAndUses().sources().get(0).amount()).isCloseTo(40.0, within(EPS));
    YearTable y = r.years();
    for (int t = 0; t < 5; t++) {
      assertThat(y.ebitda[t]).isCloseTo(20.0, within(EPS));
      assertThat(y.cashInterest[t]).isCloseTo(6.0, within(EPS));
      assertThat(y.incomeTax[t]).isCloseTo(3.5, within(EPS));
      assertThat(y.freeCashFlow[t]).isCloseTo(16.5, within(EPS));
      assertThat(y.cash[t]).isCloseTo(10.5 * (t + 1), within(EPS));
    }
    assertThat(r.exit().enterpriseValue()).isCloseTo(100.0, within(EPS));
    assertThat(r.exit().netDebt()).isCloseTo(7.5, within(EPS));
    assertThat(r.exit().equityValue()).isCloseTo(92.5, within(EPS));
    PartyReturn fund = r.returnOf("fund");
    assertThat(fund.moic()).isCloseTo(2.3125, within(EPS));
    assertThat(fund.irr()).isCloseTo(Math.pow(2.3125, 0.2) - 1.0, within(1e-10));
    PartyReturn banks = r.returnOf("banks");
    assertThat(banks.irr()).isCloseTo(0.10, within(1e-10));
    assertThat(banks.moic()).isCloseTo(1.5, within(EPS));
    ValueBridge b = r.valueBridge();
    assertThat(b.equityGain()).isCloseTo(52.5, within(EPS));
    assertThat(b.deleveraging()).isCloseTo(52.5, within(EPS));
    assertThat(b.ebitdaGrowth()).isCloseTo(0.0, within(EPS));
    assertThat(b.multipleChange()).isCloseTo(0.0, within(EPS));
    assertThat(r.paymentDefault().occurred()).isFalse();
  }

  /**
   * Same deal with a 100 % cash sweep and growth: revenue +10 % a year for two years, exit after 2
   * years at 5 × LTM.
   *
   * <pre>
   * year 1: revenue 110, EBITDA 22, interest 6, tax (22 − 6) × 25 % = 4, FCF 18,
   *         excess 18 − 6 = 12 → debt 60 − 12 = 48
   * year 2: revenue 121, EBITDA 24.2, interest 4.8, tax (24.2 − 4.8) × 25 % = 4.85,
   *         FCF 19.35, excess 19.35 − 4.8 = 14.55 → debt 33.45
   * exit:   EV 5 × 24.2 = 121, equity 121 − 33.45 = 87.55; fund −40 → +87.55 in 2 years:
   *         IRR = sqrt(87.55 / 40) − 1
   * bridge: growth 5 × (24.2 − 20) = 21, multiple 0, deleveraging 60 − 33.45 = 26.55;
   *         21 + 26.55 = 47.55 = 87.55 − 40
   * </pre>
   */
  @Test
  void paperLboWithSweepAndGrowth() {
    TestDeals d = new TestDeals();
    d.years = 2;
    d.exitYear = 2;
    d.growth = new double[] {0.10};
    d.cashSweep = 1.0;
    d.term("Senior", "banks", 60.0, 0.10, 9);
    DealResult r = LboEngine.DEFAULT.run(d.build());
    YearTable y = r.years();
    assertThat(y.debt[0]).isCloseTo(48.0, within(EPS));
    assertThat(y.incomeTax[1]).isCloseTo(4.85, within(EPS));
    assertThat(y.debt[1]).isCloseTo(33.45, within(EPS));
    assertThat(y.cash[1]).isCloseTo(0.0, within(EPS));
    assertThat(r.exit().equityValue()).isCloseTo(87.55, within(EPS));
    assertThat(r.returnOf("fund").irr()).isCloseTo(Math.sqrt(87.55 / 40.0) - 1.0, within(1e-10));
    assertThat(r.valueBridge().ebitdaGrowth()).isCloseTo(21.0, within(EPS));
    assertThat(r.valueBridge().deleveraging()).isCloseTo(26.55, within(EPS));
  }

  /**
   * Average-balance interest with a full sweep, one year: closing C = 60 − (FCF − I) with
   * I = 10 % × (60 + C) / 2 and FCF = 20 − 25 % × (20 − I) = 15 + 0.25 I.
   * C = 60 − 15 − 0.25 I + I = 45 + 0.75 I; I = 0.05 × (105 + 0.75 I) → I = 5.25 / 0.9625.
   */
  @Test
  void averageBalanceInterestIsSolvedExactly() {
    TestDeals d = new TestDeals();
    d.years = 1;
    d.exitYear = 1;
    d.cashSweep = 1.0;
    d.basis = org.reprise.model.Deal.InterestBasis.AVERAGE;
    d.term("Senior", "banks", 60.0, 0.10, 9);
    DealResult r = LboEngine.DEFAULT.run(d.build());
    double interest = 5.25 / 0.9625;
    assertThat(r.years().cashInterest[0]).isCloseTo(interest, within(1e-12));
    assertThat(r.years().debt[0]).isCloseTo(45.0 + 0.75 * interest, within(1e-12));
    assertThat(r.interestIterations()).isBetween(2, 40);
  }

  /**
   * Payment default: senior 90 at 10 % amortising 30 a year, EBITDA 20.
   *
   * <pre>
   * year 1: interest 9, tax (20 − 9) × 25 % = 2.75, FCF 17.25; due 9 + 30 = 39 → shortfall 21.75
   *         paid: interest 9, principal 8.25; unpaid principal 21.75 stays outstanding
   *         closing debt = 90 − 8.25 = 81.75
   * </pre>
   */
  @Test
  void paymentDefaultIsReportedWithItsShortfall() {
    TestDeals d = new TestDeals();
    d.price = new Valuation(Valuation.Basis.MULTIPLE_LTM, 6.0);
    d.linear("Senior", "banks", 90.0, 0.10, 3);
    DealResult r = LboEngine.DEFAULT.run(d.build());
    assertThat(r.paymentDefault().occurred()).isTrue();
    assertThat(r.paymentDefault().year()).isEqualTo(2026);
    assertThat(r.paymentDefault().shortfall()).isCloseTo(21.75, within(EPS));
    assertThat(r.years().debt[0]).isCloseTo(81.75, within(EPS));
    assertThat(r.years().defaulted[0]).isTrue();
    assertThat(r.debt().get(0).unpaidPrincipal()[0]).isCloseTo(21.75, within(EPS));
  }

  /**
   * Principal that falls due and is not paid is due again the next year (a default continues
   * until the arrears are paid). Senior 60 at 10 %, 20 due each year, maturity year 3, EBITDA 20:
   *
   * <pre>
   * year 1: interest 6, tax 3.5, FCF 16.5; due 6 + 20: principal paid 10.5, overdue 9.5
   * year 2: interest 4.95, tax (20 − 4.95) × 25 % = 3.7625, FCF 16.2375; due 4.95 + 20 + 9.5:
   *         principal paid 16.2375 − 4.95 = 11.2875, overdue 29.5 − 11.2875 = 18.2125
   * year 3: maturity, all of 38.2125 due; interest 3.82125, tax 4.0446875, FCF 15.9553125:
   *         principal paid 12.1340625, overdue 26.0784375
   * </pre>
   */
  @Test
  void unpaidPrincipalIsDueAgainTheNextYear() {
    TestDeals d = new TestDeals();
    d.years = 3;
    d.exitYear = 3;
    d.price = new Valuation(Valuation.Basis.MULTIPLE_LTM, 6.0);
    d.linear("Senior", "banks", 60.0, 0.10, 3);
    DealResult r = LboEngine.DEFAULT.run(d.build());
    TrancheSchedule s = r.debt().get(0);
    assertThat(s.unpaidPrincipal()[0]).isCloseTo(9.5, within(EPS));
    assertThat(s.mandatory()[1]).isCloseTo(11.2875, within(EPS));
    assertThat(s.unpaidPrincipal()[1]).isCloseTo(18.2125, within(EPS));
    assertThat(s.unpaidPrincipal()[2]).isCloseTo(26.0784375, within(EPS));
    assertThat(r.years().defaulted).containsExactly(true, true, true);
    assertThat(r.years().debtServiceDue[1]).isCloseTo(4.95 + 29.5, within(EPS));
    // the total missed counts each amount once, when it fell due: the shortfalls 9.5, 18.2125
    // and 26.0784375 include the arrears of the year before (paid first), so what is new each
    // year is 9.5, 18.2125 − 9.5 = 8.7125 and 26.0784375 − 18.2125 = 7.8659375: 26.0784375 in
    // all, the principal still overdue at the end (the interest was paid every year), not the
    // 53.79 the three shortfalls add up to
    assertThat(r.paymentDefault().totalShortfall()).isCloseTo(26.0784375, within(EPS));
    // each year's new shortfall, the rows a report prints beside the shortfall so that they add
    // up to the total (review 26, W3)
    assertThat(r.newShortfall(0)).isCloseTo(9.5, within(EPS));
    assertThat(r.newShortfall(1)).isCloseTo(8.7125, within(EPS));
    assertThat(r.newShortfall(2)).isCloseTo(7.8659375, within(EPS));
    assertThat(r.newShortfall(0) + r.newShortfall(1) + r.newShortfall(2))
        .isCloseTo(r.paymentDefault().totalShortfall(), within(EPS));
    assertThat(r.paymentDefault().yearsInDefault()).isEqualTo(3);
  }

  /**
   * Revolver drawn to meet the debt service, then repaid first. Senior 60 at 10 % with 25 due in
   * year 1: FCF 16.5, due 6 + 25 = 31, short 14.5 → revolver draws 14.5 (limit 20, drawn at
   * closing 0, interest on opening balance 0; commitment fee 1 % × 20 = 0.2, which is also due:
   * FCF 16.5 + 0.25 × 0.2 tax saving = 16.55, due 31.2, draw 14.65).
   */
  @Test
  void revolverCoversAShortfallAndIsRepaidFirst() {
    TestDeals d = new TestDeals();
    d.revolver("RCF", "banks", 20.0, 0.0, 0.05, 0.01);
    double[] rep = {25.0 / 60.0, 0, 0, 0, 0};
    d.tranche("Senior", "banks", Tranche.Kind.TERM, 60.0, 0.10, 0.0, rep, 9);
    d.cashSweep = 1.0;
    DealResult r = LboEngine.DEFAULT.run(d.build());
    TrancheSchedule rcf = r.debt().get(0);
    assertThat(rcf.drawdown()[0]).isCloseTo(14.65, within(EPS));
    assertThat(r.paymentDefault().occurred()).isFalse();
    // year 2: revolver interest 5 % × 14.65 = 0.7325, fee 1 % × (20 − 14.65) = 0.0535,
    // senior interest 3.5: charges 4.286, tax 25 % × (20 − 4.286) = 3.9285, FCF 16.0715,
    // excess 16.0715 − 4.286 = 11.7855, all of it to the revolver, none to the senior sweep
    assertThat(rcf.sweep()[1]).isCloseTo(11.7855, within(EPS));
    assertThat(r.debt().get(1).sweep()[1]).isCloseTo(0.0, within(EPS));
  }

  @Test
  void forwardExitMultipleUsesNextYearsEbitda() {
    TestDeals d = new TestDeals();
    d.years = 3;
    d.exitYear = 2;
    d.growth = new double[] {0.0, 0.0, 0.5};
    d.exitValue = new Valuation(Valuation.Basis.MULTIPLE_FORWARD, 5.0);
    d.term("Senior", "banks", 60.0, 0.10, 9);
    DealResult r = LboEngine.DEFAULT.run(d.build());
    // year 3 revenue 150, EBITDA 30: EV = 5 × 30 = 150
    assertThat(r.exit().ebitda()).isCloseTo(30.0, within(EPS));
    assertThat(r.exit().enterpriseValue()).isCloseTo(150.0, within(EPS));
  }

  @Test
  void preferredSharesArePaidBeforeOrdinary() {
    TestDeals d = new TestDeals();
    d.equity("Fund preferred", "fund", EquityClass.Kind.PREFERRED, 30.0, 0.10);
    d.equity("Management shares", "management", EquityClass.Kind.ORDINARY, Double.NaN, 0.0);
    d.term("Senior", "banks", 60.0, 0.10, 6);
    DealResult r = LboEngine.DEFAULT.run(d.build());
    // equity value 92.5 (first test); preferred claim 30 × 1.1^5 = 48.3153; ordinary gets the rest
    double pref = 30.0 * Math.pow(1.1, 5);
    assertThat(r.returnOf("fund").proceeds()).isCloseTo(pref, within(EPS));
    assertThat(r.returnOf("management").proceeds()).isCloseTo(92.5 - pref, within(EPS));
  }

  /**
   * A multiple of a negative EBITDA: the amounts written as the other messages write them, and the
   * cause named, the base-year EBITDA with its terms from company.actuals.
   */
  @Test
  void aPriceOnANegativeEbitdaNamesTheBaseYearActuals() {
    TestDeals d = new TestDeals();
    d.equity("Fund shares", "fund", EquityClass.Kind.ORDINARY, 30.0, 0.0);
    d.term("Senior", "banks", 60.0, 0.10, 6);
    Deal deal = d.build();
    org.reprise.model.BaseYear b = deal.company().base();
    org.reprise.model.BaseYear negative = new org.reprise.model.BaseYear(b.year(),
        30_000_000, 10_500_000, 4_380_000, 360_000, 40_000_000, b.depreciation(), b.capex(),
        b.netWorkingCapital(), b.cash(), b.financialDebt(), b.bookEquity(),
        b.distributableReserves(), b.taxLosses());
    Deal bad = new Deal(deal.name(),
        new org.reprise.model.Company(deal.company().name(), deal.company().headcount(), negative),
        deal.operations(), new org.reprise.model.Transaction(
            new Valuation(Valuation.Basis.MULTIPLE_LTM, 7.0),
            true, 0, 0, 0, "2025-12-31"),
        deal.structure(), deal.financing(), deal.tax(), deal.covenants(), deal.exit(),
        deal.interestBasis(), deal.participation(), deal.cooperative());
    assertThatThrownBy(() -> LboEngine.DEFAULT.run(bad))
        .isInstanceOf(DealException.class)
        .hasFieldOrPropertyWithValue("path", "transaction.price")
        .hasMessage("transaction.price: the entry enterprise value must be positive, found"
            + " -176680000.00 (multiple 7 × EBITDA -25240000.00): the base-year EBITDA is negative"
            + " (company.actuals: revenue − purchases − externalCharges − otherTaxes −"
            + " personnelCosts = 30000000.00 − 10500000.00 − 4380000.00 − 360000.00 − 40000000.00);"
            + " check these actuals");
  }

  @Test
  void unbalancedSourcesAndUsesAreRefusedWithBothTotals() {
    TestDeals d = new TestDeals();
    d.equity("Fund shares", "fund", EquityClass.Kind.ORDINARY, 30.0, 0.0);
    d.term("Senior", "banks", 60.0, 0.10, 6);
    assertThatThrownBy(() -> LboEngine.DEFAULT.run(d.build()))
        .isInstanceOf(DealException.class)
        .hasMessageContaining("sources (90.00) do not equal uses (100.00)");
  }

  @Test
  void balancingEquityMustBePositive() {
    TestDeals d = new TestDeals();
    d.term("Senior", "banks", 120.0, 0.10, 6);
    assertThatThrownBy(() -> LboEngine.DEFAULT.run(d.build()))
        .isInstanceOf(DealException.class)
        .hasMessageContaining("financing.equity[0].amount");
  }

  @Test
  void exitAfterTheHorizonIsRefused() {
    TestDeals d = new TestDeals();
    d.exitYear = 6;
    assertThatThrownBy(() -> LboEngine.DEFAULT.run(d.build()))
        .isInstanceOf(DealException.class)
        .hasMessageContaining("exit.year");
  }

  /**
   * Holding structure, senior 60 at 10 % at the holding, EBITDA 20, tax 25 %, one year.
   *
   * <pre>
   * with a tax group: one taxpayer, taxable 20 − 6 = 14, tax 3.5 (as under push-down);
   *   the operating company pays its stand-alone tax 25 % × 20 = 5 to the holding, which keeps
   *   the 1.5 saving: the holding needs 6 (interest) − 1.5 = 4.5 from upstream
   * without a tax group: the operating company pays 5; the holding's loss of 6 (+ 5 % × dividends
   *   add-back) saves nothing; the group pays 5
   * </pre>
   */
  @Test
  void taxGroupLetsHoldingInterestOffsetTheFactorysProfit() {
    TestDeals grouped = new TestDeals();
    grouped.years = 1;
    grouped.exitYear = 1;
    grouped.structure = org.reprise.model.Structure.Kind.HOLDING;
    grouped.taxGroup = true;
    grouped.term("Senior", "banks", 60.0, 0.10, 9);
    DealResult g = LboEngine.DEFAULT.run(grouped.build());
    assertThat(g.years().incomeTax[0]).isCloseTo(3.5, within(EPS));
    assertThat(g.years().opcoIncomeTax[0]).isCloseTo(5.0, within(EPS));
    assertThat(g.years().dividendsUpstream[0]).isCloseTo(4.5, within(EPS));

    TestDeals alone = new TestDeals();
    alone.years = 1;
    alone.exitYear = 1;
    alone.structure = org.reprise.model.Structure.Kind.HOLDING;
    alone.taxGroup = false;
    alone.term("Senior", "banks", 60.0, 0.10, 9);
    DealResult a = LboEngine.DEFAULT.run(alone.build());
    assertThat(a.years().incomeTax[0]).isCloseTo(5.0, within(EPS));
    // the holding needs the interest only: 6 upstreamed as dividends (reserves 50 + net income 15)
    assertThat(a.years().dividendsUpstream[0]).isCloseTo(6.0, within(EPS));
    assertThat(a.years().opcoNetIncome[0]).isCloseTo(15.0, within(EPS));
  }

  /**
   * Push-down: the acquisition interest reduces the operating company's own profit (this is what
   * later shrinks the legal profit-sharing). Opco pre-tax = 20 − 6 = 14 under push-down, 20 in a
   * holding structure.
   */
  @Test
  void pushdownPutsTheInterestInTheOperatingCompany() {
    TestDeals push = new TestDeals();
    push.term("Senior", "banks", 60.0, 0.10, 9);
    assertThat(LboEngine.DEFAULT.run(push.build()).years().opcoPreTaxIncome[0])
        .isCloseTo(14.0, within(EPS));
    TestDeals hold = new TestDeals();
    hold.structure = org.reprise.model.Structure.Kind.HOLDING;
    hold.taxGroup = true;
    hold.term("Senior", "banks", 60.0, 0.10, 9);
    assertThat(LboEngine.DEFAULT.run(hold.build()).years().opcoPreTaxIncome[0])
        .isCloseTo(20.0, within(EPS));
  }

  /**
   * CGI art. 39-1-3°: a shareholder-loan coupon above the related-party rate is not deductible.
   * Revenue 100, EBITDA = EBIT = 20, tax 25 %, a 50 shareholder loan at 10 % and a 4 % cap.
   * Year 1: coupon 10 % × 50 = 5, of which (10 % − 4 %) × 50 = 3 added back: taxable 20 − 5 + 3 =
   * 18, tax 4.5 (3.75 without the cap). Year 2: the coupon accrued, so 10 % × 55 = 5.5, added back
   * 6 % × 55 = 3.3: taxable 17.8, tax 4.45. The same in a tax group (the loan at the holding). A
   * holding outside a group has only the coupon: taxable −5.5 + 3.3 < 0, a loss and no tax, and
   * the company pays 25 % × 20 = 5.
   */
  @Test
  void shareholderLoanCouponAboveTheRelatedPartyRateIsAddedBack() {
    for (String shape : List.of("pushdown", "group", "holding")) {
      TestDeals d = new TestDeals();
      d.years = 2;
      d.exitYear = 2;
      d.tax = new Tax(TestDeals.fill(40, 0.25), 0.0, 0.0, Double.POSITIVE_INFINITY, 0.0, 0.0, 0.0,
          Double.POSITIVE_INFINITY, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.04, 0, ThinCap.NONE);
      d.structure = shape.equals("pushdown") ? Structure.Kind.PUSHDOWN : Structure.Kind.HOLDING;
      d.taxGroup = shape.equals("group");
      d.equity("Fund shares", "fund", EquityClass.Kind.ORDINARY, Double.NaN, 0.0);
      d.equity("Fund loan", "fund", EquityClass.Kind.SHAREHOLDER_LOAN, 50.0, 0.10);
      YearTable y = LboEngine.DEFAULT.run(d.build()).years();
      assertThat(y.shareholderLoanInterest[0]).as(shape).isCloseTo(5.0, within(EPS));
      assertThat(y.nonDeductibleInterest[0]).as(shape).isCloseTo(3.0, within(EPS));
      assertThat(y.nonDeductibleInterest[1]).as(shape).isCloseTo(3.3, within(EPS));
      if (shape.equals("holding")) {
        assertThat(y.incomeTax[0]).as(shape).isCloseTo(5.0, within(EPS));
        assertThat(y.incomeTax[1]).as(shape).isCloseTo(5.0, within(EPS));
      } else {
        assertThat(y.incomeTax[0]).as(shape).isCloseTo(4.5, within(EPS));
        assertThat(y.incomeTax[1]).as(shape).isCloseTo(4.45, within(EPS));
      }
    }
  }

  /**
   * CGI art. 212 bis VIII: the cap a year leaves unused absorbs a later year's excess for 5 years.
   * Cap = 30 % of tax EBITDA (no floor), 25 % tax, a 50 bullet loan at 10 %: net financial charges
   * 5 every year. Year 1: EBITDA 20, cap 6, 1 unused; tax 25 % × (20 − 5) = 3.75. Revenue then
   * falls by a quarter: EBITDA 15, cap 4.5, excess 0.5 a year. Year 2 deducts it with 0.5 of year
   * 1's capacity (tax 25 % × 10 = 2.5), year 3 with the last 0.5 (2.5); years 4 and 5 have none
   * left: 0.5 disallowed, tax 25 % × 10.5 = 2.625. The same in a tax group, the loan at the
   * holding.
   */
  @Test
  void unusedCapAbsorbsALaterExcess() {
    for (String shape : List.of("pushdown", "group")) {
      YearTable y = capDeal(shape, 0.0);
      double[] unused = {1.0, 0.5, 0.0, 0.0, 0.0};
      double[] disallowed = {0.0, 0.0, 0.0, 0.5, 0.5};
      double[] tax = {3.75, 2.5, 2.5, 2.625, 2.625};
      // the disallowed charges pile up, none deducted later: 0.5, then 0.5 + 0.5 = 1
      double[] carried = {0.0, 0.0, 0.0, 0.5, 1.0};
      for (int t = 0; t < 5; t++) {
        assertThat(y.unusedInterestCapacity[t]).as(shape + " unused " + t)
            .isCloseTo(unused[t], within(EPS));
        assertThat(y.carriedInterest[t]).as(shape + " carried " + t)
            .isCloseTo(carried[t], within(EPS));
        assertThat(y.disallowedInterest[t]).as(shape + " disallowed " + t)
            .isCloseTo(disallowed[t], within(EPS));
        assertThat(y.incomeTax[t]).as(shape + " tax " + t).isCloseTo(tax[t], within(EPS));
      }
    }
  }

  /**
   * Distributions during the hold go through the equity's order of priority (methodology §5.5):
   * the fund's shareholder loan (20 at 10 %) is paid first, up to its claim accrued to the year end
   * (22 at the end of year 1, then what is left × 1.1 each year), and only then the ordinary shares,
   * fund 12 and management 8 (60 / 40). All the cash left each year is distributed (no sweep). Each
   * year: loan paid = min(D, claim), ordinary shares (D − that) × 0.6 and × 0.4; the loan's claim
   * at exit is what the payments left of it, accrued; the flows add up to the distributions.
   */
  @Test
  void distributionsPayTheShareholderLoanBeforeTheOrdinaryShares() {
    TestDeals d = new TestDeals();
    d.equity("Fund loan", "fund", EquityClass.Kind.SHAREHOLDER_LOAN, 20.0, 0.10);
    d.equity("Fund shares", "fund", EquityClass.Kind.ORDINARY, 12.0, 0.0);
    d.equity("Management shares", "management", EquityClass.Kind.ORDINARY, 8.0, 0.0);
    d.term("Senior", "banks", 60.0, 0.10, 6);
    d.distributions = 1.0;
    DealResult r = LboEngine.DEFAULT.run(d.build());
    double[] dist = r.years().distributions;
    double[] mgmt = r.returnOf("management").flows();
    double[] fund = r.returnOf("fund").flows();
    double claim = 20.0;
    double loanPaid = 0.0;
    for (int t = 0; t < 5; t++) {
      claim *= 1.1;
      double toLoan = Math.min(dist[t], claim);
      claim -= toLoan;
      loanPaid += toLoan;
      double toShares = dist[t] - toLoan;
      if (t < 4) {
        assertThat(mgmt[t + 1]).as("management, year " + (t + 1))
            .isCloseTo(0.4 * toShares, within(EPS));
        assertThat(fund[t + 1]).as("fund, year " + (t + 1))
            .isCloseTo(toLoan + 0.6 * toShares, within(EPS));
      }
    }
    assertThat(dist[0]).as("year 1 distributes less than the loan's claim").isLessThan(22.0);
    assertThat(mgmt[1]).isZero();
    assertThat(loanPaid).isPositive();
    ExitResult.WaterfallLine loan = r.exit().waterfall().stream()
        .filter(l -> l.name().equals("Fund loan")).findFirst().orElseThrow();
    assertThat(loan.claim()).isCloseTo(claim, within(EPS));
  }

  /**
   * The deal of {@code unusedCapAbsorbsALaterExcess} and of the safeguard clause's test: revenue
   * down a quarter in year 2, 25 % tax, cap 30 % of tax EBITDA with no floor and 5 years of unused
   * capacity, a 50 bullet at 10 %, pushed down or in a tax group, with the given safeguard share.
   */
  private static YearTable capDeal(String shape, double safeguardShare) {
    TestDeals d = new TestDeals();
    d.growth = new double[] {0.0, -0.25, 0.0, 0.0, 0.0};
    d.tax = new Tax(TestDeals.fill(40, 0.25), 0.0, 0.0, 0.0, 0.30, 0.0, safeguardShare,
        Double.POSITIVE_INFINITY, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, Double.POSITIVE_INFINITY, 5,
        ThinCap.NONE);
    d.structure = shape.equals("pushdown") ? Structure.Kind.PUSHDOWN : Structure.Kind.HOLDING;
    d.taxGroup = shape.equals("group");
    d.term("Senior", "banks", 50.0, 0.10, 10);
    return LboEngine.DEFAULT.run(d.build()).years();
  }

  /**
   * The sweep on the year's excess cash flow (docs/methodology.md §5.5) leaves the cash above the
   * minimum that the year started with. Opening cash 4 (minimum 0), a 60 bullet at 10 % (opening
   * interest), 50 % sweep. Year 1's flow after debt service F₁ is the same under both bases (its
   * interest and tax do not depend on the sweep): on the cash the sweep is 0.5 × (4 + F₁), on the
   * excess cash flow 0.5 × F₁, 2 less. Year 2 starts with 4 + 0.5 F₁ of cash on the second basis
   * and sweeps 0.5 × F₂ only. In year 3 the revenue falls by 85 % and the flow after debt service
   * is negative: the cash basis still sweeps half of the cash left, the excess cash flow basis
   * nothing.
   */
  @Test
  void sweepOnTheExcessCashFlowLeavesTheOpeningCash() {
    YearTable[] runs = new YearTable[2];
    for (int b = 0; b < 2; b++) {
      TestDeals d = new TestDeals();
      d.baseCash = 4.0;
      d.cashSweep = 0.5;
      d.growth = new double[] {0.0, 0.0, -0.85, 0.0, 0.0};
      d.sweepBasis = b == 0 ? org.reprise.model.Financing.SweepBasis.CASH
          : org.reprise.model.Financing.SweepBasis.EXCESS_CASH_FLOW;
      d.term("Senior", "banks", 60.0, 0.10, 6);
      runs[b] = LboEngine.DEFAULT.run(d.build()).years();
    }
    YearTable onCash = runs[0];
    YearTable onFlow = runs[1];
    double f1 = onFlow.freeCashFlow[0] - onFlow.debtServiceDue[0];
    assertThat(f1).isPositive();
    assertThat(onCash.freeCashFlow[0] - onCash.debtServiceDue[0]).isCloseTo(f1, within(EPS));
    assertThat(onCash.sweep[0]).isCloseTo(0.5 * (4.0 + f1), within(EPS));
    assertThat(onFlow.sweep[0]).isCloseTo(0.5 * f1, within(EPS));
    assertThat(onFlow.cash[0]).isCloseTo(4.0 + 0.5 * f1, within(EPS));
    double f2 = onFlow.freeCashFlow[1] - onFlow.debtServiceDue[1];
    assertThat(onFlow.sweep[1]).isCloseTo(0.5 * f2, within(EPS));
    double f3 = onFlow.freeCashFlow[2] - onFlow.debtServiceDue[2];
    assertThat(f3).isNegative();
    assertThat(onFlow.sweep[2]).isZero();
    assertThat(onCash.sweep[2]).isPositive();
    // the base each year's sweep share applies to (YearTable.sweepBase): on the cash, 4 + F₁ in
    // year 1 and in year 3 what is left of the cash; on the excess cash flow F₁, F₂ and, the flow
    // being negative in year 3, 0 (not the negative difference)
    assertThat(onCash.sweepBase[0]).isCloseTo(4.0 + f1, within(EPS));
    assertThat(onFlow.sweepBase[0]).isCloseTo(f1, within(EPS));
    assertThat(onFlow.sweepBase[1]).isCloseTo(f2, within(EPS));
    assertThat(onFlow.sweepBase[2]).isZero();
    assertThat(onCash.sweepBase[2]).isCloseTo(
        onCash.cash[1] + onCash.freeCashFlow[2] - onCash.debtServiceDue[2], within(EPS));
    for (YearTable y : runs) {
      for (int t = 0; t < 3; t++) {
        assertThat(y.sweep[t]).isCloseTo(0.5 * y.sweepBase[t], within(EPS));
      }
    }
  }

  /**
   * CGI art. 212 bis V, the safeguard clause: the deal above, claiming it. Years 1 to 3 are the
   * same (the unused capacity absorbs the excess before the clause: tax 3.75, 2.5, 2.5). Years 4
   * and 5: excess 0.5, no capacity left, 75 % of it deducted after all: 0.125 disallowed (and
   * carried forward), tax 25 % × (20 × 0.75 − 5 + 0.125) = 25 % × 10.125 = 2.53125.
   */
  @Test
  void safeguardClauseDeductsThreeQuartersOfWhatTheCapacityLeaves() {
    for (String shape : List.of("pushdown", "group")) {
      YearTable y = capDeal(shape, 0.75);
      double[] disallowed = {0.0, 0.0, 0.0, 0.125, 0.125};
      double[] tax = {3.75, 2.5, 2.5, 2.53125, 2.53125};
      double[] carried = {0.0, 0.0, 0.0, 0.125, 0.25};
      for (int t = 0; t < 5; t++) {
        assertThat(y.carriedInterest[t]).as(shape + " carried " + t)
            .isCloseTo(carried[t], within(EPS));
        assertThat(y.disallowedInterest[t]).as(shape + " disallowed " + t)
            .isCloseTo(disallowed[t], within(EPS));
        assertThat(y.incomeTax[t]).as(shape + " tax " + t).isCloseTo(tax[t], within(EPS));
      }
    }
  }

  /**
   * CGI art. 212 bis VII in a tax group. Price 100 = fund shares 10 + the fund's shareholder loan
   * 30 (no coupon) + a 60 bullet loan at 10 %; EBITDA 20, 25 % tax, cap 30 % of tax EBITDA (no
   * floor), thin cap 10 % (no floor). Year 1: the fund holds all the shares, so its loan is related
   * debt: 30 against 1.5 × 10 = 15 of equity, 15 in excess out of 90 of debt, a share of 1/6. NFC
   * 6: the usual part 5 against 5/6 × 30 % × 20 = 5 (all deductible); the thin part 1 against 1/6 ×
   * 10 % × 20 = 1/3: 2/3 disallowed. Taxable 20 − 6 + 2/3 = 14.667, tax 3.667; net income 10.333.
   * Year 2: equity 10 + 10.333 = 20.333, 1.5 × 20.333 = 30.5 ≥ 30: no longer thinly capitalised;
   * the cap is 6 = NFC, nothing left for the 2/9 carried; tax 25 % × 14 = 3.5. Outside a tax group
   * the rule is not applied (documented).
   */
  @Test
  void thinCapitalisationInATaxGroup() {
    for (boolean group : new boolean[] {true, false}) {
      TestDeals d = new TestDeals();
      d.years = 2;
      d.exitYear = 2;
      d.tax = new Tax(TestDeals.fill(40, 0.25), 0.0, 0.0, 0.0, 0.30, 0.0, 0.0,
          Double.POSITIVE_INFINITY, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, Double.POSITIVE_INFINITY, 0,
          new ThinCap(1.5, 0.0, 0.10, 1.0 / 3.0));
      d.structure = Structure.Kind.HOLDING;
      d.taxGroup = group;
      d.equity("Fund shares", "fund", EquityClass.Kind.ORDINARY, 10.0, 0.0);
      d.equity("Fund loan", "fund", EquityClass.Kind.SHAREHOLDER_LOAN, 30.0, 0.0);
      d.term("Senior", "banks", 60.0, 0.10, 10);
      YearTable y = LboEngine.DEFAULT.run(d.build()).years();
      if (group) {
        assertThat(y.thinCapShare[0]).isCloseTo(1.0 / 6.0, within(1e-12));
        assertThat(y.disallowedInterest[0]).isCloseTo(2.0 / 3.0, within(EPS));
        assertThat(y.incomeTax[0]).isCloseTo(0.25 * (14.0 + 2.0 / 3.0), within(EPS));
        assertThat(y.thinCapShare[1]).isZero();
        assertThat(y.disallowedInterest[1]).isCloseTo(0.0, within(EPS));
        assertThat(y.incomeTax[1]).isCloseTo(3.5, within(EPS));
        // 1/3 of the 2/3 disallowed under the thin cap is carried forward: 2/9; year 2 leaves no
        // room to deduct it (NFC 6 = cap 6), so the stock stays 2/9
        assertThat(y.carriedInterest[0]).isCloseTo(2.0 / 9.0, within(EPS));
        assertThat(y.carriedInterest[1]).isCloseTo(2.0 / 9.0, within(EPS));
      } else {
        assertThat(y.thinCapShare[0]).isZero();
      }
    }
  }

  /**
   * An upfront fee is written off when its loan is repaid before the end of its fee period
   * (methodology §3). Loan 10 at 10 % (interest on the opening balance), a 10 % upfront fee (1.0)
   * expensed over its 5-year term, 1/5 due each year, all the cash swept; EBITDA 20, 25 % tax.
   *
   * <pre>
   * year 1 without the write-off: fee 0.2, tax (20 − 1 − 0.2) × 25 % = 4.7, FCF 15.3, interest 1
   *   and 2 due leave 12.3, the sweep repays the other 8: the loan is repaid in year 1
   * so the rest of the fee, 1.0 − 0 already expensed = 1.0, is expensed in year 1:
   *   tax (20 − 1 − 1.0) × 25 % = 4.5, FCF 15.5, cash 15.5 − 3 − 8 = 4.5
   * years 2-5: no loan, no fee: tax 5, 15 of cash a year
   * </pre>
   */
  @Test
  void theFeeOfALoanRepaidEarlyIsWrittenOff() {
    TestDeals d = new TestDeals();
    d.upfrontFee = 0.10;
    d.cashSweep = 1.0;
    d.linear("Loan", "banks", 10.0, 0.10, 5);
    DealResult r = LboEngine.DEFAULT.run(d.build());
    YearTable y = r.years();
    assertThat(r.debt().get(0).closing()[0]).isCloseTo(0.0, within(EPS));
    assertThat(y.feeAmortisation).containsExactly(new double[] {1.0, 0, 0, 0, 0}, within(EPS));
    assertThat(y.incomeTax).containsExactly(new double[] {4.5, 5, 5, 5, 5}, within(EPS));
    assertThat(y.cash[0]).isCloseTo(4.5, within(EPS));
    // without the sweep the loan runs its term and the fee is expensed 0.2 a year
    d.cashSweep = 0.0;
    assertThat(LboEngine.DEFAULT.run(d.build()).years().feeAmortisation)
        .containsExactly(new double[] {0.2, 0.2, 0.2, 0.2, 0.2}, within(EPS));
  }

  /**
   * On random deals every upfront fee is expensed once, in full, by the exit, whether its loan
   * runs its term or is repaid early (the write-off), and no year expenses a negative fee.
   */
  @Test
  void everyUpfrontFeeIsExpensedOnceByTheExit() {
    int written = 0;
    for (long seed = 0; seed < 800; seed++) {
      org.reprise.model.Deal deal = AccountingIdentitiesTest.randomDeal(seed / 2);
      if (seed % 2 == 1) {
        // the same deal with all its cash swept: loans repaid early, fees written off
        org.reprise.model.Financing f = deal.financing();
        deal = new org.reprise.model.Deal(deal.name(), deal.company(), deal.operations(),
            deal.transaction(), deal.structure(),
            new org.reprise.model.Financing(f.equity(), f.debt(), 1.0, f.distributionShare(),
                org.reprise.model.Financing.SweepBasis.CASH, f.pariPassu(),
                f.distributionLockUp(), f.paymentConditions()),
            deal.tax(), deal.covenants(), deal.exit(), deal.interestBasis(),
            deal.participation(), deal.cooperative());
      }
      DealResult r = LboEngine.DEFAULT.run(deal);
      double fees = 0.0;
      for (TrancheSchedule s : r.debt()) {
        fees += s.upfrontFee() + s.drawnFee(); // a recap's is paid at its draw (§5.13)
      }
      double expensed = 0.0;
      for (int t = 0; t < r.years().size(); t++) {
        assertThat(r.years().feeAmortisation[t]).as("seed %d year %d", seed, t + 1)
            .isGreaterThanOrEqualTo(0.0);
        expensed += r.years().feeAmortisation[t];
      }
      assertThat(expensed).as("seed %d", seed).isCloseTo(fees, within(1e-9 * (1.0 + fees)));
      for (TrancheSchedule s : r.debt()) {
        for (int t = 0; t + 2 < r.exitYearIndex(); t++) {
          if (s.upfrontFee() > 0.0 && !"revolver".equals(s.kind()) && s.opening()[t] > 1e-6
              && s.closing()[t] <= 1e-6) {
            written++;
          }
        }
      }
    }
    assertThat(written).as("loans repaid early, with a fee").isPositive();
  }

  /**
   * A distribution that repays a shareholder loan settles a debt: it does not reduce the book
   * equity (methodology §5.7). Push-down, price 100 = fund shares 10 + the fund's loan 30 (no
   * coupon) + a 60 bullet loan at 10 %, EBITDA 20, 25 % tax, all the cash distributed, no lock-up.
   * Every year: interest 6, tax 3.5, net income 10.5, 10.5 of cash paid out, the loan first.
   *
   * <pre>
   * year 1: 10.5 repays the loan (30 → 19.5); equity 10 + 10.5 = 20.5 (not 10 + 10.5 − 10.5)
   * year 2: 10.5 repays the loan (19.5 → 9);  equity 20.5 + 10.5 = 31
   * year 3: 9 repays the rest, 1.5 is a dividend on the shares; equity 31 + 10.5 − 1.5 = 40
   * </pre>
   */
  @Test
  void aShareholderLoanRepaidIsNotTakenFromTheEquity() {
    TestDeals d = new TestDeals();
    d.years = 3;
    d.exitYear = 3;
    d.distributions = 1.0;
    d.lockUp = false;
    d.equity("Fund shares", "fund", EquityClass.Kind.ORDINARY, 10.0, 0.0);
    d.equity("Fund loan", "fund", EquityClass.Kind.SHAREHOLDER_LOAN, 30.0, 0.0);
    d.term("Senior", "banks", 60.0, 0.10, 10);
    YearTable y = LboEngine.DEFAULT.run(d.build()).years();
    assertThat(y.netIncome).containsExactly(new double[] {10.5, 10.5, 10.5}, within(EPS));
    assertThat(y.distributions).containsExactly(new double[] {10.5, 10.5, 10.5}, within(EPS));
    assertThat(y.opcoBookEquity).containsExactly(new double[] {20.5, 31.0, 40.0}, within(EPS));
    assertThat(y.opcoReserves).containsExactly(new double[] {10.5, 21.0, 30.0}, within(EPS));
  }

  /**
   * Push-down after the merger (methodology §4, §5.7): the merged company's opening equity is the
   * equity subscribed at entry, not the target's base-year equity (50 here). Price 100 = fund
   * shares 10 + the fund's shareholder loan 30 (no coupon) + a 60 bullet loan at 10 %; EBITDA 20,
   * 25 % tax, cap 30 % of tax EBITDA (no floor), thin cap 10 % (no floor). Year 1: opening equity
   * 10 (the loan excluded), related debt 30 > 1.5 × 10 = 15: share 15 / 90 = 1/6 (with the old
   * equity of 50 the company was not thinly capitalised: share 0). NFC 6: the usual part 5 within
   * 5/6 × 30 % × 20 = 5; the thin part 1 against 1/6 × 10 % × 20 = 1/3: 2/3 disallowed. Taxable
   * 14.667, tax 3.667, net income 20 − 6 − 3.667 = 10.333; equity 10 + 10.333 = 20.333, reserves
   * 0 + 10.333. Year 2: 1.5 × 20.333 = 30.5 ≥ 30, not thinly capitalised; tax 25 % × 14 = 3.5.
   */
  @Test
  void pushdownOpensWithTheEquitySubscribedAtEntry() {
    TestDeals d = new TestDeals();
    d.years = 2;
    d.exitYear = 2;
    d.tax = new Tax(TestDeals.fill(40, 0.25), 0.0, 0.0, 0.0, 0.30, 0.0, 0.0,
        Double.POSITIVE_INFINITY, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, Double.POSITIVE_INFINITY, 0,
        new ThinCap(1.5, 0.0, 0.10, 1.0 / 3.0));
    d.equity("Fund shares", "fund", EquityClass.Kind.ORDINARY, 10.0, 0.0);
    d.equity("Fund loan", "fund", EquityClass.Kind.SHAREHOLDER_LOAN, 30.0, 0.0);
    d.term("Senior", "banks", 60.0, 0.10, 10);
    YearTable y = LboEngine.DEFAULT.run(d.build()).years();
    assertThat(y.thinCapShare[0]).isCloseTo(1.0 / 6.0, within(1e-12));
    assertThat(y.disallowedInterest[0]).isCloseTo(2.0 / 3.0, within(EPS));
    assertThat(y.incomeTax[0]).isCloseTo(0.25 * (14.0 + 2.0 / 3.0), within(EPS));
    double netIncome = 20.0 - 6.0 - 0.25 * (14.0 + 2.0 / 3.0);
    assertThat(y.opcoBookEquity[0]).isCloseTo(10.0 + netIncome, within(EPS));
    assertThat(y.opcoReserves[0]).isCloseTo(netIncome, within(EPS));
    assertThat(y.thinCapShare[1]).isZero();
    assertThat(y.incomeTax[1]).isCloseTo(3.5, within(EPS));

    // the merged equity given (structure.mergedEquity): 20, and 30 ≤ 1.5 × 20: not thin; NFC 6
    // within 30 % × 20 = 6, tax 3.5, net income 10.5
    d.mergedEquity = 20.0;
    YearTable given = LboEngine.DEFAULT.run(d.build()).years();
    assertThat(given.thinCapShare[0]).isZero();
    assertThat(given.incomeTax[0]).isCloseTo(3.5, within(EPS));
    assertThat(given.opcoBookEquity[0]).isCloseTo(30.5, within(EPS));
  }

  /**
   * CGI art. 223 I 4: losses the company made before joining the tax group offset only its own
   * profit, within 1 M€ + 50 % (here an allowance of 5 and 50 %). Revenue 100, EBITDA = EBIT = 20,
   * 25 % tax, no interest cap; the holding's 60 bullet loan at 10 % costs 6 a year; base-year
   * losses 30.
   *
   * <pre>
   * year 1: company's own profit 20, limit 5 + 50 % × 15 = 12.5: 12.5 used, 17.5 left;
   *         group 20 − 6 − 12.5 = 1.5, tax 0.375
   *         (pooled, as before the fix: group 14, limit 5 + 50 % × 9 = 9.5, taxable 4.5, tax 1.125)
   * year 2: 12.5 used, 5 left; group 1.5, tax 0.375
   * year 3: 5 used (all), 0 left; group 14 − 5 = 9, tax 2.25
   * The company's stand-alone tax (its contribution) uses its own losses: (20 − 12.5) × 25 % =
   * 1.875 in years 1 and 2, (20 − 5) × 25 % = 3.75 in year 3.
   * With holding charges of 15 (60 at 25 %): year 1 group 20 − 15 − 12.5 = −7.5, no tax, a group
   * loss of 7.5; year 2 the same, 15 of group losses; year 3 group 20 − 15 − 5 = 0, no tax; year 4
   * group 5, limit 5: 5 of the group's losses used, no tax, 10 left.
   * </pre>
   */
  @Test
  void preGroupLossesOffsetOnlyTheCompanysOwnProfit() {
    Tax tax = new Tax(TestDeals.fill(40, 0.25), 0.0, 0.0, Double.POSITIVE_INFINITY, 0.0, 0.0,
        0.0, 5.0, 0.5, 0.0, 0.0, 0.0, 0.0, 0.0, Double.POSITIVE_INFINITY, 0, ThinCap.NONE);
    YearTable y = preGroupDeal(tax, 3, 0.10);
    assertThat(y.incomeTax).containsExactly(new double[] {0.375, 0.375, 2.25}, within(EPS));
    assertThat(y.opcoIncomeTax).containsExactly(new double[] {1.875, 1.875, 3.75}, within(EPS));
    assertThat(y.opcoTaxLosses).containsExactly(new double[] {17.5, 5.0, 0.0}, within(EPS));

    YearTable h = preGroupDeal(tax, 4, 0.25);
    assertThat(h.incomeTax).containsExactly(new double[] {0.0, 0.0, 0.0, 0.0}, within(EPS));
    assertThat(h.opcoTaxLosses).containsExactly(new double[] {17.5, 5.0, 0.0, 0.0}, within(EPS));
    // the group's own losses: 7.5, 7.5 + 7.5 = 15, 15 (year 3 breaks even), 15 − 5 = 10
    assertThat(h.groupTaxLosses).containsExactly(new double[] {7.5, 15.0, 15.0, 10.0}, within(EPS));
    assertThat(y.groupTaxLosses).containsExactly(new double[] {0.0, 0.0, 0.0}, within(EPS));
  }

  /** A tax group over {@code years} years, 30 of pre-group losses, a 60 bullet at {@code rate}. */
  private static YearTable preGroupDeal(Tax tax, int years, double rate) {
    TestDeals d = new TestDeals();
    d.years = years;
    d.exitYear = years;
    d.tax = tax;
    d.taxLosses = 30.0;
    d.structure = Structure.Kind.HOLDING;
    d.taxGroup = true;
    d.term("Senior", "banks", 60.0, rate, 10);
    return LboEngine.DEFAULT.run(d.build()).years();
  }
}
