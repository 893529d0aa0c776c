package org.reprise.engine;

/**
 * The share premium of a run, one value per projected year (docs/methodology.md §5.5): the
 * premium that the company paying the dividends (the holding, or the company itself under a
 * push-down) may distribute beside its reserves, and what the dividends took of it. The dividends
 * take the reserves first and the premium after (CGI art. 112-1°: a distribution is a return of
 * the shareholders' contributions only once the profits and reserves are paid out). Amounts in
 * currency units; all zero in a year that pays none of it.
 */
public final class PremiumRows {
  /** The premium given in the deal file ({@code structure.sharePremium}), at the closing. */
  public final double given;
  /** The premium not yet distributed at the start of the year, before a recap of the year. */
  public final double[] opening;
  /** What a dividend recapitalisation at the start of the year paid out of the premium (§5.13). */
  public final double[] recap;
  /** What the year's distributions paid out of the premium, at the year end (§5.5). */
  public final double[] distributed;
  /** The premium not yet distributed at the year end: opening − recap − distributed, ≥ 0. */
  public final double[] closing;
  /** Per equity class (deal-file order), the part of {@link #recap} it received. */
  public final double[][] recapToClass;
  /** Per equity class (deal-file order), the part of {@link #distributed} it received. */
  public final double[][] toClass;

  PremiumRows(double given, int n, int classes) {
    this.given = given;
    opening = new double[n];
    recap = new double[n];
    distributed = new double[n];
    closing = new double[n];
    recapToClass = Rows.zeros(classes, n);
    toClass = Rows.zeros(classes, n);
  }

  /** @return the premium paid out in the year, by a recap and by the distributions */
  public double paid(int t) {
    return recap[t] + distributed[t];
  }
}
