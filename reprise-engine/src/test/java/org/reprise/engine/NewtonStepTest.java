package org.reprise.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.reprise.engine.tax.CorporateTax;
import org.reprise.engine.tax.TaxPosition;
import org.reprise.model.Deal;
import org.reprise.model.Participation;
import org.reprise.model.Tax;

/**
 * The financing year's Newton step (YearSolver.newtonStep) is only an accelerator: it must reach
 * the same fixed point as Anderson mixing alone, on every kind of deal, and in far fewer
 * evaluations; the slopes it is built from must be the derivatives of the formulas they sit
 * beside.
 */
class NewtonStepTest {

  /** Agreement between two solutions of the same year, both converged to 1e-13 of the balances. */
  private static final double AGREEMENT = 1e-9;

  /** One run's year table and its parts. */
  private record Run(YearTable table, LboEngine.Core core) {}

  private static Run solve(Deal deal, boolean newton) {
    YearTable table = new YearTable(LboEngine.checkedYears(deal));
    return new Run(table, LboEngine.compute(deal, table, null, false, newton));
  }

  private static void assertClose(double[] a, double[] b, String what) {
    for (int t = 0; t < a.length; t++) {
      double tolerance = AGREEMENT * (1.0 + Math.abs(a[t]));
      assertThat(Math.abs(a[t] - b[t]))
          .as("%s, year index %d: %s vs %s", what, t, a[t], b[t])
          .isLessThanOrEqualTo(tolerance);
    }
  }

  /** 300 random deals of every shape (defaults, revolvers, holdings, SCOPs): same results. */
  @Test
  void reachesTheSameFixedPointAsAndersonAlone() {
    int compared = 0;
    long newtonEvaluations = 0;
    long andersonEvaluations = 0;
    int defaultedYears = 0;
    for (long seed = 1; seed <= 300; seed++) {
      Deal deal = AccountingIdentitiesTest.randomDeal(seed);
      Run newtonRun;
      Run andersonRun;
      try {
        newtonRun = solve(deal, true);
        andersonRun = solve(deal, false);
      } catch (RuntimeException e) {
        continue; // refused deals are covered elsewhere
      }
      YearTable a = newtonRun.table();
      YearTable b = andersonRun.table();
      LboEngine.Core newton = newtonRun.core();
      LboEngine.Core anderson = andersonRun.core();
      String s = "seed " + seed;
      assertClose(a.cash, b.cash, s + " cash");
      assertClose(a.debt, b.debt, s + " debt");
      assertClose(a.cashInterest, b.cashInterest, s + " cash interest");
      assertClose(a.incomeTax, b.incomeTax, s + " income tax");
      assertClose(a.dividendsUpstream, b.dividendsUpstream, s + " dividends");
      assertClose(a.sweep, b.sweep, s + " sweep");
      assertClose(a.sweepBase, b.sweepBase, s + " sweep base");
      assertClose(a.shortfall, b.shortfall, s + " shortfall");
      assertClose(a.participation, b.participation, s + " participation");
      assertThat(a.defaulted).as(s).containsExactly(b.defaulted);
      for (int i = 0; i < newton.book().m; i++) {
        assertClose(newton.book().closing[i], anderson.book().closing[i], s + " tranche " + i);
      }
      for (boolean d : a.defaulted) {
        defaultedYears += d ? 1 : 0;
      }
      if (deal.interestBasis() == Deal.InterestBasis.AVERAGE && !deal.isCooperative()) {
        newtonEvaluations += newton.solver().evaluations;
        andersonEvaluations += anderson.solver().evaluations;
      } else {
        // nothing circular but the dividend (opening balances), or a SCOP (Anderson only)
        assertThat(newton.solver().evaluations).as(s).isLessThanOrEqualTo(
            anderson.solver().evaluations);
      }
      compared++;
    }
    assertThat(compared).isGreaterThan(250);
    assertThat(defaultedYears).as("the sample must include payment defaults").isGreaterThan(20);
    // average-balance deals outside a SCOP: measured 1,645 evaluations against Anderson's 3,558
    assertThat((double) newtonEvaluations / andersonEvaluations).isLessThan(0.55);
  }

