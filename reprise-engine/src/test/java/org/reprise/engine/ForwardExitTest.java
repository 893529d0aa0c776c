package org.reprise.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;
import org.reprise.model.Deal;
import org.reprise.model.Structure;
import org.reprise.model.Tranche;
import org.reprise.model.Valuation;

/**
 * The year after the exit that a forward exit multiple adds (methodology §1, §3, §5.4, §6): it
 * provides the EBITDA the exit multiple applies to and changes nothing of the holding period.
 */
class ForwardExitTest {
  private static final double EPS = 1e-9;

  /** A deal exiting after 5 years at 5 × LTM (5 projected years) or 5 × forward (6 years). */
  private static TestDeals deal(boolean forward) {
    TestDeals d = new TestDeals();
    d.years = forward ? 6 : 5;
    d.exitYear = 5;
    d.growth = new double[] {0.04, 0.03, 0.03, 0.02, 0.02, 0.02};
    d.exitValue =
        new Valuation(
            forward ? Valuation.Basis.MULTIPLE_FORWARD : Valuation.Basis.MULTIPLE_LTM, 5.0);
    d.structure = Structure.Kind.HOLDING;
    d.taxGroup = true;
    d.basis = Deal.InterestBasis.AVERAGE;
    d.tax = TestDeals.france();
    d.cashSweep = 0.5;
    d.minimumCash = 2.0;
    d.baseCash = 5.0;
    d.maxLeverage = TestDeals.fill(d.years, 3.0);
    d.minCover = TestDeals.fill(d.years, 2.0);
    d.upfrontFee = 0.02;
    d.linear("Term loan A", "banks", 30.0, 0.06, 6); // matures in year 6: after the exit
    d.upfrontFee = 0.03;
    d.term("Term loan B", "banks", 20.0, 0.07, 7); // after the horizon either way
    d.upfrontFee = 0.01;
    d.linear("Short loan", "banks", 6.0, 0.05, 3); // matures before the exit
    return d;
  }

  /**
   * Each fee is expensed over min(maturity, exit year) years: term loan A 2 % × 30 = 0.6 over 5
   * years (not 6, although it matures in year 6 of the forward run's horizon), 0.12 a year; term
   * loan B 3 % × 20 = 0.6 over 5, 0.12; the short loan 1 % × 6 = 0.06 over 3, 0.02. The sweep
   * repays term loan A in full in year 3, so the 0.24 of its fee left for years 4 and 5 is
   * written off in year 3 (methodology §3): 0.12 + 0.24 + 0.12 + 0.02 = 0.50. Nothing after the
   * exit: every fee is expensed by then.
   */
  @Test
  void upfrontFeesAreExpensedByTheExit() {
    double[] byYear = {0.26, 0.26, 0.50, 0.12, 0.12};
    for (boolean forward : new boolean[] {false, true}) {
      DealResult r = LboEngine.DEFAULT.run(deal(forward).build());
      YearTable y = r.years();
      assertThat(r.debt().get(0).closing()[2]).isCloseTo(0.0, within(EPS));
      assertThat(r.debt().get(0).opening()[2]).isPositive();
      for (int t = 0; t < 5; t++) {
        double expected = byYear[t];
        assertThat(y.feeAmortisation[t]).as("forward " + forward + ", year " + (t + 1))
            .isCloseTo(expected, within(EPS));
      }
      double total = 0.0;
      for (double f : y.feeAmortisation) {
        total += f;
      }
      assertThat(total).isCloseTo(0.6 + 0.6 + 0.06, within(EPS));
      if (forward) {
        assertThat(y.feeAmortisation[5]).isZero();
      }
    }
  }

  @Test
  void feePeriodIsTheMaturityOrTheExitWhicheverComesFirst() {
    TestDeals d = new TestDeals();
    d.term("Six", "banks", 10.0, 0.05, 6);
    d.term("Three", "banks", 10.0, 0.05, 3);
    d.term("None", "banks", 10.0, 0.05, 9); // after the 5-year horizon: no maturity
    d.term("Five", "banks", 10.0, 0.05, 5);
    java.util.List<org.reprise.model.Tranche> t = d.build().financing().debt();
    assertThat(t.get(0).feePeriod(5)).isEqualTo(5);
    assertThat(t.get(1).feePeriod(5)).isEqualTo(3);
    assertThat(t.get(2).maturity()).isZero();
    assertThat(t.get(2).feePeriod(5)).isEqualTo(5);
    assertThat(t.get(3).feePeriod(5)).isEqualTo(5);
  }

