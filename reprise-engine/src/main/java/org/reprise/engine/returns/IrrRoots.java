package org.reprise.engine.returns;

import java.util.Arrays;

/**
 * Real roots on the unit interval of a polynomial {@code p(x) = sum_k c[k] x^k}.
 *
 * <p>The IRR problem is mapped onto the unit interval twice (see {@link Irr}): rates {@code r >= 0}
 * are the roots of the flows' polynomial in {@code x = 1/(1+r)}, rates {@code -1 < r < 0} the roots
 * of the reversed polynomial in {@code z = 1+r}. On {@code [0, 1]} Horner's scheme never
 * multiplies by more than one, so the evaluation cannot overflow once the coefficients are scaled.
 *
 * <p>Two entry points:
 *
 * <ul>
 *   <li>{@link #solveBracketed}: Newton's method guarded by a sign-change bracket, with geometric
 *       bisection when a Newton step leaves the bracket (or after {@value #NEWTON_ITERATIONS}
 *       iterations), so it converges to a few ulps for any bracket, even one spanning hundreds of
 *       orders of magnitude. It stops as soon as the polynomial is below the bound on Horner's
 *       rounding error (plus one Newton step), rather than chasing rounding noise. It allocates
 *       nothing.
 *   <li>{@link #rootsInUnitInterval}: all roots in {@code (0, 1]}, isolated by recursion on the
 *       derivative (the roots of {@code p'} cut {@code (0, 1]} into intervals where {@code p} is
 *       monotone, holding at most one root each; C. Yuksel, "High-Performance Polynomial Root
 *       Finding for Graphics", Proc. ACM Comput. Graph. Interact. Tech. 5(3), 2022), each root then
 *       found by {@link #solveBracketed} on its monotone interval. A critical point where {@code
 *       |p|} is within rounding of zero is reported as a (multiple) root. Descartes' rule of signs
 *       prunes sub-problems without, or with exactly one, positive root.
 * </ul>
 *
 * <p>Hipparchus' {@code BracketingNthOrderBrentSolver} (on {@code u = ln x}, polished by Newton)
 * was tried for the monotone intervals: it took 10 to 18 µs per non-conventional IRR against 1.5
 * µs for the guarded Newton iteration alone, with the same roots, so the tests use it as an
 * independent reference instead.
 */
final class IrrRoots {

  /** Unit roundoff of a double. */
  private static final double EPS = 0x1p-53;

  /** Newton iterations before the solver falls back to pure bisection. */
  static final int NEWTON_ITERATIONS = 60;

  /** Hard cap on iterations; geometric bisection needs at most about 11 + 53 steps. */
  private static final int MAX_ITERATIONS = 400;

  private static final double[] NONE = new double[0];

  private IrrRoots() {}

  /**
   * Finds the root of {@code p(x) = sum_{k=0..m} c[base + k*step] x^k} in {@code (lo, hi)}.
   *
   * @param c coefficient storage
   * @param base index of the constant coefficient
   * @param step +1 or -1: direction in which the higher-degree coefficients follow
   * @param m degree
   * @param lo lower end, {@code 0 <= lo < hi}, where {@code p} has sign {@code sLo}
   * @param hi upper end, where {@code p} has the sign opposite to {@code sLo}
   * @param sLo +1 or -1
   * @param guess first iterate; ignored when outside {@code (lo, hi)} or NaN
   * @return a point of {@code [lo, hi]} within a few ulps of a sign change of {@code p}, or, when
   *     the root is ill-conditioned, within the distance that Horner's rounding error allows: the
   *     iteration stops one Newton step after {@code |p(x)| <= (4m + 4) u sum_k |c_k| x^k}
   */
  static double solveBracketed(
      double[] c, int base, int step, int m, double lo, double hi, double sLo, double guess) {
    double x = (guess > lo && guess < hi) ? guess : mid(lo, hi);
    double noise = (4.0 * m + 4.0) * EPS;
    for (int it = 0; it < MAX_ITERATIONS; it++) {
      double p = 0.0;
      double dp = 0.0;
      double size = 0.0;
      for (int k = m, i = base + m * step; k >= 0; k--, i -= step) {
        dp = dp * x + p;
        p = p * x + c[i];
        size = size * x + Math.abs(c[i]);
      }
      if (p == 0.0) {
        return x;
      }
      if ((p > 0.0) == (sLo > 0.0)) {
        lo = x;
      } else {
        hi = x;
      }
      double next = it < NEWTON_ITERATIONS ? x - p / dp : Double.NaN;
      boolean newton = next > lo && next < hi;
      if (Math.abs(p) <= noise * size) {
        // p is within Horner's rounding error of zero: one last Newton step, then stop
        return newton ? next : x;
      }
      if (!newton) {
        next = mid(lo, hi);
        if (!(next > lo && next < hi)) {
          return x; // the bracket holds no other double
        }
      }
      if (Math.abs(next - x) <= 2.0 * Math.ulp(x)) {
        return next;
      }
      x = next;
    }
    return x;
  }

  /** Midpoint of a bracket: geometric when it spans more than a factor 4, arithmetic otherwise. */
  static double mid(double lo, double hi) {
    if (lo <= 0.0) {
      return hi > 0x1p-960 ? hi * 0x1p-64 : 0.5 * hi;
    }
    if (hi > 4.0 * lo) {
      return Math.sqrt(lo) * Math.sqrt(hi);
    }
    return lo + 0.5 * (hi - lo);
  }

