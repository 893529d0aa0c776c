package org.reprise.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reprise.engine.CashRollForward.Flow;
import org.reprise.model.Deal;

class CashRollForwardTest {

  private static final double EPS = 1e-9;

  /**
   * The paper LBO with a full sweep, one year: revenue 100, EBITDA 20, no capex, senior 60 at 10 %
   * bullet after the exit, tax 25 %, no cash at closing.
   *
   * <pre>
   * interest 60 × 10 % = 6; tax 25 % × (20 − 6) = 3.5; FCF = 20 − 3.5 = 16.5
   * sweep = 16.5 − 6 = 10.5; closing cash 0 + 16.5 − 6 − 10.5 = 0
   * </pre>
   */
  @Test
  void paperLboByHand() {
    TestDeals d = new TestDeals();
    d.years = 1;
    d.exitYear = 1;
    d.cashSweep = 1.0;
    d.term("Senior", "banks", 60.0, 0.10, 9);
    CashRollForward c = CashRollForward.of(LboEngine.DEFAULT.run(d.build()));
    assertThat(c.size()).isEqualTo(1);
    assertThat(c.opening()[0]).isZero();
    assertThat(c.amount(Flow.FREE_CASH_FLOW, 0)).isCloseTo(16.5, within(EPS));
    assertThat(c.amount(Flow.INTEREST_AND_FEES_PAID, 0)).isCloseTo(-6.0, within(EPS));
    assertThat(c.amount(Flow.SWEEP, 0)).isCloseTo(-10.5, within(EPS));
    for (Flow f : List.of(Flow.MEMBER_CONTRIBUTIONS, Flow.SCHEDULED_REPAYMENTS_PAID,
        Flow.REVOLVER_DRAWN, Flow.REVOLVER_REPAID, Flow.DISTRIBUTIONS, Flow.BUYBACKS)) {
      assertThat(c.amount(f, 0)).as(f.name()).isCloseTo(0.0, within(1e-12)); // a −0 is zero
    }
    assertThat(c.closing()[0]).isCloseTo(0.0, within(EPS));
    assertThat(c.residual(0)).isCloseTo(0.0, within(EPS));
  }

  /**
   * One year of made-up but consistent figures with every kind of flow (the same year as the
   * command line's test of its table), in k€:
   *
   * <pre>
   * opening cash = cash at closing                        1,500
   * free cash flow                                      + 2,000
   * SCOP members' contributions                         +   100
   * term loan: interest 600 + nothing unpaid            −   600
   * revolver: interest 40 + fee 10, of which 30 unpaid  −    20   (40 + 10 − 30)
   * interest-rate hedges: net settlement paid           −    20
   * scheduled: term 800 + revolver at maturity 0        −   800
   * revolver drawn                                      +   250
   * revolver repaid out of the excess cash              −    50
   * cash sweep of the term loan                         −   300
   * distributions                                       −   180
   * buybacks                                            −   100
   *                                                     -------
   * closing cash                                          1,780
   * </pre>
   */
  @Test
  void classifiesAndSignsEveryFlowOfAYearByHand() {
    YearTable y = new YearTable(1);
    y.year[0] = 2026;
    y.freeCashFlow[0] = 2_000_000;
    y.memberContributions[0] = 100_000;
    y.distributions[0] = 180_000;
    y.buybacks[0] = 100_000;
    y.hedgeSettlement[0] = 20_000;
    y.cash[0] = 1_780_000;
    TrancheSchedule term = new TrancheSchedule("Term", "banks", "opco", "term", 10e6, 0,
        a(10e6), a(0), a(800_000), a(300_000), a(0), a(600_000), a(0), a(0), a(0), a(8.9e6),
        a(0), 0, 0, 0.0, 0.0);
    TrancheSchedule rcf = new TrancheSchedule("RCF", "banks", "opco", "revolver", 0, 0,
        a(0), a(250_000), a(0), a(50_000), a(0), a(40_000), a(10_000), a(30_000), a(0),
        a(230_000), a(0), 0, 0, 0.0, 0.0);
    CashRollForward c = CashRollForward.of(result(y, List.of(term, rcf), 1_500_000));

    Map<Flow, Double> expected = new EnumMap<>(Flow.class);
    expected.put(Flow.FREE_CASH_FLOW, 2_000_000.0);
    expected.put(Flow.MEMBER_CONTRIBUTIONS, 100_000.0);
    // no dividend recapitalisation in this year (RecapWorkedTest has one)
    expected.put(Flow.RECAP_BORROWED, 0.0);
    expected.put(Flow.RECAP_FEES, 0.0);
    expected.put(Flow.RECAP_PAID, 0.0);
    expected.put(Flow.INTEREST_AND_FEES_PAID, -620_000.0);
    expected.put(Flow.HEDGING, -20_000.0);
    expected.put(Flow.SCHEDULED_REPAYMENTS_PAID, -800_000.0);
    expected.put(Flow.REVOLVER_DRAWN, 250_000.0);
    expected.put(Flow.REVOLVER_REPAID, -50_000.0);
    expected.put(Flow.SWEEP, -300_000.0);
    expected.put(Flow.DISTRIBUTIONS, -180_000.0);
    expected.put(Flow.BUYBACKS, -100_000.0);
    for (Flow f : Flow.values()) {
      assertThat(c.amount(f, 0)).as(f.name()).isEqualTo(expected.get(f));
      assertThat(c.amounts(f)).containsExactly(expected.get(f));
    }
    assertThat(c.opening()).containsExactly(1_500_000);
    assertThat(c.closing()).containsExactly(1_780_000);
    assertThat(c.residual(0)).isZero();
  }

