package org.reprise.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reprise.model.Deal;
import org.reprise.model.Valuation;

/**
 * Tranches that rank pari passu share a shortfall, the cash sweep and the exit proceeds pro rata
 * (docs/methodology.md §5.3), where tranches that rank one after the other are paid in turn.
 * Hand-worked on the paper LBO of {@link TestDeals}: revenue 100, EBITDA 20, generic 25 % tax,
 * interest on the opening balance, push-down.
 */
class PariPassuTest {

  private static final double EPS = 1e-9;

  /**
   * A 60 at 10 %, 20 due each year; B 40 at 5 %, bullet. Price 6 × 20 = 120.
   *
   * <pre>
   * year 1: interest A 6 + B 2 = 8; tax (20 − 8) × 25 % = 3; FCF 17; due 8 + 20 = 28, short 11
   *   in turn:     A interest 6, A principal 11, B interest 0 (2 capitalised)
   *                closings A 60 − 11 = 49, B 40 + 2 = 42
   *   pari passu:  interest 8 in full (A 6, B 2), then principal 17 − 8 = 9 of the 20 due (A)
   *                closings A 60 − 9 = 51, B 40
   * </pre>
   */
  private static TestDeals principalShortfall() {
    TestDeals d = new TestDeals();
    d.price = new Valuation(Valuation.Basis.MULTIPLE_LTM, 6.0);
    d.linear("A", "banks A", 60.0, 0.10, 3);
    d.term("B", "banks B", 40.0, 0.05, 9);
    return d;
  }

  @Test
  void inTurnTheFirstTrancheIsPaidItsPrincipalBeforeTheSecondItsInterest() {
    DealResult r = LboEngine.DEFAULT.run(principalShortfall().build());
    assertThat(r.debt().get(0).closing()[0]).isCloseTo(49.0, within(EPS));
    assertThat(r.debt().get(1).closing()[0]).isCloseTo(42.0, within(EPS));
    assertThat(r.debt().get(1).unpaidInterest()[0]).isCloseTo(2.0, within(EPS));
    assertThat(r.paymentDefault().shortfall()).isCloseTo(11.0, within(EPS));
  }

  @Test
  void pariPassuTheInterestOfBothComesBeforeAnyPrincipal() {
    TestDeals d = principalShortfall();
    d.pariPassu.add(List.of("A", "B"));
    DealResult r = LboEngine.DEFAULT.run(d.build());
    assertThat(r.debt().get(0).mandatory()[0]).isCloseTo(9.0, within(EPS));
    assertThat(r.debt().get(0).unpaidPrincipal()[0]).isCloseTo(11.0, within(EPS));
    assertThat(r.debt().get(0).closing()[0]).isCloseTo(51.0, within(EPS));
    assertThat(r.debt().get(1).unpaidInterest()[0]).isCloseTo(0.0, within(EPS));
    assertThat(r.debt().get(1).closing()[0]).isCloseTo(40.0, within(EPS));
    assertThat(r.paymentDefault().shortfall()).isCloseTo(11.0, within(EPS));
  }

  /**
   * A 150 at 12 %, B 100 at 8 %, both bullet; price 13 × 20 = 260.
   *
   * <pre>
   * year 1: interest 18 + 8 = 26 &gt; EBITDA 20: no tax (loss 6 carried), FCF 20, short 6
   *   pari passu: each is paid 20 / 26 of its interest: A 18 × 20/26 = 13.846…, B 8 × 20/26 =
   *   6.153…; unpaid A 4.153…, B 1.846…, capitalised
   *   in turn: A 18, B 2 (6 capitalised)
   * </pre>
   */
  @Test
  void pariPassuAShortfallOfInterestIsSharedProRata() {
    TestDeals d = new TestDeals();
    d.price = new Valuation(Valuation.Basis.MULTIPLE_LTM, 13.0);
    d.term("A", "banks A", 150.0, 0.12, 9);
    d.term("B", "banks B", 100.0, 0.08, 9);
    d.pariPassu.add(List.of("A", "B"));
    DealResult r = LboEngine.DEFAULT.run(d.build());
    assertThat(r.debt().get(0).unpaidInterest()[0]).isCloseTo(18.0 * 6.0 / 26.0, within(EPS));
    assertThat(r.debt().get(1).unpaidInterest()[0]).isCloseTo(8.0 * 6.0 / 26.0, within(EPS));
    assertThat(r.debt().get(0).closing()[0]).isCloseTo(150.0 + 18.0 * 6.0 / 26.0, within(EPS));
    assertThat(r.debt().get(1).closing()[0]).isCloseTo(100.0 + 8.0 * 6.0 / 26.0, within(EPS));
    assertThat(r.paymentDefault().shortfall()).isCloseTo(6.0, within(EPS));
  }

