package org.reprise.engine.tax;

import org.reprise.model.Tax;
import org.reprise.model.ThinCap;

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
 *       forward. Other entities first deduct the excess within the cap left unused by the
 *       previous years (at most {@code unusedCapacityYears} back, oldest first), carry the rest
 *       forward without time limit and deduct it in later years within the unused cap; what a
 *       year's cap leaves unused after both is carried forward for the following years (212 bis
 *       VIII). A member of a consolidated group that claims the safeguard clause (212 bis V)
 *       deducts a further share (75 %) of what the unused capacity leaves, and carries the rest
 *       forward. A thinly capitalised taxpayer (212 bis VII) splits its NFC and its cap in
 *       proportion to its excess related-party debt, with a smaller cap on that part.
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
   * @param thinShare the share of the net financial charges that falls under the
   *     thin-capitalisation cap ({@code ThinCap.excessShare}); 0 when the taxpayer is not thinly
   *     capitalised
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
      double thinShare,
      TaxPosition in,
      TaxPosition out) {
    return compute(
        p, t, taxableBeforeCap, netFinancialCharges, depreciation, revenue, thinShare, 0.0, in,
        out);
  }

  /**
   * Computes the tax of one taxpayer for year index {@code t}, with an amount deducted after the
   * interest cap and before the taxpayer's own losses: in a tax group, the pre-group losses a
   * member sets against its own profit (CGI art. 223 I 4), which reduce its contribution to the
   * group's result but not the group's tax EBITDA. Its slope is written to {@link
   * TaxPosition#taxSlopeOffset}.
   *
   * @param offset amount deducted from the taxable income after the cap, before the losses (≥ 0)
   * @see #compute(Tax, int, double, double, double, double, double, TaxPosition, TaxPosition)
   */
  public static double compute(
      Tax p,
      int t,
      double taxableBeforeCap,
      double netFinancialCharges,
      double depreciation,
      double revenue,
      double thinShare,
      double offset,
      TaxPosition in,
      TaxPosition out) {
    // three steps, each small enough for the JIT to inline into the engine's year
    double taxable =
        thinShare > 0.0 && p.standaloneExtraShare() == 0.0
            ? afterThinCap(p, taxableBeforeCap, netFinancialCharges, depreciation, thinShare, in,
                out)
            : afterInterestCap(p, taxableBeforeCap, netFinancialCharges, depreciation, in, out);
    return atRates(p, t, afterLosses(p, taxable - offset, in, out), revenue, out);
  }

  /**
   * Step 2: the net-financial-charges cap. Writes the disallowed charges of the year and those
   * carried forward, the unused capacity used and left, and the slopes of the taxable income after
   * the cap (see {@link TaxPosition}). Kept under the JIT's inlining size (325 bytecodes), so that
   * it is compiled into the engine's year.
   *
   * @return the taxable income after the cap, before losses
   */
  private static double afterInterestCap(
      Tax p,
      double taxableBeforeCap,
      double netFinancialCharges,
      double depreciation,
      TaxPosition in,
      TaxPosition out) {
    double nfc = Math.max(0.0, netFinancialCharges);
    // Slopes of the piece the inputs fall in, for the solver's Newton step (see TaxPosition):
    // d(nfc)/d(charges), and d(disallowed − reused)/d(taxable before cap) and /d(charges).
    double nfcSlope = netFinancialCharges > 0.0 ? 1.0 : 0.0;
    double carried = in.disallowedInterest;
    double floor = p.interestCapFloor();
    double share = p.interestCapShare();
    // a stand-alone entity deducts a share of the excess and carries nothing forward; a group
    // member under the safeguard clause deducts a share of what the unused capacity leaves and
    // carries the rest forward
    double standalone = p.standaloneExtraShare();
    double kept = 1.0 - standalone - p.safeguardShare();
    double disallowed = 0.0;
    double reused = 0.0;
    double slopeIncome = 0.0;
    double slopeCharges = 0.0;
    double used = 0.0;
    double left = 0.0;
    if (floor != Double.POSITIVE_INFINITY || share > 0.0) {
      double taxEbitda = taxableBeforeCap + netFinancialCharges + depreciation;
      double shareOfEbitda = share * Math.max(0.0, taxEbitda);
      // tax EBITDA moves one for one with both inputs
      double capSlope = shareOfEbitda > floor && taxEbitda > 0.0 ? share : 0.0;
      double excess = nfc - Math.max(floor, shareOfEbitda);
      if (excess > 0.0) {
        // the unused capacity of the previous years absorbs the excess first (212 bis VIII)
        used = Math.min(excess, in.unusedCapacity);
        if (excess > used) {
          disallowed = (excess - used) * kept;
          slopeIncome = -kept * capSlope;
          slopeCharges = kept * (nfcSlope - capSlope);
        }
      } else if (standalone == 0.0) {
        // carried charges within the room left; what they leave is unused (BOI-IS-BASE-35-40-10-30)
        reused = Math.min(carried, -excess);
        if (-excess < carried) {
          slopeIncome = -capSlope;
          slopeCharges = nfcSlope - capSlope;
        }
        // TaxPosition.closeYear drops it when no later year may use it (unusedCapacityYears 0)
        left = -excess - reused;
      }
    }
    out.disallowedInterest = standalone == 0.0 ? carried - reused + disallowed : carried;
    out.disallowedThisYear = disallowed;
    out.unusedCapacityUsed = used;
    out.unusedCapacityGenerated = left;
    out.taxableSlopeIncome = 1.0 + slopeIncome;
    out.taxableSlopeCharges = slopeCharges;
    return taxableBeforeCap + disallowed - reused;
  }

  /**
   * Step 2 for a thinly capitalised taxpayer (212 bis VII): the share {@code thinShare} of the net
   * financial charges is deductible up to the same share of max(thin floor, thin share × tax
   * EBITDA), the rest up to the rest of the usual cap. What the first cap disallows carries forward
   * in full, what the second disallows for {@code carriedShare} (a third) only. Carried charges are
   * deducted within the first cap only; unused capacity is neither used nor left (212 bis VIII).
   *
   * @return the taxable income after the cap, before losses
   */
  private static double afterThinCap(
      Tax p,
      double taxableBeforeCap,
      double netFinancialCharges,
      double depreciation,
      double thinShare,
      TaxPosition in,
      TaxPosition out) {
    double nfc = Math.max(0.0, netFinancialCharges);
    double nfcSlope = netFinancialCharges > 0.0 ? 1.0 : 0.0;
    double taxEbitda = taxableBeforeCap + netFinancialCharges + depreciation;
    double ebitda = Math.max(0.0, taxEbitda);
    double usualShare = 1.0 - thinShare;
    // the usual cap, prorated (no cap at all when every charge is under the thin cap)
    double shareA = p.interestCapShare() * ebitda;
    double capA = usualShare > 0.0 ? usualShare * Math.max(p.interestCapFloor(), shareA) : 0.0;
    double capSlopeA =
        shareA > p.interestCapFloor() && taxEbitda > 0.0 ? usualShare * p.interestCapShare() : 0.0;
    // the thin-capitalisation cap, prorated
    ThinCap thin = p.thinCap();
    double shareB = thin.share() * ebitda;
    double capB = thinShare * Math.max(thin.floor(), shareB);
    double capSlopeB = shareB > thin.floor() && taxEbitda > 0.0 ? thinShare * thin.share() : 0.0;
    return thinCapped(thin, taxableBeforeCap, usualShare * nfc - capA,
        usualShare * nfcSlope - capSlopeA, capSlopeA, thinShare * nfc - capB,
        thinShare * nfcSlope - capSlopeB, capSlopeB, in, out);
  }

  /**
   * Writes the thinly capitalised year's cap figures from each part's charges less its cap
   * ({@code overA}, {@code overB}) and their slopes in the charges and in the income (the cap's).
   */
  private static double thinCapped(
      ThinCap thin,
      double taxableBeforeCap,
      double overA,
      double overASlopeCharges,
      double capSlopeA,
      double overB,
      double overBSlopeCharges,
      double capSlopeB,
      TaxPosition in,
      TaxPosition out) {
    double carried = in.disallowedInterest;
    double disallowedA = Math.max(0.0, overA);
    double disallowedB = Math.max(0.0, overB);
    double reused = overA > 0.0 ? 0.0 : Math.min(carried, -overA);
    // the taxable income moves with what is disallowed, and against what is reused
    boolean reuseLimited = overA <= 0.0 && -overA < carried;
    double slopeIncome = (overA > 0.0 || reuseLimited ? -capSlopeA : 0.0)
        + (overB > 0.0 ? -capSlopeB : 0.0);
    double slopeCharges = (overA > 0.0 || reuseLimited ? overASlopeCharges : 0.0)
        + (overB > 0.0 ? overBSlopeCharges : 0.0);
    out.disallowedInterest = carried - reused + disallowedA + thin.carriedShare() * disallowedB;
    out.disallowedThisYear = disallowedA + disallowedB;
    out.unusedCapacityUsed = 0.0;
    out.unusedCapacityGenerated = 0.0;
    out.taxableSlopeIncome = 1.0 + slopeIncome;
    out.taxableSlopeCharges = slopeCharges;
    return taxableBeforeCap + disallowedA + disallowedB - reused;
  }

  /**
   * Step 3: the losses carried forward, on the taxable income after the cap (less the offset).
   * Writes the losses carried forward and updates the taxable income's slopes; the slope in the
   * offset is minus the slope in the income after the cap.
   *
   * @return the taxable income after losses (≥ 0)
   */
  private static double afterLosses(
      Tax p, double taxableAfterCap, TaxPosition in, TaxPosition out) {
    double taxable = taxableAfterCap;
    double taxableSlopeIncome = out.taxableSlopeIncome;
    double taxableSlopeCharges = out.taxableSlopeCharges;
    double taxableSlopeOffset = -1.0;
    double losses = in.losses;
    if (taxable > 0.0) {
      double allowance = p.lossAllowance();
      double limit =
          taxable <= allowance ? taxable : allowance + p.lossExcessShare() * (taxable - allowance);
      double limitSlope = taxable <= allowance ? 1.0 : p.lossExcessShare();
      double room = Math.min(limit, taxable);
      double usedLosses = Math.min(losses, room);
      // the part of a change that the losses absorb: none when the losses run out first
      double absorbed = losses <= room ? 0.0 : (limit <= taxable ? limitSlope : 1.0);
      taxableSlopeIncome *= 1.0 - absorbed;
      taxableSlopeCharges *= 1.0 - absorbed;
      taxableSlopeOffset *= 1.0 - absorbed;
      taxable -= usedLosses;
      losses -= usedLosses;
    } else {
      losses -= taxable;
      taxable = 0.0;
      taxableSlopeIncome = 0.0;
      taxableSlopeCharges = 0.0;
      taxableSlopeOffset = 0.0;
    }
    out.losses = losses;
    out.taxableSlopeIncome = taxableSlopeIncome;
    out.taxableSlopeCharges = taxableSlopeCharges;
    out.taxableSlopeOffset = taxableSlopeOffset;
    return taxable;
  }

  /**
   * Step 4: the normal and reduced rates and the social contribution. Writes the taxable income and
   * the tax's slopes.
   *
   * @return the tax of the year
   */
  private static double atRates(Tax p, int t, double taxable, double revenue, TaxPosition out) {
    double threshold = p.reducedRateThreshold();
    double reducedBase = Math.min(taxable, threshold);
    double tax = p.reducedRate() * reducedBase + p.rate()[t] * (taxable - reducedBase);
    double marginalRate = taxable < threshold ? p.reducedRate() : p.rate()[t];
    if (p.socialContributionRate() > 0.0 && revenue >= p.socialContributionRevenueThreshold()) {
      double above = tax - p.socialContributionAllowance();
      if (above > 0.0) {
        marginalRate *= 1.0 + p.socialContributionRate();
      }
      tax += p.socialContributionRate() * Math.max(0.0, above);
    }

    out.taxableIncome = taxable;
    out.taxSlopeIncome = marginalRate * out.taxableSlopeIncome;
    out.taxSlopeCharges = marginalRate * out.taxableSlopeCharges;
    out.taxSlopeOffset = marginalRate * out.taxableSlopeOffset;
    return tax;
  }
}
