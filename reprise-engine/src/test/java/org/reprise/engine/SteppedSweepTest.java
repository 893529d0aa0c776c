package org.reprise.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.reprise.model.Deal;
import org.reprise.model.Financing;
import org.reprise.model.SweepSteps;
import org.reprise.model.SweepSteps.Step;

/**
 * A cash sweep stepping down with leverage (docs/methodology.md §5.5): each year's share is the
 * step that the year end's net leverage, before the year's sweep and distributions, falls in.
 */
class SteppedSweepTest {

  private static final double EPS = 1e-9;
  private static final double NONE = Double.NaN;

  /** 75 % above 3.5×, 50 % above 2.5×, nothing below. */
  private static final SweepSteps RATCHET = new SweepSteps(
      List.of(new Step(0.75, 3.5), new Step(0.5, 2.5), new Step(0.0, NONE)),
      SweepSteps.Leverage.TOTAL);

  /**
   * The paper LBO of {@link TestDeals} (EBITDA 20, 25 % tax, interest on the opening balance, no
   * capex, no minimum cash): senior 80 at 10 %, bullet after the horizon, swept; the base is the
   * cash above the minimum.
   *
   * <pre>
   * year 1: interest 0.10 × 80 = 8, tax (20 − 8) × 25 % = 3, FCF 17, debt service 8: cash before
   *   the sweep 9; net debt before the sweep 80 − 9 = 71, 71 / 20 = 3.55× &gt; 3.5×: 75 %;
   *   sweep 0.75 × 9 = 6.75, closing debt 73.25, cash 2.25
   * year 2: interest 7.325, tax (20 − 7.325) × 25 % = 3.16875, FCF 16.83125, after the interest
   *   9.50625, cash before the sweep 2.25 + 9.50625 = 11.75625 (the base: all the cash above the
   *   minimum); net debt before the sweep 73.25 − 11.75625 = 61.49375, 3.0746875× ≤ 3.5× and
   *   &gt; 2.5×: 50 %; sweep 5.878125, closing debt 67.371875, cash 5.878125
   * </pre>
   *
   * The flat 50 % would sweep 4.5 in year 1 (closing debt 75.5).
   */
  @Test
  void theShareStepsDownInYearTwo() {
    TestDeals d = new TestDeals();
    d.term("Senior", "banks", 80.0, 0.10, 9);
    d.sweepSteps = RATCHET;
    DealResult r = LboEngine.DEFAULT.run(d.build());
    YearTable y = r.years();
    assertThat(y.sweepShare()[0]).isEqualTo(0.75);
    assertThat(y.sweepLeverage()[0]).isCloseTo(3.55, within(EPS));
    assertThat(y.sweepBase[0]).isCloseTo(9.0, within(EPS));
    assertThat(r.debt().get(0).sweep()[0]).isCloseTo(6.75, within(EPS));
    assertThat(r.debt().get(0).closing()[0]).isCloseTo(73.25, within(EPS));
    assertThat(y.cash[0]).isCloseTo(2.25, within(EPS));

    assertThat(y.sweepShare()[1]).isEqualTo(0.5);
    assertThat(y.sweepLeverage()[1]).isCloseTo(3.0746875, within(EPS));
    assertThat(y.sweepBase[1]).isCloseTo(11.75625, within(EPS));
    assertThat(r.debt().get(0).sweep()[1]).isCloseTo(5.878125, within(EPS));
    assertThat(r.debt().get(0).closing()[1]).isCloseTo(67.371875, within(EPS));
    assertThat(y.cash[1]).isCloseTo(5.878125, within(EPS));

    d.sweepSteps = null;
    d.cashSweep = 0.5;
    DealResult flat = LboEngine.DEFAULT.run(d.build());
    assertThat(flat.debt().get(0).closing()[0]).isCloseTo(75.5, within(EPS));
    assertThat(flat.years().sweepShare()).isNull();
  }

