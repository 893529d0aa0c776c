package org.reprise.engine.returns;

import java.util.Locale;
import java.util.Objects;

/**
 * Internal rate of return, net present value and multiple of money of a series of cash flows.
 *
 * <p><b>Conventions.</b> {@code flows[t]} is the cash flow at the end of period {@code t}
 * ({@code t = 0} at closing; periods are years for the LBO model), seen from the investor:
 * negative when paid, positive when received. Rates are decimals per period (0.10 = 10 %), with
 * annual compounding: {@code NPV(r) = sum_t flows[t] / (1 + r)^t}.
 *
 * <p><b>Algorithm of {@link #irr}.</b> With {@code x = 1/(1+r)} the NPV is the polynomial {@code
 * Q(x) = sum_t flows[t] x^t}, and every IRR {@code r > -1} is a root {@code x > 0}. By Descartes'
 * rule of signs the number of positive roots is the number of sign changes in the flows, minus an
 * even number. Rates {@code r >= 0} are searched as roots of {@code Q} for {@code x} in {@code (0,
 * 1]}, rates {@code -1 < r < 0} as roots of the reversed polynomial {@code R(z) = z^T Q(1/z)} for
 * {@code z = 1 + r} in {@code (0, 1)}; on the unit interval Horner's scheme cannot overflow, and the
 * lower end of the bracket is Cauchy's bound on the roots, so an IRR of 5000 % or 10^12 % is
 * bracketed like any other (no fixed upper bracket).
 *
 * <ul>
 *   <li>One sign change (conventional flows): exactly one IRR. Its side ({@code r >= 0} or not)
 *       follows from the sign of {@code sum flows = NPV(0)}; it is found by Newton's method started
 *       from {@code (proceeds/invested)^(1/D) - 1}, where {@code D} is the difference of the
 *       cash-weighted mean times of inflows and outflows, and guarded by the bracket (geometric
 *       bisection when a step leaves it). No allocation on this path.
 *   <li>Several sign changes whose cumulative sums prove a single root
 *       ({@link #oneRootByCumulativeSums}, Norstrøm's criterion): as one sign change.
 *   <li>Otherwise: all roots are isolated ({@link IrrRoots#rootsInUnitInterval}:
 *       recursion on the derivative, Descartes' rule to prune, the same guarded Newton iteration
 *       on each monotone interval); the IRR is defined only when exactly one root exists.
 * </ul>
 *
 * <p><b>Accuracy.</b> {@code x} (or {@code z}) is found to a few ulps, so the rate has an absolute
 * error of about {@code 1e-16 (1 + r)}: below 1e-12 for any rate under 1000 %, and a relative error
 * of about 1e-16 above. NPV at the returned rate is zero to rounding relative to {@code sum_t
 * |flows[t]| (1 + r)^-t} (which is at most {@code sum |flows|} when {@code r >= 0}).
 *
 * <p><b>Undefined and special results</b> (never an exception, except for a null array): no flows;
 * a non-finite flow; all flows zero; no outflow ("all flows have the same sign"); no inflow (a total
 * loss on the flows: rate {@code -1.0}, the limit of the NPV equation, with the note {@link
 * #NO_NET_INFLOW}: the flows are each period's net flow, and a party may have received money in a
 * period in which it paid or lent more); flows whose
 * magnitudes span more than 2^1900 (about 10^572); no root; several
 * roots ("several IRRs: 10.0000 %, 20.0000 %"); an IRR beyond the double range. Roots closer than
 * 1e-9 relative in {@code 1 + r} count as one (a numerically multiple root).
 *
 * <p>All methods are stateless and thread-safe.
 */
public final class Irr {

  private static final double MERGE_TOLERANCE = 1e-9;

  /**
   * How the note of flows with no inflow, whose IRR is −100 %, begins. Not "nothing was received":
   * each flow is a period's net flow, and a lender may have received interest in a year in which
   * it lent more through the revolver (docs/methodology.md §13.7).
   */
  public static final String NO_NET_INFLOW = "no net inflow in any period";