  @Test
  void givesCopiesOfItsArrays() {
    YearTable y = new YearTable(1);
    y.cash[0] = 5.0;
    y.freeCashFlow[0] = 5.0;
    CashRollForward c = CashRollForward.of(result(y, List.of(), 0.0));
    c.opening()[0] = 99.0;
    c.closing()[0] = 99.0;
    c.amounts(Flow.FREE_CASH_FLOW)[0] = 99.0;
    y.cash[0] = 99.0;
    assertThat(c.opening()).containsExactly(0.0);
    assertThat(c.closing()).containsExactly(5.0);
    assertThat(c.amount(Flow.FREE_CASH_FLOW, 0)).isEqualTo(5.0);
    assertThat(c.residual(0)).isZero();
  }

  /**
   * On the random deals of {@link AccountingIdentitiesTest} (revolvers, defaults, SCOPs, holdings,
   * pari passu ranks): closing = opening + the flows every year; year 1 opens with the cash at
   * closing and a later year with the previous closing; each flow has its sign; interest and fees
   * paid + scheduled repayments paid = debt service due − debt service not paid over the holding
   * period, where the shortfall is reported.
   */
  @ParameterizedTest
  @MethodSource("org.reprise.engine.AccountingIdentitiesTest#seeds")
  void addsUpOnRandomDeals(long seed) {
    Deal deal = AccountingIdentitiesTest.randomDeal(seed);
    DealResult r = LboEngine.DEFAULT.run(deal);
    CashRollForward c = CashRollForward.of(r);
    YearTable y = r.years();
    double tol = 1e-9 * r.sourcesAndUses().totalUses();
    assertThat(c.size()).isEqualTo(y.size());
    assertThat(c.opening()[0]).isEqualTo(r.sourcesAndUses().cashAtClosing());
    for (int t = 0; t < y.size(); t++) {
      assertThat(c.residual(t)).as("year %s", t).isCloseTo(0.0, within(tol));
      assertThat(c.closing()[t]).isEqualTo(y.cash[t]);
      if (t > 0) {
        assertThat(c.opening()[t]).isEqualTo(y.cash[t - 1]);
      }
      assertThat(c.amount(Flow.FREE_CASH_FLOW, t)).isEqualTo(y.freeCashFlow[t]);
      for (Flow f : List.of(Flow.MEMBER_CONTRIBUTIONS, Flow.REVOLVER_DRAWN, Flow.RECAP_BORROWED)) {
        assertThat(c.amount(f, t)).as(f.name()).isGreaterThanOrEqualTo(-tol);
      }
      for (Flow f : List.of(Flow.INTEREST_AND_FEES_PAID, Flow.SCHEDULED_REPAYMENTS_PAID,
          Flow.REVOLVER_REPAID, Flow.SWEEP, Flow.DISTRIBUTIONS, Flow.BUYBACKS, Flow.RECAP_FEES,
          Flow.RECAP_PAID)) {
        assertThat(c.amount(f, t)).as(f.name()).isLessThanOrEqualTo(tol);
      }
      if (t < r.exitYearIndex()) {
        assertThat(-(c.amount(Flow.INTEREST_AND_FEES_PAID, t)
            + c.amount(Flow.SCHEDULED_REPAYMENTS_PAID, t)))
            .as("debt service paid, year %s", t)
            .isCloseTo(y.debtServiceDue[t] - y.shortfall[t], within(tol));
      }
    }
  }

  private static double[] a(double v) {
    return new double[] {v};
  }

  private static DealResult result(YearTable y, List<TrancheSchedule> debt, double cash0) {
    SourcesAndUses su = new SourcesAndUses(List.of(), List.of(), 0, 0, 0, 0, 0, 0, 0, cash0);
    ExitResult exit = new ExitResult(2026, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of());
    EquityReturns equity = new EquityReturns(List.of(),
        new EnvyRatio(EnvyRatio.Status.NO_MANAGEMENT, "", List.of(), 0, 0, Double.NaN,
            Double.NaN, Double.NaN));
    return new DealResult("x", "x", 2025, 1, su, y, debt, exit, List.of(), equity,
        new ValueBridge(0, 0, 0, 0, 0, 0, 0, 0), new DefaultEvent(0, 0, 0, 0), 1, null);
  }
}
