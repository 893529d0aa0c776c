package org.reprise.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.reprise.model.EquityClass;
import org.reprise.model.Valuation;

/**
 * A shortfall at the exit: the waterfall pays a debt tranche less than its claim (docs/risk.md §5,
 * review 10 finding 3). The lenders' tranches only: a preferred share or shareholder loan paid
 * short is the shareholders' loss, not a default.
 */
class ExitShortfallTest {

  private static final double EPS = 1e-9;

  /**
   * The paper LBO (EBITDA 20 a year, price 100, 25 % tax, no capex, no working capital) with a
   * bullet senior loan of 60 at 10 %, 10 of preferred shares with a 10 % coupon (accrued, not
   * deductible) and 30 of ordinary shares. Each year: interest 60 × 10 % = 6, tax 25 % × (20 − 6) = 3.5, so 20 − 6 − 3.5 = 10.5 of cash
   * is kept (no repayment, no distribution): 52.5 at the end of year 5, no default in the hold.
   *
   * <ul>
   *   <li>Sold for 5 (an amount): proceeds 5 + 52.5 = 57.5 &lt; 60. The banks get 57.5, short by
   *       2.5: a payment default at the exit.
   *   <li>Sold for 10: proceeds 62.5 pay the banks' 60; the preferred shares' claim 10 × 1.1^5 =
   *       16.105 gets the 2.5 left. Every tranche is paid: no default, although not every claim
   *       is.
   * </ul>
   */
  @Test
  void theExitPaysTheBanksLessThanTheirClaim() {
    DealResult low = run(5.0);
    assertThat(low.paymentDefault().occurred()).isFalse();
    assertThat(low.exit().cash()).isCloseTo(52.5, within(EPS));
    ExitResult.WaterfallLine senior = low.exit().waterfall().get(0);
    assertThat(senior.claim()).isCloseTo(60.0, within(EPS));
    assertThat(senior.paid()).isCloseTo(57.5, within(EPS));
    assertThat(low.exitPaysEveryTranche()).isFalse();
    assertThat(low.exit().paysEveryTranche(1)).isFalse();

    DealResult high = run(10.0);
    assertThat(high.paymentDefault().occurred()).isFalse();
    assertThat(high.exit().waterfall().get(0).paid()).isCloseTo(60.0, within(EPS));
    ExitResult.WaterfallLine preferred = high.exit().waterfall().get(1);
    assertThat(preferred.claim()).isCloseTo(10.0 * Math.pow(1.1, 5), within(EPS));
    assertThat(preferred.paid()).isCloseTo(2.5, within(EPS));
    assertThat(high.exit().paysEveryClaim()).isFalse();
    assertThat(high.exitPaysEveryTranche()).isTrue();
  }

  /** The Monte Carlo's workspace says the same, without building the waterfall lines. */
  @Test
  void theWorkspaceAgrees() {
    PathWorkspace w = new PathWorkspace();
    for (double value : new double[] {5.0, 10.0}) {
      w.run(deal(value).build());
      assertThat(w.exitPaysEveryTranche()).as("exit " + value).isEqualTo(value > 5.0);
    }
  }

  /** Half a cent short still counts as paid (floating-point rounding). */
  @Test
  void halfACentIsPaidInFull() {
    ExitResult e = new ExitResult(2030, 0, 0, 0, 0, 0, 0, 0, 0, 0, java.util.List.of(
        new ExitResult.WaterfallLine("Senior", "banks", 100.0, 99.996),
        new ExitResult.WaterfallLine("Mezzanine", "mezz", 50.0, 49.99),
        new ExitResult.WaterfallLine("Shares", "fund", 0.0, 0.0)));
    assertThat(e.paysEveryTranche(1)).isTrue();
    assertThat(e.paysEveryTranche(2)).isFalse();
  }

  private static DealResult run(double exitValue) {
    return LboEngine.DEFAULT.run(deal(exitValue).build());
  }

  private static TestDeals deal(double exitValue) {
    TestDeals d = new TestDeals();
    d.term("Senior", "banks", 60.0, 0.10, 9);
    d.equity("Preferred shares", "fund", EquityClass.Kind.PREFERRED, 10.0, 0.10);
    d.equity("Fund shares", "fund", EquityClass.Kind.ORDINARY, Double.NaN, 0.0);
    d.exitValue = new Valuation(Valuation.Basis.AMOUNT, exitValue);
    return d;
  }
}