  /** How the note of flows whose NPV never reaches zero begins ({@link Mirr#noSingleRoot}). */
  static final String NO_ROOT = "no IRR: ";

  /** How the note of flows with several IRRs begins ({@link Mirr#noSingleRoot}). */
  static final String SEVERAL_ROOTS = "several IRRs: ";

  /** The note of {@link #irrUnlisted} for flows with several IRRs. */
  public static final String SEVERAL_ROOTS_UNLISTED = SEVERAL_ROOTS + "(not listed)";

  /**
   * Largest accepted ratio, as a power of two, between the largest and the smallest non-zero flow:
   * beyond it the terms that balance at the root cannot all be represented with full precision.
   */
  static final int MAX_RANGE_EXPONENT = 1900;

  private Irr() {}

  /**
   * Internal rate of return: the rate {@code r > -1} at which {@link #npv} is zero.
   *
   * @param flows cash flows at the end of periods 0, 1, ...; seen from the investor; not modified
   * @return the IRR as a decimal per period, or {@code NaN} with the reason (see class Javadoc)
   * @throws NullPointerException if {@code flows} is null
   */
  public static IrrResult irr(double[] flows) {
    return irr(flows, true);
  }

  /**
   * As {@link #irr}, with the same rate and the same undefined cases, but the note of flows with
   * several IRRs does not list them: it reads {@link #SEVERAL_ROOTS_UNLISTED}. For the Monte Carlo,
   * which reads only the rate and {@link Mirr#noSingleRoot} of each path's flows: formatting the
   * roots costs some twenty times as much as finding them.
   *
   * @param flows cash flows at the end of periods 0, 1, ...; seen from the investor; not modified
   * @return as {@link #irr}, but for that note
   * @throws NullPointerException if {@code flows} is null
   */
  public static IrrResult irrUnlisted(double[] flows) {
    return irr(flows, false);
  }

  private static IrrResult irr(double[] flows, boolean listRoots) {
    Objects.requireNonNull(flows, "flows");
    int n = flows.length;
    if (n == 0) {
      return IrrResult.undefined("no cash flows");
    }
    double maxAbs = 0.0;
    double minAbs = Double.POSITIVE_INFINITY;
    boolean anyIn = false;
    boolean anyOut = false;
    for (int t = 0; t < n; t++) {
      double f = flows[t];
      if (!Double.isFinite(f)) {
        return IrrResult.undefined("non-finite cash flow at t=" + t + ": " + f);
      }
      if (f != 0.0) {
        anyIn |= f > 0.0;
        anyOut |= f < 0.0;
        maxAbs = Math.max(maxAbs, Math.abs(f));
        minAbs = Math.min(minAbs, Math.abs(f));
      }
    }
    if (maxAbs == 0.0) {
      return IrrResult.undefined("all cash flows are zero");
    }
    if (!anyIn) {
      return new IrrResult(-1.0, NO_NET_INFLOW + " (IRR -100 %)");
    }
    if (!anyOut) {
      return IrrResult.undefined("all flows have the same sign: nothing was paid");
    }
    if (Math.getExponent(maxAbs) - Math.getExponent(minAbs) > MAX_RANGE_EXPONENT) {
      return IrrResult.undefined(
          "flows span more than 2^" + MAX_RANGE_EXPONENT + " (about 1e572): beyond the double range");
    }
    return solve(scaled(flows, maxAbs, minAbs), listRoots);
  }

  /**
   * Net present value {@code sum_t flows[t] / (1 + rate)^t}, by Horner's scheme in {@code 1/(1+r)}.
   *
   * @param rate discount rate per period, decimal; must be greater than -1
   * @param flows cash flows at the end of periods 0, 1, ...
   * @return the NPV in the flows' currency; {@code NaN} when {@code rate <= -1} or is NaN; may
   *     overflow to an infinity or NaN for rates very close to -1
   * @throws NullPointerException if {@code flows} is null
   */
  public static double npv(double rate, double[] flows) {
    Objects.requireNonNull(flows, "flows");
    if (!(rate > -1.0)) {
      return Double.NaN;
    }
    double discount = 1.0 / (1.0 + rate);
    double v = 0.0;
    for (int t = flows.length - 1; t >= 0; t--) {
      v = v * discount + flows[t];
    }
    return v;
  }

