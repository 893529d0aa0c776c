package org.reprise.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.stream.LongStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reprise.model.Deal;
import org.reprise.model.Hedge;
import org.reprise.model.Tranche;

/**
 * Interest-rate hedges of floating tranches (docs/methodology.md §5.1): the notional follows the
 * scheduled balance times the share; a swap's net settlement notional × (fixed − base) is paid
 * with the loan's interest, a cap's notional × max(base − strike, 0) is received; both are
 * financial charges, in the debt service and the cash. Hand-worked on the paper LBO of {@link
 * TestDeals}: revenue 100, EBITDA 20, generic 25 % tax, push-down, price 5 × 20 = 100.
 */
class HedgeTest {

  private static final double EPS = 1e-9;

  private static Hedge swap(double share, double rate, int years, double[] index) {
    return new Hedge(Hedge.Type.SWAP, share, rate, years, 0.0, index);
  }

  /** A loan of 40 repaid 10 a year (linear over 4 years) at {@code rate}. */
  private static TestDeals loan40(double rate) {
    TestDeals d = new TestDeals();
    d.linear("Senior", "banks", 40.0, rate, 4);
    return d;
  }

  private static TestDeals hedged(TestDeals d, Hedge h) {
    d.debt.set(0, d.debt.get(0).withHedge(h));
    return d;
  }

  /**
   * A swap of 50 % at 4 % for 2 years on a loan of 40 at 5 % (Euribor 3 %, then 2 %, + 2 %),
   * repaid 10 a year, interest on the opening balance.
   *
   * <pre>
   * year 1: notional 50 % × 40 = 20, settlement 20 × (4 % − 3 %) = 0.2 paid
   *         interest 5 % × 40 = 2; tax (20 − 2 − 0.2) × 25 % = 4.45; FCF 20 − 4.45 = 15.55
   *         debt service due 2 + 0.2 + 10 = 12.2; cash 15.55 − 12.2 = 3.35; DSCR 15.55 / 12.2
   * year 2: notional 50 % × 30 = 15, settlement 15 × (4 % − 2 %) = 0.3 paid
   *         interest 1.5; tax (20 − 1.5 − 0.3) × 25 % = 4.55; FCF 15.45
   *         due 1.5 + 0.3 + 10 = 11.8; cash 3.35 + 15.45 − 11.8 = 7.0
   * year 3: the swap has ended: no settlement
   * </pre>
   */
  @Test
  void aSwapYearWorkedByHand() {
    double[] euribor = {0.03, 0.02, 0.02, 0.02, 0.02};
    DealResult r =
        LboEngine.DEFAULT.run(hedged(loan40(0.05), swap(0.5, 0.04, 2, euribor)).build());
    YearTable y = r.years();
    assertThat(y.hedgeSettlement[0]).isCloseTo(0.2, within(EPS));
    assertThat(y.incomeTax[0]).isCloseTo(4.45, within(EPS));
    assertThat(y.freeCashFlow[0]).isCloseTo(15.55, within(EPS));
    assertThat(y.debtServiceDue[0]).isCloseTo(12.2, within(EPS));
    assertThat(y.cash[0]).isCloseTo(3.35, within(EPS));
    assertThat(y.debtServiceCover[0]).isCloseTo(15.55 / 12.2, within(EPS));
    // interest cover: EBITDA / (interest + the hedge's net settlement) = 20 / 2.2
    assertThat(y.interestCover[0]).isCloseTo(20.0 / 2.2, within(EPS));
    assertThat(y.hedgeSettlement[1]).isCloseTo(0.3, within(EPS));
    assertThat(y.incomeTax[1]).isCloseTo(4.55, within(EPS));
    assertThat(y.debtServiceDue[1]).isCloseTo(11.8, within(EPS));
    assertThat(y.cash[1]).isCloseTo(7.0, within(EPS));
    assertThat(y.hedgeSettlement[2]).isZero();
    assertThat(y.hedgePremiumAmortisation).containsOnly(0.0);
    // the swap's settlement is a flow of the cash roll-forward
    CashRollForward c = CashRollForward.of(r);
    assertThat(c.amount(CashRollForward.Flow.HEDGING, 0)).isCloseTo(-0.2, within(EPS));
    assertThat(c.residual(0)).isCloseTo(0.0, within(EPS));
    // a swap has no premium: sources and uses are the unhedged deal's
    assertThat(r.sourcesAndUses().uses())
        .isEqualTo(LboEngine.DEFAULT.run(loan40(0.05).build()).sourcesAndUses().uses());
  }

