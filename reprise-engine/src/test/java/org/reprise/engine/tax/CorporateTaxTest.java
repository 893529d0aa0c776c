package org.reprise.engine.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.reprise.model.Tax;
import org.reprise.model.ThinCap;

/**
 * Hand-worked cases of the French corporate tax rules; the worked examples come from
 * shared/domain/french-rules.md (B2, B4).
 */
class CorporateTaxTest {
  private static final double EPS = 1e-6;
  /** The French thin-capitalisation rule: 1.5 × equity, max(1 m, 10 %), a third carried. */
  private static final ThinCap THIN_CAP = new ThinCap(1.5, 1_000_000, 0.10, 1.0 / 3.0);

  private static Tax france(double reducedThreshold, double standaloneShare, double socialRate) {
    return france(reducedThreshold, standaloneShare, socialRate, 5);
  }

  private static Tax france(
      double reducedThreshold, double standaloneShare, double socialRate, int capacityYears) {
    return france(reducedThreshold, standaloneShare, 0.0, socialRate, capacityYears);
  }

  private static Tax france(double reducedThreshold, double standaloneShare,
      double safeguardShare, double socialRate, int capacityYears) {
    double[] rate = new double[3];
    Arrays.fill(rate, 0.25);
    return new Tax(
        rate, 0.15, reducedThreshold, 3_000_000, 0.30, standaloneShare, safeguardShare, 1_000_000,
        0.5, socialRate, 763_000, 7_630_000, 0.05, 0.01, Double.POSITIVE_INFINITY, capacityYears,
        THIN_CAP);
  }

  /** The France preset with the group safeguard clause claimed (212 bis V: 75 %). */
  private static Tax safeguard() {
    return france(0, 0, 0.75, 0, 5);
  }

  /** One year of {@code position}'s taxpayer, then the position moved to the year end. */
  private static double year(
      Tax p, TaxPosition position, double taxableBeforeCap, double netFinancialCharges) {
    TaxPosition out = new TaxPosition();
    double tax =
        CorporateTax.compute(p, 0, taxableBeforeCap, netFinancialCharges, 0, 0, 0.0, position, out);
    position.closeYear(out);
    return tax;
  }

  /**
   * B2: tax EBITDA 20 m, NFC 8 m → cap max(3 m, 30 % × 20 m) = 6 m, 2 m disallowed and carried.
   * Taxable before cap = 20 − 8 = 12 m (no depreciation); taxable = 12 + 2 = 14 m; tax 25 % = 3.5 m.
   */
  @Test
  void interestAboveTheCapIsDisallowedAndCarriedForward() {
    TaxPosition in = new TaxPosition();
    TaxPosition out = new TaxPosition();
    double tax = CorporateTax.compute(france(0, 0, 0), 0, 12e6, 8e6, 0, 0, 0.0, in, out);
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
    double tax = CorporateTax.compute(france(0, 0, 0), 0, 3e6, 2e6, 0, 0, 0.0, in, out);
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
    CorporateTax.compute(france(0, 0.75, 0), 0, 12e6, 8e6, 0, 0, 0.0, new TaxPosition(), out);
    assertThat(out.disallowedThisYear).isCloseTo(0.5e6, within(EPS));
    assertThat(out.disallowedInterest).isCloseTo(0.0, within(EPS));
    assertThat(out.taxableIncome).isCloseTo(12.5e6, within(EPS));
  }

  /**
   * 212 bis V (safeguard clause of a member of a consolidated group): tax EBITDA 20 m, NFC 8 m →
   * cap 6 m, excess 2 m; 75 % of it (1.5 m) is deducted after all, 0.5 m is disallowed and, unlike
   * a stand-alone entity's, carried forward. Taxable = 12 + 0.5 = 12.5 m; tax 25 % = 3.125 m.
   */
  @Test
  void safeguardClauseDeductsThreeQuartersAndCarriesTheRest() {
    TaxPosition out = new TaxPosition();
    double tax = CorporateTax.compute(safeguard(), 0, 12e6, 8e6, 0, 0, 0.0, new TaxPosition(), out);
    assertThat(out.disallowedThisYear).isCloseTo(0.5e6, within(EPS));
    assertThat(out.disallowedInterest).isCloseTo(0.5e6, within(EPS));
    assertThat(out.taxableIncome).isCloseTo(12.5e6, within(EPS));
    assertThat(tax).isCloseTo(3.125e6, within(EPS));
    // slopes on this piece: a euro more of charges adds a euro of excess but also a euro of tax
    // EBITDA (it is added back), so 0.30 more cap, and a quarter of the net stays taxable:
    // 0.25 × (1 − 0.30) = 0.175; a euro more of income raises the cap by 0.30: 1 − 0.25 × 0.30
    assertThat(out.taxableSlopeCharges).isCloseTo(0.25 * (1 - 0.30), within(1e-12));
    assertThat(out.taxableSlopeIncome).isCloseTo(1 - 0.25 * 0.30, within(1e-12));
  }

