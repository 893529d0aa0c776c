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
 * @param role the holder's side in the envy ratio (docs/methodology.md §8.2), or {@code null} when
 *     the deal file gives none; the classes of one holder that give a role give the same one, and
 *     when any class gives one, exactly one holder is the sponsor ({@link Financing} checks both)
 */
public record EquityClass(
    String name,
    String holder,
    Kind kind,
    double amount,
    double coupon,
    double ownershipShare,
    Role role) {

  /** The legal form of an equity class. */
  public enum Kind {
    ORDINARY,
    PREFERRED,
    SHAREHOLDER_LOAN
  }

  /** A holder's side in the envy ratio (docs/methodology.md §8.2), as the deal file names it. */
  public enum Role {
    /** The investor who leads the deal: the numerator of the envy ratio. */
    SPONSOR,
    /** The managers (or employees) whose price per share the sponsor's is compared with. */
    MANAGEMENT,
    /** An investor who pays the sponsor's price beside it: left out of the envy ratio. */
    CO_INVESTOR
  }

  /** A class without a role: the envy ratio infers the sides (docs/methodology.md §8.2). */
  public EquityClass(
      String name, String holder, Kind kind, double amount, double coupon, double ownershipShare) {
    this(name, holder, kind, amount, coupon, ownershipShare, null);
  }

  /** @return true when this class is the balancing item of sources and uses */
  public boolean isBalancing() {
    return Double.isNaN(amount);
  }
}