  /**
   * A cap on 100 % at a strike of 4 % for 2 years, premium 1 %, on a loan of 40 at 7 % (Euribor
   * 5 % + 2 %), repaid 10 a year, interest on the average balance.
   *
   * <pre>
   * closing: premium 100 % × 40 × 1 % = 0.4, a use: uses 100 + 0.4, equity 60.4
   * year 1: scheduled balance (40 + 30) / 2 = 35 = the actual average (no sweep)
   *         received 35 × (5 % − 4 %) = 0.35: settlement −0.35; premium expensed 0.4 / 2 = 0.2
   *         interest 7 % × 35 = 2.45; charges 2.45 − 0.35 + 0.2 = 2.3
   *         tax (20 − 2.3) × 25 % = 4.425; FCF 15.575
   *         debt service due 2.45 − 0.35 + 10 = 12.1; cash 15.575 − 12.1 = 3.475
   * </pre>
   */
  @Test
  void aCapYearWorkedByHand() {
    TestDeals d = loan40(0.07);
    d.basis = Deal.InterestBasis.AVERAGE;
    Hedge cap = new Hedge(Hedge.Type.CAP, 1.0, 0.04, 2, 0.01, TestDeals.fill(5, 0.05));
    DealResult r = LboEngine.DEFAULT.run(hedged(d, cap).build());
    assertThat(r.sourcesAndUses().uses()).contains(
        new SourcesAndUses.Line(Entry.HEDGE_PREMIUM, 0.4));
    assertThat(r.sourcesAndUses().totalUses()).isCloseTo(100.4, within(EPS));
    assertThat(r.sourcesAndUses().sources().get(0).amount()).isCloseTo(60.4, within(EPS));
    YearTable y = r.years();
    assertThat(r.debt().get(0).cashInterest()[0]).isCloseTo(2.45, within(EPS));
    assertThat(y.hedgeSettlement[0]).isCloseTo(-0.35, within(EPS));
    assertThat(y.hedgePremiumAmortisation[0]).isCloseTo(0.2, within(EPS));
    assertThat(y.incomeTax[0]).isCloseTo(4.425, within(EPS));
    assertThat(y.freeCashFlow[0]).isCloseTo(15.575, within(EPS));
    assertThat(y.debtServiceDue[0]).isCloseTo(12.1, within(EPS));
    assertThat(y.cash[0]).isCloseTo(3.475, within(EPS));
    // year 2: (30 + 20) / 2 = 25 received 0.25; year 3 nothing, the premium expensed by then
    assertThat(y.hedgeSettlement[1]).isCloseTo(-0.25, within(EPS));
    assertThat(y.hedgePremiumAmortisation[1]).isCloseTo(0.2, within(EPS));
    assertThat(y.hedgeSettlement[2]).isZero();
    assertThat(y.hedgePremiumAmortisation[2]).isZero();
    // the premium is a fee of the value bridge (F0) and of who pays
    assertThat(r.valueBridge().fees()).isCloseTo(-0.4, within(EPS));
  }

  /** A cap whose strike the base rate never reaches pays nothing but costs its premium. */
  @Test
  void aCapOutOfTheMoneyCostsOnlyItsPremium() {
    Hedge cap = new Hedge(Hedge.Type.CAP, 0.5, 0.06, 3, 0.02, TestDeals.fill(5, 0.03));
    DealResult r = LboEngine.DEFAULT.run(hedged(loan40(0.05), cap).build());
    // premium 50 % × 40 × 2 % = 0.4, expensed 0.4 / 3 a year for 3 years
    assertThat(r.years().hedgeSettlement).containsOnly(0.0);
    for (int t = 0; t < 3; t++) {
      assertThat(r.years().hedgePremiumAmortisation[t]).isCloseTo(0.4 / 3, within(EPS));
    }
    assertThat(r.years().hedgePremiumAmortisation[3]).isZero();
  }

  /** A swap at the base rate itself settles nothing: the run is the unhedged one, bit for bit. */
  @Test
  void aSwapAtTheBaseRateIsTheUnhedgedRun() throws IllegalAccessException {
    for (Deal.InterestBasis basis : Deal.InterestBasis.values()) {
      TestDeals plain = loan40(0.05);
      plain.basis = basis;
      plain.cashSweep = 0.5;
      TestDeals hedged = loan40(0.05);
      hedged.basis = basis;
      hedged.cashSweep = 0.5;
      hedged(hedged, swap(0.75, 0.03, 5, TestDeals.fill(5, 0.03)));
      DealResult a = LboEngine.DEFAULT.run(plain.build());
      DealResult b = LboEngine.DEFAULT.run(hedged.build());
      for (Field f : YearTable.class.getFields()) {
        Object x = f.get(a.years());
        Object y = f.get(b.years());
        if (x instanceof double[] u) {
          assertThat(Arrays.equals(u, (double[]) y)).as(f.getName()).isTrue();
        } else if (x instanceof boolean[] u) {
          assertThat(Arrays.equals(u, (boolean[]) y)).as(f.getName()).isTrue();
        }
      }
      for (int p = 0; p < a.returns().size(); p++) {
        assertThat(Arrays.equals(b.returns().get(p).flows(), a.returns().get(p).flows())).isTrue();
      }
      assertThat(b.exit().equityValue()).isEqualTo(a.exit().equityValue());
    }
  }

