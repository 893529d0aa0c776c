package org.reprise.model;

/**
 * The exit at the end of year {@code year}: the sale of the operating company, or, when {@code
 * sale} is false, its valuation at the horizon, nobody selling (an employee buyout whose employees
 * keep the company; a cooperative and the status quo are never sold, whatever this flag: {@link
 * Deal#soldAtExit()}). The arithmetic is the same either way (methodology §7): the flag changes
 * how the exit is described, not what it is worth.
 *
 * @param year year index of the exit, 1 = first projected year (base year + 1)
 * @param value exit enterprise value: multiple of LTM or forward EBITDA, or amount
 * @param feeShare exit fees as a decimal share of the exit enterprise value
 * @param distressedValue the exit enterprise value when the company has been in payment default
 *     in some year of the hold (a multiple of the exit year's EBITDA or an amount: a distressed
 *     sale), or {@code null} to value it as any other exit (methodology §7)
 * @param sale true when the company is sold at the exit (the default of a fund buyout), false
 *     when it is only valued there (file key {@code exit.sale})
 */
public record Exit(
    int year, Valuation value, double feeShare, Valuation distressedValue, boolean sale) {

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

  /** @return this exit at another year index, everything else unchanged */
  public Exit withYear(int newYear) {
    return new Exit(newYear, value, feeShare, distressedValue, sale);
  }

  /** @return this exit at another valuation, everything else unchanged */
  public Exit withValue(Valuation newValue) {
    return new Exit(year, newValue, feeShare, distressedValue, sale);
  }
}
