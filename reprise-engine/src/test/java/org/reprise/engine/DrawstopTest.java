package org.reprise.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.reprise.model.Deal;

/**
 * The covenants' drawstop (methodology §6, review 12 finding 2): after a year that breaks a
 * covenant, the revolver cannot be drawn.
 *
 * <p>The paper LBO (revenue 100, EBITDA margin 20 %, 25 % tax, exit at 5 × after 5 years) with a
 * senior loan of 60 at 10 % amortising 20 a year (3-year schedule: 20, 20, 20) and a revolver of
 * limit 30 at 10 % (no commitment fee), opening-balance interest. Year 1: due 20 + 6 = 26 against
 * a free cash flow of 20 − 25 % × (20 − 6) = 16.5: the revolver draws 26 − 16.5 = 9.5, and the DSCR
 * 16.5 / 26 = 0.63 breaks its minimum of 1.0.
 */
class DrawstopTest {

  private static final double EPS = 1e-9;

  /**
   * Without the drawstop year 2 draws again: due 20 + 10 % × 40 = 24, plus the revolver's interest
   * 10 % × 9.5 = 0.95; tax 25 % × (20 − 4 − 0.95) = 3.7625, free cash flow 16.2375, so the revolver
   * draws 24.95 − 16.2375 = 8.7125. With the drawstop it cannot: the 8.7125 is a payment default
   * in year 2 (2027).
   */
  @Test
  void aBreachStopsTheNextYearsDrawings() {
    DealResult free = run(false);
    assertThat(free.years().covenantBreach[0]).isTrue();
    assertThat(free.debt().get(1).drawdown()[0]).isCloseTo(9.5, within(EPS));
    assertThat(free.debt().get(1).drawdown()[1]).isCloseTo(8.7125, within(EPS));
    assertThat(free.years().defaulted[1]).isFalse();

    DealResult stopped = run(true);
    // year 1 is the same: nothing was broken before it
    assertThat(stopped.debt().get(1).drawdown()[0]).isCloseTo(9.5, within(EPS));
    assertThat(stopped.debt().get(1).drawdown()[1]).isZero();
    assertThat(stopped.years().defaulted[1]).isTrue();
    assertThat(stopped.paymentDefault().year()).isEqualTo(2027);
    assertThat(stopped.paymentDefault().shortfall()).isCloseTo(8.7125, within(EPS));
  }

  /**
   * The liquidity says it (review 13, finding 4): year 1 breaks the DSCR, so under the drawstop
   * nothing of the revolver's 30 − 9.5 = 20.5 left undrawn can be drawn the next year: the year's
   * liquidity is its cash, 0; without the drawstop it is 0 + 20.5.
   */
  @Test
  void theLiquidityLeavesOutAStoppedRevolver() {
    DealResult free = run(false);
    DealResult stopped = run(true);
    assertThat(CreditDetail.of(breaking(false), free).liquidity()[0]).isCloseTo(20.5, within(EPS));
    assertThat(CreditDetail.of(breaking(true), stopped).liquidity()[0])
        .isCloseTo(stopped.years().cash[0], within(EPS));
    assertThat(stopped.years().cash[0]).isCloseTo(0.0, within(EPS));
    // and the year the revolver is stopped is named (review 14, finding 3): year 2, after year 1's
    // breach; without the drawstop, none
    assertThat(CreditDetail.of(breaking(true), stopped).revolverStopped()[0]).isFalse();
    assertThat(CreditDetail.of(breaking(true), stopped).revolverStopped()[1]).isTrue();
    assertThat(CreditDetail.of(breaking(false), free).revolverStopped()).containsOnly(false);
  }

  /** A chain's rounds keep the drawstop (review 13, finding 1): round 1 is the deal's own run. */
  @Test
  void aChainKeepsTheDrawstop() {
    DealResult round1 = BuyoutChain.run(breaking(true), 1).get(0).result();
    assertThat(round1.paymentDefault().year()).isEqualTo(2027);
    assertThat(round1.paymentDefault().shortfall()).isCloseTo(8.7125, within(EPS));
  }

  /** With no breach the drawstop changes nothing, bit for bit. */
  @Test
  void withoutABreachItChangesNothing() {
    TestDeals a = new TestDeals();
    a.term("Senior", "banks", 40.0, 0.10, 9);
    a.revolver("Revolver", "banks", 30.0, 0.0, 0.10, 0.0);
    a.minDscr = TestDeals.fill(a.years, 1.0);
    DealResult free = LboEngine.DEFAULT.run(a.build());
    a.drawstop = true;
    DealResult stopped = LboEngine.DEFAULT.run(a.build());
    assertThat(free.years().covenantBreach).containsOnly(false);
    assertThat(stopped.years().cash).containsExactly(free.years().cash);
    assertThat(stopped.exit().equityValue()).isEqualTo(free.exit().equityValue());
  }

  private static DealResult run(boolean drawstop) {
    return LboEngine.DEFAULT.run(breaking(drawstop));
  }

  /** The deal of the class comment, which breaks its DSCR covenant in year 1. */
  private static Deal breaking(boolean drawstop) {
    TestDeals d = new TestDeals();
    d.drawstop = drawstop;
    double[] schedule = new double[d.years];
    schedule[0] = 1.0 / 3;
    schedule[1] = 1.0 / 3;
    schedule[2] = 1.0 / 3;
    d.tranche("Senior", "banks", org.reprise.model.Tranche.Kind.TERM, 60.0, 0.10, 0.0, schedule, 3);
    d.revolver("Revolver", "banks", 30.0, 0.0, 0.10, 0.0);
    d.minDscr = TestDeals.fill(d.years, 1.0);
    return d.build();
  }
}