  /**
   * A 100 % swap for the whole hold on a floating loan that follows its schedule (no sweep, no
   * default) makes its cost that of a fixed-rate loan at the swap rate + the margin: each year
   * (base + margin) × B + (K − base) × B = (K + margin) × B, B the balance the convention names.
   */
  @Test
  void aFullSwapMakesAFloatingLoanAFixedOneAtTheSwapRatePlusTheMargin() {
    double[] euribor = {0.031, 0.042, 0.018, 0.05, 0.012};
    double margin = 0.02;
    double swapRate = 0.035;
    for (Deal.InterestBasis basis : Deal.InterestBasis.values()) {
      double[] floating = new double[5];
      for (int t = 0; t < 5; t++) {
        floating[t] = euribor[t] + margin;
      }
      TestDeals f = loan40(0.0);
      f.basis = basis;
      f.debt.set(0, f.debt.get(0).withCashRate(floating)
          .withHedge(swap(1.0, swapRate, 5, euribor)));
      TestDeals x = loan40(swapRate + margin);
      x.basis = basis;
      DealResult hedged = LboEngine.DEFAULT.run(f.build());
      DealResult fixed = LboEngine.DEFAULT.run(x.build());
      YearTable h = hedged.years();
      YearTable k = fixed.years();
      for (int t = 0; t < 5; t++) {
        assertThat(h.cashInterest[t] + h.hedgeSettlement[t]).as("cost, year %d", t + 1)
            .isCloseTo(k.cashInterest[t], within(EPS));
        assertThat(h.incomeTax[t]).isCloseTo(k.incomeTax[t], within(EPS));
        assertThat(h.debtServiceDue[t]).isCloseTo(k.debtServiceDue[t], within(EPS));
        assertThat(h.cash[t]).isCloseTo(k.cash[t], within(EPS));
        assertThat(h.netIncome[t]).isCloseTo(k.netIncome[t], within(EPS));
      }
      // the shareholders get the same; the lender's own flows differ (the swap is not its loan)
      assertThat(hedged.returnOf("fund").irr())
          .isCloseTo(fixed.returnOf("fund").irr(), within(EPS));
    }
  }

  /**
   * The notional follows the schedule, not the sweep: a loan swept down faster than its schedule
   * keeps the hedge's notional on the scheduled balance (over-hedged, as a real hedge set at
   * closing would be).
   */
  @Test
  void theNotionalFollowsTheScheduleNotTheSweep() {
    TestDeals d = loan40(0.05);
    d.cashSweep = 1.0;
    double[] euribor = TestDeals.fill(5, 0.03);
    DealResult r = LboEngine.DEFAULT.run(hedged(d, swap(1.0, 0.05, 4, euribor)).build());
    // year 2 opens below its scheduled 30 (the sweep repaid more): the notional is still 30
    assertThat(r.debt().get(0).opening()[1]).isLessThan(30.0);
    assertThat(r.years().hedgeSettlement[1]).isCloseTo(30.0 * 0.02, within(EPS));
  }

  /**
   * A bullet loan of 40 maturing in the exit year (year 5) is repaid by the sale at that year's
   * end (methodology §5.3): outstanding all year, so a swap to the exit has its whole notional in
   * year 5 under the average convention: 40 × (4 % − 3 %) = 0.4, not half of it; in year 4 too.
   */
  @Test
  void aLoanRepaidByTheSaleIsHedgedAllOfItsLastYear() {
    TestDeals d = new TestDeals();
    d.basis = Deal.InterestBasis.AVERAGE;
    d.term("Senior", "banks", 40.0, 0.05, 5);
    DealResult r = LboEngine.DEFAULT.run(
        hedged(d, swap(1.0, 0.04, 5, TestDeals.fill(5, 0.03))).build());
    assertThat(r.years().hedgeSettlement[3]).isCloseTo(0.4, within(EPS));
    assertThat(r.years().hedgeSettlement[4]).isCloseTo(0.4, within(EPS));
  }

  static LongStream seeds() {
    return LongStream.range(1, 201);
  }

