package org.reprise.cli.text;

/**
 * The unit amounts are shown in. Reports use thousands of euros; a toy deal (a textbook "paper
 * LBO" with sources of 100) would only show 0.1 k€ everywhere, so deals whose total sources are
 * below {@link #THRESHOLD} are shown in euros.
 */
public enum AmountUnit {
  /** Thousands of euros, the normal case. */
  THOUSANDS(1000.0, "k€", "unit.thousands"),
  /** Euros, for toy deals. */
  UNITS(1.0, "€", "unit.units");

  /** Total sources below which a deal is shown in euros, currency units. */
  public static final double THRESHOLD = 100_000.0;

  private final double divisor;
  private final String symbol;
  private final String labelKey;

  AmountUnit(double divisor, String symbol, String labelKey) {
    this.divisor = divisor;
    this.symbol = symbol;
    this.labelKey = labelKey;
  }

  /**
   * @param totalSources the deal's total sources, currency units
   * @return {@link #UNITS} for a deal below {@link #THRESHOLD}, {@link #THOUSANDS} otherwise
   */
  public static AmountUnit forDeal(double totalSources) {
    return Math.abs(totalSources) < THRESHOLD ? UNITS : THOUSANDS;
  }

  /** @return the amount in this unit */
  public double scale(double amount) {
    return amount / divisor;
  }

  /** @return the symbol: {@code k€} or {@code €} */
  public String symbol() {
    return symbol;
  }

  /** @return the key of the unit's description in {@link Labels} */
  String labelKey() {
    return labelKey;
  }
}
