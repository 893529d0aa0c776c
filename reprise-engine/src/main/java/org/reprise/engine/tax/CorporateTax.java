package org.reprise.engine.tax;

import org.reprise.model.Tax;

/**
 * Corporate income tax of one taxpayer for one year: the net-financial-charges cap, the use of
 * tax losses, the normal and reduced rates and the social contribution. Stateless: the carry-forward
 * balances come in through a {@link TaxPosition} and the updated balances go out through another,
 * so that a year can be recomputed while the circular interest is being solved.
 *
 * <p>Order of operations (docs/methodology.md, "Income tax"):
 *
 * <ol>
 *   <li>Tax EBITDA = taxable income before the cap + net financial charges (NFC) + depreciation.
 *   <li>Cap = max(floor, share × tax EBITDA) (CGI art. 212 bis). NFC above the cap are disallowed;
 *       a stand-alone entity deducts a further share (75 %) of the excess and carries nothing
 *       forward; other entities carry the disallowed NFC forward without time limit and deduct
 *       them in later years within the unused cap.
 *   <li>Losses: a taxable profit is offset by losses carried forward up to allowance + excess share
 *       × (profit − allowance) (CGI art. 209 I); a taxable loss is carried forward.
 *   <li>Tax = reduced rate × min(profit, threshold) + normal rate × the rest; plus the social
 *       contribution = rate × max(0, tax − allowance) when revenue ≥ the threshold (CGI art. 235 ter
 *       ZC).
 * </ol>
 */
public final class CorporateTax {

  private CorporateTax() {}

  /**
   * Computes the tax of one taxpayer for year index {@code t}.
   *
   * @param p tax parameters
   * @param t year index (0 = first projected year)
   * @param taxableBeforeCap taxable income with every financial charge deducted, before the
   *     interest cap and losses (currency units; negative for a loss)
   * @param netFinancialCharges financial charges − financial income (may be negative)
   * @param depreciation tax depreciation, for tax EBITDA
   * @param revenue the taxpayer's revenue, for the social-contribution threshold
   * @param in carry-forwards at the start of the year (not modified)
   * @param out receives the carry-forwards at the end of the year and this year's figures
   * @return income tax due for the year, social contribution included (never negative)
   */
  public static double compute(
      Tax p,
      int t,
      double taxableBeforeCap,
      double netFinancialCharges,
      double depreciation,
      double revenue,
      TaxPosition in,
      TaxPosition out) {
    double nfc = Math.max(0.0, netFinancialCharges);
    double carried = in.disallowedInterest;
    double disallowed = 0.0;
    double reused = 0.0;
    if (p.interestCapFloor() != Double.POSITIVE_INFINITY || p.interestCapShare() > 0.0) {
      double taxEbitda = taxableBeforeCap + netFinancialCharges + depreciation;
      double cap = Math.max(p.interestCapFloor(), p.interestCapShare() * Math.max(0.0, taxEbitda));
      if (nfc > cap) {
        double excess = nfc - cap;
        disallowed = excess * (1.0 - p.standaloneExtraShare());
      } else if (p.standaloneExtraShare() == 0.0) {
        reused = Math.min(carried, cap - nfc);
      }
    }
    double nextCarried =
        p.standaloneExtraShare() > 0.0 ? carried : carried - reused + disallowed;

    double taxable = taxableBeforeCap + disallowed - reused;
    double losses = in.losses;
    double usedLosses = 0.0;
    if (taxable > 0.0) {
      double allowance = p.lossAllowance();
      double limit =
          taxable <= allowance ? taxable : allowance + p.lossExcessShare() * (taxable - allowance);
      usedLosses = Math.min(losses, Math.min(limit, taxable));
      taxable -= usedLosses;
      losses -= usedLosses;
    } else {
      losses -= taxable;
      taxable = 0.0;
    }

    double threshold = p.reducedRateThreshold();
    double reducedBase = Math.min(taxable, threshold);
    double tax = p.reducedRate() * reducedBase + p.rate()[t] * (taxable - reducedBase);
    if (p.socialContributionRate() > 0.0 && revenue >= p.socialContributionRevenueThreshold()) {
      tax += p.socialContributionRate() * Math.max(0.0, tax - p.socialContributionAllowance());
    }

    out.losses = losses;
    out.disallowedInterest = nextCarried;
    out.disallowedThisYear = disallowed;
    out.taxableIncome = taxable;
    return tax;
  }
}
