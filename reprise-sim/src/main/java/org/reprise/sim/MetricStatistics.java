package org.reprise.sim;

import org.reprise.sim.stats.Distribution;
import org.reprise.sim.stats.LogLinearHistogram;

/**
 * The distribution of one {@link Metric} over the simulated paths: over all paths, over the paths
 * that never defaulted up to the exit, the exit included ("performing"), and over those that did
 * ("in default"), beside
 * the metric's value in the deterministic run. Immutable.
 */
public final class MetricStatistics {
  private final String name;
  private final String unit;
  private final double baseValue;
  private final Distribution all;
  private final Distribution performing;
  private final Distribution defaulted;
  private final LogLinearHistogram histogram;

  /**
   * Takes over {@code performingHistogram}: it becomes the histogram of all paths (the defaulted
   * ones added to it), so the caller must not use it afterwards.
   */
  MetricStatistics(
      Metric metric,
      double baseValue,
      LogLinearHistogram performingHistogram,
      double performingSum,
      long performingPoint,
      long performingSubstituted,
      LogLinearHistogram defaultedHistogram,
      double defaultedSum,
      long defaultedPoint,
      long defaultedSubstituted) {
    this.name = metric.name();
    this.unit = metric.unit();
    this.baseValue = baseValue;
    this.performing =
        Distribution.of(performingHistogram, performingSum, performingPoint, performingSubstituted);
    this.defaulted =
        Distribution.of(defaultedHistogram, defaultedSum, defaultedPoint, defaultedSubstituted);
    // the performing paths' histogram, summarised, becomes that of all paths (it is the caller's
    // no longer): a copy of it cost as much as the merge
    LogLinearHistogram merged = performingHistogram;
    merged.combine(defaultedHistogram);
    this.all =
        Distribution.of(
            merged,
            performingSum + defaultedSum,
            performingPoint + defaultedPoint,
            performingSubstituted + defaultedSubstituted);
    this.histogram = merged;
  }

  /**
   * @return the metric's name, for example {@code irr.fund}
   */
  public String name() {
    return name;
  }

  /**
   * @return the metric's unit
   */
  public String unit() {
    return unit;
  }

  /**
   * @return the metric in the deterministic run of the deal (no randomness)
   */
  public double baseValue() {
    return baseValue;
  }

  /**
   * @return the distribution over all paths
   */
  public Distribution all() {
    return all;
  }

  /**
   * @return the distribution over the paths with no payment default up to the exit and no
   *     shortfall at the exit
   */
  public Distribution performing() {
    return performing;
  }

  /**
   * @return the distribution over the paths with a payment default up to the exit or a shortfall
   *     at the exit
   */
  public Distribution defaulted() {
    return defaulted;
  }

  /**
   * @param q probability in [0, 1]
   * @return the q-quantile over all paths (relative error ≤ 2^−10, see {@link LogLinearHistogram})
   */
  public double quantile(double q) {
    return histogram.quantile(q);
  }

  @Override
  public String toString() {
    return "MetricStatistics[" + name + ", base " + baseValue + ", all " + all + "]";
  }
}
