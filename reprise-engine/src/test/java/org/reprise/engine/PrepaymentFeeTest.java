package org.reprise.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * A tranche's prepayment fee at the exit (docs/methodology.md §7): its claim in the waterfall is
 * its balance × (1 + the fee of the exit year), and the equity value and the value bridge's fees
 * carry the difference. Hand-worked on the paper LBO of {@link TestDeals}: EBITDA 20 flat, generic
 * 25 % tax, interest on the opening balance, price and exit 5 × 20 = 100, no sweep.
 */
class PrepaymentFeeTest {

  private static final double EPS = 1e-9;

  /** The paper LBO with one loan of 60 at 10 %, bullet after the exit, and a fee per year. */
  private static TestDeals deal(double[] fee) {
    TestDeals d = new TestDeals();
    d.term("Mezzanine", "mezzanine fund", 60.0, 0.10, 9);
    return d.prepaymentFee(0, fee);
  }

  /**
   * <pre>
   * each year: interest 6, tax (20 − 6) × 25 % = 3.5, FCF 16.5, debt service 6: cash + 10.5
   * exit after year 5: cash 52.5, debt 60, fee 2 % × 60 = 1.2, claim 61.2
   * equity value = 100 − 1.2 − (60 − 52.5) = 91.3
   * lender: −60, 6, 6, 6, 6, 6 + 61.2
   * </pre>
   */
  @Test
  void theFeeIsPartOfTheLendersClaimAndComesOutOfTheEquity() {
    DealResult r = LboEngine.DEFAULT.run(deal(TestDeals.fill(5, 0.02)).build());
    ExitResult e = r.exit();
    assertThat(e.prepaymentFees()).isCloseTo(1.2, within(EPS));
    assertThat(e.waterfall().get(0).claim()).isCloseTo(61.2, within(EPS));
    assertThat(e.waterfall().get(0).paid()).isCloseTo(61.2, within(EPS));
    assertThat(e.equityValue()).isCloseTo(91.3, within(EPS));
    PartyReturn lender = r.returnOf("mezzanine fund");
    assertThat(lender.flows()[5]).isCloseTo(67.2, within(EPS));
    assertThat(lender.proceeds()).isCloseTo(5 * 6.0 + 61.2, within(EPS));
    // the bridge: fees −1.2 (no fee at entry), and its parts still sum to the gain
    ValueBridge b = r.valueBridge();
    assertThat(b.fees()).isCloseTo(-1.2, within(EPS));
    assertThat(b.ebitdaGrowth() + b.multipleChange() + b.deleveraging() + b.distributions()
        + b.fees()).isCloseTo(b.equityGain(), within(EPS));
    assertThat(b.exitEquity()).isCloseTo(91.3, within(EPS));
  }

  /** A schedule by year of exit: 3 %, 2 %, 1 %, then par. Exit after year 2: 2 % of 60. */
  @Test
  void theFeeIsThatOfTheExitYear() {
    TestDeals d = deal(new double[] {0.03, 0.02, 0.01, 0.0, 0.0});
    d.exitYear = 2;
    assertThat(LboEngine.DEFAULT.run(d.build()).exit().prepaymentFees())
        .isCloseTo(1.2, within(EPS));
    d.exitYear = 4;
    assertThat(LboEngine.DEFAULT.run(d.build()).exit().prepaymentFees()).isZero();
  }

  /** When the proceeds cannot pay the claim, the fee is owed but not paid: equity gets nothing. */
  @Test
  void aShortfallAtTheExitLeavesTheFeeUnpaid() {
    TestDeals d = deal(TestDeals.fill(5, 0.05));
    d.exitValue = new org.reprise.model.Valuation(
        org.reprise.model.Valuation.Basis.MULTIPLE_LTM, 0.25); // EV 5: pool 5 + cash 52.5
    DealResult r = LboEngine.DEFAULT.run(d.build());
    assertThat(r.exit().waterfall().get(0).claim()).isCloseTo(63.0, within(EPS));
    assertThat(r.exit().waterfall().get(0).paid()).isCloseTo(57.5, within(EPS));
    assertThat(r.exit().equityValue()).isCloseTo(5.0 - 3.0 - 60.0 + 52.5, within(EPS));
  }
}
