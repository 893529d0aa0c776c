package org.reprise.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reprise.model.Deal;
import org.reprise.model.Structure;
import org.reprise.model.Tranche;
import org.reprise.model.Valuation;

class CreditDetailTest {

  private static final double TOL = 1e-9;

  /**
   * EBITDA 20 every year (revenue 100, margin 20 %), no tax, capex or working capital, no minimum
   * cash, interest on the opening balance; a revolver of limit 10 drawn 4 at closing at 5 %, no
   * commitment fee; senior term loan A 50 at 5 %, bullet after the horizon; a mezzanine 20 with
   * 10 % PIK and no cash interest; no sweep. Four years, the exit at the end of the third with a
   * forward multiple (year 4 only gives the EBITDA).
   */
  private static Deal deal() {
    TestDeals d = builder();
    d.maxLeverage = new double[] {4.0, 3.5, 3.0, 2.5};
    d.minDscr = TestDeals.fill(4, 1.2);
    return d.build();
  }

  /** {@link #deal()} without its covenants. */
  private static TestDeals builder() {
    TestDeals d = new TestDeals();
    d.years = 4;
    d.exitYear = 3;
    d.exitValue = new Valuation(Valuation.Basis.MULTIPLE_FORWARD, 5.0);
    d.tax = TestDeals.generic(0.0);
    d.revolver("RCF", "banks", 10.0, 4.0, 0.05, 0.0);
    d.term("A", "banks", 50.0, 0.05, 10);
    d.tranche("Mezzanine", "mezz fund", Tranche.Kind.TERM, 20.0, 0.0, 0.10, new double[4], 10);
    return d;
  }

  @Test
  void liquidityAndSeniorNetLeverageWorkedByHand() {
    Deal deal = deal();
    DealResult r = LboEngine.DEFAULT.run(deal);
    CreditDetail c = CreditDetail.of(deal, r);
    // the revolver and loan A are senior; the mezzanine, with PIK interest, is not
    assertThat(c.senior(0)).isTrue();
    assertThat(c.senior(1)).isTrue();
    assertThat(c.senior(2)).isFalse();
    assertThat(c.seniorDiffers()).isTrue();
    assertThat(c.hasRevolver()).isTrue();
    // year 1: FCF 20, interest 0.05 × 4 + 0.05 × 50 = 2.7 paid, the revolver's 4 repaid from
    // the excess cash: cash 20 − 2.7 − 4 = 13.3, revolver undrawn 10 − 0 = 10
    assertThat(r.years().cash[0]).isCloseTo(13.3, within(TOL));
    // year 2: 13.3 + 20 − 2.5 = 30.8; year 3: 30.8 + 17.5 = 48.3
    assertThat(r.years().cash[1]).isCloseTo(30.8, within(TOL));
    assertThat(r.years().cash[2]).isCloseTo(48.3, within(TOL));
    // liquidity = cash + 10 undrawn: 23.3, 40.8, 58.3
    double[] liquidity = c.liquidity();
    assertThat(liquidity[0]).isCloseTo(23.3, within(TOL));
    assertThat(liquidity[1]).isCloseTo(40.8, within(TOL));
    assertThat(liquidity[2]).isCloseTo(58.3, within(TOL));
    // senior debt: revolver 0 + A 50; net of cash 50 − 13.3 = 36.7, 19.2, 1.7; over EBITDA 20
    // 1.835×, 0.96×, 0.085×
    assertThat(c.seniorDebt()[0]).isCloseTo(50.0, within(TOL));
    assertThat(c.seniorNetDebt()[0]).isCloseTo(36.7, within(TOL));
    assertThat(c.seniorNetLeverage()[0]).isCloseTo(1.835, within(TOL));
    assertThat(c.seniorNetLeverage()[1]).isCloseTo(0.96, within(TOL));
    assertThat(c.seniorNetLeverage()[2]).isCloseTo(0.085, within(TOL));
    // the total net leverage also counts the mezzanine, 20 × 1.1 = 22 at the end of year 1:
    // (50 + 22 − 13.3) / 20 = 2.935×
    assertThat(r.years().netLeverage[0]).isCloseTo(2.935, within(TOL));
    // at closing: cash 0 + (10 − 4) undrawn = 6; senior (4 + 50 − 0) / base EBITDA 20 = 2.7×
    assertThat(c.liquidityAtClosing()).isCloseTo(6.0, within(TOL));
    assertThat(c.seniorDebtAtClosing()).isCloseTo(54.0, within(TOL));
    assertThat(c.seniorNetLeverageAtClosing()).isCloseTo(2.7, within(TOL));
    // and all the debt, 4 + 50 + 20 = 74: 74 / 20 = 3.7×, net of no cash 3.7×
    assertThat(c.debtAtClosing()).isCloseTo(74.0, within(TOL));
    assertThat(c.grossLeverageAtClosing()).isCloseTo(3.7, within(TOL));
    assertThat(c.netLeverageAtClosing()).isCloseTo(3.7, within(TOL));
  }

