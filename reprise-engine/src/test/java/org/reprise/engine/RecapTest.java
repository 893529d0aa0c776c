package org.reprise.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.reprise.model.Deal;
import org.reprise.model.EquityClass;
import org.junit.jupiter.api.Test;

/**
 * The dividend recapitalisation (docs/methodology.md §5.13), worked by hand on the paper LBO of
 * {@link TestDeals}: revenue 100 flat, EBITDA 20, no depreciation, capex or working capital, tax
 * 25 %, push-down, price 100 = senior 60 (5 % on the opening balance, due after the horizon, all
 * the cash swept) + the fund's ordinary shares 40, exit at the end of year 5 at 5 × EBITDA = 100.
 * The recap: a 15 bullet at 6 %, upfront fee 1 %, drawn at the start of year 3, due three years
 * from its draw (the end of year 5, the exit year, so repaid by the sale), out of the sweep.
 */
class RecapTest {

  private static final double EPS = 1e-9;

  private static TestDeals paper() {
    TestDeals d = new TestDeals();
    d.cashSweep = 1.0;
    d.term("Senior", "bank", 60.0, 0.05, 7);
    return d;
  }

  private static Deal withRecap(double amount, double maxNetLeverage) {
    TestDeals d = paper();
    d.upfrontFee = 0.01; // the recap's only: the senior was added before
    d.recap("Recap", "recap bank", amount, 0.06, 3, 3, false, maxNetLeverage);
    return d.build();
  }

  private static PartyReturn party(DealResult r, String name) {
    return r.returns().stream().filter(p -> p.party().equals(name)).findFirst().orElseThrow();
  }

