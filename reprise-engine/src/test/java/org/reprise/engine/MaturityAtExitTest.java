package org.reprise.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.reprise.model.Deal;

/**
 * A tranche that matures in the exit year (review 12, finding 1): the sale and the maturity fall on
 * the same day, the end of the exit year (methodology §1), so the balance is repaid by the exit
 * waterfall, not by the year's operating cash. The year pays its scheduled instalment like any
 * other; a bullet then matures into the sale exactly as a bullet that matures after the exit.
 *
 * <p>The paper LBO: EBITDA 20 a year, price 100, 25 % tax, no capex or working capital, exit after
 * 5 years at 5 × EBITDA = 100; senior debt 60 at 10 %, the rest ordinary shares.
 */
class MaturityAtExitTest {

  private static final double EPS = 1e-9;

  /**
   * A bullet maturing in year 5, the exit year. Each year: interest 60 × 10 % = 6, tax 25 % × (20 −
   * 6) = 3.5, free cash flow 20 − 3.5 = 16.5, cash kept 16.5 − 6 = 10.5 (no instalment): 52.5 at
   * the end of year 5. Year 5's debt service due is the interest, 6 (DSCR 16.5 / 6 = 2.75), not 6
   * + 60: no payment default. At the exit the senior's claim, 60, is paid from EV 100 + cash 52.5;
   * equity value 100 − (60 − 52.5) = 92.5. Everything equals the same bullet maturing after the
   * exit (year 9).
   */
  @Test
  void aBulletMaturingAtTheExitIsRepaidByTheSale() {
    DealResult atExit = run(Deal.InterestBasis.OPENING, 5);
    YearTable y = atExit.years();
    assertThat(atExit.paymentDefault().occurred()).isFalse();
    assertThat(y.debtServiceDue[4]).isCloseTo(6.0, within(EPS));
    assertThat(y.debtServiceCover[4]).isCloseTo(2.75, within(EPS));
    assertThat(y.cash[4]).isCloseTo(52.5, within(EPS));
    assertThat(y.debt[4]).isCloseTo(60.0, within(EPS));
    assertThat(atExit.exit().equityValue()).isCloseTo(92.5, within(EPS));
    assertThat(atExit.exit().waterfall().get(0).paid()).isCloseTo(60.0, within(EPS));
    assertThat(atExit.exitPaysEveryTranche()).isTrue();
    sameAsMaturingAfterTheExit(atExit, run(Deal.InterestBasis.OPENING, 9));
  }

  /**
   * On average balances the bullet earns its full year's interest in the exit year, 10 % × (60 +
   * 60) / 2 = 6, since it is outstanding until the sale: not half of it, as a loan repaid out of
   * the year's cash would (methodology §13.1).
   */
  @Test
  void onAverageBalancesItEarnsTheWholeYearsInterest() {
    DealResult atExit = run(Deal.InterestBasis.AVERAGE, 5);
    assertThat(atExit.years().cashInterest[4]).isCloseTo(6.0, within(EPS));
    assertThat(atExit.paymentDefault().occurred()).isFalse();
    sameAsMaturingAfterTheExit(atExit, run(Deal.InterestBasis.AVERAGE, 9));
  }