  /**
   * On random deals (those of {@link AccountingIdentitiesTest}, with a swap or a cap on each term
   * loan of a random share, rate and term within the hold): sources = uses, the debt and the cash
   * roll forward with the hedges' flows, the cash roll-forward has no residual, the value bridge
   * sums, and the Newton step reaches Anderson mixing's fixed point.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void theIdentitiesHoldWithHedges(long seed) {
    Deal deal = withRandomHedges(AccountingIdentitiesTest.randomDeal(seed), seed);
    java.util.List<Tranche> debt = deal.financing().debt();
    int n = deal.years();
    DealResult r = LboEngine.DEFAULT.run(deal);
    SourcesAndUses su = r.sourcesAndUses();
    double tol = 1e-9 * su.totalUses();
    assertThat(su.totalSources()).as("sources = uses").isCloseTo(su.totalUses(), within(0.005));
    YearTable y = r.years();
    CashRollForward c = CashRollForward.of(r);
    double cash = su.cashAtClosing();
    for (int t = 0; t < y.size(); t++) {
      double flows = y.freeCashFlow[t] - y.distributions[t] + y.memberContributions[t]
          - y.buybacks[t] - y.hedgeSettlement[t];
      double paid = y.hedgeSettlement[t];
      if (y.recap() != null) {
        // a dividend recapitalisation at the start of the year (§5.13)
        flows += y.recap().borrowed[t] - y.recap().fees[t] - y.recap().paid[t];
      }
      for (TrancheSchedule s : r.debt()) {
        double rolled = s.opening()[t] + s.drawdown()[t] + s.pik()[t] + s.unpaidInterest()[t]
            - s.mandatory()[t] - s.sweep()[t];
        assertThat(s.closing()[t]).as("debt roll-forward " + s.name()).isCloseTo(rolled,
            within(tol));
        double interestPaid = s.cashInterest()[t] + s.commitmentFee()[t] - s.unpaidInterest()[t];
        flows += s.drawdown()[t] - interestPaid - s.mandatory()[t] - s.sweep()[t];
        paid += interestPaid + s.mandatory()[t];
      }
      cash += flows;
      assertThat(y.cash[t]).as("cash roll-forward, year " + t).isCloseTo(cash, within(tol));
      assertThat(c.residual(t)).as("roll-forward residual, year " + t).isCloseTo(0.0,
          within(tol));
      // what was paid = the debt service due (the hedges' net included) − what was not paid, in
      // the holding period (the year a forward multiple adds reports no shortfall)
      assertThat(t < r.exitYearIndex() ? paid : y.debtServiceDue[t] - y.shortfall[t]).as("debt service paid, year " + t)
          .isCloseTo(y.debtServiceDue[t] - y.shortfall[t], within(tol + 0.005));
      cash = y.cash[t];
    }
    ValueBridge b = r.valueBridge();
    assertThat(b.ebitdaGrowth() + b.multipleChange() + b.deleveraging() + b.distributions()
        + b.fees()).as("value bridge sums to the gain").isCloseTo(b.equityGain(), within(tol));

    YearTable anderson = new YearTable(n);
    LboEngine.Core core = LboEngine.compute(deal, anderson, null, false, false);
    for (int t = 0; t < n; t++) {
      assertThat(y.cash[t]).as("Newton = Anderson, year " + t)
          .isCloseTo(anderson.cash[t], within(1e-9 * (1.0 + su.totalUses())));
      assertThat(y.incomeTax[t]).isCloseTo(anderson.incomeTax[t],
          within(1e-9 * (1.0 + su.totalUses())));
    }
    assertThat(core.book().m).isEqualTo(debt.size());
  }

  /**
   * {@code base} with a swap or a cap on about half of its term loans, of a random share, level,
   * premium and term within the hold (seeded by {@code seed}); the revolvers are left unhedged.
   */
  static Deal withRandomHedges(Deal base, long seed) {
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed + 1_000_003L);
    int n = base.years();
    java.util.List<Tranche> debt = new java.util.ArrayList<>();
    for (Tranche tr : base.financing().debt()) {
      if (tr.isRevolver() || rng.nextBoolean()) {
        debt.add(tr);
        continue;
      }
      double[] index = new double[n];
      for (int t = 0; t < n; t++) {
        index[t] = -0.01 + rng.nextDouble() * 0.07;
      }
      int years = 1 + rng.nextInt(base.exit().year());
      double share = 0.1 + 0.9 * rng.nextDouble();
      double level = rng.nextDouble() * 0.05;
      Hedge h = rng.nextBoolean()
          ? new Hedge(Hedge.Type.SWAP, share, level, years, 0.0, index)
          : new Hedge(Hedge.Type.CAP, share, level, years, rng.nextDouble() * 0.02, index);
      debt.add(tr.withHedge(h));
    }
    Deal deal = new Deal(base.name(), base.company(), base.operations(), base.transaction(),
        base.structure(), base.financing().withDebt(debt), base.tax(), base.covenants(),
        base.exit(), base.interestBasis(), base.participation(), base.cooperative());
    return deal;
  }
}