  @Test
  void covenantLevelsRatesAndBasisAreTheDealsInTheYearsTested() {
    Deal deal = deal();
    CreditDetail c = CreditDetail.of(deal, LboEngine.DEFAULT.run(deal));
    // tested in years 1 to 3 (the exit); year 4 only gives the forward EBITDA
    assertThat(c.maxNetLeverage()).containsExactly(4.0, 3.5, 3.0, Double.NaN);
    assertThat(c.minDebtServiceCover()).containsExactly(1.2, 1.2, 1.2, Double.NaN);
    assertThat(c.minInterestCover()).containsOnly(Double.NaN);
    assertThat(c.cashRate(1)).containsExactly(0.05, 0.05, 0.05, 0.05);
    assertThat(c.pikRate(2)).containsExactly(0.10, 0.10, 0.10, 0.10);
    assertThat(c.interestBasis()).isEqualTo(Deal.InterestBasis.OPENING);
  }

  /**
   * The equity cure, worked by hand on {@link #deal()} with covenants it breaks: net leverage at
   * most 2.0× and DSCR at least 10× in years 1 to 3, interest cover at least 8× in year 1.
   */
  @Test
  void theEquityCureIsWhatTheBrokenCovenantsNeedWorkedByHand() {
    TestDeals d = builder();
    d.maxLeverage = TestDeals.fill(4, 2.0);
    d.minDscr = TestDeals.fill(4, 10.0);
    d.minCover = new double[] {8.0, Double.NaN, Double.NaN, Double.NaN};
    Deal deal = d.build();
    DealResult r = LboEngine.DEFAULT.run(deal);
    double[] cure = CreditDetail.of(deal, r).equityCure();
    // year 1 (as in liquidityAndSeniorNetLeverageWorkedByHand): net debt 50 + 22 − 13.3 = 58.7,
    // EBITDA 20: the leverage needs 58.7 − 2.0 × 20 = 18.7 off the net debt; interest 2.7, the
    // interest cover 20 / 2.7 = 7.4× needs 8 × 2.7 − 20 = 1.6 more EBITDA; debt service due 2.7
    // (interest only: the revolver's repayment is not scheduled), DSCR 20 / 2.7 = 7.4× needs
    // 10 × 2.7 − 20 = 7 more cash flow. The cure is the largest: 18.7
    assertThat(r.years().covenantBreach[0]).isTrue();
    assertThat(cure[0]).isCloseTo(18.7, within(TOL));
    // year 2: net debt 50 + 24.2 − 30.8 = 43.4 needs 43.4 − 40 = 3.4; interest 2.5, DSCR 20 / 2.5
    // = 8× needs 10 × 2.5 − 20 = 5: the cure is 5
    assertThat(cure[1]).isCloseTo(5.0, within(TOL));
    // year 3: net debt 50 + 26.62 − 48.3 = 28.32, 1.416× meets 2.0×; DSCR 8× needs 5 again
    assertThat(cure[2]).isCloseTo(5.0, within(TOL));
    // year 4 only gives the forward EBITDA: not tested
    assertThat(cure[3]).isNaN();
    // the deal of the other tests meets its covenants: no cure
    Deal met = deal();
    assertThat(CreditDetail.of(met, LboEngine.DEFAULT.run(met)).equityCure())
        .containsExactly(0.0, 0.0, 0.0, Double.NaN);
    // a year of the hold in which no covenant is tested has no cure (NaN, not 0), and neither has
    // a deal without covenants (review 27, finding 1)
    d.maxLeverage = new double[] {Double.NaN, 2.0, 2.0, 2.0};
    d.minDscr = new double[] {Double.NaN, 10.0, 10.0, 10.0};
    d.minCover = null;
    Deal untested = d.build();
    assertThat(CreditDetail.of(untested, LboEngine.DEFAULT.run(untested)).equityCure())
        .containsExactly(Double.NaN, 5.0, 5.0, Double.NaN);
    d.maxLeverage = null;
    d.minDscr = null;
    Deal none = d.build();
    assertThat(CreditDetail.of(none, LboEngine.DEFAULT.run(none)).equityCure())
        .containsOnly(Double.NaN);
  }