  /** Horner evaluation of {@code sum_k p[k] x^k}. */
  static double horner(double[] p, double x) {
    double v = 0.0;
    for (int k = p.length - 1; k >= 0; k--) {
      v = v * x + p[k];
    }
    return v;
  }

  /** Number of sign changes in the coefficient sequence, zeros skipped (Descartes' rule). */
  static int signChanges(double[] p) {
    int changes = 0;
    int previous = 0;
    for (double v : p) {
      int s = v > 0.0 ? 1 : v < 0.0 ? -1 : 0;
      if (s != 0) {
        if (previous != 0 && s != previous) {
          changes++;
        }
        previous = s;
      }
    }
    return changes;
  }

  /**
   * Lower bound of the moduli of all roots (Cauchy's bound applied to the reversed polynomial):
   * {@code |x| >= |p0| / (|p0| + max_{k>=1} |p_k|)}; at least {@link Double#MIN_VALUE}.
   */
  static double lowerRootBound(double[] c, int base, int step, int m) {
    double p0 = Math.abs(c[base]);
    double max = 0.0;
    for (int k = 1, i = base + step; k <= m; k++, i += step) {
      max = Math.max(max, Math.abs(c[i]));
    }
    return Math.max(p0 / (p0 + max), Double.MIN_VALUE);
  }

  /**
   * All distinct roots of {@code p} in {@code (0, 1]}, ascending.
   *
   * @param p coefficients, constant first; finite; not modified
   * @return a new array, empty when there is no root
   */
  static double[] rootsInUnitInterval(double[] p) {
    double[] q = trimmedAndScaled(p);
    int m = q.length - 1;
    if (m < 1) {
      return NONE;
    }
    int changes = signChanges(q);
    if (changes == 0) {
      return NONE;
    }
    double s0 = Math.signum(q[0]);
    double lower = lowerRootBound(q, 0, 1, m);
    if (changes == 1) {
      double v1 = horner(q, 1.0);
      if (v1 == 0.0) {
        return new double[] {1.0};
      }
      if (Math.signum(v1) == s0 || lower >= 1.0) {
        return NONE;
      }
      return new double[] {locate(q, lower, 1.0, s0)};
    }
    double[] critical = rootsInUnitInterval(derivative(q));
    double[] roots = new double[critical.length + 1];
    int count = 0;
    double a = 0.0;
    double va = q[0];
    for (int i = 0; i <= critical.length; i++) {
      double b = i < critical.length ? critical[i] : 1.0;
      if (!(b > a)) {
        continue;
      }
      double vb = horner(q, b);
      boolean rootAtB =
          vb == 0.0 || (i < critical.length && Math.abs(vb) <= tangencyTolerance(q, b));
      if (!rootAtB && va != 0.0 && Math.signum(va) != Math.signum(vb)) {
        double lo = a == 0.0 ? lower : a;
        if (lo < b) {
          roots[count++] = locate(q, lo, b, Math.signum(va));
        }
      }
      if (rootAtB) {
        roots[count++] = b;
        vb = 0.0;
      }
      a = b;
      va = vb;
    }
    return Arrays.copyOf(roots, count);
  }

  /** Root of {@code q} in {@code (lo, hi)}, {@code q(lo)} of sign {@code sLo}, q monotone there. */
  private static double locate(double[] q, double lo, double hi, double sLo) {
    return solveBracketed(q, 0, 1, q.length - 1, lo, hi, sLo, Double.NaN);
  }

  /** Bound on Horner's rounding error at {@code x}: {@code (4m + 8) u sum |q_k| x^k}. */
  private static double tangencyTolerance(double[] q, double x) {
    double s = 0.0;
    for (int k = q.length - 1; k >= 0; k--) {
      s = s * x + Math.abs(q[k]);
    }
    return (4.0 * (q.length - 1) + 8.0) * EPS * s;
  }

  /** Derivative coefficients (scaled again by {@link #trimmedAndScaled} on the next level). */
  private static double[] derivative(double[] q) {
    double[] d = new double[q.length - 1];
    for (int k = 0; k < d.length; k++) {
      d[k] = (k + 1) * q[k + 1];
    }
    return d;
  }

  /**
   * Largest binary exponent to which coefficients of a polynomial with {@code n} coefficients may be
   * scaled so that Horner's scheme on {@code [0, 1]}, its derivative and the derivative's
   * coefficients (each at most {@code n^2} times the largest coefficient) cannot overflow.
   */
  static int topExponent(int n) {
    return Double.MAX_EXPONENT - 2 * (33 - Integer.numberOfLeadingZeros(n)) - 2;
  }

  /**
   * Drops zero coefficients at both ends (a factor {@code x^j} has no root in (0, 1]) and scales by
   * the power of two that brings the largest coefficient to {@link #topExponent}, as far as possible
   * from the subnormal range; roots are unchanged.
   */
  private static double[] trimmedAndScaled(double[] p) {
    int lo = 0;
    int hi = p.length - 1;
    while (lo <= hi && p[lo] == 0.0) {
      lo++;
    }
    while (hi >= lo && p[hi] == 0.0) {
      hi--;
    }
    if (hi < lo) {
      return NONE;
    }
    double max = 0.0;
    for (int k = lo; k <= hi; k++) {
      max = Math.max(max, Math.abs(p[k]));
    }
    int shift = topExponent(hi - lo + 1) - Math.getExponent(max);
    double[] q = new double[hi - lo + 1];
    for (int k = lo; k <= hi; k++) {
      q[k - lo] = Math.scalb(p[k], shift);
    }
    return q;
  }
}