  /**
   * Thresholds the leverage never comes down to: every year takes the first step's share, exactly
   * as the single share would (the same deal as above: its net debt before the sweep, 71 in year
   * 1, falls by the 9 to 10 of cash each year adds after interest and tax, so it stays above 20 =
   * 1× EBITDA for the five years).
   */
  @Test
  void thresholdsNeverMetGiveTheTopShare() {
    TestDeals d = new TestDeals();
    d.term("Senior", "banks", 80.0, 0.10, 9);
    d.sweepSteps = new SweepSteps(List.of(new Step(0.75, 1.0), new Step(0.25, 0.5),
        new Step(0.0, NONE)), SweepSteps.Leverage.TOTAL);
    DealResult stepped = LboEngine.DEFAULT.run(d.build());
    for (int t = 0; t < stepped.years().size(); t++) {
      assertThat(stepped.years().sweepLeverage()[t]).as("year %d", t + 1).isGreaterThan(1.0);
      assertThat(stepped.years().sweepShare()[t]).as("year %d", t + 1).isEqualTo(0.75);
    }
    d.sweepSteps = null;
    d.cashSweep = 0.75;
    assertSameRun(LboEngine.DEFAULT.run(d.build()), stepped, "never met");
  }

  /**
   * A list with a single step is the single share, bit for bit, on 300 random deals (every
   * structure, tax, interest basis, revolvers, pari passu groups, lock-ups, SCOPs).
   */
  @Test
  void aSingleStepIsTheSingleShareBitForBit() {
    for (long seed = 1; seed <= 300; seed++) {
      Deal scalar = AccountingIdentitiesTest.randomDeal(seed);
      Financing f = scalar.financing();
      Deal stepped = withSteps(scalar, new SweepSteps(
          List.of(new Step(f.cashSweep(), NONE)), SweepSteps.Leverage.TOTAL));
      DealResult a = LboEngine.DEFAULT.run(scalar);
      DealResult b = LboEngine.DEFAULT.run(stepped);
      assertSameRun(a, b, "seed " + seed);
      for (int t = 0; t < b.years().size(); t++) {
        assertThat(b.years().sweepShare()[t]).isEqualTo(f.cashSweep());
      }
    }
  }

  /**
   * On 300 random deals with random steps (total or senior leverage): the accounting identities
   * (sources = uses, the debt and cash roll-forwards, each year's sweep = its applied share × its
   * base, capped by the balances); the share is the step of the tested ratio, but within a hair of
   * a threshold, where the higher of the two shares is kept (§5.5); the total tested ratio is the
   * net debt before the sweep and distributions: the sweep leaves net debt unchanged, a
   * distribution raises it, so (net debt − distributions) / EBITDA; the senior ratio is the
   * credit table's senior net debt with the senior loans' prepayments and the cash paid out
   * added back.
   */
  @Test
  void onRandomStepsTheIdentitiesHold() {
    int stepped = 0;
    int kept = 0;
    for (long seed = 1; seed <= 300; seed++) {
      Deal base = AccountingIdentitiesTest.randomDeal(seed);
      SweepSteps steps = randomSteps(new SplittableRandom(seed));
      Deal deal = withSteps(base, steps);
      DealResult r = LboEngine.DEFAULT.run(deal);
      double tol = 1e-9 * r.sourcesAndUses().totalUses();
      AccountingIdentitiesTest.identitiesHold(deal, r);
      CreditDetail credit = CreditDetail.of(deal, r);
      YearTable y = r.years();
      for (int t = 0; t < y.size(); t++) {
        String where = "seed " + seed + ", year " + (t + 1);
        double share = y.sweepShare()[t];
        double called = steps.shareAt(y.sweepLeverage()[t]);
        if (share != called) {
          // a ratio that calls for a lower share when solved with the higher one (the lock-up's
          // distribution solves it again, a hair away): the higher share is kept
          assertThat(share).as(where).isGreaterThan(called);
          kept++;
        }
        if (t > 0 && share != y.sweepShare()[t - 1]) {
          stepped++;
        }
        if (steps.leverage() == SweepSteps.Leverage.TOTAL && !deal.isCooperative()
            && y.ebitda[t] > 0.0) {
          assertThat(y.sweepLeverage()[t] * y.ebitda[t]).as(where)
              .isCloseTo(y.netDebt[t] - y.distributions[t], within(tol));
        }
        if (steps.leverage() == SweepSteps.Leverage.SENIOR && !deal.isCooperative()
            && y.ebitda[t] > 0.0) {
          // the credit table's senior net debt at the closing, with the senior loans' prepayments
          // back and every prepayment and the distribution back in cash
          boolean[] senior = PaymentOrder.senior(deal.financing().debt(),
              deal.financing().rankGroups());
          double back = 0.0;
          for (int i = 0; i < senior.length; i++) {
            if (deal.financing().debt().get(i).isRevolver()) {
              continue;
            }
            double swept = r.debt().get(i).sweep()[t];
            back += (senior[i] ? swept : 0.0) - swept;
          }
          assertThat(y.sweepLeverage()[t] * y.ebitda[t]).as(where).isCloseTo(
              credit.seniorNetDebt()[t] + back - y.distributions[t], within(tol));
        }
      }
    }
    assertThat(stepped).as("years whose share changed").isGreaterThan(50);
    assertThat(kept).as("years at a threshold").isLessThan(10);
  }