  /**
   * Multiple of money: the sum of positive flows divided by the sum of the absolute values of
   * negative flows (undiscounted).
   *
   * @param flows cash flows, any timing
   * @return the multiple (0 for a total loss); {@code NaN} when nothing was paid or a flow is not
   *     finite
   * @throws NullPointerException if {@code flows} is null
   */
  public static double moic(double[] flows) {
    Objects.requireNonNull(flows, "flows");
    double in = 0.0;
    double out = 0.0;
    for (double f : flows) {
      if (!Double.isFinite(f)) {
        return Double.NaN;
      }
      if (f > 0.0) {
        in += f;
      } else {
        out -= f;
      }
    }
    return out > 0.0 ? in / out : Double.NaN;
  }

  /**
   * The flows, or, when the largest could overflow Horner's scheme or the smallest is near the
   * subnormal range, a copy multiplied by the power of two that brings the largest to {@link
   * IrrRoots#topExponent}. The scaling is exact (the range check keeps the smallest above 2^-893),
   * leaves the IRR unchanged and keeps every term that matters at the root far from subnormals.
   */
  private static double[] scaled(double[] flows, double maxAbs, double minAbs) {
    int n = flows.length;
    int top = IrrRoots.topExponent(n);
    int exponent = Math.getExponent(maxAbs);
    if (exponent <= top && Math.getExponent(minAbs) >= -800) {
      return flows;
    }
    int shift = top - exponent;
    double[] c = new double[n];
    for (int t = 0; t < n; t++) {
      c[t] = Math.scalb(flows[t], shift);
    }
    return c;
  }

  private static IrrResult solve(double[] c, boolean listRoots) {
    int first = -1;
    int last = -1;
    int changes = 0;
    int previous = 0;
    double in = 0.0;
    double out = 0.0;
    double timeIn = 0.0;
    double timeOut = 0.0;
    for (int t = 0; t < c.length; t++) {
      double f = c[t];
      if (f == 0.0) {
        continue;
      }
      int s = f > 0.0 ? 1 : -1;
      if (first < 0) {
        first = t;
      } else if (s != previous) {
        changes++;
      }
      previous = s;
      last = t;
      if (s > 0) {
        in += f;
        timeIn += t * f;
      } else {
        out -= f;
        timeOut -= t * f;
      }
    }
    int m = last - first;
    double npvAtZero = 0.0;
    for (int t = last; t >= first; t--) {
      npvAtZero += c[t];
    }
    if (changes > 1 && !oneRootByCumulativeSums(c, first, last, npvAtZero)) {
      return several(c, first, last, changes, listRoots);
    }
    if (npvAtZero == 0.0) {
      return IrrResult.of(0.0);
    }
    double onePlusGuess = Math.pow(in / out, 1.0 / (timeIn / in - timeOut / out));
    double s0 = Math.signum(c[first]);
    if (Math.signum(npvAtZero) != s0) {
      // root in x = 1/(1+r) in (0, 1): r > 0
      double lo = IrrRoots.lowerRootBound(c, first, 1, m);
      double x = IrrRoots.solveBracketed(c, first, 1, m, lo, 1.0, s0, 1.0 / onePlusGuess);
      return fromX(x);
    }
    // root in z = 1 + r in (0, 1): -1 < r < 0; R(z) has constant term c[last]
    double lo = IrrRoots.lowerRootBound(c, last, -1, m);
    double z = IrrRoots.solveBracketed(c, last, -1, m, lo, 1.0, -s0, onePlusGuess);
    return fromZ(z);
  }

