package org.reprise.engine.returns;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * The invariants every {@link Irr#irr} result must satisfy, shared by the property tests and the
 * fuzz test. Throws {@link AssertionError} with the flows when one fails.
 */
final class IrrChecks {

  /** NPV at the IRR must be below this fraction of {@code sum_t |f_t| (1+r)^-t}. */
  static final double RELATIVE_NPV_TOLERANCE = 1e-9;

  private IrrChecks() {}

  static void assertConsistent(double[] flows, IrrResult result) {
    if (result == null || result.note() == null) {
      fail(flows, result, "null result or note");
    }
    if (!result.isDefined()) {
      if (result.note().isBlank()) {
        fail(flows, result, "undefined IRR without a reason");
      }
      if (conventional(flows) && !result.note().contains("double range")) {
        fail(flows, result, "one sign change but no IRR");
      }
      return;
    }
    double rate = result.rate();
    if (rate == -1.0) {
      if (result.note().isBlank()) {
        fail(flows, result, "rate -100 % without a note");
      }
      return;
    }
    if (!(rate > -1.0) || Double.isInfinite(rate)) {
      fail(flows, result, "rate outside (-1, +inf)");
    }
    BigDecimal onePlus = BigDecimal.ONE.add(new BigDecimal(rate));
    BigDecimal npv = ReferenceIrr.npv(onePlus, flows);
    BigDecimal size = ReferenceIrr.discountedSize(onePlus, flows);
    if (npv.abs().compareTo(size.multiply(BigDecimal.valueOf(RELATIVE_NPV_TOLERANCE))) <= 0) {
      return;
    }
    // Near r = -1 a one-ulp change of the rate moves the NPV by more than 1e-9 of its size: accept
    // the rate if the exact NPV changes sign within a few ulps of 1 + r (the root is there).
    double delta = Math.max(1e-13 * (1.0 + rate), 8 * Math.ulp(rate));
    BigDecimal d = new BigDecimal(delta);
    BigDecimal below = onePlus.subtract(d);
    if (below.signum() <= 0) {
      below = onePlus.divide(BigDecimal.valueOf(2), ReferenceIrr.MC);
    }
    int sBelow = ReferenceIrr.npv(below, flows).signum();
    int sAbove = ReferenceIrr.npv(onePlus.add(d), flows).signum();
    if (sBelow * sAbove > 0) {
      fail(flows, result, "NPV at the IRR is " + npv.doubleValue() + " of size " + size.doubleValue());
    }
  }

  /** All finite, both signs present, exactly one sign change. */
  static boolean conventional(double[] flows) {
    int previous = 0;
    int changes = 0;
    for (double f : flows) {
      if (!Double.isFinite(f)) {
        return false;
      }
      int s = f > 0 ? 1 : f < 0 ? -1 : 0;
      if (s != 0) {
        changes += previous != 0 && s != previous ? 1 : 0;
        previous = s;
      }
    }
    return changes == 1;
  }

  private static void fail(double[] flows, IrrResult result, String what) {
    throw new AssertionError(what + ": irr(" + Arrays.toString(flows) + ") = " + result);
  }
}
