package org.reprise.engine;

import java.util.List;

/**
 * The sale at the end of the exit year and the distribution of its proceeds.
 *
 * @param year calendar year of the exit
 * @param ebitda the EBITDA the exit multiple applies to (exit year, or the next for forward), before
 *     any short-time working saving of a simulated path or stress, which a buyer does not
 *     capitalise ({@link org.reprise.model.Operations#normalisedEbitda})
 * @param multiple exit enterprise value / that EBITDA ({@code NaN} when that EBITDA is not positive)
 * @param enterpriseValue exit enterprise value
 * @param fees exit fees
 * @param prepaymentFees the lenders' prepayment fees on the debt repaid at the exit (their claims
 *     in the waterfall include them; 0 when no tranche has one)
 * @param debt total financial debt outstanding, including capitalised PIK and the revolver
 * @param cash cash of the group at exit
 * @param netDebt debt − cash
 * @param equityValue enterprise value − fees − prepayment fees − net debt − the employees' blocked
 *     participation accounts (negative when the debt is not covered)
 * @param waterfall what each creditor and equity class receives, in order of priority
 * @param blockedAccounts the employees' blocked participation accounts at the exit (methodology
 *     §5.8, §7): a liability of the company that the buyer takes over, so paid before the lenders
 *     out of the proceeds; 0 when the reserve is paid out each year
 * @param blockedAccountsPaid what the proceeds pay of {@code blockedAccounts}
 * @param ratchet what the management ratchet did at the exit (methodology §7.1), or {@code null}
 *     when the deal has none
 */
public record ExitResult(
    int year,
    double ebitda,
    double multiple,
    double enterpriseValue,
    double fees,
    double prepaymentFees,
    double debt,
    double cash,
    double netDebt,
    double equityValue,
    List<WaterfallLine> waterfall,
    double blockedAccounts,
    double blockedAccountsPaid,
    RatchetOutcome ratchet) {

  public ExitResult {
    waterfall = List.copyOf(waterfall);
  }

  /** An exit without a ratchet. */
  public ExitResult(int year, double ebitda, double multiple, double enterpriseValue, double fees,
      double prepaymentFees, double debt, double cash, double netDebt, double equityValue,
      List<WaterfallLine> waterfall, double blockedAccounts, double blockedAccountsPaid) {
    this(year, ebitda, multiple, enterpriseValue, fees, prepaymentFees, debt, cash, netDebt,
        equityValue, waterfall, blockedAccounts, blockedAccountsPaid, null);
  }

  /** An exit with no blocked participation accounts. */
  public ExitResult(int year, double ebitda, double multiple, double enterpriseValue, double fees,
      double prepaymentFees, double debt, double cash, double netDebt, double equityValue,
      List<WaterfallLine> waterfall) {
    this(year, ebitda, multiple, enterpriseValue, fees, prepaymentFees, debt, cash, netDebt,
        equityValue, waterfall, 0.0, 0.0);
  }

  /**
   * One step of the exit waterfall.
   *
   * @param name tranche or equity class
   * @param party who receives it
   * @param claim what was owed (for ordinary shares: the residual)
   * @param paid what was paid
   */
  public record WaterfallLine(String name, String party, double claim, double paid) {}

  /** Half a cent: below it a claim counts as paid in full (floating-point rounding). */
  static final double PAID_IN_FULL = 0.005;

  /**
   * @return true when the exit pays every claim of its waterfall in full (a SCOP that is worth its
   *     claims, docs/methodology.md §5.10; a sale whose price covers the debt and the preferred
   *     claims)
   */
  public boolean paysEveryClaim() {
    for (WaterfallLine l : waterfall) {
      if (l.paid() < l.claim() - PAID_IN_FULL) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the exit pays its creditors in full: the first {@code tranches} lines of the waterfall,
   * which are the debt tranches in order of priority (the lenders' claims, balance plus prepayment
   * fee), not the preferred shares, shareholder loans or ordinary shares that follow them. A
   * tranche paid less than its claim (by more than half a cent) is a payment default at the exit
   * (docs/risk.md §5).
   *
   * @param tranches the number of debt tranches of the deal ({@code DealResult.debt().size()})
   * @return true when every tranche is paid its claim at the exit
   */
  public boolean paysEveryTranche(int tranches) {
    return trancheShortfall(tranches) == 0.0; // each short line adds more than half a cent
  }

  /**
   * @param tranches the number of lender tranches, which come first in the waterfall
   * @return what the sale leaves unpaid of the lenders' claims: the sum over the tranches paid
   *     less than their claim by more than half a cent of claim − paid (0 when {@link
   *     #paysEveryTranche} holds)
   */
  public double trancheShortfall(int tranches) {
    double unpaid = 0.0;
    for (WaterfallLine l : shortTranches(tranches)) {
      unpaid += l.claim() - l.paid();
    }
    return unpaid;
  }

  /**
   * @param tranches the number of lender tranches, which come first in the waterfall
   * @return the tranches' lines that the sale pays less than their claim, by more than half a
   *     cent, in order of priority (empty when {@link #paysEveryTranche} holds)
   */
  public List<WaterfallLine> shortTranches(int tranches) {
    List<WaterfallLine> shortOnes = new java.util.ArrayList<>();
    for (int k = 0; k < Math.min(tranches, waterfall.size()); k++) {
      WaterfallLine l = waterfall.get(k);
      if (l.paid() < l.claim() - PAID_IN_FULL) {
        shortOnes.add(l);
      }
    }
    return shortOnes;
  }
}
