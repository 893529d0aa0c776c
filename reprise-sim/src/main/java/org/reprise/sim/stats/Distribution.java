package org.reprise.sim.stats;

/**
 * Summary of the distribution of one metric over simulated paths.
 *
 * <p>Percentiles are estimates from a {@link LogLinearHistogram} (relative error ≤ 2^−10, see
 * there); {@code count}, {@code undefined}, {@code pointMass}, {@code min}, {@code max} are exact,
 * and {@code mean} is the exactly ordered compensated sum of the values divided by {@code count}. A
 * summary of no value has {@code NaN} statistics.
 *
 * @param count values that were numbers
 * @param undefined values that were {@code NaN} (for example an IRR with nothing paid in): counted,
 *     not in the statistics
 * @param substituted values among {@code count} that entered at the metric's substitute because
 *     the metric itself was undefined (an IRR with no single root, at its annualised multiple)
 * @param pointMass values exactly equal to the metric's point mass (a total loss: IRR −1, multiple
 *     0)
 * @param mean arithmetic mean of the defined values
 * @param min smallest value
 * @param p5 5th percentile
 * @param p25 25th percentile
 * @param p50 median
 * @param p75 75th percentile
 * @param p95 95th percentile
 * @param max largest value
 */
public record Distribution(
    long count,
    long undefined,
    long substituted,
    long pointMass,
    double mean,
    double min,
    double p5,
    double p25,
    double p50,
    double p75,
    double p95,
    double max) {

  /**
   * Summarises a histogram.
   *
   * @param h the values' histogram
   * @param sum compensated sum of the defined values
   * @param pointMass count of values equal to the point mass
   * @param substituted count of values that are the metric's substitute
   */
  public static Distribution of(
      LogLinearHistogram h, double sum, long pointMass, long substituted) {
    long n = h.count();
    double[] p = h.quantiles(0.05, 0.25, 0.50, 0.75, 0.95);
    return new Distribution(
        n,
        h.undefined(),
        substituted,
        pointMass,
        n == 0 ? Double.NaN : sum / n,
        h.min(),
        p[0],
        p[1],
        p[2],
        p[3],
        p[4],
        h.max());
  }
}