  /**
   * A holding in a tax group with average-balance interest, interest on cash, a linear senior loan
   * swept, a bullet loan with PIK: the first evaluation and the Newton step's confirmation, two
   * evaluations a year (a year whose piece changed on the way would take one more).
   */
  @Test
  void solvesAnAffineYearInTwoEvaluations() {
    TestDeals d = new TestDeals();
    d.years = 6;
    d.exitYear = 5;
    d.structure = org.reprise.model.Structure.Kind.HOLDING;
    d.taxGroup = true;
    d.tax = TestDeals.france();
    d.basis = Deal.InterestBasis.AVERAGE;
    d.cashSweep = 0.5;
    d.baseCash = 10.0;
    d.interestOnCash = 0.01;
    d.depreciationShare = 0.03;
    d.capexShare = 0.03;
    d.linear("Senior", "banks", 60.0, 0.05, 7);
    d.tranche("Mezzanine", "mezz", org.reprise.model.Tranche.Kind.TERM, 20.0, 0.06, 0.04,
        new double[d.years], 8);
    Deal deal = d.build();
    LboEngine.Core core = solve(deal, true).core();
    int years = deal.years();
    assertThat(core.solver().evaluations).isEqualTo(2 * years);
    assertThat(core.solver().newtonSteps).isEqualTo(years);
    // Anderson alone needs about five a year here
    assertThat(solve(deal, false).core().solver().evaluations).isGreaterThan(3 * years);
  }

  /**
   * CorporateTax's slopes are its one-sided derivatives wherever the tax is differentiable: random
   * positions around the cap (thin capitalisation and the safeguard clause included), the losses,
   * the reduced rate and the social contribution.
   */
  @Test
  void taxSlopesAreTheDerivativesOfTheTax() {
    Tax[] taxes = {TestDeals.france(), TestDeals.generic(0.3), standalone(), TestDeals.franceWithSafeguard()};
    SplittableRandom rnd = new SplittableRandom(11);
    int checked = 0;
    int offsetsChecked = 0;
    for (int k = 0; k < 20_000; k++) {
      Tax p = taxes[k % taxes.length];
      TaxPosition in = new TaxPosition();
      in.losses = rnd.nextBoolean() ? rnd.nextDouble(0, 5e6) : 0.0;
      in.disallowedInterest = rnd.nextBoolean() ? rnd.nextDouble(0, 3e6) : 0.0;
      // the stand-alone entity never has any (it carries nothing forward)
      in.unusedCapacity =
          p.standaloneExtraShare() == 0.0 && rnd.nextBoolean() ? rnd.nextDouble(0, 3e6) : 0.0;
      double income = rnd.nextDouble(-5e6, 2e7);
      double charges = rnd.nextDouble(-1e6, 1.2e7);
      double depreciation = rnd.nextDouble(0, 3e6);
      double revenue = rnd.nextDouble(0, 2e7);
      // a thinly capitalised taxpayer half of the time under the France preset
      double thin = p.thinCap().applies() && rnd.nextBoolean() ? rnd.nextDouble(0, 0.6) : 0.0;
      // a tax group's deduction of a member's pre-group losses after the cap, half of the time
      double offset = rnd.nextBoolean() ? rnd.nextDouble(0, 4e6) : 0.0;
      TaxPosition out = new TaxPosition();
      CorporateTax.compute(p, 0, income, charges, depreciation, revenue, thin, offset, in, out);
      double h = 1.0;
      double[] dIncome =
          slopes(p, income, charges, depreciation, revenue, thin, offset, in, h, 0, 0);
      double[] dCharges =
          slopes(p, income, charges, depreciation, revenue, thin, offset, in, 0, h, 0);
      double[] dOffset =
          slopes(p, income, charges, depreciation, revenue, thin, offset, in, 0, 0, h);
      if (dOffset != null) {
        assertThat(out.taxSlopeOffset).as("d tax / d offset at " + k).isCloseTo(
            dOffset[0], org.assertj.core.api.Assertions.within(1e-6));
        assertThat(out.taxableSlopeOffset).isCloseTo(
            dOffset[1], org.assertj.core.api.Assertions.within(1e-6));
        offsetsChecked++;
      }
      if (dIncome != null) {
        assertThat(out.taxSlopeIncome).as("d tax / d income at " + k).isCloseTo(
            dIncome[0], org.assertj.core.api.Assertions.within(1e-6));
        assertThat(out.taxableSlopeIncome).isCloseTo(
            dIncome[1], org.assertj.core.api.Assertions.within(1e-6));
        checked++;
      }
      if (dCharges != null) {
        assertThat(out.taxSlopeCharges).as("d tax / d charges at " + k).isCloseTo(
            dCharges[0], org.assertj.core.api.Assertions.within(1e-6));
        assertThat(out.taxableSlopeCharges).isCloseTo(
            dCharges[1], org.assertj.core.api.Assertions.within(1e-6));
      }
    }
    assertThat(checked).isGreaterThan(15_000);
    assertThat(offsetsChecked).isGreaterThan(15_000);
  }

