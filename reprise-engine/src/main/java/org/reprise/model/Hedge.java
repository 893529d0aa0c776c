package org.reprise.model;

/**
 * An interest-rate hedge of one floating-rate tranche, set at closing on the tranche's amortisation
 * schedule (docs/methodology.md §5.1, "Interest-rate hedging").
 *
 * <p>Notional of year index t: {@code share × the tranche's scheduled balance} (the amount at
 * closing less the contractual repayments, never the sweep), averaged over the year under the
 * average interest convention, the opening one under the opening convention. Net settlement paid
 * by the borrower in year t (negative when received):
 *
 * <ul>
 *   <li>swap: {@code notional × (fixed rate − index_t)};
 *   <li>cap: {@code −notional × max(index_t − strike, 0)}.
 * </ul>
 *
 * <p>The index is the tranche's base rate before its floor (a swap's floating leg and a cap pay on
 * the unfloored Euribor), shifted by the risk simulation's base-rate shock on a path. A cap's
 * premium, {@code share × amount at closing × premium}, is paid at closing (a use of funds) and
 * expensed straight-line over the hedge's years as a financial charge.
 *
 * @param type swap or cap
 * @param share hedged share of the scheduled balance, decimal in (0, 1]
 * @param rate a swap's fixed rate, or a cap's strike, decimal per year
 * @param years the hedge's term in years from the closing (≥ 1, at most the exit year)
 * @param premium a cap's premium as a decimal share of the notional at closing (0 for a swap)
 * @param index the floating index per year the hedge settles on (the tranche's base rate, the
 *     path's shifted base in the risk simulation), decimal; the horizon's length
 */
public record Hedge(Type type, double share, double rate, int years, double premium,
    double[] index) {

  /** Checks the terms the reader checks with their paths (docs/deal-format.md). */
  public Hedge {
    if (type == null || index == null) {
      throw new IllegalArgumentException("a hedge needs a type and an index");
    }
    if (!(share > 0.0 && share <= 1.0)) {
      throw new IllegalArgumentException("hedge share: expected above 0 and at most 1, found "
          + share);
    }
    if (years < 1) {
      throw new IllegalArgumentException("hedge years: expected 1 or more, found " + years);
    }
    if (!(premium >= 0.0)) {
      throw new IllegalArgumentException("hedge premium: expected 0 or more, found " + premium);
    }
  }

  /** The kind of hedge. */
  public enum Type {
    /** Pays a fixed rate, receives the floating index. */
    SWAP,
    /** Receives the index above the strike, for a premium paid at closing. */
    CAP
  }

  /**
   * @param t year index (0 = first projected year)
   * @param notional the year's notional, currency units
   * @return the net settlement the borrower pays in year t (negative when it receives), 0 after
   *     the hedge's term
   */
  public double settlement(int t, double notional) {
    if (t >= years) {
      return 0.0;
    }
    double base = index[t];
    return type == Type.SWAP
        ? notional * (rate - base)
        : -notional * Math.max(base - rate, 0.0);
  }

  /**
   * @param index another index per year (used, not copied)
   * @return this hedge settled on {@code index}
   */
  public Hedge withIndex(double[] index) {
    return new Hedge(type, share, rate, years, premium, index);
  }

  /** @return true when {@code other} has the same terms, whatever its index */
  public boolean sameTermsExceptIndex(Hedge other) {
    return other != null
        && type == other.type
        && Double.compare(share, other.share) == 0
        && Double.compare(rate, other.rate) == 0
        && years == other.years
        && Double.compare(premium, other.premium) == 0;
  }
}