  /**
   * The unused capacity of earlier years absorbs the excess before the safeguard clause: 0.8 m of
   * capacity against the 2 m excess leaves 1.2 m, of which 75 % (0.9 m) is deducted and 0.3 m
   * disallowed and carried. Taxable = 12 + 0.3 = 12.3 m.
   */
  @Test
  void safeguardClauseAppliesToWhatTheUnusedCapacityLeaves() {
    TaxPosition in = new TaxPosition();
    in.reset(0.0, 5);
    // year 1: tax EBITDA 5 m, NFC 2.2 m → cap 3 m, 0.8 m unused and carried
    year(safeguard(), in, 2.8e6, 2.2e6);
    assertThat(in.unusedCapacity).isCloseTo(0.8e6, within(EPS));
    TaxPosition out = new TaxPosition();
    CorporateTax.compute(safeguard(), 0, 12e6, 8e6, 0, 0, 0.0, in, out);
    assertThat(out.unusedCapacityUsed).isCloseTo(0.8e6, within(EPS));
    assertThat(out.disallowedThisYear).isCloseTo(0.3e6, within(EPS));
    assertThat(out.disallowedInterest).isCloseTo(0.3e6, within(EPS));
    assertThat(out.taxableIncome).isCloseTo(12.3e6, within(EPS));
  }

  /**
   * A thinly capitalised year cannot claim the safeguard clause (212 bis VII): the same figures
   * as without it. Tax EBITDA 20 m, NFC 8 m, a quarter of it under the thin cap: usual cap 0.75 ×
   * 6 m = 4.5 m against 6 m (1.5 m disallowed), thin cap 0.25 × max(1 m, 2 m) = 0.5 m against 2 m
   * (1.5 m disallowed): 3 m in all, taxable 15 m.
   */
  @Test
  void safeguardClauseIsNotAvailableWhenThinlyCapitalised() {
    TaxPosition with = new TaxPosition();
    TaxPosition without = new TaxPosition();
    CorporateTax.compute(safeguard(), 0, 12e6, 8e6, 0, 0, 0.25, new TaxPosition(), with);
    CorporateTax.compute(france(0, 0, 0), 0, 12e6, 8e6, 0, 0, 0.25, new TaxPosition(), without);
    assertThat(with.disallowedThisYear).isCloseTo(3e6, within(EPS));
    assertThat(with.taxableIncome).isCloseTo(15e6, within(EPS));
    assertThat(with.taxableIncome).isEqualTo(without.taxableIncome);
    assertThat(with.disallowedInterest).isEqualTo(without.disallowedInterest);
  }

  /** B4: profit 3 m, losses 5 m → usable 1 m + 50 % × 2 m = 2 m; 1 m taxed, 3 m carried. */
  @Test
  void lossUseIsCapped() {
    TaxPosition in = new TaxPosition();
    in.losses = 5e6;
    TaxPosition out = new TaxPosition();
    double tax = CorporateTax.compute(france(0, 0, 0), 0, 3e6, 0, 0, 0, 0.0, in, out);
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
    double tax = CorporateTax.compute(france(0, 0, 0), 0, -0.4e6, 0, 0, 0, 0.0, in, out);
    assertThat(tax).isEqualTo(0.0);
    assertThat(out.losses).isCloseTo(1.4e6, within(EPS));
  }

  /** B1: 15 % on the first 42,500, 25 % above: 100,000 → 6,375 + 14,375 = 20,750. */
  @Test
  void smeReducedRate() {
    TaxPosition out = new TaxPosition();
    double tax = CorporateTax.compute(france(42_500, 0, 0), 0, 100_000, 0, 0, 0, 0.0, new TaxPosition(), out);
    assertThat(tax).isCloseTo(20_750, within(EPS));
  }

  /**
   * B1: social contribution 3.3 % of the tax above 763,000 when revenue ≥ 7.63 m. Profit 4 m (no
   * financial charges): tax 1 m; contribution 3.3 % × 237,000 = 7,821; total 1,007,821.
   */
  @Test
  void socialContribution() {
    TaxPosition out = new TaxPosition();
    double tax = CorporateTax.compute(france(0, 0, 0.033), 0, 4e6, 0, 0, 30e6, 0.0, new TaxPosition(), out);
    assertThat(tax).isCloseTo(1_007_821, within(EPS));
    double small = CorporateTax.compute(france(0, 0, 0.033), 0, 4e6, 0, 0, 5e6, 0.0, new TaxPosition(), out);
    assertThat(small).isCloseTo(1_000_000, within(EPS));
  }

