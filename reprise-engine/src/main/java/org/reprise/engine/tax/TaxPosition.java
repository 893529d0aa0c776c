package org.reprise.engine.tax;

import java.util.Arrays;

/**
 * The tax carry-forwards of one taxpayer, and the figures of the last computed year. A small
 * mutable holder owned by one engine run (never shared between threads).
 *
 * <p>The solver keeps two positions per taxpayer: the opening one, which {@link CorporateTax}
 * reads and never modifies, and the year's one, which it writes at every evaluation. When the year
 * is settled, {@link #closeYear} moves the opening position to the end of the year.
 */
public final class TaxPosition {
  /** Tax losses carried forward, currency units (≥ 0). */
  public double losses;
  /** Net financial charges disallowed by the cap and carried forward, currency units (≥ 0). */
  public double disallowedInterest;
  /** Net financial charges disallowed in the last computed year. */
  public double disallowedThisYear;
  /**
   * Unused interest capacity that may still be used (CGI art. 212 bis VIII), currency units (≥ 0):
   * the sum of {@link #unusedCapacityByAge}.
   */
  public double unusedCapacity;
  /** Unused interest capacity of earlier years used in the last computed year. */
  public double unusedCapacityUsed;
  /**
   * Unused interest capacity that the last computed year leaves for the following years ({@link
   * #closeYear} drops it when the taxpayer carries none: {@code unusedCapacityYears} 0).
   */
  public double unusedCapacityGenerated;
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
  /**
   * d(taxable income)/d(offset) and d(tax)/d(offset): the slopes in the amount deducted after the
   * cap ({@code CorporateTax.compute} with an offset), for the Newton step.
   */
  public double taxableSlopeOffset;
  /** See {@link #taxableSlopeOffset}. */
  public double taxSlopeOffset;

  /**
   * The unused capacity by year of origin, a ring: element {@link #oldest} may be used this year
   * for the last time, the next ones are younger, the one before it was left by the year just
   * closed. Its length is the number of years the capacity lasts ({@code Tax.unusedCapacityYears}).
   */
  private double[] unusedCapacityByAge = NONE;
  /** The ring of a position never reset (a length-0 array holds nothing to change: shared). */
  private static final double[] NONE = new double[0];
  /** Index of the oldest element of {@link #unusedCapacityByAge}. */
  private int oldest;

  /**
   * Starts a taxpayer afresh: {@code losses} carried forward, every other figure zero.
   *
   * @param losses tax losses carried forward at the start, currency units
   * @param unusedCapacityYears years during which an unused interest capacity may be used
   */
  public void reset(double losses, int unusedCapacityYears) {
    this.losses = losses;
    disallowedInterest = 0.0;
    disallowedThisYear = 0.0;
    unusedCapacity = 0.0;
    unusedCapacityUsed = 0.0;
    unusedCapacityGenerated = 0.0;
    oldest = 0;
    if (unusedCapacityByAge.length != unusedCapacityYears) {
      unusedCapacityByAge = new double[unusedCapacityYears];
    } else {
      Arrays.fill(unusedCapacityByAge, 0.0);
    }
    taxableIncome = 0.0;
    taxableSlopeIncome = 0.0;
    taxableSlopeCharges = 0.0;
    taxSlopeIncome = 0.0;
    taxSlopeCharges = 0.0;
    taxableSlopeOffset = 0.0;
    taxSlopeOffset = 0.0;
  }

  /**
   * Makes this position a copy of {@code other}, its unused capacity by year of origin included.
   *
   * @param other the position to copy
   */
  public void copyFrom(TaxPosition other) {
    losses = other.losses;
    disallowedInterest = other.disallowedInterest;
    disallowedThisYear = other.disallowedThisYear;
    unusedCapacity = other.unusedCapacity;
    unusedCapacityUsed = other.unusedCapacityUsed;
    unusedCapacityGenerated = other.unusedCapacityGenerated;
    taxableIncome = other.taxableIncome;
    taxableSlopeIncome = other.taxableSlopeIncome;
    taxableSlopeCharges = other.taxableSlopeCharges;
    taxSlopeIncome = other.taxSlopeIncome;
    taxSlopeCharges = other.taxSlopeCharges;
    taxableSlopeOffset = other.taxableSlopeOffset;
    taxSlopeOffset = other.taxSlopeOffset;
    if (unusedCapacityByAge.length != other.unusedCapacityByAge.length) {
      unusedCapacityByAge = other.unusedCapacityByAge.clone();
    } else {
      System.arraycopy(
          other.unusedCapacityByAge, 0, unusedCapacityByAge, 0, unusedCapacityByAge.length);
    }
    oldest = other.oldest;
  }

  /**
   * Moves this opening position to the end of the year computed into {@code year}: the year's
   * carry-forwards become this position's; the unused capacity it used is taken from the oldest
   * years first, the oldest year's remainder expires, and the capacity the year leaves is added as
   * the newest.
   *
   * @param year the position {@link CorporateTax#compute} wrote for the year (from this one)
   */
  public void closeYear(TaxPosition year) {
    losses = year.losses;
    disallowedInterest = year.disallowedInterest;
    disallowedThisYear = year.disallowedThisYear;
    taxableIncome = year.taxableIncome;
    double[] byAge = unusedCapacityByAge;
    int n = byAge.length;
    double generated = year.unusedCapacityGenerated;
    double toTake = year.unusedCapacityUsed;
    if (n == 0 || (toTake == 0.0 && generated == 0.0 && unusedCapacity == 0.0)) {
      return; // nothing carried, used or left: the ring holds zeros only
    }
    int first = oldest;
    oldest = first + 1 == n ? 0 : first + 1;
    if (toTake == 0.0) {
      // the common year: the oldest expires and its place takes the year's own, the newest
      double expired = byAge[first];
      byAge[first] = generated;
      unusedCapacity = Math.max(0.0, unusedCapacity - expired + generated);
      return;
    }
    // oldest first
    for (int i = first, k = 0; k < n && toTake > 0.0; k++, i = i + 1 == n ? 0 : i + 1) {
      double taken = Math.min(byAge[i], toTake);
      toTake -= taken;
      byAge[i] -= taken;
    }
    byAge[first] = generated;
    double left = 0.0;
    for (double d : byAge) {
      left += d;
    }
    unusedCapacity = left;
  }
}