  /**
   * <pre>
   * Without the recap (D = the senior's opening balance; interest 5 % × D; tax 25 % × (20 − 5 % D);
   * all that is left swept):
   *   year 1: interest 3, tax 4.25, net income 12.75, sweep 20 − 4.25 − 3 = 12.75, D 47.25
   *   year 2: interest 2.3625, tax 4.409375, net income 13.228125, D 34.021875
   *   ... year 5: the senior repaid, cash 8.7139339; equity at exit 100 + 8.7139339 = 108.7139339
   *   fund: −40 at closing, +108.7139339 at the end of year 5: IRR 22.136 %
   *
   * With the recap at the start of year 3 (= the end of year 2, index 2 of the flows):
   *   distributable reserves (push-down: from 0) = 12.75 + 13.228125 = 25.978125
   *   borrowed 15, fee 1 % = 0.15, paid to the fund 14.85 (within the reserves), nothing kept
   *   year 3: senior interest 5 % × 34.021875 = 1.70109375, recap interest 6 % × 15 = 0.9, fee
   *           expensed 0.15 / 3 years = 0.05; tax 25 % × (20 − 1.70109375 − 0.9 − 0.05) =
   *           4.3372265625; net income 13.0116796875; sweep 20 − 4.3372265625 − 2.60109375 =
   *           13.0616796875; D 20.9601953125; reserves 25.978125 − 14.85 + 13.0116796875
   *   year 4: senior interest 1.048009765625, tax 4.50049755859375, sweep 13.55149267578125,
   *           D 7.40870263671875
   *   year 5: senior interest 0.3704351318359375, tax 4.669891217041016, FCF 15.330108782958984,
   *           cash after interest (1.2704351318) 14.059673651, of which 7.4087026367 sweeps the
   *           senior to 0 and 6.650971014404297 stays
   *   exit: 100 − the recap's 15 + cash 6.6509710144 = 91.6509710144
   *   fund: −40, 0, +14.85, 0, 0, +91.6509710144: IRR 24.660 % (+2.52 points)
   *   recap bank: −15 + 0.15 at index 2, +0.9, +0.9, +0.9 + 15: IRR 6.377 % (the fee on 6 %)
   * </pre>
   */
  @Test
  void thePaperLboWorkedByHand() {
    DealResult before = LboEngine.DEFAULT.run(paper().build());
    assertThat(party(before, "fund").flows())
        .containsExactly(new double[] {-40, 0, 0, 0, 0, 108.7139339050293}, within(EPS));
    assertThat(party(before, "fund").irr()).isCloseTo(0.2213638, within(1e-6));

    DealResult r = LboEngine.DEFAULT.run(withRecap(15.0, Double.NaN));
    RecapRows recap = r.years().recap();
    assertThat(recap.borrowed).containsExactly(new double[] {0, 0, 15, 0, 0}, within(EPS));
    assertThat(recap.fees).containsExactly(new double[] {0, 0, 0.15, 0, 0}, within(EPS));
    assertThat(recap.paid).containsExactly(new double[] {0, 0, 14.85, 0, 0}, within(EPS));
    assertThat(recap.kept[2]).isCloseTo(0.0, within(EPS));
    assertThat(recap.distributable[2]).isCloseTo(25.978125, within(EPS));
    assertThat(recap.drawYears()).containsExactly(2);

    TrancheSchedule s = r.debt().get(1);
    assertThat(s.initialAmount()).isZero();
    assertThat(s.drawnYear()).isEqualTo(3);
    assertThat(s.drawnAmount()).isEqualTo(15.0);
    assertThat(s.opening()).containsExactly(new double[] {0, 0, 15, 15, 15}, within(EPS));
    assertThat(s.cashInterest()).containsExactly(new double[] {0, 0, 0.9, 0.9, 0.9}, within(EPS));
    assertThat(s.feeExpense()).containsExactly(new double[] {0, 0, 0.05, 0.05, 0.05}, within(EPS));
    assertThat(r.debt().get(0).closing()).containsExactly(
        new double[] {47.25, 34.021875, 20.9601953125, 7.40870263671875, 0}, within(EPS));
    assertThat(r.years().incomeTax[2]).isCloseTo(4.3372265625, within(EPS));
    assertThat(r.years().cash[4]).isCloseTo(6.650971014404297, within(1e-8));
    // the sources and uses stay the closing's: no recap in them
    assertThat(r.sourcesAndUses().sources()).hasSize(2);
    assertThat(r.sourcesAndUses().totalSources()).isCloseTo(100.0, within(EPS));

    double[] fund = party(r, "fund").flows();
    assertThat(fund).containsExactly(
        new double[] {-40, 0, 14.85, 0, 0, 91.65097101440429}, within(1e-8));
    assertThat(party(r, "fund").irr()).isCloseTo(0.2465992, within(1e-6));
    assertThat(party(r, "recap bank").flows())
        .containsExactly(new double[] {0, 0, -14.85, 0.9, 0.9, 15.9}, within(EPS));
    assertThat(party(r, "recap bank").irr()).isCloseTo(0.0637672, within(1e-6));

    // the identities: cash, balance sheet, bridge, who pays
    CashRollForward c = CashRollForward.of(r);
    for (int t = 0; t < 5; t++) {
      assertThat(c.residual(t)).isCloseTo(0.0, within(1e-12));
      assertThat(r.balanceSheet().check()[t + 1]).isCloseTo(0.0, within(1e-12));
    }
    assertThat(c.amount(CashRollForward.Flow.RECAP_BORROWED, 2)).isEqualTo(15.0);
    assertThat(c.amount(CashRollForward.Flow.RECAP_FEES, 2)).isCloseTo(-0.15, within(EPS));
    assertThat(c.amount(CashRollForward.Flow.RECAP_PAID, 2)).isCloseTo(-14.85, within(EPS));
    ValueBridge b = r.valueBridge();
    assertThat(b.distributions()).isCloseTo(14.85, within(EPS));
    assertThat(b.fees()).isCloseTo(-0.15, within(EPS));
    assertThat(b.ebitdaGrowth() + b.multipleChange() + b.deleveraging() + b.distributions()
        + b.fees()).isCloseTo(b.equityGain(), within(EPS));
    // gain = 91.6509710144 + 14.85 − 40
    assertThat(b.equityGain()).isCloseTo(66.50097101440429, within(1e-8));
    WhoPays w = WhoPays.of(withRecap(15.0, Double.NaN), r);
    assertThat(w.recapBorrowed()).isCloseTo(14.85, within(EPS));
    assertThat(w.distributions()).isCloseTo(14.85, within(EPS));
    assertThat(w.cashExtracted())
        .isCloseTo(w.debtService() + w.distributions() - w.recapBorrowed(), within(EPS));
    AccountingIdentitiesTest.identitiesHold(withRecap(15.0, Double.NaN), r);
  }