  /**
   * B2 and 212 bis VIII. Year 1: tax EBITDA 5 m, NFC 2 m → cap 3 m, 1 m of the cap unused and
   * carried. Year 2: tax EBITDA 20 m, NFC 8 m → cap 6 m, excess 2 m, of which the 1 m of year 1
   * is deducted: 1 m disallowed (not 2 m), taxable (20 − 8) + 1 = 13 m, tax 3.25 m, and nothing
   * left of the capacity.
   */
  @Test
  void unusedCapOfAnEarlierYearAbsorbsALaterExcess() {
    Tax p = france(0, 0, 0);
    TaxPosition position = new TaxPosition();
    position.reset(0.0, 5);
    year(p, position, 3e6, 2e6);
    assertThat(position.unusedCapacity).isCloseTo(1e6, within(EPS));
    TaxPosition out = new TaxPosition();
    double tax = CorporateTax.compute(p, 0, 12e6, 8e6, 0, 0, 0.0, position, out);
    assertThat(out.unusedCapacityUsed).isCloseTo(1e6, within(EPS));
    assertThat(out.disallowedThisYear).isCloseTo(1e6, within(EPS));
    assertThat(out.taxableIncome).isCloseTo(13e6, within(EPS));
    assertThat(tax).isCloseTo(3.25e6, within(EPS));
    position.closeYear(out);
    assertThat(position.unusedCapacity).isEqualTo(0.0);
    assertThat(position.disallowedInterest).isCloseTo(1e6, within(EPS));
  }

  /**
   * The unused cap is what neither the year's charges nor the carried charges use (BOI-IS-BASE-
   * 35-40-10-30): cap 3 m, NFC 1 m, 1.5 m carried → 1.5 m deducted, 0.5 m of capacity left.
   */
  @Test
  void carriedChargesComeBeforeTheUnusedCap() {
    TaxPosition position = new TaxPosition();
    position.reset(0.0, 5);
    position.disallowedInterest = 1.5e6;
    year(france(0, 0, 0), position, 3e6, 1e6);
    assertThat(position.disallowedInterest).isEqualTo(0.0);
    assertThat(position.unusedCapacity).isCloseTo(0.5e6, within(EPS));
  }

  /**
   * Oldest first, and for {@code unusedCapacityYears} years only. With 2 years: year 1 leaves 1 m
   * (cap 3 m, NFC 2 m), year 2 leaves 0.5 m (NFC 2.5 m). Year 3 has an excess of 1.2 m (tax EBITDA
   * 20 m, cap 6 m, NFC 7.2 m): 1 m from year 1, 0.2 m from year 2, nothing disallowed. Year 4 has
   * an excess of 0.5 m (tax EBITDA 20 m, NFC 6.5 m): year 2's last 0.3 m is used (its last year),
   * 0.2 m is disallowed, and nothing is left.
   */
  @Test
  void unusedCapIsUsedOldestFirstAndExpires() {
    Tax p = france(0, 0, 0, 2);
    TaxPosition position = new TaxPosition();
    position.reset(0.0, 2);
    year(p, position, 3e6, 2e6); // year 1: 1 m left
    year(p, position, 2.5e6, 2.5e6); // year 2: tax EBITDA 5 m, cap 3 m, 0.5 m left
    assertThat(position.unusedCapacity).isCloseTo(1.5e6, within(EPS));
    TaxPosition out = new TaxPosition();
    CorporateTax.compute(p, 0, 12.8e6, 7.2e6, 0, 0, 0.0, position, out); // year 3
    assertThat(out.unusedCapacityUsed).isCloseTo(1.2e6, within(EPS));
    assertThat(out.disallowedThisYear).isEqualTo(0.0);
    position.closeYear(out);
    assertThat(position.unusedCapacity).isCloseTo(0.3e6, within(EPS));
    out = new TaxPosition();
    CorporateTax.compute(p, 0, 13.5e6, 6.5e6, 0, 0, 0.0, position, out); // year 4: excess 0.5 m
    assertThat(out.unusedCapacityUsed).isCloseTo(0.3e6, within(EPS));
    assertThat(out.disallowedThisYear).isCloseTo(0.2e6, within(EPS));
    position.closeYear(out);
    assertThat(position.unusedCapacity).isEqualTo(0.0);
  }