  /**
   * Only the exit valuation differs between the LTM and the forward run: every row of every year up
   * to the exit, and every tranche's schedule, are the same (exactly: the same operations, in the
   * same order, on the same numbers).
   */
  @Test
  void theHoldingPeriodIsTheSameUnderBothExitConventions() throws IllegalAccessException {
    DealResult ltm = LboEngine.DEFAULT.run(deal(false).build());
    DealResult fwd = LboEngine.DEFAULT.run(deal(true).build());
    int compared = 0;
    for (Field f : YearTable.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers())) {
        continue;
      }
      Object a = f.get(ltm.years());
      Object b = f.get(fwd.years());
      for (int t = 0; t < 5; t++) {
        String what = f.getName() + ", year " + (t + 1);
        if (a instanceof double[] x) {
          assertThat(Double.valueOf(((double[]) b)[t])).as(what).isEqualTo(Double.valueOf(x[t]));
          compared++;
        } else if (a instanceof boolean[] x) {
          assertThat(((boolean[]) b)[t]).as(what).isEqualTo(x[t]);
        } else if (a instanceof int[] x) {
          assertThat(((int[]) b)[t]).as(what).isEqualTo(x[t]);
        }
      }
    }
    assertThat(compared).isGreaterThan(200);
    for (int i = 0; i < ltm.debt().size(); i++) {
      TrancheSchedule a = ltm.debt().get(i);
      TrancheSchedule b = fwd.debt().get(i);
      for (int t = 0; t < 5; t++) {
        assertThat(b.closing()[t]).as(a.name() + " closing " + t).isEqualTo(a.closing()[t]);
        assertThat(b.cashInterest()[t]).as(a.name() + " interest " + t)
            .isEqualTo(a.cashInterest()[t]);
        assertThat(b.sweep()[t]).as(a.name() + " sweep " + t).isEqualTo(a.sweep()[t]);
      }
    }
    assertThat(fwd.exit().ebitda()).isEqualTo(fwd.years().ebitda[5]);
    assertThat(fwd.exit().netDebt()).isEqualTo(ltm.exit().netDebt());
  }

  /**
   * A vendor loan of 30 (not swept) due in year 6, which the year's cash flow of about 17 could
   * not pay (the excess cash of earlier years is distributed), and a net-leverage maximum of 0.1×
   * breached every year: year 6, whose debt the exit has repaid, reports neither; its ratios are
   * still given, and the bullet is not due from its cash (review 14, finding 2: it was shown
   * unpaid there).
   */
  @Test
  void theYearAfterTheExitIsNotTested() {
    TestDeals d = deal(true);
    d.upfrontFee = 0.0;
    d.distributions = 1.0; // what the sweep leaves is distributed: the minimum cash in year 5
    d.lockUp = false; // even after the breaches (the lock-up would keep the cash for the bullet)
    d.tranche("Vendor loan", "vendor", Tranche.Kind.VENDOR_LOAN, 30.0, 0.04, 0.0, new double[6], 6);
    d.maxLeverage = TestDeals.fill(6, 0.1); // breached every year
    DealResult r = LboEngine.DEFAULT.run(d.build());
    YearTable y = r.years();
    assertThat(y.covenantBreach[4]).isTrue();
    assertThat(y.leverageHeadroom[4]).isNegative();
    assertThat(y.covenantBreach[5]).isFalse();
    assertThat(y.leverageHeadroom[5]).isNaN();
    assertThat(y.interestCoverHeadroom[5]).isNaN();
    assertThat(y.debtServiceCoverHeadroom[5]).isNaN();
    assertThat(y.netLeverage[5]).isFinite();
    // the bullet falls due in year 6, after the sale that repaid the buyout's debt: nothing of it
    // is due from year 6's cash, nothing is left unpaid there
    TrancheSchedule bullet = r.debt().get(3);
    assertThat(bullet.mandatory()[5]).isZero();
    assertThat(bullet.unpaidPrincipal()[5]).isZero();
    assertThat(y.defaulted[5]).isFalse();
    assertThat(y.shortfall[5]).isZero();
    assertThat(r.paymentDefault().occurred()).isFalse();
  }
}
