package org.reprise.engine;

/**
 * The dividend recapitalisations of a run, one value per projected year (docs/methodology.md
 * §5.13): a tranche drawn at the start of a year of the hold whose proceeds, less its upfront fee,
 * are paid to the shareholders. All zero in a year without a draw. Amounts in currency units.
 */
public final class RecapRows {
  /** Amount borrowed at the start of the year (the tranches drawn then). */
  public final double[] borrowed;
  /** Their upfront fees, paid to the lenders out of the proceeds at the draw. */
  public final double[] fees;
  /**
   * What the shareholders received: the shareholder loans and preferred shares up to their claims,
   * then the ordinary shares, the dividends within the distributable reserves.
   */
  public final double[] paid;
  /** The part of {@link #paid} that repaid shareholder loans (a debt repaid, not a dividend). */
  public final double[] shareholderLoansRepaid;
  /**
   * What could not be paid as a dividend for want of distributable reserves, kept as cash:
   * borrowed − fees − paid.
   */
  public final double[] kept;
  /** The distributable reserves the dividends could use (at the start of the year). */
  public final double[] distributable;
  /**
   * True when a tranche due to be drawn in the year was not: the year before was in payment
   * default or broke a covenant, or the lenders' leverage condition failed (§5.13).
   */
  public final boolean[] refused;
  /** Why a tranche due in the year was not drawn (review 32, X2). */
  public enum Refusal {
    /** The year before was in payment default. */
    DEFAULT,
    /** The year before broke a covenant. */
    COVENANT_BREACH,
    /** The lenders' leverage condition failed ({@link #proFormaLeverage} above the limit). */
    LEVERAGE,
    /** Sized as a multiple of the year before's EBITDA, which was not positive. */
    NO_EBITDA
  }

  /** Why the year's draw was refused, or null when none was. */
  public final Refusal[] refusal;
  /**
   * The pro forma net leverage the lenders tested in the year (net debt at the end of the year
   * before plus the amount, over that year's EBITDA), NaN when no condition was tested.
   */
  public final double[] proFormaLeverage;
  /** The leverage the lenders allowed, NaN when no condition was tested. */
  public final double[] maxLeverage;
  /**
   * The target net leverage of a recap sized to it ({@code upToNetLeverage}, §5.13) due in the
   * year, NaN when none. {@link #proFormaLeverage} then holds the leverage it reached: the target,
   * less with a cap, or the leverage before the draw when there was no room under the target (a
   * recap of 0, not drawn and not refused).
   */
  public final double[] target;
  /**
   * True when a recap sized to a target was capped by its {@code maxAmount} below the target
   * ({@link #proFormaLeverage} then under {@link #target}).
   */
  public final boolean[] capped;
  /** Per equity class (deal-file order), what it received in the year. */
  public final double[][] toClass;

  RecapRows(int n, int classes) {
    borrowed = new double[n];
    fees = new double[n];
    paid = new double[n];
    shareholderLoansRepaid = new double[n];
    kept = new double[n];
    distributable = new double[n];
    refused = new boolean[n];
    refusal = new Refusal[n];
    proFormaLeverage = new double[n];
    maxLeverage = new double[n];
    target = new double[n];
    capped = new boolean[n];
    java.util.Arrays.fill(proFormaLeverage, Double.NaN);
    java.util.Arrays.fill(maxLeverage, Double.NaN);
    java.util.Arrays.fill(target, Double.NaN);
    toClass = Rows.zeros(classes, n);
  }

  /** @return the year indexes (0 = first projected year) in which a tranche was drawn */
  public int[] drawYears() {
    int count = 0;
    for (double b : borrowed) {
      count += b > 0.0 ? 1 : 0;
    }
    int[] out = new int[count];
    for (int t = 0, k = 0; t < borrowed.length; t++) {
      if (borrowed[t] > 0.0) {
        out[k++] = t;
      }
    }
    return out;
  }
}
