package org.reprise.model;

/**
 * An enterprise value given either as an EV/EBITDA multiple or as an amount.
 *
 * @param basis what the value applies to
 * @param value the multiple (times EBITDA) or the amount (currency units)
 */
public record Valuation(Basis basis, double value) {

  /** How a valuation is expressed. */
  public enum Basis {
    /** Multiple of the last twelve months' EBITDA (entry: base year; exit: exit year). */
    MULTIPLE_LTM,
    /** Multiple of the next year's EBITDA (entry: year 1; exit: exit year + 1). */
    MULTIPLE_FORWARD,
    /** An amount in currency units. */
    AMOUNT
  }

  /** @return true when the value is a multiple of next year's EBITDA */
  public boolean isForward() {
    return basis == Basis.MULTIPLE_FORWARD;
  }
}