  /**
   * Forward and backward differences of (tax, taxable income); null at a kink (they disagree).
   */
  private static double[] slopes(
      Tax p, double income, double charges, double dep, double revenue, double thin,
      double offset, TaxPosition in, double hi, double hc, double ho) {
    TaxPosition up = new TaxPosition();
    TaxPosition down = new TaxPosition();
    TaxPosition mid = new TaxPosition();
    double t0 = CorporateTax.compute(p, 0, income, charges, dep, revenue, thin, offset, in, mid);
    double tUp = CorporateTax.compute(
        p, 0, income + hi, charges + hc, dep, revenue, thin, offset + ho, in, up);
    double tDown = CorporateTax.compute(
        p, 0, income - hi, charges - hc, dep, revenue, thin, offset - ho, in, down);
    double h = hi + hc + ho;
    double[] forward = {(tUp - t0) / h, (up.taxableIncome - mid.taxableIncome) / h};
    double[] backward = {(t0 - tDown) / h, (mid.taxableIncome - down.taxableIncome) / h};
    if (Math.abs(forward[0] - backward[0]) > 1e-7 || Math.abs(forward[1] - backward[1]) > 1e-7) {
      return null;
    }
    return forward;
  }

  private static Tax standalone() {
    double[] rate = new double[40];
    Arrays.fill(rate, 0.25);
    return new Tax(
        rate, 0.15, 42_500, 3_000_000, 0.30, 0.25, 0.0, 1_000_000, 0.5, 0.033, 763_000, 7_630_000,
        0.05, 0.01, 0.043, 0, org.reprise.model.ThinCap.NONE);
  }

  /** The participation's slopes are its derivatives in b and va between its floor and cap. */
  @Test
  void participationSlopesAreItsDerivatives() {
    Participation p = Participation.legal(180);
    SplittableRandom rnd = new SplittableRandom(5);
    int checked = 0;
    for (int k = 0; k < 5_000; k++) {
      double b = rnd.nextDouble(-1e6, 8e6);
      double c = rnd.nextDouble(0, 2e7);
      double s = rnd.nextDouble(1e6, 1e7);
      double va = rnd.nextDouble(1e6, 3e7);
      double h = 1.0;
      double r = p.reserve(b, c, s, va, 180);
      double db = (p.reserve(b + h, c, s, va, 180) - p.reserve(b - h, c, s, va, 180)) / (2 * h);
      double dva = (p.reserve(b, c, s, va + h, 180) - p.reserve(b, c, s, va - h, 180)) / (2 * h);
      boolean smooth = r > 1.0 && r < p.perEmployeeCap() * 180 - 1.0;
      if (smooth) {
        assertThat(p.reserveSlopeB(r, s, va, 180)).isCloseTo(
            db, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(p.reserveSlopeVa(r, va, 180)).isCloseTo(
            dva, org.assertj.core.api.Assertions.within(1e-6));
        checked++;
      } else if (r == 0.0) {
        assertThat(p.reserveSlopeB(r, s, va, 180)).isZero();
        assertThat(p.reserveSlopeVa(r, va, 180)).isZero();
      }
    }
    assertThat(checked).isGreaterThan(1_000);
  }
}
