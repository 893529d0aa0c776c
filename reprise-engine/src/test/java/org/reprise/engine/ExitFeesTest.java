package org.reprise.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.reprise.model.Valuation;

/** The exit fees (docs/methodology.md §7): a share of the sale's price, never income. */
class ExitFeesTest {

  private static final double EPS = 1e-9;

  /**
   * The paper LBO with a 2 % exit fee: 2 % × 5 × EBITDA of 20 = 2 paid out of the price; at an
   * enterprise value of −10 (a multiple of a negative EBITDA, or an amount) the fee is 0, not a
   * gain of 0.2, and the equity value is −10 − net debt.
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
    assertThat(r.exit().fees()).isZero();
    assertThat(r.exit().equityValue())
        .isCloseTo(-10.0 - r.exit().netDebt(), within(EPS));
  }
}
