package org.reprise.model;

/**
 * The resolved operating projection of the operating company. Every array has one entry per
 * projected year (index 0 = base year + 1) and the deal's horizon length.
 *
 * <p>EBITDA = revenue − purchases − external charges − other taxes − personnel costs, each cost
 * line being a {@link Driver} (variable share of revenue + escalated fixed amount). A "paper LBO"
 * given as an EBITDA margin is resolved into the same drivers, so the engine has one path.
 *
 * @param revenue revenue per year, currency units
 * @param purchases purchases of materials
 * @param externalCharges external charges
 * @param otherTaxes taxes other than income tax
 * @param personnel personnel costs (wages and social contributions)
 * @param depreciation depreciation and amortisation
 * @param capex capital expenditure
 * @param workingCapital net working capital level, or its change when {@code workingCapitalIsChange}
 * @param workingCapitalIsChange true when {@code workingCapital} gives the yearly change directly
 * @param headcount average headcount per year (people)
 * @param minimumCash minimum operating cash to keep at the operating company, per year
 * @param interestOnCash rate earned on the opening cash balance, decimal per year
 */
public record Operations(
    double[] revenue,
    Driver purchases,
    Driver externalCharges,
    Driver otherTaxes,
    Driver personnel,
    Driver depreciation,
    Driver capex,
    Driver workingCapital,
    boolean workingCapitalIsChange,
    double[] headcount,
    double[] minimumCash,
    double[] interestOnCash) {

  /** @return these operations with another revenue path (same drivers, so the same cost structure) */
  public Operations withRevenue(double[] newRevenue) {
    return new Operations(newRevenue, purchases, externalCharges, otherTaxes, personnel,
        depreciation, capex, workingCapital, workingCapitalIsChange, headcount, minimumCash,
        interestOnCash);
  }

  /** @return these operations with another revenue path and purchases driver */
  public Operations withRevenueAndPurchases(double[] newRevenue, Driver newPurchases) {
    return new Operations(newRevenue, newPurchases, externalCharges, otherTaxes, personnel,
        depreciation, capex, workingCapital, workingCapitalIsChange, headcount, minimumCash,
        interestOnCash);
  }

  /**
   * @return these operations with another revenue path, purchases driver and personnel driver
   *     (a simulated path whose payroll responds to its revenue, docs/risk.md §2.1)
   */
  public Operations withRevenuePurchasesAndPersonnel(
      double[] newRevenue, Driver newPurchases, Driver newPersonnel) {
    return new Operations(newRevenue, newPurchases, externalCharges, otherTaxes, newPersonnel,
        depreciation, capex, workingCapital, workingCapitalIsChange, headcount, minimumCash,
        interestOnCash);
  }

  /** @return the number of projected years */
  public int years() {
    return revenue.length;
  }
}