  /**
   * On 300 random deals, the cure is positive exactly in the years tested that break a covenant,
   * and a year that takes it (net debt lower by it for the leverage, EBITDA or cash flow higher by
   * it for the covers) meets every covenant it tests.
   */
  @Test
  void theEquityCureIsPositiveExactlyInTheYearsBreachedAndMeetsEveryCovenant() {
    int breached = 0;
    for (long seed = 0; seed < 300; seed++) {
      Deal deal = AccountingIdentitiesTest.randomDeal(seed);
      DealResult r = LboEngine.DEFAULT.run(deal);
      CreditDetail c = CreditDetail.of(deal, r);
      YearTable y = r.years();
      double[] cure = c.equityCure();
      double[] maxLev = c.maxNetLeverage();
      double[] minCover = c.minInterestCover();
      double[] minService = c.minDebtServiceCover();
      for (int t = 0; t < y.size(); t++) {
        if (t >= r.exitYearIndex()
            || Double.isNaN(maxLev[t]) && Double.isNaN(minCover[t]) && Double.isNaN(minService[t])) {
          assertThat(cure[t]).as("seed %d, year %d", seed, t).isNaN();
          continue;
        }
        assertThat(cure[t] > 0.0).as("seed %d, year %d", seed, t)
            .isEqualTo(y.covenantBreach[t]);
        if (cure[t] > 0.0) {
          breached++;
          double slack = 1e-9 * (1.0 + cure[t]);
          double ebitda = y.ebitda[t];
          double netDebt = y.netDebt[t] - cure[t];
          if (!Double.isNaN(maxLev[t])) {
            assertThat(ebitda > 0.0 ? netDebt - maxLev[t] * ebitda : netDebt)
                .as("leverage, seed %d, year %d", seed, t).isLessThanOrEqualTo(slack);
          }
          double interest = y.cashInterest[t] + y.commitmentFees[t];
          if (!Double.isNaN(minCover[t]) && interest > 0.0) {
            assertThat(ebitda + cure[t] - minCover[t] * interest)
                .as("interest cover, seed %d, year %d", seed, t).isGreaterThanOrEqualTo(-slack);
          }
          double service = y.debtServiceDue[t];
          if (!Double.isNaN(minService[t]) && service > 0.0) {
            assertThat(y.freeCashFlow[t] + cure[t] - minService[t] * service)
                .as("DSCR, seed %d, year %d", seed, t).isGreaterThanOrEqualTo(-slack);
          }
        }
      }
    }
    assertThat(breached).as("years breached among the random deals").isGreaterThan(20);
  }