  /**
   * A 40 and B 60, both at 10 % and bullet, the whole excess cash swept; price 6 × 20 = 120.
   *
   * <pre>
   * year 1: interest 10; tax (20 − 10) × 25 % = 2.5; FCF 17.5; excess 17.5 − 10 = 7.5
   *   in turn: A takes all 7.5
   *   pari passu: pro rata to what each owes, A 40 % × 7.5 = 3, B 60 % × 7.5 = 4.5
   * </pre>
   */
  @Test
  void pariPassuTheSweepIsSharedProRata() {
    TestDeals inTurn = new TestDeals();
    inTurn.price = new Valuation(Valuation.Basis.MULTIPLE_LTM, 6.0);
    inTurn.cashSweep = 1.0;
    inTurn.term("A", "banks A", 40.0, 0.10, 9);
    inTurn.term("B", "banks B", 60.0, 0.10, 9);
    DealResult r = LboEngine.DEFAULT.run(inTurn.build());
    assertThat(r.debt().get(0).sweep()[0]).isCloseTo(7.5, within(EPS));
    assertThat(r.debt().get(1).sweep()[0]).isCloseTo(0.0, within(EPS));

    TestDeals d = new TestDeals();
    d.price = new Valuation(Valuation.Basis.MULTIPLE_LTM, 6.0);
    d.cashSweep = 1.0;
    d.term("A", "banks A", 40.0, 0.10, 9);
    d.term("B", "banks B", 60.0, 0.10, 9);
    d.pariPassu.add(List.of("A", "B"));
    r = LboEngine.DEFAULT.run(d.build());
    assertThat(r.debt().get(0).sweep()[0]).isCloseTo(3.0, within(EPS));
    assertThat(r.debt().get(1).sweep()[0]).isCloseTo(4.5, within(EPS));
  }

  /**
   * The same under the average-balance convention, where the year is a fixed point that the
   * Newton step solves: it must agree with Anderson mixing alone and keep interest = rate ×
   * average balance.
   */
  @Test
  void pariPassuSweepUnderAverageInterestIsTheFixedPoint() {
    TestDeals d = new TestDeals();
    d.basis = Deal.InterestBasis.AVERAGE;
    d.price = new Valuation(Valuation.Basis.MULTIPLE_LTM, 7.0);
    d.cashSweep = 0.8;
    d.term("A", "banks A", 40.0, 0.10, 9);
    d.term("B", "banks B", 60.0, 0.06, 9);
    d.term("C", "mezzanine", 10.0, 0.12, 9);
    d.pariPassu.add(List.of("A", "B"));
    Deal deal = d.build();
    YearTable newton = new YearTable(LboEngine.checkedYears(deal));
    LboEngine.Core a = LboEngine.compute(deal, newton, null, false, true);
    YearTable anderson = new YearTable(LboEngine.checkedYears(deal));
    LboEngine.Core b = LboEngine.compute(deal, anderson, null, false, false);
    for (int i = 0; i < 3; i++) {
      for (int t = 0; t < deal.years(); t++) {
        assertThat(a.book().closing[i][t]).isCloseTo(b.book().closing[i][t], within(1e-9));
        double average = 0.5 * (a.book().opening[i][t] + a.book().closing[i][t]);
        double rate = deal.financing().debt().get(i).cashRate()[t];
        assertThat(a.book().cashInterest[i][t]).isCloseTo(rate * average, within(1e-9));
      }
    }
    // A and B owe 40 : 60 at the start, and each year's sweep keeps that ratio
    for (int t = 0; t < deal.years(); t++) {
      double sa = a.book().sweep[0][t];
      double sb = a.book().sweep[1][t];
      double oa = a.book().opening[0][t];
      double ob = a.book().opening[1][t];
      assertThat(sa * ob).isCloseTo(sb * oa, within(1e-9));
      assertThat(sa).isPositive();
    }
    assertThat(a.solver().evaluations).isLessThan(b.solver().evaluations);
  }

  /**
   * At the exit the group shares what the proceeds can pay pro rata to its claims. A 150 at 12 %
   * and B 100 at 8 % as above (pari passu), exit after one year at 5 × 20 = 100: the pool 100 +
   * cash 0 pays A 100 × 154.15… / 255.99… and B the rest; the equity gets nothing.
   */
  @Test
  void pariPassuTheExitProceedsAreSharedProRata() {
    TestDeals d = new TestDeals();
    d.years = 1;
    d.exitYear = 1;
    d.price = new Valuation(Valuation.Basis.MULTIPLE_LTM, 13.0);
    d.term("A", "banks A", 150.0, 0.12, 9);
    d.term("B", "banks B", 100.0, 0.08, 9);
    d.pariPassu.add(List.of("A", "B"));
    DealResult r = LboEngine.DEFAULT.run(d.build());
    double claimA = 150.0 + 18.0 * 6.0 / 26.0;
    double claimB = 100.0 + 8.0 * 6.0 / 26.0;
    double pool = 100.0 + r.exit().cash();
    List<org.reprise.engine.ExitResult.WaterfallLine> lines = r.exit().waterfall();
    assertThat(lines.get(0).paid()).isCloseTo(pool * claimA / (claimA + claimB), within(EPS));
    assertThat(lines.get(1).paid()).isCloseTo(pool * claimB / (claimA + claimB), within(EPS));
  }

  @Test
  void aGroupMustHaveTwoTranchesOfOneBorrower() {
    TestDeals d = new TestDeals();
    d.term("A", "banks A", 40.0, 0.10, 9);
    d.term("B", "banks B", 40.0, 0.10, 9);
    d.pariPassu.add(List.of("A"));
    assertThatThrownBy(d::build).hasMessageContaining("at least two");
    TestDeals e = new TestDeals();
    e.term("A", "banks A", 40.0, 0.10, 9);
    e.pariPassu.add(List.of("A", "Z"));
    assertThatThrownBy(e::build).hasMessageContaining("no tranche named Z");
  }
}
