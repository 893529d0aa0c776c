package org.reprise.model;

import java.util.List;
import java.util.Objects;

/**
 * A cash sweep that steps down with leverage (docs/methodology.md §5.5): the share of the year's
 * sweep base that prepays the sweeping tranches is the share of the first step whose threshold
 * the year's tested net leverage is strictly above, or the last step's when it is above none; the
 * facility agreement's excess-cash-flow prepayment ratchet (e.g. 75 % above 3.5×, 50 % above
 * 2.5×, 0 % below).
 *
 * <p>The tested ratio is the year end's net leverage before the year's sweep and distributions
 * (both are paid after the year end, on the year's compliance certificate): net debt (total, or
 * senior, §6) with the year's mandatory repayments and revolver repayment made, but before the
 * prepayment and the distribution, over the year's EBITDA. A ratio that cannot be computed
 * (EBITDA ≤ 0) is above every threshold.
 *
 * @param steps at least one step; each but the last has a threshold, strictly decreasing; the last
 *     has none ({@code NaN})
 * @param leverage which net leverage is tested
 */
public record SweepSteps(List<Step> steps, Leverage leverage) {

  /** The net leverage a step's threshold is compared with. */
  public enum Leverage {
    /** Total net debt / EBITDA, the leverage covenant's ratio (§6). */
    TOTAL,
    /** Senior net debt / EBITDA (the ranks before the first subordinated one, §6). */
    SENIOR
  }

  /**
   * One step.
   *
   * @param share decimal share of the sweep base swept, in [0, 1]
   * @param leverageAbove the threshold (times): the step applies when the tested ratio is strictly
   *     above it and above no earlier step's; {@code NaN} for the last step
   */
  public record Step(double share, double leverageAbove) {
    public Step {
      if (!(share >= 0.0 && share <= 1.0)) {
        throw new IllegalArgumentException("a sweep share is in [0, 1], found " + share);
      }
    }
  }

  public SweepSteps {
    steps = List.copyOf(steps);
    Objects.requireNonNull(leverage, "leverage");
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("a stepped sweep needs at least one step");
    }
    for (int i = 0; i < steps.size(); i++) {
      double above = steps.get(i).leverageAbove();
      boolean last = i == steps.size() - 1;
      if (last != Double.isNaN(above)) {
        throw new IllegalArgumentException(
            "every step but the last has a threshold, and the last none: step " + i);
      }
      if (!last && i > 0 && !(above < steps.get(i - 1).leverageAbove())) {
        throw new IllegalArgumentException("the thresholds decrease strictly: step " + i);
      }
    }
  }

  /**
   * @param ratio the tested net leverage ({@code NaN} when it cannot be computed)
   * @return the share of the first step whose threshold {@code ratio} is strictly above, the last
   *     step's when it is above none, the first step's when {@code ratio} is NaN
   */
  public double shareAt(double ratio) {
    int last = steps.size() - 1;
    if (Double.isNaN(ratio)) {
      return steps.get(0).share();
    }
    for (int i = 0; i < last; i++) {
      if (ratio > steps.get(i).leverageAbove()) {
        return steps.get(i).share();
      }
    }
    return steps.get(last).share();
  }

  /** @return the share of the first step (the highest leverage's) */
  public double topShare() {
    return steps.get(0).share();
  }

  /** @return the largest share of any step */
  public double maxShare() {
    double max = 0.0;
    for (Step s : steps) {
      max = Math.max(max, s.share());
    }
    return max;
  }
}
