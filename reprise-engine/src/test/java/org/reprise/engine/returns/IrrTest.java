package org.reprise.engine.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.LongStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.solvers.AllowedSolution;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class IrrTest {

  /** Absolute tolerance on rates computed by hand (the contract is 1e-12; we get ~1e-16). */
  private static final double RATE_TOL = 1e-14;

  // ---------------------------------------------------------------- hand-worked conventional cases

  @Test
  void singleEntryAndExitDoublingInFiveYears() {
    // -100 at closing, +200 at t=5: (1+r)^5 = 2, r = 2^(1/5) - 1 = 0.148698354997035 (14.8698 %)
    IrrResult r = Irr.irr(new double[] {-100, 0, 0, 0, 0, 200});
    assertThat(r.isDefined()).isTrue();
    assertThat(r.note()).isEmpty();
    assertThat(r.rate()).isCloseTo(0.148698354997035, within(RATE_TOL));
  }

  @Test
  void levelCouponAtTenPercent() {
    // 10/1.1 + 10/1.21 + 110/1.331 = 9.090909 + 8.264463 + 82.644628 = 100: r = 10 %
    assertThat(Irr.irr(new double[] {-100, 10, 10, 110}).rate()).isCloseTo(0.10, within(RATE_TOL));
  }

  @Test
  void parBondYieldsItsCoupon() {
    // a bond bought at par (100) paying 5 a year and 100 at t=10 yields exactly its 5 % coupon
    double[] flows = bond(100, 5, 10);
    assertThat(Irr.irr(flows).rate()).isCloseTo(0.05, within(RATE_TOL));
  }

  @Test
  void discountBondMatchesBigDecimalReference() {
    // bought at 95, coupon 5, 10 years: the yield is above the 5 % coupon; reference by 300
    // BigDecimal bisections (ReferenceIrr) gives 0.0566735... (textbook YTM approximation:
    // (5 + 5/10) / ((100 + 95)/2) = 5.64 %)
    double[] flows = bond(95, 5, 10);
    double reference = ReferenceIrr.irrByBisection(flows, 0.0, 0.2);
    assertThat(reference).isCloseTo(0.0567, within(1e-4));
    assertThat(Irr.irr(flows).rate()).isCloseTo(reference, within(1e-15));
  }

  @Test
  void borrowingHasTheCostOfFundsAsIrr() {
    // +100 received, 110 repaid a year later: 100 = 110/(1+r), r = 10 %
    assertThat(Irr.irr(new double[] {100, -110}).rate()).isCloseTo(0.10, within(RATE_TOL));
  }

  @Test
  void leadingAndTrailingZerosDoNotMatter() {
    // -100 at t=1, +121 at t=3: (1+r)^2 = 1.21, r = 10 %
    assertThat(Irr.irr(new double[] {0, -100, 0, 121, 0}).rate()).isCloseTo(0.10, within(RATE_TOL));
  }

  @Test
  void breakEvenIsExactlyZero() {
    assertThat(Irr.irr(new double[] {-100, 40, 60}).rate()).isZero();
  }

  @Test
  void negativeIrrs() {
    // -100 then +50 a year later: 1 + r = 0.5
    assertThat(Irr.irr(new double[] {-100, 50}).rate()).isCloseTo(-0.5, within(RATE_TOL));
    // -100 then +1e-10 at t=4: (1+r)^4 = 1e-12, 1 + r = 1e-3, r = -0.999
    assertThat(Irr.irr(new double[] {-100, 0, 0, 0, 1e-10}).rate())
        .isCloseTo(-0.999, within(RATE_TOL));
  }

  // ------------------------------------------------------------------------- very large IRRs

  @Test
  void veryLargeIrrsNeedNoFixedBracket() {
    // -1 then +1e6 at t=1: 1 + r = 1e6, r = 999999 (99 999 900 %); relative accuracy
    assertThat(Irr.irr(new double[] {-1, 1e6}).rate()).isCloseTo(999_999.0, within(1e-9));
    // 5000 %: -1 then +51
    assertThat(Irr.irr(new double[] {-1, 51}).rate()).isCloseTo(50.0, within(1e-13));
    // -1 then +1e6 at t=5: 1 + r = 10^(6/5) = 15.848931924611135
    assertThat(Irr.irr(new double[] {-1, 0, 0, 0, 0, 1e6}).rate())
        .isCloseTo(14.848931924611135, within(1e-13));
    // 1 + r = 1e200
    assertThat(Irr.irr(new double[] {-1e-100, 1e100}).rate()).isCloseTo(1e200, within(1e186));
  }

  @Test
  void irrsBeyondTheDoubleRange() {
    // 1 + r = 1e550 overflows
    IrrResult huge = Irr.irr(new double[] {-1e-250, 1e300});
    assertThat(huge.isDefined()).isFalse();
    assertThat(huge.note()).contains("double range");
    // 1 + r = 1e-550 underflows: the IRR is -100 % to double precision
    IrrResult tiny = Irr.irr(new double[] {-1e300, 1e-250});
    assertThat(tiny.rate()).isEqualTo(-1.0);
    assertThat(tiny.note()).contains("-100 %");
  }

  @Test
  void hugeFlowsDoNotOverflow() {
    // three payments of 1e308, then three receipts of 1.5e308 (the sum of |flows| overflows):
    // NPV = a (1 + d + d^2)(-1 + 1.5 d^3) with d = 1/(1+r), so (1+r)^3 = 1.5,
    // r = 1.5^(1/3) - 1 = 0.1447142425533319
    double[] flows = {-1e308, -1e308, -1e308, 1.5e308, 1.5e308, 1.5e308};
    assertThat(Irr.irr(flows).rate()).isCloseTo(0.1447142425533319, within(RATE_TOL));
  }

  @Test
  void subnormalFlowsKeepFullPrecision() {
    // found by IrrFuzzTest: 2.2846e-320 (subnormal) at t=0, -1e9 at t=2:
    // (1+r)^2 = 1e9 / 2.2846e-320, 1 + r = sqrt(1e9) / sqrt(2.2846e-320) = 2.09e164; before the
    // flows were scaled by a power of two, x^2 * 1e9 was evaluated among subnormals
    double[] flows = {2.2846E-320, 0.0, -1.0E9, 0.0, 0.0};
    IrrResult r = Irr.irr(flows);
    assertThat(r.rate() / (Math.sqrt(1e9) / Math.sqrt(2.2846E-320))).isCloseTo(1.0, within(1e-14));
    IrrChecks.assertConsistent(flows, r);
  }

  @Test
  void flowsSpanningMoreThanTheDoubleRangeAreRefused() {
    // 4.9e-324 against 1e300: a ratio of about 2^2070 > 2^1900
    IrrResult r = Irr.irr(new double[] {Double.MIN_VALUE, 0, -1e300});
    assertThat(r.isDefined()).isFalse();
    assertThat(r.note()).contains("double range");
  }

  // ------------------------------------------------------------------ non-conventional flows

  @Test
  void twoIrrsAreReportedNotChosen() {
    // -100 + 230/(1+r) - 132/(1+r)^2 = 0  <=>  100 y^2 - 230 y + 132 = 0 with y = 1+r
    // y = (230 ± sqrt(52900 - 52800)) / 200 = (230 ± 10)/200 = 1.1 or 1.2: 10 % and 20 %
    IrrResult r = Irr.irr(new double[] {-100, 230, -132});
    assertThat(r.isDefined()).isFalse();
    assertThat(r.rate()).isNaN();
    assertThat(r.note()).isEqualTo("several IRRs: 10.0000 %, 20.0000 %");
  }

  @Test
  void threeSignChangesWithOneRoot() {
    // Q(x) = 100 (1.1x - 1)(x^2 - x + 1) = -100 + 210x - 210x^2 + 110x^3, x = 1/(1+r):
    // the quadratic factor has no real root (discriminant -3), so the only IRR is 10 %
    IrrResult r = Irr.irr(new double[] {-100, 210, -210, 110});
    assertThat(r.note()).isEmpty();
    assertThat(r.rate()).isCloseTo(0.10, within(1e-13));
  }

  /**
   * A lender's flows when the borrower draws its revolver in a bad year: three sign changes, but
   * the running sums (−100, −92, −122, −114, +26) change sign once and the sums from the end
   * (140, 148, 118, 126, 26) never, so there is one IRR (Norstrøm's criterion); it must be the
   * root the BigDecimal bisection finds.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void severalSignChangesWithOneRootByTheCumulativeSums(long seed) {
    IrrResult fixed = Irr.irr(new double[] {-100, 8, -30, 8, 140});
    assertThat(fixed.note()).isEmpty();
    assertThat(fixed.rate())
        .isCloseTo(ReferenceIrr.irrByBisection(new double[] {-100, 8, -30, 8, 140}, -0.5, 1.0),
            within(1e-12));
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    int checked = 0;
    for (int i = 0; i < 200; i++) {
      int n = rng.nextInt(4, 12);
      double[] flows = new double[n];
      flows[0] = -100;
      for (int t = 1; t < n - 1; t++) {
        flows[t] = rng.nextInt(4) == 0 ? -rng.nextDouble(0, 60) : rng.nextDouble(0, 20);
      }
      flows[n - 1] = rng.nextDouble(0, 300);
      IrrResult r = Irr.irr(flows);
      IrrChecks.assertConsistent(flows, r);
      if (r.isDefined()) {
        double reference = ReferenceIrr.irrByBisection(flows, -1 + 1e-9, 1e4);
        assertThat(r.rate()).isCloseTo(reference, within(1e-12 * Math.max(1, Math.abs(reference))));
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(100);
  }

  @Test
  void doubleRootIsOneIrr() {
    // -(1 - x)^2 = -1 + 2x - x^2: NPV <= 0 touching zero at x = 1, r = 0
    assertThat(Irr.irr(new double[] {-1, 2, -1}).rate()).isCloseTo(0.0, within(1e-8));
    // -(10 - 10.5x)^2 = -100 + 210x - 110.25x^2: tangent at x = 1/1.05, r = 5 %
    // (a double root is only determined to ~sqrt(eps) by the flows' rounding)
    IrrResult r = Irr.irr(new double[] {-100, 210, -110.25});
    assertThat(r.rate()).isCloseTo(0.05, within(1e-7));
  }

  @Test
  void noRootDespiteSignChanges() {
    // -100 + 50x - 100x^2 < 0 for all x (discriminant 2500 - 40000 < 0)
    IrrResult r = Irr.irr(new double[] {-100, 50, -100});
    assertThat(r.isDefined()).isFalse();
    assertThat(r.note()).startsWith("no IRR").contains("2 times");
  }

  // ---------------------------------------------------------------------- undefined and edges

  @Test
  void totalLossIsMinusOneHundredPercent() {
    IrrResult r = Irr.irr(new double[] {-100, 0, 0});
    assertThat(r.isDefined()).isTrue();
    assertThat(r.rate()).isEqualTo(-1.0);
    assertThat(r.note()).isEqualTo("no net inflow in any period (IRR -100 %)");
  }

  /**
   * A lender that received money in a period in which it lent more (interest 2.4 against revolver
   * drawings 2.8: a net flow of −0.4) has no net inflow either: −100 %, and the note does not say
   * that nothing was received (review 12 PE, finding 8).
   */
  @Test
  void netFlowsThatNeverTurnPositiveAreNotSaidToReceiveNothing() {
    IrrResult r = Irr.irr(new double[] {-19.0, 2.4 - 2.8, 0.0});
    assertThat(r.rate()).isEqualTo(-1.0);
    assertThat(r.note()).startsWith(Irr.NO_NET_INFLOW).doesNotContain("nothing was received");
  }

  @Test
  void undefinedCases() {
    assertThat(Irr.irr(new double[] {100, 50}).note()).contains("all flows have the same sign");
    assertThat(Irr.irr(new double[] {}).note()).isEqualTo("no cash flows");
    assertThat(Irr.irr(new double[] {0, 0}).note()).isEqualTo("all cash flows are zero");
    assertThat(Irr.irr(new double[] {-100, Double.NaN}).note()).contains("non-finite", "t=1");
    IrrResult inf = Irr.irr(new double[] {Double.NEGATIVE_INFINITY, 100});
    assertThat(inf.rate()).isNaN();
    assertThat(inf.note()).contains("non-finite", "t=0");
    assertThatNullPointerException().isThrownBy(() -> Irr.irr(null)).withMessage("flows");
  }

  // ------------------------------------------------------------------------------ npv, moic

  @Test
  void npvDiscountsAtTheEndOfEachPeriod() {
    // -100 + 10/1.1 + 10/1.21 + 110/1.331 = 0
    assertThat(Irr.npv(0.10, new double[] {-100, 10, 10, 110})).isCloseTo(0.0, within(1e-12));
    // at 0 % the NPV is the sum
    assertThat(Irr.npv(0.0, new double[] {-100, 10, 10, 110})).isEqualTo(30.0);
    assertThat(Irr.npv(-1.0, new double[] {-100, 110})).isNaN();
    assertThat(Irr.npv(Double.NaN, new double[] {-100, 110})).isNaN();
  }

  @Test
  void moicIsProceedsOverInvested() {
    assertThat(Irr.moic(new double[] {-100, 10, 10, 110})).isCloseTo(1.3, within(1e-15));
    assertThat(Irr.moic(new double[] {-50, -50, 20, 180})).isEqualTo(2.0);
    assertThat(Irr.moic(new double[] {-100, 0})).isZero();
    assertThat(Irr.moic(new double[] {100, 5})).isNaN();
    assertThat(Irr.moic(new double[] {-100, Double.POSITIVE_INFINITY})).isNaN();
  }

  // ---------------------------------------------------------------------------- property tests

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 20);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void npvAtTheIrrOfRandomConventionalFlowsIsZero(long seed) {
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    for (int i = 0; i < 1000; i++) {
      double[] flows = randomConventional(rng);
      IrrResult result = Irr.irr(flows);
      assertThat(result.note()).as("note of %s", java.util.Arrays.toString(flows)).isEmpty();
      double rate = result.rate();
      double size = 0;
      double discountedSize = 0;
      for (int t = 0; t < flows.length; t++) {
        size += Math.abs(flows[t]);
        discountedSize += Math.abs(flows[t]) * Math.pow(1 + rate, -t);
      }
      double npv = Irr.npv(rate, flows);
      assertThat(Math.abs(npv)).isLessThanOrEqualTo(1e-12 * discountedSize);
      if (rate >= 0) {
        assertThat(Math.abs(npv)).isLessThanOrEqualTo(1e-9 * size);
      }
      IrrChecks.assertConsistent(flows, result);
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void singleEntryAndExitCompoundToTheMultiple(long seed) {
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    for (int i = 0; i < 1000; i++) {
      int years = rng.nextInt(1, 41);
      double paid = Math.exp(rng.nextDouble(0, 20));
      double multiple = Math.exp(rng.nextDouble(Math.log(1e-3), Math.log(1e4)));
      double[] flows = new double[years + 1];
      flows[0] = -paid;
      flows[years] = paid * multiple;
      double rate = Irr.irr(flows).rate();
      // (1 + IRR)^n = received / paid
      assertThat(Math.pow(1 + rate, years) / (flows[years] / paid))
          .isCloseTo(1.0, within(1e-13 * years));
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void matchesBigDecimalBisection(long seed) {
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    for (int i = 0; i < 10; i++) {
      double[] flows = randomConventional(rng);
      double rate = Irr.irr(flows).rate();
      double reference = ReferenceIrr.irrByBisection(flows, -1 + 1e-9, 1e4);
      // absolute accuracy 1e-12 below 1000 %, relative above
      assertThat(rate).isCloseTo(reference, within(1e-12 * Math.max(1, Math.abs(reference))));
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void twoConstructedRootsAreBothReported(long seed) {
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    for (int i = 0; i < 100; i++) {
      double r1 = rng.nextDouble(-0.5, 1.0);
      double r2 = r1 + rng.nextDouble(0.01, 1.0);
      // -100 (1 - (1+r1)x)(1 - (1+r2)x) with x = 1/(1+r): IRRs r1 and r2
      double[] flows = {-100, 100 * (2 + r1 + r2), -100 * (1 + r1) * (1 + r2)};
      IrrResult result = Irr.irr(flows);
      assertThat(result.isDefined()).isFalse();
      assertThat(result.note()).startsWith("several IRRs: ");
      String[] parts = result.note().substring("several IRRs: ".length()).split(", ");
      assertThat(parts).hasSize(2);
      assertThat(percent(parts[0])).isCloseTo(r1, within(1e-6));
      assertThat(percent(parts[1])).isCloseTo(r2, within(1e-6));
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void arbitraryFlowsSatisfyTheInvariants(long seed) {
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    for (int i = 0; i < 500; i++) {
      double[] flows = new double[rng.nextInt(1, 41)];
      for (int t = 0; t < flows.length; t++) {
        int kind = rng.nextInt(4);
        flows[t] =
            kind == 0 ? 0.0 : (rng.nextBoolean() ? 1 : -1) * Math.exp(rng.nextDouble(-30, 30));
      }
      IrrChecks.assertConsistent(flows, Irr.irr(flows));
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void equityCuresAgreeWithHipparchusOnAGrid(long seed) {
    // Independent reference: NPV by Math.pow, sign changes on a grid of 0.1 % steps over
    // [-90 %, 300 %], each refined by Hipparchus' BracketingNthOrderBrentSolver (5th order).
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    BracketingNthOrderBrentSolver brent = new BracketingNthOrderBrentSolver(1e-15, 1e-15, 5);
    for (int i = 0; i < 50; i++) {
      int n = rng.nextInt(4, 13);
      double[] flows = new double[n];
      flows[0] = -100;
      for (int t = 1; t < n - 1; t++) {
        flows[t] = rng.nextDouble(0, 15); // dividends
      }
      flows[rng.nextInt(1, n - 1)] = -rng.nextDouble(10, 150); // an equity cure
      flows[n - 1] = rng.nextDouble(0, 400); // exit
      UnivariateFunction npv = r -> powNpv(r, flows);
      java.util.List<Double> expected = new java.util.ArrayList<>();
      for (int k = 0; k < 3900; k++) {
        double a = -0.9 + k * 0.001;
        double b = a + 0.001;
        if (npv.value(a) * npv.value(b) <= 0 && npv.value(b) != 0) {
          expected.add(brent.solve(1000, npv, a, b, AllowedSolution.ANY_SIDE));
        }
      }
      IrrResult result = Irr.irr(flows);
      double[] reported = reportedRates(result);
      double tol = result.isDefined() ? 1e-12 : 1e-6; // notes print 4 decimals of a percentage
      double[] inRange =
          java.util.Arrays.stream(reported).filter(r -> r > -0.9 + tol && r < 3.0 - tol).toArray();
      assertThat(inRange)
          .as("irr(%s) = %s", java.util.Arrays.toString(flows), result)
          .hasSize(expected.size());
      for (int k = 0; k < inRange.length; k++) {
        assertThat(inRange[k]).isCloseTo(expected.get(k), within(tol));
      }
    }
  }

  // ------------------------------------------------------------------------------- fixtures

  /** The rate, the rates listed in a "several IRRs" note, or none. */
  private static double[] reportedRates(IrrResult result) {
    if (result.isDefined()) {
      return new double[] {result.rate()};
    }
    if (!result.note().startsWith("several IRRs: ")) {
      return new double[0];
    }
    return java.util.Arrays.stream(
            result.note().substring("several IRRs: ".length()).split(", "))
        .mapToDouble(IrrTest::percent)
        .toArray();
  }

  /** NPV by the textbook formula with Math.pow, independent of Irr.npv's Horner scheme. */
  private static double powNpv(double rate, double[] flows) {
    double v = 0;
    for (int t = 0; t < flows.length; t++) {
      v += flows[t] / Math.pow(1 + rate, t);
    }
    return v;
  }

  /** "12.3456 %" as the decimal 0.123456. */
  private static double percent(String text) {
    assertThat(text).endsWith(" %");
    return Double.parseDouble(text.substring(0, text.length() - 2)) / 100;
  }

  /** Price paid at t=0, coupon each year, coupon + 100 at maturity. */
  private static double[] bond(double price, double coupon, int years) {
    double[] flows = new double[years + 1];
    flows[0] = -price;
    for (int t = 1; t <= years; t++) {
      flows[t] = coupon + (t == years ? 100 : 0);
    }
    return flows;
  }

  /**
   * 2 to 41 annual flows: outflows in the first 1-3 periods, then inflows (some periods empty)
   * adding up to a log-uniform multiple of 0.01x to 100x.
   */
  static double[] randomConventional(UniformRandomProvider rng) {
    int n = rng.nextInt(2, 42);
    int paying = rng.nextInt(1, Math.min(3, n - 1) + 1);
    double[] flows = new double[n];
    double paid = 0;
    for (int t = 0; t < paying; t++) {
      flows[t] = -Math.exp(rng.nextDouble(0, 10));
      paid -= flows[t];
    }
    double multiple = Math.exp(rng.nextDouble(Math.log(0.01), Math.log(100)));
    double weights = 0;
    double[] w = new double[n];
    for (int t = paying; t < n; t++) {
      w[t] = t == n - 1 || rng.nextDouble() < 0.6 ? rng.nextDouble() : 0;
      weights += w[t];
    }
    if (weights == 0) {
      w[n - 1] = weights = 1;
    }
    for (int t = paying; t < n; t++) {
      flows[t] = paid * multiple * w[t] / weights;
    }
    return flows;
  }
}