  /**
   * A recap of 30 is more than the distributable reserves, 25.978125: the fund receives that
   * (a dividend needs reserves, C. com. L232-11), and 30 − 0.30 − 25.978125 = 3.721875 stays in
   * the company, where the year's sweep (all the cash) takes it: 3.721875 + FCF 15.9002734375 −
   * interest (1.70109375 + 1.8) = 16.1210546875 prepays the senior, 34.021875 → 17.9008203125.
   * The reserves close year 3 at 25.978125 − 25.978125 + net income 12.2991796875.
   */
  @Test
  void aDividendAboveTheReservesStaysInTheCompany() {
    DealResult r = LboEngine.DEFAULT.run(withRecap(30.0, Double.NaN));
    RecapRows recap = r.years().recap();
    assertThat(recap.paid[2]).isCloseTo(25.978125, within(EPS));
    assertThat(recap.kept[2]).isCloseTo(3.721875, within(EPS));
    assertThat(r.debt().get(0).closing()[2]).isCloseTo(17.9008203125, within(EPS));
    assertThat(r.years().opcoReserves[2]).isCloseTo(12.2991796875, within(EPS));
    assertThat(party(r, "fund").flows()[2]).isCloseTo(25.978125, within(EPS));
    assertThat(r.balanceSheet().check()[3]).isCloseTo(0.0, within(1e-12));
    AccountingIdentitiesTest.identitiesHold(withRecap(30.0, Double.NaN), r);
  }

  /**
   * The lenders' condition: net debt at the end of year 2, 34.021875, plus the 15 drawn, over
   * year 2's EBITDA of 20: 2.45109375×. At 2.46× the recap is drawn; at 2.45× it is not, and the
   * run is the deal without it, bit for bit (no fee, no interest, no distribution).
   */
  @Test
  void theLeverageConditionDecidesTheDraw() {
    DealResult drawn = LboEngine.DEFAULT.run(withRecap(15.0, 2.46));
    assertThat(drawn.years().recap().borrowed[2]).isEqualTo(15.0);
    assertThat(drawn.years().recap().refused[2]).isFalse();
    assertThat(drawn.years().recap().refusal[2]).isNull();
    assertThat(drawn.years().recap().proFormaLeverage[2]).isCloseTo(2.45109375, within(1e-12));

    DealResult refused = LboEngine.DEFAULT.run(withRecap(15.0, 2.45));
    assertThat(refused.years().recap().borrowed[2]).isZero();
    assertThat(refused.years().recap().refused[2]).isTrue();
    // the reason and the figures the lenders tested (review 32, X2)
    assertThat(refused.years().recap().refusal[2]).isEqualTo(RecapRows.Refusal.LEVERAGE);
    assertThat(refused.years().recap().proFormaLeverage[2]).isCloseTo(2.45109375, within(1e-12));
    assertThat(refused.years().recap().maxLeverage[2]).isEqualTo(2.45);
    assertThat(refused.debt().get(1).closing()).containsOnly(0.0);
    assertThat(refused.debt().get(1).feeExpense()).containsOnly(0.0);
    DealResult none = LboEngine.DEFAULT.run(paper().build());
    assertThat(party(refused, "fund").flows()).containsExactly(party(none, "fund").flows());
    assertThat(refused.years().cash).containsExactly(none.years().cash);
    // a recap of 0 asks for nothing: not drawn, and not refused either (review 32, W4)
    DealResult nothing = LboEngine.DEFAULT.run(withRecap(0.0, 2.46));
    assertThat(nothing.years().recap().borrowed[2]).isZero();
    assertThat(nothing.years().recap().refused).containsOnly(false);
    assertThat(nothing.years().recap().refusal).containsOnlyNulls();
  }

  /**
   * A recap due after the exit (a grid or {@code simulate --years} can move the exit before it)
   * is never drawn: the run is the deal without it. Exit at the end of year 2, the recap due at
   * the start of year 3.
   */
  @Test
  void aRecapAfterTheExitIsNotDrawn() {
    TestDeals with = paper();
    with.exitYear = 2;
    with.recap("Recap", "recap bank", 15.0, 0.06, 3, 3, false, Double.NaN);
    TestDeals without = paper();
    without.exitYear = 2;
    DealResult r = LboEngine.DEFAULT.run(with.build());
    DealResult none = LboEngine.DEFAULT.run(without.build());
    assertThat(r.years().recap().borrowed).containsOnly(0.0);
    assertThat(r.years().recap().refused).containsOnly(false);
    assertThat(party(r, "fund").flows()).containsExactly(party(none, "fund").flows());
    assertThat(party(r, "recap bank").flows()).containsOnly(0.0);
  }