  /**
   * Expiry: with 2 years, year 1's 1 m is usable in years 2 and 3 only. Years 2 and 3 have NFC
   * equal to the cap (nothing used, nothing left); in year 4 the 2 m excess is all disallowed.
   */
  @Test
  void unusedCapExpires() {
    Tax p = france(0, 0, 0, 2);
    TaxPosition position = new TaxPosition();
    position.reset(0.0, 2);
    year(p, position, 3e6, 2e6);
    year(p, position, 2e6, 3e6); // tax EBITDA 5 m, cap 3 m = NFC
    assertThat(position.unusedCapacity).isCloseTo(1e6, within(EPS));
    year(p, position, 2e6, 3e6);
    assertThat(position.unusedCapacity).isEqualTo(0.0);
    year(p, position, 12e6, 8e6);
    assertThat(position.disallowedInterest).isCloseTo(2e6, within(EPS));
  }

  /** Without the carry-forward (0 years) and for a stand-alone entity, nothing is left. */
  @Test
  void noUnusedCapWithoutTheCarryForwardOrStandalone() {
    TaxPosition none = new TaxPosition();
    none.reset(0.0, 0);
    year(france(0, 0, 0, 0), none, 3e6, 2e6);
    assertThat(none.unusedCapacity).isEqualTo(0.0);
    TaxPosition standalone = new TaxPosition();
    standalone.reset(0.0, 5);
    year(france(0, 0.75, 0, 5), standalone, 3e6, 2e6);
    assertThat(standalone.unusedCapacity).isEqualTo(0.0);
  }

  /**
   * 212 bis VII 2: related debt 40 m, equity 20 m, all debt 40 m → (40 − 1.5 × 20) / 40 = 25 % of
   * the charges fall under the thin-capitalisation cap. Tax EBITDA 10 m, NFC 4 m: the usual part
   * 75 % × 4 = 3 m against 75 % × max(3 m, 30 % × 10 m) = 2.25 m, 0.75 m disallowed; the thin
   * part 25 % × 4 = 1 m against 25 % × max(1 m, 10 % × 10 m) = 0.25 m, 0.75 m disallowed. Taxable
   * (10 − 4) + 1.5 = 7.5 m, tax 1.875 m (without the rule: 7 m, 1.75 m). Carried: 0.75 m + a third
   * of 0.75 m = 1 m. The 1 m of unused capacity from earlier years is not used.
   */
  @Test
  void thinCapitalisationSplitsTheChargesAndTheCap() {
    assertThat(THIN_CAP.excessShare(40e6, 20e6, 40e6)).isCloseTo(0.25, within(1e-15));
    assertThat(THIN_CAP.excessShare(30e6, 20e6, 40e6)).isZero();
    assertThat(THIN_CAP.excessShare(10e6, -5e6, 40e6)).isCloseTo(0.25, within(1e-15));
    assertThat(ThinCap.NONE.excessShare(40e6, 0, 40e6)).isZero();
    TaxPosition in = new TaxPosition();
    in.reset(0.0, 5);
    in.unusedCapacity = 1e6;
    TaxPosition out = new TaxPosition();
    double tax = CorporateTax.compute(france(0, 0, 0), 0, 6e6, 4e6, 0, 0, 0.25, in, out);
    assertThat(out.disallowedThisYear).isCloseTo(1.5e6, within(EPS));
    assertThat(out.taxableIncome).isCloseTo(7.5e6, within(EPS));
    assertThat(tax).isCloseTo(1.875e6, within(EPS));
    assertThat(out.disallowedInterest).isCloseTo(1e6, within(EPS));
    assertThat(out.unusedCapacityUsed).isZero();
    assertThat(out.unusedCapacityGenerated).isZero();
  }

  /**
   * Carried charges are deducted within the usual part of the cap only. Carried 2 m; tax EBITDA
   * 20 m, NFC 4 m, 25 % thin: the usual part 3 m against 75 % × 6 m = 4.5 m leaves 1.5 m, which
   * deducts 1.5 m of the carried charges; the thin part 1 m against 25 % × max(1 m, 2 m) = 0.5 m:
   * 0.5 m disallowed, a third of it carried. Taxable 16 + 0.5 − 1.5 = 15 m; carried 2 − 1.5 + 0.5
   * / 3 = 0.6667 m; no unused capacity is left while thinly capitalised.
   */
  @Test
  void thinCapitalisedCarriedChargesUseTheUsualCapOnly() {
    TaxPosition in = new TaxPosition();
    in.reset(0.0, 5);
    in.disallowedInterest = 2e6;
    TaxPosition out = new TaxPosition();
    CorporateTax.compute(france(0, 0, 0), 0, 16e6, 4e6, 0, 0, 0.25, in, out);
    assertThat(out.disallowedThisYear).isCloseTo(0.5e6, within(EPS));
    assertThat(out.taxableIncome).isCloseTo(15e6, within(EPS));
    assertThat(out.disallowedInterest).isCloseTo(2e6 - 1.5e6 + 0.5e6 / 3, within(EPS));
    assertThat(out.unusedCapacityGenerated).isZero();
  }
}