  /**
   * With a forward exit multiple the run adds year 6, which only provides the EBITDA: the bullet
   * that matured into the sale is not due from that year's cash either (review 13, finding 9), so
   * its balance is carried on as for a bullet maturing after the exit, with no revolver drawn to
   * pay it.
   */
  @Test
  void theYearAfterAForwardExitDoesNotRepayIt() {
    TestDeals d = new TestDeals();
    d.years = 6;
    d.exitValue = new org.reprise.model.Valuation(
        org.reprise.model.Valuation.Basis.MULTIPLE_FORWARD, 5.0);
    d.term("Senior", "banks", 60.0, 0.10, 5);
    d.revolver("Revolver", "banks", 30.0, 0.0, 0.10, 0.0);
    DealResult r = LboEngine.DEFAULT.run(d.build());
    assertThat(r.years().mandatoryRepayment[5]).isZero();
    assertThat(r.debt().get(1).drawdown()[5]).isZero();
    assertThat(r.years().debt[5]).isCloseTo(60.0, within(EPS));
    // nor one that matures in that added year itself (review 14, finding 2): the buyout's debt is
    // repaid by the sale at the end of year 5
    TestDeals later = new TestDeals();
    later.years = 6;
    later.exitValue = d.exitValue;
    later.term("Senior", "banks", 60.0, 0.10, 6);
    assertThat(LboEngine.DEFAULT.run(later.build()).years().mandatoryRepayment[5]).isZero();
  }

  /**
   * A bullet maturing in year 4, before the exit, is still due from that year's cash (the deal
   * models no refinancing): cash at the start of year 4 is 3 × 10.5 = 31.5, and 31.5 + 16.5 − 6
   * = 42 cannot pay the 60 due: a payment default in year 4, short by 60 − 42 = 18.
   */
  @Test
  void aBulletMaturingBeforeTheExitIsStillDueFromTheYearsCash() {
    DealResult early = run(Deal.InterestBasis.OPENING, 4);
    assertThat(early.paymentDefault().occurred()).isTrue();
    assertThat(early.paymentDefault().year()).isEqualTo(2029);
    assertThat(early.paymentDefault().shortfall()).isCloseTo(18.0, within(EPS));
  }

  /**
   * A loan of 40 amortising over 5 years pays its last instalment, 40 / 5 = 8, out of year 5's
   * cash like the four before (year 1: 8 + interest 4 = 12 due, out of a free cash flow of 20 −
   * 25 % × (20 − 4) = 16): year 5's debt service due is 8 + interest on the opening 8, 0.8 = 8.8,
   * and no debt is left for the sale.
   */
  @Test
  void anAmortisingLoansLastInstalmentIsPaidFromTheYearsCash() {
    TestDeals d = new TestDeals();
    d.linear("Senior", "banks", 40.0, 0.10, 5);
    DealResult r = LboEngine.DEFAULT.run(d.build());
    assertThat(r.paymentDefault().occurred()).isFalse();
    assertThat(r.years().mandatoryRepayment[4]).isCloseTo(8.0, within(EPS));
    assertThat(r.years().debtServiceDue[4]).isCloseTo(8.8, within(EPS));
    assertThat(r.years().debt[4]).isCloseTo(0.0, within(EPS));
  }

  private static DealResult run(Deal.InterestBasis basis, int maturity) {
    TestDeals d = new TestDeals();
    d.basis = basis;
    d.term("Senior", "banks", 60.0, 0.10, maturity);
    return LboEngine.DEFAULT.run(d.build());
  }

  private static void sameAsMaturingAfterTheExit(DealResult atExit, DealResult after) {
    YearTable a = atExit.years();
    YearTable b = after.years();
    for (int t = 0; t < a.size(); t++) {
      assertThat(a.cash[t]).as("cash " + t).isEqualTo(b.cash[t]);
      assertThat(a.debt[t]).as("debt " + t).isEqualTo(b.debt[t]);
      assertThat(a.debtServiceDue[t]).as("due " + t).isEqualTo(b.debtServiceDue[t]);
      assertThat(a.incomeTax[t]).as("tax " + t).isEqualTo(b.incomeTax[t]);
      assertThat(a.defaulted[t]).as("default " + t).isEqualTo(b.defaulted[t]);
    }
    assertThat(atExit.exit().equityValue()).isEqualTo(after.exit().equityValue());
    assertThat(atExit.returns()).hasSameSizeAs(after.returns());
    for (int k = 0; k < atExit.returns().size(); k++) {
      assertThat(atExit.returns().get(k).irr())
          .isEqualTo(after.returns().get(k).irr());
    }
  }
}
