package org.reprise.model;

/**
 * The terms of the buyout fund between its investors and its manager (deal file section {@code
 * fund}): the yearly management fee, the preferred return (hurdle), the carried interest and its
 * catch-up. They split the flows of the equity holder named {@code holder} between the investors
 * (the limited partners, LPs) and the manager (the general partner, GP); the waterfall is {@code
 * org.reprise.engine.FundWaterfall} (docs/methodology.md §8.3). Rates are decimals.
 *
 * @param managementFee the yearly management fee, a share of {@code feeBasis}, 0 to {@link
 *     #MAX_MANAGEMENT_FEE}
 * @param feeBasis the amount the fee is charged on
 * @param hurdle the preferred return, compounding yearly, 0 to {@link #MAX_HURDLE}
 * @param carry the GP's share of the profit above the hurdle, 0 to {@link #MAX_CARRY}
 * @param catchUp the GP's share of the distributions after the preferred return until it has
 *     {@code carry} of the profit: 0 (no catch-up) or above {@code carry}, at most 1 (full catch-up)
 * @param holder the equity holder whose flows are the fund's ({@code financing.equity[].holder}),
 *     {@link #DEFAULT_HOLDER} unless the deal file names another ({@code fund.holder})
 */
public record FundTerms(
    double managementFee, FeeBasis feeBasis, double hurdle, double carry, double catchUp,
    String holder) {

  /** The equity holder whose flows are the fund's when the deal file names none. */
  public static final String DEFAULT_HOLDER = "fund";

  /**
   * The usual yearly management fee of a buyout fund, 2 % (the "2 and 20" of the market; ILPA,
   * Private Equity Principles 3.0, 2019, on fees; Invest Europe's surveys put most mid-market
   * funds between 1.5 % and 2 %).
   */
  public static final double DEFAULT_MANAGEMENT_FEE = 0.02;

  /** The usual preferred return of a European buyout fund, 8 % a year, compounding. */
  public static final double DEFAULT_HURDLE = 0.08;

  /** The usual carried interest, 20 % of the profit. */
  public static final double DEFAULT_CARRY = 0.20;

  /** The usual catch-up, 100 % ("full"): the GP takes every euro after the hurdle until caught up. */
  public static final double DEFAULT_CATCH_UP = 1.0;

  /** The highest management fee read: above, a percentage was likely written without its sign. */
  public static final double MAX_MANAGEMENT_FEE = 0.10;

  /** The highest hurdle read. */
  public static final double MAX_HURDLE = 0.50;

  /** The highest carried interest read (a GP taking more than half the profit is not a fund). */
  public static final double MAX_CARRY = 0.50;

  /** What the management fee is charged on (docs/methodology.md §8.3). */
  public enum FeeBasis {
    /**
     * The fund's commitment to the deal: every amount it invests in it over the hold, charged
     * each year from the first, as a fund's fee on its commitments in its investment period.
     */
    COMMITTED,
    /**
     * The cost of the investment still held at the start of each year: what the fund paid in so
     * far less what it got back, not below 0, as a fund's fee on its net invested capital after
     * its investment period.
     */
    INVESTED
  }

  public FundTerms {
    if (feeBasis == null) {
      throw new IllegalArgumentException("feeBasis: required");
    }
    if (holder == null || holder.isBlank()) {
      throw new IllegalArgumentException("holder: required");
    }
    check("managementFee", managementFee, 0, MAX_MANAGEMENT_FEE);
    check("hurdle", hurdle, 0, MAX_HURDLE);
    check("carry", carry, 0, MAX_CARRY);
    check("catchUp", catchUp, 0, 1);
    if (catchUp > 0 && catchUp <= carry) {
      throw new IllegalArgumentException(
          "catchUp: 0 or above the carry, found " + catchUp + " with a carry of " + carry);
    }
  }

  /**
   * @return the market's usual terms: 2 % on commitments, 8 % hurdle, 20 % carry, full catch-up,
   *     on the flows of the holder {@link #DEFAULT_HOLDER}
   */
  public static FundTerms usual() {
    return new FundTerms(DEFAULT_MANAGEMENT_FEE, FeeBasis.COMMITTED, DEFAULT_HURDLE,
        DEFAULT_CARRY, DEFAULT_CATCH_UP, DEFAULT_HOLDER);
  }

  private static void check(String name, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(
          name + ": expected " + min + " to " + max + ", found " + value);
    }
  }
}
