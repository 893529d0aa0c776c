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
 */
public record Structure(Kind kind, boolean taxGroup, double[] holdingCosts, double mergedEquity) {

  /** A structure whose merged equity, under a push-down, is the equity subscribed at entry. */
  public Structure(Kind kind, boolean taxGroup, double[] holdingCosts) {
    this(kind, taxGroup, holdingCosts, Double.NaN);
  }

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