  /**
   * A covenant broken in the year before stops the draw (no lender funds while an event of default
   * continues): a net leverage covenant of 1.0× is broken in year 2 (34.021875 / 20 = 1.70×).
   */
  @Test
  void aBreachTheYearBeforeStopsTheDraw() {
    TestDeals d = paper();
    d.maxLeverage = TestDeals.fill(d.years, 1.0);
    d.recap("Recap", "recap bank", 15.0, 0.06, 3, 3, false, Double.NaN);
    DealResult r = LboEngine.DEFAULT.run(d.build());
    assertThat(r.years().covenantBreach[1]).isTrue();
    assertThat(r.years().recap().borrowed[2]).isZero();
    assertThat(r.years().recap().refused[2]).isTrue();
    assertThat(r.years().recap().refusal[2]).isEqualTo(RecapRows.Refusal.COVENANT_BREACH);
  }

  /**
   * The order of §5.5 and the law: a shareholder loan of 10 at 8 % is owed 10 × 1.08² = 11.664 at
   * the start of year 3 and is repaid first, whatever the reserves (a debt repaid, not a
   * dividend); the ordinary shares take the rest, 14.85 − 11.664 = 3.186, within the reserves,
   * which fall by that only. The loan's coupon then runs on nothing.
   */
  @Test
  void shareholderLoansAreRepaidFirst() {
    TestDeals d = paper();
    d.equity("Fund shares", "fund", EquityClass.Kind.ORDINARY, Double.NaN, 0.0);
    d.equity("Fund loan", "fund", EquityClass.Kind.SHAREHOLDER_LOAN, 10.0, 0.08);
    d.upfrontFee = 0.01;
    d.recap("Recap", "recap bank", 15.0, 0.06, 3, 3, false, Double.NaN);
    Deal deal = d.build();
    DealResult r = LboEngine.DEFAULT.run(deal);
    RecapRows recap = r.years().recap();
    assertThat(recap.toClass[1][2]).isCloseTo(11.664, within(EPS));
    assertThat(recap.toClass[0][2]).isCloseTo(3.186, within(EPS));
    assertThat(recap.shareholderLoansRepaid[2]).isCloseTo(11.664, within(EPS));
    assertThat(r.years().shareholderLoanInterest[2]).isCloseTo(0.0, within(EPS));
    assertThat(r.years().opcoReserves[2])
        .isCloseTo(r.years().opcoReserves[1] - 3.186 + r.years().opcoNetIncome[2], within(EPS));
    for (int t = 0; t <= 5; t++) {
      assertThat(r.balanceSheet().check()[t]).isCloseTo(0.0, within(1e-12));
    }
    AccountingIdentitiesTest.identitiesHold(deal, r);
  }

  /**
   * With a holding, the company's book equity moves by its net income less what it upstreams
   * (§5.6, §5.7): a recap the holding borrows and pays out itself is not a dividend of the company
   * (review 35, X5), so the company's equity rolls forward with its own upstream only, while the
   * group's retained earnings (the cap's measure, §5.5) fall by the dividends paid. A recap the
   * company borrows is upstreamed to the holding to be paid out: the company's equity falls by all
   * of it, the shareholder loan's repayment included. The paper LBO with a holding, a shareholder
   * loan of 10 at 8 % (repaid first, 11.664) and a recap of 15 (fee 1 %, 14.85 paid: 11.664 to the
   * loan, 3.186 in dividends) drawn at the start of year 3.
   */
  @Test
  void withAHoldingOnlyWhatTheCompanyUpstreamsLeavesItsEquity() {
    for (boolean opcoBorrows : new boolean[] {false, true}) {
      TestDeals d = new TestDeals();
      d.cashSweep = 1.0;
      d.structure = org.reprise.model.Structure.Kind.HOLDING; // the holding borrows the senior
      d.term("Senior", "bank", 60.0, 0.05, 7);
      d.equity("Fund shares", "fund", EquityClass.Kind.ORDINARY, Double.NaN, 0.0);
      d.equity("Fund loan", "fund", EquityClass.Kind.SHAREHOLDER_LOAN, 10.0, 0.08);
      d.distributableReserves = 50.0;
      d.upfrontFee = 0.01;
      if (opcoBorrows) {
        // a tranche added under a push-down is the company's; the structure is set after it
        d.structure = org.reprise.model.Structure.Kind.PUSHDOWN;
      }
      d.recap("Recap", "recap bank", 15.0, 0.06, 3, 3, false, Double.NaN);
      d.structure = org.reprise.model.Structure.Kind.HOLDING;
      Deal deal = d.build();
      assertThat(deal.financing().debt().get(1).borrower()).isEqualTo(
          opcoBorrows ? org.reprise.model.Tranche.Borrower.OPCO
              : org.reprise.model.Tranche.Borrower.HOLDING);
      DealResult r = LboEngine.DEFAULT.run(deal);
      YearTable y = r.years();
      RecapRows recap = y.recap();
      assertThat(recap.shareholderLoansRepaid[2]).isCloseTo(11.664, within(EPS));
      assertThat(recap.paid[2]).isCloseTo(14.85, within(EPS));
      double opening = deal.company().base().bookEquity();
      for (int t = 0; t < y.size(); t++) {
        double before = t == 0 ? opening : y.opcoBookEquity[t - 1];
        double recapUpstream = opcoBorrows ? recap.paid[t] : 0.0;
        assertThat(y.opcoBookEquity[t]).as("opco borrows %s, year %d", opcoBorrows, t)
            .isCloseTo(before + y.opcoNetIncome[t] - y.dividendsUpstream[t] - recapUpstream,
                within(EPS));
      }
      AccountingIdentitiesTest.identitiesHold(deal, r);
    }
  }

