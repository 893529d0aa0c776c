package org.reprise.model.risk;

import org.reprise.model.DealException;
import org.reprise.model.MessageNumbers;

/**
 * The limits of the short-time working scheme behind the personnel flexibility of the regimes and
 * stresses ({@link Regime#personnelFlex()}, docs/risk.md §2.1): how deep the payroll may be cut in
 * a year, and in how many years.
 *
 * <p>On a path, the year's cut f × s (flexibility × revenue shortfall) becomes {@code min(f × s,
 * maxCut)}, and a year gets no cut at all when {@code years} of the {@code window − 1} years before
 * it already had one (the whole path before it when {@code window} is 0). French rules as we read
 * them, in annual steps (docs/risk.md §2.1): the standard scheme allows six months in any twelve
 * (Code du travail R5122-9), so at most half a year's hours idled, a cut of at most about 0.83 ×
 * 0.5 ≈ 0.42 of a payroll that could be idled in full; the long-duration scheme "APLD rebond"
 * (décret 2025-338, closed to new agreements since 28 February 2026) idled at most 40 % of the
 * hours for 24 months, saving about 93 % of an idled hour: {@code maxCut} 0.37, {@code years} 2.
 *
 * @param maxCut the largest share of the fixed payroll cut in a year, 0 to 1 (1: no limit)
 * @param years the most years with a cut in a window, 1 or more; 0 for no limit on the years
 * @param window the length of the window in years, more than {@code years} (a window of {@code
 *     years} years would limit nothing); 0 for the whole path
 */
public record ShortTimeWork(double maxCut, int years, int window) {

  /** The most years {@code years} and {@code window} may count (a bound on nonsense). */
  public static final int MAX_YEARS = 50;

  /** No limit: every year the regime or stress gives a flexibility is cut, by f × s. */
  public static final ShortTimeWork NONE = new ShortTimeWork(1.0, 0, 0);

  /** Validates; paths are {@code risk.shortTimeWork.<field>}. */
  public ShortTimeWork {
    String p = "risk.shortTimeWork";
    if (!(maxCut >= 0.0 && maxCut <= 1.0)) {
      throw new DealException(
          p + ".maxCut",
          "expected a share of the fixed payroll between 0 and 1, such as 0.37 or \"37%\", found "
              + MessageNumbers.number(maxCut));
    }
    if (years < 0 || years > MAX_YEARS) {
      throw new DealException(
          p + ".years", "expected a whole number between 1 and " + MAX_YEARS + ", found " + years);
    }
    if (window < 0 || window > MAX_YEARS) {
      throw new DealException(
          p + ".window",
          "expected a whole number between 1 and " + MAX_YEARS + ", found " + window);
    }
    if (window > 0 && years == 0) {
      throw new DealException(
          p + ".years",
          "expected the most years with a cut in `window`, a whole number such as 2, found none");
    }
    if (window > 0 && window <= years) {
      // a window of `years` years holds `years` cut years anyway: it would limit nothing
      throw new DealException(
          p + ".window", "expected a window longer than `years` (" + years + "), found " + window);
    }
  }

  /** @return true when the scheme limits nothing (the model before the option, bit for bit) */
  public boolean isNone() {
    return maxCut == 1.0 && years == 0;
  }

  /**
   * The cut a year may take.
   *
   * @param cut the year's cut before the limits, f × s, 0 to 1
   * @param cutsBefore the path's cuts of its earlier projected years (index 0 to {@code t − 1}; a
   *     year was cut when its entry is above 0; later entries are not read)
   * @param t the year's index on the path, from 0
   * @return {@code cut} capped at {@link #maxCut}, or 0 when the window already holds {@link
   *     #years} cut years
   */
  public double limit(double cut, double[] cutsBefore, int t) {
    if (!(cut > 0.0)) {
      return cut;
    }
    if (years > 0) {
      int from = window == 0 ? 0 : Math.max(0, t - window + 1);
      int used = 0;
      for (int y = from; y < t; y++) {
        if (cutsBefore[y] > 0.0) {
          used++;
        }
      }
      if (used >= years) {
        return 0.0;
      }
    }
    return Math.min(cut, maxCut);
  }
}
