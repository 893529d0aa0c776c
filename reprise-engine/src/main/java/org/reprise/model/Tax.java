package org.reprise.model;

/**
 * Corporate income tax parameters. The generic regime is a flat rate on positive taxable income
 * with unlimited loss carry-forward; the France preset switches on the reduced SME rate, the
 * net-financial-charges cap (CGI art. 212 bis), the capped use of losses (CGI art. 209 I) and the
 * social contribution (CGI art. 235 ter ZC) and the rate cap on shareholder-loan interest (CGI art.
 * 39-1-3°), with the 5-year carry-forward of unused interest capacity (212 bis VIII) and the
 * thin-capitalisation rule (212 bis VII). Every threshold is a parameter, not a constant.
 *
 * @param rate normal rate per year, decimal
 * @param reducedRate reduced rate on the first {@code reducedRateThreshold} of profit, decimal
 * @param reducedRateThreshold profit taxed at the reduced rate, currency units (0 = no reduced rate)
 * @param interestCapFloor net financial charges always deductible, currency units
 *     ({@code +∞} = no cap)
 * @param interestCapShare share of tax EBITDA deductible as net financial charges, decimal
 * @param standaloneExtraShare share of the disallowed charges that a stand-alone entity may still
 *     deduct (212 bis VI bis: 0.75), decimal; 0 = not a stand-alone entity
 * @param safeguardShare share of the charges that the cap disallows (after the unused capacity)
 *     that a member of a consolidated group may still deduct when its equity-to-assets ratio is at
 *     least its group's (the safeguard clause, 212 bis V and 223 B bis IV: 0.75), decimal; what
 *     remains carries forward; not available in a thinly capitalised year (212 bis VII); 0 = not
 *     claimed. At most one of {@code standaloneExtraShare} and {@code safeguardShare} is positive
 * @param lossAllowance losses usable each year without limit, currency units ({@code +∞} = all)
 * @param lossExcessShare share of the profit above the allowance that losses may offset, decimal
 * @param socialContributionRate social contribution on income tax, decimal
 * @param socialContributionAllowance income tax exempt from the social contribution, currency units
 * @param socialContributionRevenueThreshold revenue from which the contribution applies
 * @param dividendAddBack add-back on the dividends received outside a tax group (the quote-part de
 *     frais et charges of the mère–fille regime), decimal
 * @param groupDividendAddBack the same add-back inside a tax group, decimal
 * @param relatedPartyRate per projected year, the highest deductible rate of interest on
 *     shareholder loans (CGI art. 39-1-3° and 212 I: the average effective rate of banks'
 *     variable-rate loans to companies over the financial year), decimal; the coupon above it is
 *     not deductible and is kept out of the net financial charges; {@code +∞} = no cap (a rate
 *     shown to be at arm's length)
 * @param unusedCapacityYears years during which the unused part of the interest cap may be used to
 *     deduct charges above a later year's cap (212 bis VIII: 5; at most {@link
 *     #MAX_UNUSED_CAPACITY_YEARS}); 0 = the unused cap is lost; ignored by a stand-alone entity,
 *     which carries nothing forward
 * @param thinCap the thin-capitalisation rule (212 bis VII), {@link ThinCap#NONE} when there is none
 * @param acquisitionCostYears years over which a holding that buys the shares amortises the
 *     transaction fees capitalised in their cost for tax (CGI art. 209 VII: 5), straight-line in
 *     projected years 1 to {@code acquisitionCostYears}, deducted from the holding's taxable
 *     result (or the tax group's) and not a financial charge; 0 = not taken. Without a holding
 *     (push-down, SCOP, status quo) nothing is amortised (docs/methodology.md §3, §5.2)
 */
