package org.reprise.engine;

import org.reprise.model.BaseYear;
import org.reprise.model.Operations;

/**
 * The operating projection of the operating company, independent of the financing: revenue, cost
 * lines, EBITDA, depreciation, EBIT, capex and working capital (docs/methodology.md, "Operations").
 */
final class OperatingProjection {

  private OperatingProjection() {}

  /**
   * Fills the operating columns of {@code out} for every projected year.
   *
   * <ul>
   *   <li>cost line_t = variable share_t × revenue_t + fixed_t;
   *   <li>EBITDA_t = revenue_t − purchases_t − external charges_t − other taxes_t − personnel_t;
   *   <li>EBIT_t = EBITDA_t − depreciation_t;
   *   <li>working capital_t = share_t × revenue_t + fixed_t, change_t = WC_t − WC_{t−1} (WC_{−1} =
   *       base-year net working capital); or, when the change is given, WC_t = WC_{t−1} + change_t.
   * </ul>
   *
   * @param taxRelief taxes other than income tax that the company is exempt from (a SCOP's CFE),
   *     per year, or {@code null}
   */
  static void project(BaseYear base, Operations ops, double[] taxRelief, YearTable out) {
    int n = ops.years();
    double previousWc = base.netWorkingCapital();
    for (int t = 0; t < n; t++) {
      double r = ops.revenue()[t];
      double purchases = ops.purchases().value(t, r);
      double external = ops.externalCharges().value(t, r);
      double taxes = ops.otherTaxes().value(t, r);
      if (taxRelief != null) {
        taxes = Math.max(0.0, taxes - taxRelief[t]);
      }
      double personnel = ops.personnel().value(t, r);
      double ebitda = r - purchases - external - taxes - personnel;
      double depreciation = ops.depreciation().value(t, r);
      double wcValue = ops.workingCapital().value(t, r);
      double wc = ops.workingCapitalIsChange() ? previousWc + wcValue : wcValue;
      out.year[t] = base.year() + t + 1;
      out.revenue[t] = r;
      out.purchases[t] = purchases;
      out.externalCharges[t] = external;
      out.otherTaxes[t] = taxes;
      out.personnelCosts[t] = personnel;
      out.ebitda[t] = ebitda;
      out.depreciation[t] = depreciation;
      out.ebit[t] = ebitda - depreciation;
      out.capex[t] = ops.capex().value(t, r);
      out.workingCapital[t] = wc;
      out.changeInWorkingCapital[t] = wc - previousWc;
      out.headcount[t] = ops.headcount()[t];
      previousWc = wc;
    }
  }
}
