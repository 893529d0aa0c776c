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
 * @param shortTimeWorkSaving per year, what short-time working saves on the fixed personnel costs
 *     (a simulated path's or a stress's personnel flexibility, docs/risk.md §2.1), currency units;
 *     {@code null} when none. {@code personnel} already charges the cut payroll; the exit values
 *     the company on the EBITDA before this saving, a temporary relief that a buyer does not
 *     capitalise (docs/methodology.md §7, {@link #normalisedEbitda})
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
    double[] interestOnCash,
    double[] shortTimeWorkSaving) {

  /** @return these operations with another revenue path (same drivers, so the same cost structure) */
  public Operations withRevenue(double[] newRevenue) {
    return new Operations(newRevenue, purchases, externalCharges, otherTaxes, personnel,
        depreciation, capex, workingCapital, workingCapitalIsChange, headcount, minimumCash,
        interestOnCash, shortTimeWorkSaving);
  }

  /** @return these operations with another revenue path and purchases driver */
  public Operations withRevenueAndPurchases(double[] newRevenue, Driver newPurchases) {
    return new Operations(newRevenue, newPurchases, externalCharges, otherTaxes, personnel,
        depreciation, capex, workingCapital, workingCapitalIsChange, headcount, minimumCash,
        interestOnCash, shortTimeWorkSaving);
  }

  /**
   * @param newPersonnel the personnel driver, the payroll cut by short-time working
   * @param saving per year, what the cut saves on the fixed personnel costs (currency units)
   * @return these operations with another revenue path, purchases driver and personnel driver
   *     (a simulated path whose payroll responds to its revenue, docs/risk.md §2.1)
   */
  public Operations withRevenuePurchasesAndPersonnel(
      double[] newRevenue, Driver newPurchases, Driver newPersonnel, double[] saving) {
    return new Operations(newRevenue, newPurchases, externalCharges, otherTaxes, newPersonnel,
        depreciation, capex, workingCapital, workingCapitalIsChange, headcount, minimumCash,
        interestOnCash, saving);
  }

  /**
   * @param t the projected year's index (0 = base year + 1)
   * @return what short-time working saves on year t's personnel costs, currency units (0 when
   *     none)
   */
  public double shortTimeWorkSavingAt(int t) {
    return shortTimeWorkSaving == null ? 0.0 : shortTimeWorkSaving[t];
  }

  /**
   * The EBITDA on which the exit values the company: the year's EBITDA before the short-time
   * working saving, which is a temporary relief (the payroll returns to its planned level, the
   * headcount never moved) that a buyer normalises away (docs/methodology.md §7).
   *
   * @param t the projected year's index
   * @param ebitda the year's EBITDA as charged
   * @return {@code ebitda} − the year's saving; {@code ebitda} itself, bit for bit, when none
   */
  public double normalisedEbitda(int t, double ebitda) {
    return shortTimeWorkSaving == null ? ebitda : ebitda - shortTimeWorkSaving[t];
  }

  /** @return the number of projected years */
  public int years() {
    return revenue.length;
  }
}
