package org.reprise.model;

/**
 * The thin-capitalisation rule (CGI art. 212 bis VII): when the debt owed to related lenders
 * exceeds {@code debtToEquity} times the equity, the net financial charges on the excess are
 * deductible only up to a smaller cap, and only part of what that cap disallows carries forward.
 *
 * @param debtToEquity related-party debt to equity above which the rule applies (France 1.5);
 *     {@code +∞} = no thin-capitalisation rule
 * @param floor net financial charges always deductible under the second cap, before it is
 *     prorated, currency units (France 1,000,000)
 * @param share share of tax EBITDA deductible under the second cap, before it is prorated,
 *     decimal (France 0.10)
 * @param carriedShare share of the charges disallowed by the second cap that is carried forward,
 *     decimal (France 1/3)
 */
public record ThinCap(double debtToEquity, double floor, double share, double carriedShare) {

  /** No thin-capitalisation rule. */
  public static final ThinCap NONE = new ThinCap(Double.POSITIVE_INFINITY, 0.0, 0.0, 1.0);

  /** @return whether the rule exists at all */
  public boolean applies() {
    return debtToEquity != Double.POSITIVE_INFINITY;
  }

  /**
   * The share of the net financial charges that falls under the second cap: the related-party debt
   * above {@code debtToEquity} × equity, as a share of all the debt (212 bis VII 2).
   *
   * @param relatedDebt debt owed to related lenders, currency units
   * @param equity the taxpayer's equity, currency units
   * @param totalDebt all the debt, the related debt included, currency units
   * @return a share in [0, 1]; 0 when the taxpayer is not thinly capitalised
   */
  public double excessShare(double relatedDebt, double equity, double totalDebt) {
    double excess = relatedDebt - debtToEquity * Math.max(0.0, equity);
    if (!applies() || excess <= 0.0 || totalDebt <= 0.0) {
      return 0.0;
    }
    return Math.min(1.0, excess / totalDebt);
  }
}
