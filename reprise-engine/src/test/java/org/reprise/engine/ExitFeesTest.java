package org.reprise.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.reprise.model.Valuation;

/** The exit fees (docs/methodology.md §7): a share of the sale's price, never income. */
class ExitFeesTest {

  private static final double EPS = 1e-9;

  /**
   * The paper LBO with a 2 % exit fee: 2 % × 5 × EBITDA of 20 = 2 paid out of the price; at a
   * value of −10 (an amount) the enterprise value is 0 (no buyer pays a negative price), the fee
   * 0, not a gain of 0.2, and the equity value is 0 − net debt.
   */
  @Test
  void theFeeIsAShareOfAPositivePriceOnly() {
    TestDeals d = new TestDeals();
    d.term("Senior", "banks", 60.0, 0.10, 9);
    d.exitFee = 0.02;
    DealResult sold = LboEngine.DEFAULT.run(d.build());
    assertThat(sold.exit().enterpriseValue()).isCloseTo(100.0, within(EPS));
    assertThat(sold.exit().fees()).isCloseTo(2.0, within(EPS));
    d.exitValue = new Valuation(Valuation.Basis.AMOUNT, -10.0);
    DealResult r = LboEngine.DEFAULT.run(d.build());
    assertThat(r.exit().enterpriseValue()).isZero();
    assertThat(r.exit().fees()).isZero();
    assertThat(r.exit().equityValue())
        .isCloseTo(-r.exit().netDebt(), within(EPS));
  }

  /**
   * A valuation pays no sale's fees (review 37, W3): the same deal with {@code exit.sale: false}
   * is valued at 100 with no fee, so its equity value is 2 higher than the sale's, as a SCOP's
   * and the status quo's are valued (methodology §7).
   */
  @Test
  void nobodySellingPaysNoExitFee() {
    TestDeals d = new TestDeals();
    d.term("Senior", "banks", 60.0, 0.10, 9);
    d.exitFee = 0.02;
    DealResult sold = LboEngine.DEFAULT.run(d.build());
    d.sale = false;
    DealResult kept = LboEngine.DEFAULT.run(d.build());
    assertThat(kept.exit().enterpriseValue()).isCloseTo(100.0, within(EPS));
    assertThat(kept.exit().fees()).isZero();
    assertThat(kept.exit().equityValue() - sold.exit().equityValue()).isCloseTo(2.0, within(EPS));
    d.structure = org.reprise.model.Structure.Kind.UNCHANGED;
    d.sale = true; // the status quo is never sold, whatever the flag
    assertThat(LboEngine.DEFAULT.run(d.build()).exit().fees()).isZero();
  }

  /**
   * The distressed value (methodology §7, review 16 finding 5): the paper LBO (EBITDA 20, sold at
   * 5×) with 60 of senior debt at 10 % repaid 12 a year pays everything: sold at 5 × 20 = 100
   * whatever its distressed value of 3×; with 95 of debt at 30 %, due 19 a year, its 20 of
   * EBITDA cannot pay 19 + 28.5 of interest: in default, it is valued at 3 × 20 = 60.
   */
  @Test
  void aCompanyInDefaultIsValuedAtItsDistressedValue() {
    TestDeals d = new TestDeals();
    d.term("Senior", "banks", 60.0, 0.10, 5);
    d.distressedValue = new Valuation(Valuation.Basis.MULTIPLE_LTM, 3.0);
    DealResult paid = LboEngine.DEFAULT.run(d.build());
    assertThat(paid.paymentDefault().occurred()).isFalse();
    assertThat(paid.exit().enterpriseValue()).isCloseTo(100.0, within(EPS));
    TestDeals heavy = new TestDeals();
    heavy.term("Senior", "banks", 95.0, 0.30, 5);
    heavy.distressedValue = d.distressedValue;
    DealResult failed = LboEngine.DEFAULT.run(heavy.build());
    assertThat(failed.paymentDefault().occurred()).isTrue();
    assertThat(failed.exit().enterpriseValue()).isCloseTo(60.0, within(EPS));
    assertThat(failed.exit().multiple()).isCloseTo(3.0, within(EPS));
    heavy.distressedValue = null; // without one, the plan's multiple
    assertThat(LboEngine.DEFAULT.run(heavy.build()).exit().enterpriseValue())
        .isCloseTo(100.0, within(EPS));
  }

  /**
   * A negative EBITDA at the exit is worth 0, not 5 × EBITDA (review 16, finding 6): revenue 100
   * then 50, variable costs 50 %, fixed costs 40: exit EBITDA = 25 − 40 = −15, enterprise value
   * max(0, 5 × −15) = 0, no multiple; the cash at exit still pays the lenders first.
   */
  @Test
  void aNegativeEbitdaIsWorthNothingNotANegativePrice() {
    TestDeals d = new TestDeals();
    d.variableShareOfCosts = 0.5;
    d.fixedCosts = 40.0;
    d.growth = new double[] {0.0, 0.0, 0.0, 0.0, -0.5};
    d.term("Senior", "banks", 30.0, 0.10, 9);
    DealResult r = LboEngine.DEFAULT.run(d.build());
    int x = r.exitYearIndex() - 1;
    assertThat(r.years().ebitda[x]).isCloseTo(-15.0, within(EPS));
    assertThat(r.exit().enterpriseValue()).isZero();
    assertThat(r.exit().multiple()).isNaN();
    assertThat(r.exit().equityValue()).isCloseTo(-r.exit().netDebt(), within(EPS));
  }
}
