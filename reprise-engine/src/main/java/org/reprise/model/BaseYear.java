package org.reprise.model;

/**
 * The operating company's actuals for the base year (the last closed financial year, at whose end
 * the deal closes). Amounts in currency units; costs are positive numbers.
 *
 * @param year calendar year of the base year, e.g. 2025
 * @param revenue net revenue (chiffre d'affaires)
 * @param purchases purchases of materials and goods, including the change in stocks
 * @param externalCharges other external charges (services, rents, energy, subcontracting)
 * @param otherTaxes taxes other than income tax (impôts et taxes)
 * @param personnelCosts wages and social contributions
 * @param depreciation depreciation and amortisation
 * @param capex capital expenditure
 * @param netWorkingCapital net working capital at the end of the base year
 * @param cash cash at the end of the base year
 * @param financialDebt existing financial debt at the end of the base year
 * @param bookEquity book equity at the end of the base year
 * @param distributableReserves part of the book equity that can be paid out as dividends
 * @param taxLosses tax losses carried forward at the end of the base year
 */
public record BaseYear(
    int year,
    double revenue,
    double purchases,
    double externalCharges,
    double otherTaxes,
    double personnelCosts,
    double depreciation,
    double capex,
    double netWorkingCapital,
    double cash,
    double financialDebt,
    double bookEquity,
    double distributableReserves,
    double taxLosses) {

  /** @return base-year EBITDA = revenue − purchases − external charges − other taxes − personnel */
  public double ebitda() {
    return revenue - purchases - externalCharges - otherTaxes - personnelCosts;
  }
}
