package org.reprise.model;

/**
 * The sale of the operating company at the end of year {@code year}.
 *
 * @param year year index of the exit, 1 = first projected year (base year + 1)
 * @param value exit enterprise value: multiple of LTM or forward EBITDA, or amount
 * @param feeShare exit fees as a decimal share of the exit enterprise value
 * @param distressedValue the exit enterprise value when the company has been in payment default
 *     in some year of the hold (a multiple of the exit year's EBITDA or an amount: a distressed
 *     sale), or {@code null} to value it as any other exit (methodology §7)
 */
public record Exit(int year, Valuation value, double feeShare, Valuation distressedValue) {

  public Exit {
    if (distressedValue != null && distressedValue.isForward()) {
      throw new IllegalArgumentException("a distressed value is of the exit year's EBITDA");
    }
  }

  /**
   * @param defaulted true when the company was in payment default in some year of the hold
   * @return the valuation of the exit: the distressed one after a default, when the deal gives one
   */
  public Valuation valueFor(boolean defaulted) {
    return defaulted && distressedValue != null ? distressedValue : value;
  }
}