  private static Deal sizedTo(double target, double maxAmount, double maxNetLeverage) {
    TestDeals d = paper();
    d.upfrontFee = 0.01;
    d.recapToLeverage("Recap", "recap bank", target, maxAmount, 0.06, 3, 3, false,
        maxNetLeverage);
    return d.build();
  }

  /**
   * A recap sized to a target net leverage ({@code amount: {upToNetLeverage: 2.5}}, §5.13), the
   * same bullet at 6 %, fee 1 %, drawn at the start of year 3. The lenders' test reads net debt at
   * the end of year 2 and year 2's EBITDA:
   * <pre>
   *   net debt end of year 2 = the senior 34.021875 − cash 0 (all swept) = 34.021875
   *   EBITDA of year 2 = 20
   *   A = 2.5 × 20 − 34.021875 = 15.978125           (pro forma (34.021875 + A) / 20 = 2.5×)
   *   fee 1 % = 0.15978125; paid to the fund A − F = 15.81834375 (reserves 25.978125: all paid)
   *   year 3: senior interest 5 % × 34.021875 = 1.70109375, recap interest 6 % × 15.978125 =
   *           0.9586875, fee expensed 0.15978125 / 3 = 0.0532604166…; tax 25 % × (20 − 1.70109375
   *           − 0.9586875 − 0.0532604166…) = 4.3217395833…; sweep 20 − 4.3217395833… − 1.70109375
   *           − 0.9586875 = 13.0184791666…; the senior closes at 21.0033958333…
   * </pre>
   * With {@code drawMaxNetLeverage: 2.5} it is drawn the same (the test passes by construction,
   * where the fixed 15 passed at 2.46× but not at 2.45×); capped by {@code maxAmount: 15} it is
   * the fixed 15's run bit for bit; at a target of 1.5× (30 < 34.021875) there is no room: nothing
   * is drawn, nothing refused, and the run is the deal without a recap bit for bit.
   */
  @Test
  void aRecapSizedToATargetLeverage() {
    double inf = Double.POSITIVE_INFINITY;
    Deal deal = sizedTo(2.5, inf, Double.NaN);
    DealResult r = LboEngine.DEFAULT.run(deal);
    RecapRows recap = r.years().recap();
    assertThat(recap.borrowed).containsExactly(new double[] {0, 0, 15.978125, 0, 0}, within(EPS));
    assertThat(recap.fees[2]).isCloseTo(0.15978125, within(EPS));
    assertThat(recap.paid[2]).isCloseTo(15.81834375, within(EPS));
    assertThat(recap.kept[2]).isCloseTo(0.0, within(EPS));
    assertThat(recap.target[2]).isEqualTo(2.5);
    assertThat(recap.proFormaLeverage[2]).isCloseTo(2.5, within(1e-12));
    assertThat(recap.refused).containsOnly(false);
    assertThat(recap.capped).containsOnly(false);
    TrancheSchedule s = r.debt().get(1);
    assertThat(s.drawnAmount()).isCloseTo(15.978125, within(EPS));
    assertThat(s.opening()).containsExactly(
        new double[] {0, 0, 15.978125, 15.978125, 15.978125}, within(EPS));
    assertThat(s.cashInterest()[2]).isCloseTo(0.9586875, within(EPS));
    assertThat(s.feeExpense()[2]).isCloseTo(0.15978125 / 3, within(EPS));
    assertThat(r.years().incomeTax[2]).isCloseTo(4.321739583333334, within(EPS));
    assertThat(r.debt().get(0).closing()[2]).isCloseTo(21.003395833333336, within(EPS));
    assertThat(party(r, "fund").flows()[2]).isCloseTo(15.81834375, within(EPS));
    AccountingIdentitiesTest.identitiesHold(deal, r);

    // the lenders' test at the target: drawn the same, the ratio not tested again
    DealResult tested = LboEngine.DEFAULT.run(sizedTo(2.5, inf, 2.5));
    assertThat(tested.years().recap().borrowed[2]).isEqualTo(recap.borrowed[2]);
    assertThat(tested.years().recap().maxLeverage[2]).isEqualTo(2.5);
    assertThat(party(tested, "fund").flows()).containsExactly(party(r, "fund").flows());

    // capped at 15: the fixed 15's run
    DealResult capped = LboEngine.DEFAULT.run(sizedTo(2.5, 15.0, Double.NaN));
    DealResult fixed = LboEngine.DEFAULT.run(withRecap(15.0, Double.NaN));
    assertThat(capped.years().recap().borrowed[2]).isEqualTo(15.0);
    assertThat(capped.years().recap().proFormaLeverage[2]).isCloseTo(2.45109375, within(1e-12));
    // 15 < 15.978125, the room: capped below the target
    assertThat(capped.years().recap().capped).containsExactly(false, false, true, false, false);
    assertThat(party(capped, "fund").flows()).containsExactly(party(fixed, "fund").flows());
    assertThat(capped.years().cash).containsExactly(fixed.years().cash);

    // no room under 1.5×: a recap of 0, not drawn and not refused
    DealResult noRoom = LboEngine.DEFAULT.run(sizedTo(1.5, inf, 2.0));
    DealResult none = LboEngine.DEFAULT.run(paper().build());
    assertThat(noRoom.years().recap().borrowed).containsOnly(0.0);
    assertThat(noRoom.years().recap().refused).containsOnly(false);
    assertThat(noRoom.years().recap().capped).containsOnly(false);
    assertThat(noRoom.years().recap().refusal).containsOnlyNulls();
    assertThat(noRoom.years().recap().target[2]).isEqualTo(1.5);
    // the leverage it found: 34.021875 / 20
    assertThat(noRoom.years().recap().proFormaLeverage[2]).isCloseTo(1.70109375, within(1e-12));
    assertThat(party(noRoom, "fund").flows()).containsExactly(party(none, "fund").flows());
    assertThat(noRoom.years().cash).containsExactly(none.years().cash);
  }

  /**
   * A sized recap after a breach is refused as any recap (a covenant of 1.0× broken in year 2,
   * where 3.0 × 20 − 34.021875 = 25.978125 was asked).
   */
  @Test
  void aSizedRecapIsRefusedAfterABreach() {
    TestDeals d = paper();
    d.maxLeverage = TestDeals.fill(d.years, 1.0);
    d.recapToLeverage("Recap", "recap bank", 3.0, Double.POSITIVE_INFINITY, 0.06, 3, 3, false,
        Double.NaN);
    DealResult r = LboEngine.DEFAULT.run(d.build());
    assertThat(r.years().recap().borrowed[2]).isZero();
    assertThat(r.years().recap().refusal[2]).isEqualTo(RecapRows.Refusal.COVENANT_BREACH);
  }

  @Test
  void aTargetAboveTheLendersTestIsRefusedByTheModel() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> new org.reprise.model.Tranche.Draw(3, 4.0, 4.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4.5");
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> new org.reprise.model.Tranche.Draw(3, Double.NaN, 0.0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new org.reprise.model.Tranche.Draw(3, 4.0, 4.0).sized()).isTrue();
    assertThat(new org.reprise.model.Tranche.Draw(3, 4.0).sized()).isFalse();
  }
}
