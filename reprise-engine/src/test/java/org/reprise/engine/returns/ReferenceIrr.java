package org.reprise.engine.returns;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Independent reference values for the IRR tests, computed in {@link BigDecimal} arithmetic with
 * 50 significant digits from the exact binary values of the flows. Provenance: written for these
 * tests from the definition {@code NPV = sum_t f_t (1+r)^-t} and plain bisection; shares no code
 * with {@link Irr} or {@link IrrRoots}.
 */
final class ReferenceIrr {

  static final MathContext MC = new MathContext(50, RoundingMode.HALF_EVEN);

  private ReferenceIrr() {}

  /** {@code sum_t flows[t] (1+r)^-t} for {@code onePlusRate = 1 + r > 0}. */
  static BigDecimal npv(BigDecimal onePlusRate, double[] flows) {
    BigDecimal discount = BigDecimal.ONE.divide(onePlusRate, MC);
    BigDecimal v = BigDecimal.ZERO;
    for (int t = flows.length - 1; t >= 0; t--) {
      v = v.multiply(discount, MC).add(new BigDecimal(flows[t]), MC);
    }
    return v;
  }

  /** {@code sum_t |flows[t]| (1+r)^-t}: the size against which an NPV of zero is judged. */
  static BigDecimal discountedSize(BigDecimal onePlusRate, double[] flows) {
    BigDecimal discount = BigDecimal.ONE.divide(onePlusRate, MC);
    BigDecimal v = BigDecimal.ZERO;
    for (int t = flows.length - 1; t >= 0; t--) {
      v = v.multiply(discount, MC).add(new BigDecimal(Math.abs(flows[t])), MC);
    }
    return v;
  }

  /**
   * IRR by 300 bisections of {@code 1 + r} on {@code [1 + lo, 1 + hi]}, where the NPV must change
   * sign; the bracket is then narrower than 1e-80 relative, far below double precision.
   */
  static double irrByBisection(double[] flows, double lo, double hi) {
    BigDecimal a = BigDecimal.ONE.add(new BigDecimal(lo));
    BigDecimal b = BigDecimal.ONE.add(new BigDecimal(hi));
    int signA = npv(a, flows).signum();
    if (signA == npv(b, flows).signum()) {
      throw new IllegalArgumentException("no sign change on the bracket");
    }
    BigDecimal two = BigDecimal.valueOf(2);
    for (int i = 0; i < 300; i++) {
      BigDecimal mid = a.add(b).divide(two, MC);
      int s = npv(mid, flows).signum();
      if (s == 0) {
        return mid.subtract(BigDecimal.ONE).doubleValue();
      }
      if (s == signA) {
        a = mid;
      } else {
        b = mid;
      }
    }
    return a.add(b).divide(two, MC).subtract(BigDecimal.ONE).doubleValue();
  }
}
