package org.reprise.model;

/**
 * How the buyer holds the operating company.
 *
 * @param kind holding company (NewCo) or debt pushed down into the operating company
 * @param taxGroup French tax group (intégration fiscale) between the holding and the operating
 *     company; ignored under {@link Kind#PUSHDOWN}
 * @param holdingCosts running costs of the holding per year (currency units), deductible
 */
public record Structure(Kind kind, boolean taxGroup, double[] holdingCosts) {

  /** Where the acquisition debt sits. */
  public enum Kind {
    /** A holding buys the operating company, carries the acquisition debt, and is served by upstream dividends. */
    HOLDING,
    /** The acquisition debt sits in the operating company (after a merger or a debt push-down). */
    PUSHDOWN
  }

  /** @return true when there is a separate holding company */
  public boolean hasHolding() {
    return kind == Kind.HOLDING;
  }
}
