package org.reprise.model;

/**
 * How the buyer holds the operating company.
 *
 * @param kind holding company (NewCo) or debt pushed down into the operating company
 * @param taxGroup French tax group (intégration fiscale) between the holding and the operating
 *     company; ignored without a holding
 * @param holdingCosts running costs of the holding per year (currency units), deductible
 * @param mergedEquity under a push-down, the merged company's opening book equity as the user
 *     gives it (currency units); NaN to take the equity subscribed at entry (docs/methodology.md
 *     §4). Ignored in the other structures.
 * @param sharePremium the share premium (prime d'émission) of the company that pays the
 *     dividends, the holding or, under a push-down, the merged company, that the shareholders may
 *     decide to distribute once the reserves are (C. com. L232-11, CGI art. 112-1°; currency
 *     units, ≥ 0; 0 when none, docs/methodology.md §5.5)
 */
public record Structure(
    Kind kind, boolean taxGroup, double[] holdingCosts, double mergedEquity, double sharePremium) {

  /** A structure without a share premium to distribute. */
  public Structure(Kind kind, boolean taxGroup, double[] holdingCosts, double mergedEquity) {
    this(kind, taxGroup, holdingCosts, mergedEquity, 0.0);
  }

  /** A structure whose merged equity, under a push-down, is the equity subscribed at entry. */
  public Structure(Kind kind, boolean taxGroup, double[] holdingCosts) {
    this(kind, taxGroup, holdingCosts, Double.NaN);
  }

  /**
   * @param subscribed the shares subscribed at the closing (every equity class but the shareholder
   *     loans)
   * @param premium the share premium given
   * @return the error for a premium above the shares subscribed: the premium is part of what the
   *     shareholders paid for their shares (the reader and the engine say the same)
   */
  public static String premiumAboveShares(double subscribed, double premium) {
    // the premium as the user wrote it (a plain number), the shares subscribed as computed
    return String.format(java.util.Locale.ROOT,
        "expected at most the shares subscribed at the closing (the financing.equity classes other"
            + " than the shareholder loans), %.2f, found %s", subscribed,
        java.math.BigDecimal.valueOf(premium).stripTrailingZeros().toPlainString());
  }

  /**
   * @param merged the merged company's opening book equity given ({@code mergedEquity})
   * @param premium the share premium given
   * @return the error for a push-down's premium above the merged company's equity: the premium is
   *     part of that equity, which would otherwise hold a negative capital (review 38, W1)
   */
  public static String premiumAboveMergedEquity(double merged, double premium) {
    return String.format(java.util.Locale.ROOT,
        "expected at most the merged company's opening book equity (structure.mergedEquity), %s,"
            + " found %s",
        java.math.BigDecimal.valueOf(merged).stripTrailingZeros().toPlainString(),
        java.math.BigDecimal.valueOf(premium).stripTrailingZeros().toPlainString());
  }

  /** Why a SCOP has no share premium to distribute (the reader and the engine say the same). */
  public static final String SCOP_PREMIUM = "a SCOP distributes no share premium: its members'"
      + " shares are repaid at most at their nominal value (docs/methodology.md §5.10)";

  /** Where the acquisition debt sits. */
  public enum Kind {
    /** A holding buys the operating company, carries the acquisition debt, and is served by upstream dividends. */
    HOLDING,
    /**
     * The acquisition debt sits in the operating company, merged with its acquisition holding: it
     * opens with the buyer's equity (docs/methodology.md §4).
     */
    PUSHDOWN,
    /**
     * Nobody buys the company (the status quo): one company, as under a push-down, but nothing is
     * merged, so it keeps its own equity and reserves.
     */
    UNCHANGED
  }

  /** @return true when there is a separate holding company */
  public boolean hasHolding() {
    return kind == Kind.HOLDING;
  }

  /**
   * @return true when the company is merged with its acquisition holding (a push-down), so that
   *     its opening equity is the equity subscribed at entry rather than its own
   */
  public boolean merged() {
    return kind == Kind.PUSHDOWN;
  }
}
