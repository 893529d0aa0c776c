package org.reprise.model;

/**
 * The conditions a facility agreement sets on a distribution to the shareholders beyond the
 * covenants themselves (the "permitted payment" tests, docs/methodology.md §5.5). They apply only
 * under the lock-up ({@link Financing#distributionLockUp()}) and are conditions of the payment,
 * not covenants: failing one stops or cuts the distribution, it is never reported as a breach.
 *
 * @param maxNetLeverage the highest net debt / EBITDA a year may close at, pro forma for its
 *     distribution, times; the distribution is cut down to it. NaN when only the covenant applies
 * @param minDebtServiceCover the lowest debt service cover (cash available for debt service /
 *     debt service due) a year must reach to distribute, times; a year below it distributes
 *     nothing. NaN when only the covenant applies
 * @param blockedAfterBreach true when a covenant breach or a payment default also stops the next
 *     year's distribution (no deemed cure by the next year's tests; the model carries the breach
 *     one year, not until a waiver); false when meeting the next year's tests cures it
 */
public record PaymentConditions(
    double maxNetLeverage, double minDebtServiceCover, boolean blockedAfterBreach) {

  /** No condition beyond the covenants: the default. */
  public static final PaymentConditions COVENANTS_ONLY =
      new PaymentConditions(Double.NaN, Double.NaN, false);

  public PaymentConditions {
    if (maxNetLeverage < 0.0) {
      throw new IllegalArgumentException(
          "the permitted-payment leverage must be 0 or more, found " + maxNetLeverage);
    }
    if (minDebtServiceCover < 0.0) {
      throw new IllegalArgumentException(
          "the permitted-payment debt service cover must be 0 or more, found "
              + minDebtServiceCover);
    }
  }

  /** @return true when some condition goes beyond the covenants */
  public boolean any() {
    return !Double.isNaN(maxNetLeverage) || !Double.isNaN(minDebtServiceCover)
        || blockedAfterBreach;
  }
}
