package org.reprise.engine;

/**
 * How the value added of each year is shared, without remainder (docs/methodology.md, "Sharing of
 * the value added"). One entry per projected year; {@code employees + state + lenders +
 * shareholders + company = valueAdded} exactly up to rounding.
 */
public final class ValueAddedSplit {
  /** Value added = revenue − purchases − external charges (− the holding's running costs for the group). */
  public final double[] valueAdded;
  /** Personnel costs + participation of the year. */
  public final double[] employees;
  /** Taxes other than income tax + forfait social + income tax. */
  public final double[] state;
  /** Interest, PIK, commitment and upfront fees of the external tranches − interest earned on cash. */
  public final double[] lenders;
  /**
   * The fixed return accrued to the preferred shares and shareholder loans (paid or not), the
   * distributions to the ordinary shares, and a SCOP's interest on shares.
   */
  public final double[] shareholders;
  /**
   * Depreciation + retained profit after the preferred shares' accrued dividend: what is left to
   * reinvest (negative when more is paid out than earned).
   */
  public final double[] company;

  ValueAddedSplit(int n) {
    valueAdded = new double[n];
    employees = new double[n];
    state = new double[n];
    lenders = new double[n];
    shareholders = new double[n];
    company = new double[n];
  }

  void set(int t, double va, double emp, double st, double len, double sh, double co) {
    valueAdded[t] = va;
    employees[t] = emp;
    state[t] = st;
    lenders[t] = len;
    shareholders[t] = sh;
    company[t] = co;
  }
}
