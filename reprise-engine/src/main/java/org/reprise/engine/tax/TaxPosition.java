package org.reprise.engine.tax;

/**
 * The tax carry-forwards of one taxpayer, and the figures of the last computed year. A small
 * mutable holder owned by one engine run (never shared between threads).
 */
public final class TaxPosition {
  /** Tax losses carried forward, currency units (≥ 0). */
  public double losses;
  /** Net financial charges disallowed by the cap and carried forward, currency units (≥ 0). */
  public double disallowedInterest;
  /** Net financial charges disallowed in the last computed year. */
  public double disallowedThisYear;
  /** Taxable income of the last computed year after the cap and losses. */
  public double taxableIncome;
  /**
   * Slopes of the last computed year's piece (the tax is piecewise affine in its two inputs):
   * d(taxable income)/d(taxable before cap), d(taxable income)/d(net financial charges), and the
   * same for the tax. Used only by the engine's Newton step; never part of a result.
   */
  public double taxableSlopeIncome;
  /** See {@link #taxableSlopeIncome}. */
  public double taxableSlopeCharges;
  /** See {@link #taxableSlopeIncome}. */
  public double taxSlopeIncome;
  /** See {@link #taxableSlopeIncome}. */
  public double taxSlopeCharges;

  /** Starts a taxpayer afresh: {@code losses} carried forward, every other figure zero. */
  public void reset(double losses) {
    this.losses = losses;
    disallowedInterest = 0.0;
    disallowedThisYear = 0.0;
    taxableIncome = 0.0;
    taxableSlopeIncome = 0.0;
    taxableSlopeCharges = 0.0;
    taxSlopeIncome = 0.0;
    taxSlopeCharges = 0.0;
  }

  /** Copies the carry-forwards of {@code other} into this position. */
  public void copyFrom(TaxPosition other) {
    losses = other.losses;
    disallowedInterest = other.disallowedInterest;
    disallowedThisYear = other.disallowedThisYear;
    taxableIncome = other.taxableIncome;
  }
}