  @Test
  void aDealWithoutRevolverHasItsCashAsLiquidityAndAllSeniorMakesNoSplit() {
    TestDeals d = new TestDeals();
    d.years = 3;
    d.exitYear = 3;
    d.tax = TestDeals.generic(0.0);
    d.term("A", "banks", 50.0, 0.05, 10);
    Deal deal = d.build();
    DealResult r = LboEngine.DEFAULT.run(deal);
    CreditDetail c = CreditDetail.of(deal, r);
    assertThat(c.hasRevolver()).isFalse();
    assertThat(c.seniorDiffers()).isFalse();
    assertThat(c.liquidity()).containsExactly(r.years().cash);
    // all the debt is senior: the senior net leverage is the net leverage
    assertThat(c.seniorNetLeverage()).containsExactly(r.years().netLeverage);
  }

  @Test
  void refusesAResultOfAnotherDeal() {
    TestDeals d = new TestDeals();
    d.term("A", "banks", 50.0, 0.05, 10);
    Deal other = d.build();
    Deal deal = deal();
    assertThatThrownBy(() -> CreditDetail.of(other, LboEngine.DEFAULT.run(deal)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * In the order of payment (the company's tranches first, revolvers first, then the file's
   * order), senior debt stops at the first rank with a tranche junior by its terms.
   */
  @Test
  void seniorIsWhatRanksBeforeTheFirstTrancheJuniorByItsTerms() {
    TestDeals d = new TestDeals();
    d.structure = Structure.Kind.HOLDING;
    d.term("TLA", "bank A", 30.0, 0.05, 10); // 0
    d.term("TLB", "bank B", 30.0, 0.06, 10); // 1
    d.tranche("Mezzanine", "mezz", Tranche.Kind.TERM, 10.0, 0.06, 0.05, new double[5], 10); // 2
    d.term("Late bank loan", "bank C", 5.0, 0.05, 10); // 3: after the mezzanine, not senior
    d.revolver("RCF", "bank A", 10.0, 0.0, 0.05, 0.0); // 4: the company's, paid first
    List<Tranche> debt = d.debt;
    int[] alone = {0, 1, 2, 3, 4};
    assertThat(PaymentOrder.senior(debt, alone)).containsExactly(true, true, false, false, true);
    // a loan the sweep leaves out is junior (a participative loan), and so is a vendor loan
    Tranche tlb = debt.get(1);
    Tranche unswept = new Tranche(tlb.name(), tlb.lender(), tlb.kind(), tlb.borrower(),
        tlb.size(), tlb.cashRate(), false, tlb.baseRate(), 0.0, tlb.pikRate(), 0.0,
        tlb.repayment(), 0, false, 1, 0.0, 0.0, false);
    assertThat(PaymentOrder.subordinatedByTerms(unswept)).isTrue();
    assertThat(PaymentOrder.senior(List.of(debt.get(0), unswept, debt.get(4)),
        new int[] {0, 1, 2})).containsExactly(true, false, true);
    Tranche vendor = new Tranche("Vendor", "seller", Tranche.Kind.VENDOR_LOAN,
        tlb.borrower(), tlb.size(), tlb.cashRate(), false, tlb.baseRate(), 0.0, tlb.pikRate(),
        0.0, tlb.repayment(), 0, false, 1, 0.0, 0.0, false);
    assertThat(PaymentOrder.subordinatedByTerms(vendor)).isTrue();
    assertThat(PaymentOrder.subordinatedByTerms(debt.get(4))).isFalse();
    // a pari passu rank is senior or not as a whole: TLB with the mezzanine makes both junior
    int[] grouped = {0, 1, 2, 3, 4};
    grouped[2] = 1;
    assertThat(PaymentOrder.senior(debt, grouped))
        .containsExactly(true, false, false, false, true);
  }
}