  /**
   * Whether flows with several sign changes still have exactly one IRR, by the signs of their
   * cumulative sums (Norstrøm's criterion, applied on both sides of zero). For {@code 0 < x < 1},
   * {@code Q(x) / (1 − x) = Σ_t A_t x^t} with {@code A_t} the sums of the flows up to {@code t}
   * (continued by the total), and Descartes' rule of signs holds for such a power series: Q has at
   * most as many roots in (0, 1), rates r > 0, as the sums {@code A_t} have sign changes. The same
   * holds for the reversed polynomial and the sums from the end, for rates −1 < r < 0. So when one
   * sequence changes sign once and the other never, there is one root: the IRR, found as for one
   * sign change. A lender whose borrower draws its revolver in a bad year is the common case.
   *
   * @return true when the criterion proves exactly one IRR (NPV(0) ≠ 0)
   */
  private static boolean oneRootByCumulativeSums(
      double[] c, int first, int last, double npvAtZero) {
    if (npvAtZero == 0.0) {
      return false;
    }
    int forward = signChangesOfSums(c, first, last, 1);
    if (forward > 1) {
      return false;
    }
    int backward = signChangesOfSums(c, last, first, -1);
    return forward + backward == 1;
  }

  /** Sign changes (zeros skipped) of the running sums of c from {@code from} to {@code to}. */
  private static int signChangesOfSums(double[] c, int from, int to, int step) {
    double sum = 0.0;
    int previous = 0;
    int changes = 0;
    for (int t = from; t != to + step; t += step) {
      sum += c[t];
      int s = sum > 0.0 ? 1 : (sum < 0.0 ? -1 : 0);
      if (s != 0) {
        changes += previous != 0 && s != previous ? 1 : 0;
        previous = s;
      }
    }
    return changes;
  }

  private static IrrResult fromX(double x) {
    double rate = (1.0 - x) / x;
    return Double.isInfinite(rate)
        ? IrrResult.undefined("IRR above the double range (1/(1+IRR) = " + x + ")")
        : IrrResult.of(rate);
  }

  private static IrrResult fromZ(double z) {
    double rate = z - 1.0;
    return rate == -1.0
        ? new IrrResult(-1.0, "IRR rounds to -100 % (1 + IRR = " + z + ")")
        : IrrResult.of(rate);
  }

  /** Several sign changes: all roots on both sides of zero; defined only if there is one. */
  private static IrrResult several(
      double[] c, int first, int last, int changes, boolean listRoots) {
    int m = last - first;
    double[] q = new double[m + 1];
    double[] r = new double[m + 1];
    for (int k = 0; k <= m; k++) {
      q[k] = c[first + k];
      r[k] = c[last - k];
    }
    double[] xs = IrrRoots.rootsInUnitInterval(q); // r >= 0
    double[] zs = IrrRoots.rootsInUnitInterval(r); // r <= 0
    int total = xs.length + zs.length;
    double[] onePlus = new double[total];
    boolean[] fromX = new boolean[total];
    double[] root = new double[total];
    int count = 0;
    for (int i = 0; i < zs.length; i++) {
      count = add(onePlus, fromX, root, count, zs[i], false, zs[i]); // z ascending
    }
    for (int i = xs.length - 1; i >= 0; i--) {
      count = add(onePlus, fromX, root, count, 1.0 / xs[i], true, xs[i]); // 1/x ascending
    }
    if (count == 0) {
      return IrrResult.undefined(
          NO_ROOT + "the NPV never reaches zero (the flows change sign " + changes + " times)");
    }
    if (count == 1) {
      return fromX[0] ? fromX(root[0]) : fromZ(root[0]);
    }
    if (!listRoots) {
      return IrrResult.undefined(SEVERAL_ROOTS_UNLISTED);
    }
    StringBuilder note = new StringBuilder(SEVERAL_ROOTS);
    for (int i = 0; i < count; i++) {
      double rate = fromX[i] ? (1.0 - root[i]) / root[i] : root[i] - 1.0;
      note.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.4f %%", 100.0 * rate));
    }
    return IrrResult.undefined(note.toString());
  }

  /** Appends a root (ascending in 1 + r) unless it merges with the previous one. */
  private static int add(
      double[] onePlus, boolean[] fromX, double[] root, int count, double v, boolean x, double r) {
    if (count > 0 && v - onePlus[count - 1] <= MERGE_TOLERANCE * v) {
      return count;
    }
    onePlus[count] = v;
    fromX[count] = x;
    root[count] = r;
    return count + 1;
  }
}
