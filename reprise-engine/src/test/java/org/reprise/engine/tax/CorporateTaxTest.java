package org.reprise.engine.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.reprise.model.Tax;

/**
 * Hand-worked cases of the French corporate tax rules; the worked examples come from
 * shared/domain/french-rules.md (B2, B4).
 */
class CorporateTaxTest {
  private static final double EPS = 1e-6;

  private static Tax france(double reducedThreshold, double standaloneShare, double socialRate) {
    double[] rate = new double[3];
    Arrays.fill(rate, 0.25);
    return new Tax(
        rate, 0.15, reducedThreshold, 3_000_000, 0.30, standaloneShare, 1_000_000, 0.5,
        socialRate, 763_000, 7_630_000, 0.05, 0.01, Double.POSITIVE_INFINITY);
  }

  /**
   * B2: tax EBITDA 20 m, NFC 8 m → cap max(3 m, 30 % × 20 m) = 6 m, 2 m disallowed and carried.
   * Taxable before cap = 20 − 8 = 12 m (no depreciation); taxable = 12 + 2 = 14 m; tax 25 % = 3.5 m.
   */
  @Test
  void interestAboveTheCapIsDisallowedAndCarriedForward() {
    TaxPosition in = new TaxPosition();
    TaxPosition out = new TaxPosition();
    double tax = CorporateTax.compute(france(0, 0, 0), 0, 12e6, 8e6, 0, 0, in, out);
    assertThat(out.disallowedThisYear).isCloseTo(2e6, within(EPS));
    assertThat(out.disallowedInterest).isCloseTo(2e6, within(EPS));
    assertThat(out.taxableIncome).isCloseTo(14e6, within(EPS));
    assertThat(tax).isCloseTo(3.5e6, within(EPS));
  }

  /**
   * B2: tax EBITDA 5 m, NFC 2 m → cap 3 m, nothing disallowed; 1 m of the cap is unused, so 1 m of
   * the 1.5 m carried from earlier years is deducted and 0.5 m stays carried.
   * Taxable = (5 − 2) − 1 = 2 m; tax = 0.5 m.
   */
  @Test
  void carriedInterestIsDeductedWithinTheUnusedCap() {
    TaxPosition in = new TaxPosition();
    in.disallowedInterest = 1.5e6;
    TaxPosition out = new TaxPosition();
    double tax = CorporateTax.compute(france(0, 0, 0), 0, 3e6, 2e6, 0, 0, in, out);
    assertThat(out.disallowedInterest).isCloseTo(0.5e6, within(EPS));
    assertThat(out.taxableIncome).isCloseTo(2e6, within(EPS));
    assertThat(tax).isCloseTo(0.5e6, within(EPS));
    assertThat(in.disallowedInterest).isEqualTo(1.5e6); // the input is never modified
  }

  /**
   * B2 VI bis: a stand-alone entity deducts 75 % of the 2 m excess: disallowed 0.5 m, nothing
   * carried.
   */
  @Test
  void standaloneEntityDeductsThreeQuartersOfTheExcess() {
    TaxPosition out = new TaxPosition();
    CorporateTax.compute(france(0, 0.75, 0), 0, 12e6, 8e6, 0, 0, new TaxPosition(), out);
    assertThat(out.disallowedThisYear).isCloseTo(0.5e6, within(EPS));
    assertThat(out.disallowedInterest).isCloseTo(0.0, within(EPS));
    assertThat(out.taxableIncome).isCloseTo(12.5e6, within(EPS));
  }

  /** B4: profit 3 m, losses 5 m → usable 1 m + 50 % × 2 m = 2 m; 1 m taxed, 3 m carried. */
  @Test
  void lossUseIsCapped() {
    TaxPosition in = new TaxPosition();
    in.losses = 5e6;
    TaxPosition out = new TaxPosition();
    double tax = CorporateTax.compute(france(0, 0, 0), 0, 3e6, 0, 0, 0, in, out);
    assertThat(out.taxableIncome).isCloseTo(1e6, within(EPS));
    assertThat(out.losses).isCloseTo(3e6, within(EPS));
    assertThat(tax).isCloseTo(0.25e6, within(EPS));
  }

  /** A loss of 0.4 m adds to the carried losses and no tax is due. */
  @Test
  void lossIsCarriedForward() {
    TaxPosition in = new TaxPosition();
    in.losses = 1e6;
    TaxPosition out = new TaxPosition();
    double tax = CorporateTax.compute(france(0, 0, 0), 0, -0.4e6, 0, 0, 0, in, out);
    assertThat(tax).isEqualTo(0.0);
    assertThat(out.losses).isCloseTo(1.4e6, within(EPS));
  }

  /** B1: 15 % on the first 42,500, 25 % above: 100,000 → 6,375 + 14,375 = 20,750. */
  @Test
  void smeReducedRate() {
    TaxPosition out = new TaxPosition();
    double tax = CorporateTax.compute(france(42_500, 0, 0), 0, 100_000, 0, 0, 0, new TaxPosition(), out);
    assertThat(tax).isCloseTo(20_750, within(EPS));
  }

  /**
   * B1: social contribution 3.3 % of the tax above 763,000 when revenue ≥ 7.63 m. Profit 4 m (no
   * financial charges): tax 1 m; contribution 3.3 % × 237,000 = 7,821; total 1,007,821.
   */
  @Test
  void socialContribution() {
    TaxPosition out = new TaxPosition();
    double tax = CorporateTax.compute(france(0, 0, 0.033), 0, 4e6, 0, 0, 30e6, new TaxPosition(), out);
    assertThat(tax).isCloseTo(1_007_821, within(EPS));
    double small = CorporateTax.compute(france(0, 0, 0.033), 0, 4e6, 0, 0, 5e6, new TaxPosition(), out);
    assertThat(small).isCloseTo(1_000_000, within(EPS));
  }
}