public record Tax(
    double[] rate,
    double reducedRate,
    double reducedRateThreshold,
    double interestCapFloor,
    double interestCapShare,
    double standaloneExtraShare,
    double safeguardShare,
    double lossAllowance,
    double lossExcessShare,
    double socialContributionRate,
    double socialContributionAllowance,
    double socialContributionRevenueThreshold,
    double dividendAddBack,
    double groupDividendAddBack,
    double[] relatedPartyRate,
    int unusedCapacityYears,
    ThinCap thinCap,
    int acquisitionCostYears) {

  /**
   * The longest carry-forward of unused interest capacity that the EU anti-tax-avoidance directive
   * allows (Directive (EU) 2016/1164, art. 4(6)(c): "for a maximum of five years").
   */
  public static final int MAX_UNUSED_CAPACITY_YEARS = 5;

  /** The longest amortisation of the acquisition costs a deal file may give, in years. */
  public static final int MAX_ACQUISITION_COST_YEARS = 20;

  /** Checks the amortisation period of the acquisition costs. */
  public Tax {
    if (acquisitionCostYears < 0 || acquisitionCostYears > MAX_ACQUISITION_COST_YEARS) {
      throw new IllegalArgumentException("acquisitionCostYears: expected 0 to "
          + MAX_ACQUISITION_COST_YEARS + ", found " + acquisitionCostYears);
    }
  }

  /** A tax that does not amortise the acquisition costs ({@code acquisitionCostYears} 0). */
  public Tax(
      double[] rate,
      double reducedRate,
      double reducedRateThreshold,
      double interestCapFloor,
      double interestCapShare,
      double standaloneExtraShare,
      double safeguardShare,
      double lossAllowance,
      double lossExcessShare,
      double socialContributionRate,
      double socialContributionAllowance,
      double socialContributionRevenueThreshold,
      double dividendAddBack,
      double groupDividendAddBack,
      double[] relatedPartyRate,
      int unusedCapacityYears,
      ThinCap thinCap) {
    this(rate, reducedRate, reducedRateThreshold, interestCapFloor, interestCapShare,
        standaloneExtraShare, safeguardShare, lossAllowance, lossExcessShare,
        socialContributionRate, socialContributionAllowance, socialContributionRevenueThreshold,
        dividendAddBack, groupDividendAddBack, relatedPartyRate, unusedCapacityYears, thinCap, 0);
  }

  /**
   * A tax whose related-party rate is the same every year (as many years as {@code rate}), and
   * that does not amortise the acquisition costs.
   */
  public Tax(
      double[] rate,
      double reducedRate,
      double reducedRateThreshold,
      double interestCapFloor,
      double interestCapShare,
      double standaloneExtraShare,
      double safeguardShare,
      double lossAllowance,
      double lossExcessShare,
      double socialContributionRate,
      double socialContributionAllowance,
      double socialContributionRevenueThreshold,
      double dividendAddBack,
      double groupDividendAddBack,
      double relatedPartyRate,
      int unusedCapacityYears,
      ThinCap thinCap) {
    this(rate, reducedRate, reducedRateThreshold, interestCapFloor, interestCapShare,
        standaloneExtraShare, safeguardShare, lossAllowance, lossExcessShare,
        socialContributionRate, socialContributionAllowance, socialContributionRevenueThreshold,
        dividendAddBack, groupDividendAddBack, flat(rate.length, relatedPartyRate),
        unusedCapacityYears, thinCap, 0);
  }

  /**
   * The amortisation of the acquisition costs deducted in year index {@code t} (0 = first
   * projected year): {@code fees / acquisitionCostYears} in the first {@code
   * acquisitionCostYears} years, 0 after and when the period is 0 (docs/methodology.md §3).
   *
   * @param fees the transaction fees capitalised in the cost of the shares, currency units
   * @param t year index
   * @return the amount deducted from the taxable result, currency units
   */
  public double acquisitionCostAmortisation(double fees, int t) {
    return t < acquisitionCostYears ? fees / acquisitionCostYears : 0.0;
  }

  /** @return this tax with the acquisition costs amortised over {@code years} (0 = not) */
  public Tax withAcquisitionCostYears(int years) {
    return new Tax(rate, reducedRate, reducedRateThreshold, interestCapFloor, interestCapShare,
        standaloneExtraShare, safeguardShare, lossAllowance, lossExcessShare,
        socialContributionRate, socialContributionAllowance, socialContributionRevenueThreshold,
        dividendAddBack, groupDividendAddBack, relatedPartyRate, unusedCapacityYears, thinCap,
        years);
  }

  private static double[] flat(int years, double value) {
    double[] out = new double[years];
    java.util.Arrays.fill(out, value);
    return out;
  }
}