  /** 1 to 4 steps, thresholds between 0.5× and 6×, shares in [0, 1], total or senior. */
  static SweepSteps randomSteps(SplittableRandom rnd) {
    int n = 1 + rnd.nextInt(4);
    List<Step> steps = new ArrayList<>();
    double above = 2.0 + rnd.nextDouble() * 4.0;
    for (int i = 0; i < n; i++) {
      boolean last = i == n - 1;
      steps.add(new Step(rnd.nextDouble(), last ? NONE : above));
      above *= 0.3 + rnd.nextDouble() * 0.6;
    }
    return new SweepSteps(steps,
        rnd.nextBoolean() ? SweepSteps.Leverage.TOTAL : SweepSteps.Leverage.SENIOR);
  }

  static Deal withSteps(Deal d, SweepSteps steps) {
    return new Deal(d.name(), d.company(), d.operations(), d.transaction(), d.structure(),
        d.financing().withSweepSteps(steps), d.tax(), d.covenants(), d.exit(), d.interestBasis(),
        d.participation(), d.cooperative());
  }

  /** Every public column of the two year tables, the tranches and the returns, bit for bit. */
  private static void assertSameRun(DealResult a, DealResult b, String where) {
    try {
      for (Field f : YearTable.class.getFields()) {
        Object x = f.get(a.years());
        Object y = f.get(b.years());
        if (x instanceof double[] dx) {
          assertThat((double[]) y).as(where + " " + f.getName()).containsExactly(dx);
        } else if (x instanceof boolean[] bx) {
          assertThat((boolean[]) y).as(where + " " + f.getName()).containsExactly(bx);
        }
      }
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
    for (int i = 0; i < a.debt().size(); i++) {
      assertThat(b.debt().get(i).closing()).as(where + " closing " + i)
          .containsExactly(a.debt().get(i).closing());
      assertThat(b.debt().get(i).sweep()).as(where + " sweep " + i)
          .containsExactly(a.debt().get(i).sweep());
    }
    // doubles bit for bit (Double.compare: NaN equals NaN, 0.0 is not −0.0)
    assertThat(b.returns()).as(where + " returns").usingRecursiveComparison()
        .withComparatorForType(Double::compare, Double.class).isEqualTo(a.returns());
    assertThat(b.exit()).as(where + " exit").usingRecursiveComparison()
        .withComparatorForType(Double::compare, Double.class).isEqualTo(a.exit());
    assertThat(b.interestIterations()).as(where + " iterations")
        .isEqualTo(a.interestIterations());
  }
}
