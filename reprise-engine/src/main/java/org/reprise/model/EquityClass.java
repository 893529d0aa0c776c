package org.reprise.model;

/**
 * One class of equity or quasi-equity invested at closing.
 *
 * <p>Ordinary shares share the residual equity value at exit pro rata to their ownership share.
 * Preferred shares and shareholder loans accrue a fixed coupon, compounded yearly on the accrued
 * balance, and are repaid (principal + accrued coupon) before ordinary shares. A shareholder-loan
 * coupon is a financial charge of the issuer (tax-deductible within the caps); a preferred-share
 * coupon is not.
 *
 * @param name class name as the user wrote it
 * @param holder the party that holds it (e.g. "fund", "management", "employees")
 * @param kind ordinary shares, preferred shares or shareholder loan
 * @param amount amount invested at closing, currency units; {@code NaN} when this class is the
 *     balancing item of sources and uses
 * @param coupon accruing coupon, decimal per year (0 for ordinary shares)
 * @param ownershipShare share of the ordinary equity (decimal); {@code NaN} = pro rata to amounts
 */
public record EquityClass(
    String name, String holder, Kind kind, double amount, double coupon, double ownershipShare) {

  /** The legal form of an equity class. */
  public enum Kind {
    ORDINARY,
    PREFERRED,
    SHAREHOLDER_LOAN
  }

  /** @return true when this class is the balancing item of sources and uses */
  public boolean isBalancing() {
    return Double.isNaN(amount);
  }
}
