package org.reprise.model;

/**
 * A per-year quantity that is linear in revenue: {@code value[t] = shareOfRevenue[t] × revenue[t]
 * + fixed[t]}. Used for every cost line, depreciation, capex and working capital.
 *
 * <p>Index 0 is the first projected year (base year + 1). Both arrays have the deal's horizon
 * length. Fixed amounts are already escalated (inflation, wage growth) by the resolver, in
 * currency units of each year.
 *
 * @param shareOfRevenue variable part, as a decimal share of the same year's revenue
 * @param fixed fixed part, currency units
 */
public record Driver(double[] shareOfRevenue, double[] fixed) {

  /** @return the value for year index {@code t} given that year's revenue */
  public double value(int t, double revenue) {
    return shareOfRevenue[t] * revenue + fixed[t];
  }

  /** A driver that is zero every year. */
  public static Driver zero(int years) {
    return new Driver(new double[years], new double[years]);
  }

  /** A purely variable driver: the same share of revenue every year. */
  public static Driver share(int years, double share) {
    double[] s = new double[years];
    java.util.Arrays.fill(s, share);
    return new Driver(s, new double[years]);
  }
}
