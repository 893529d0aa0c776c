package org.reprise.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;
import org.reprise.model.EquityClass;
import org.reprise.model.Structure;
import org.reprise.model.Tax;
import org.reprise.model.ThinCap;
import org.reprise.model.Valuation;

/**
 * The tax amortisation of the acquisition costs (CGI art. 209 VII, docs/methodology.md §3 and
 * §5.2): the holding that bought the shares deducts the transaction fees capitalised in their cost
 * over {@code tax.acquisitionCostYears()} years from the closing, from its taxable result or the
 * tax group's; the deduction leaves the tax EBITDA, the net financial charges and the net income
 * where they were.
 */
class AcquisitionCostAmortisationTest {

  /** The fees of the fund's example: 2.5 % × 37.8 M€. */
  private static final double FEES = 945_000.0;

  /**
   * A holding in a tax group: revenue 40,000,000 flat at a 20 % margin (EBITDA 8,000,000, no
   * depreciation), a holding loan of 20,000,000 at 5 % on the opening balance, bullet after the
   * horizon (1,000,000 of interest a year, within the 3,000,000 floor of the interest cap), no
   * interest on cash, no sweep, no participation: the tax saved moves nothing else of the year.
   * The add-back on the dividends paid up is 0 here, so that the dividend that pays the tax does
   * not feed back into it (see {@link #theDividendAddBackFeedsBack}).
   */
  private static TestDeals group(int years, int acquisitionCostYears, double addBack) {
    TestDeals d = new TestDeals();
    d.years = years;
    d.exitYear = years;
    d.revenue = 40_000_000.0;
    d.structure = Structure.Kind.HOLDING;
    d.taxGroup = true;
    d.transactionFees = FEES;
    d.tax = france(addBack, acquisitionCostYears);
    d.term("Senior", "banks", 20_000_000.0, 0.05, 9);
    return d;
  }

  private static Tax france(double groupAddBack, int acquisitionCostYears) {
    Tax f = TestDeals.france();
    return new Tax(f.rate(), 0.0, 0.0, f.interestCapFloor(), f.interestCapShare(), 0.0, 0.0,
        f.lossAllowance(), f.lossExcessShare(), f.socialContributionRate(),
        f.socialContributionAllowance(), f.socialContributionRevenueThreshold(),
        f.dividendAddBack(), groupAddBack, f.relatedPartyRate(), f.unusedCapacityYears(),
        f.thinCap(), acquisitionCostYears);
  }

  /**
   * By hand, each of years 1 to 5: the group's taxable result is EBIT 8,000,000 − interest
   * 1,000,000 = 7,000,000 without the amortisation; with it, 7,000,000 − 945,000 / 5 =
   * 7,000,000 − 189,000 = 6,811,000. Tax at 25 %: 1,750,000 and 1,702,750; social contribution
   * 3.3 % of the tax above 763,000: 32,571 and 31,011.75; in all 1,782,571 and 1,733,761.75, a
   * saving of 189,000 × 25 % × 1.033 = 48,809.25. Years 6 and 7 deduct nothing. The saving is
   * cash the holding keeps (the company still pays it its stand-alone tax): the free cash flow
   * and the group's net income rise by it (the amortisation is a tax deduction, not a cost in the
   * accounts), and the cash at the exit by 5 × 48,809.25 = 244,046.25.
   */
  @Test
  void aHoldingInATaxGroupDeductsAFifthOfTheFeesInEachOfTheFirstFiveYears() {
    DealResult on = LboEngine.DEFAULT.run(group(7, 5, 0.0).build());
    DealResult off = LboEngine.DEFAULT.run(group(7, 0, 0.0).build());
    YearTable y = on.years();
    YearTable n = off.years();
    for (int t = 0; t < 7; t++) {
      double deducted = t < 5 ? 189_000.0 : 0.0;
      assertThat(y.acquisitionCostAmortisation[t]).as("year %d", t + 1)
          .isCloseTo(deducted, within(1e-9));
      assertThat(n.acquisitionCostAmortisation[t]).isZero();
      assertThat(n.incomeTax[t]).as("tax without, year %d", t + 1)
          .isCloseTo(1_782_571.0, within(1e-6));
      double saved = t < 5 ? 48_809.25 : 0.0;
      assertThat(y.incomeTax[t]).as("tax with, year %d", t + 1)
          .isCloseTo(1_782_571.0 - saved, within(1e-6));
      assertThat(y.opcoIncomeTax[t]).isEqualTo(n.opcoIncomeTax[t]);
      assertThat(y.freeCashFlow[t] - n.freeCashFlow[t]).isCloseTo(saved, within(1e-6));
      // not a cost in the accounts: the net income gains the tax saved
      assertThat(y.netIncome[t] - n.netIncome[t]).isCloseTo(saved, within(1e-6));
      // not a financial charge: nothing disallowed either way, the cap's floor covers the interest
      assertThat(y.disallowedInterest[t]).isZero();
    }
    assertThat(on.exit().equityValue() - off.exit().equityValue())
        .isCloseTo(5 * 48_809.25, within(1e-5));
    // the identities still hold: the value bridge sums to the gain
    ValueBridge b = on.valueBridge();
    assertThat(b.ebitdaGrowth() + b.multipleChange() + b.deleveraging() + b.distributions()
        + b.fees()).isCloseTo(b.equityGain(), within(1e-6));
  }

  /**
   * With the preset's 1 % add-back on the dividends paid up in a tax group, the dividend that
   * pays the holding's tax moves with the saving: ΔT = 1.033 × 25 % × (−189,000 + 1 % × ΔT), so
   * ΔT = −48,809.25 / (1 − 1 % × 25 % × 1.033) = −48,809.25 / 0.99741750 = −48,935.63.
   */
  @Test
  void theDividendAddBackFeedsBack() {
    YearTable y = LboEngine.DEFAULT.run(group(7, 5, 0.01).build()).years();
    YearTable n = LboEngine.DEFAULT.run(group(7, 0, 0.01).build()).years();
    double saved = 48_809.25 / (1.0 - 0.01 * 0.25 * 1.033);
    assertThat(saved).isCloseTo(48_935.63, within(0.005));
    for (int t = 0; t < 5; t++) {
      assertThat(n.incomeTax[t] - y.incomeTax[t]).isCloseTo(saved, within(1e-6));
    }
    assertThat(n.incomeTax[5] - y.incomeTax[5]).isCloseTo(0.0, within(1e-6));
  }

  /**
   * A holding outside a tax group has no taxable profit (its interest is above 5 % of the
   * dividends it receives): the amortisation adds to its losses, 189,000 a year, and the tax paid
   * does not move.
   */
  @Test
  void aHoldingOutsideAGroupCarriesTheDeductionInItsLosses() {
    TestDeals on = group(7, 5, 0.0);
    on.taxGroup = false;
    TestDeals off = group(7, 0, 0.0);
    off.taxGroup = false;
    YearTable y = LboEngine.DEFAULT.run(on.build()).years();
    YearTable n = LboEngine.DEFAULT.run(off.build()).years();
    for (int t = 0; t < 7; t++) {
      assertThat(y.acquisitionCostAmortisation[t]).isCloseTo(t < 5 ? 189_000.0 : 0.0,
          within(1e-9));
      assertThat(y.incomeTax[t]).isEqualTo(n.incomeTax[t]);
      assertThat(y.groupTaxLosses[t] - n.groupTaxLosses[t])
          .as("the holding's losses, year %d", t + 1)
          .isCloseTo(189_000.0 * Math.min(t + 1, 5), within(1e-6));
    }
  }

  /**
   * Under a push-down the shares bought are cancelled in the merger (the fees end in the mali) and
   * nothing is amortised: every figure is bit for bit the one without the amortisation.
   */
  @Test
  void aPushDownAmortisesNothing() {
    TestDeals on = group(7, 5, 0.0);
    on.structure = Structure.Kind.PUSHDOWN;
    on.taxGroup = false;
    on.debt.clear();
    on.term("Senior", "banks", 20_000_000.0, 0.05, 9);
    TestDeals off = group(7, 0, 0.0);
    off.structure = Structure.Kind.PUSHDOWN;
    off.taxGroup = false;
    off.debt.clear();
    off.term("Senior", "banks", 20_000_000.0, 0.05, 9);
    DealResult a = LboEngine.DEFAULT.run(on.build());
    DealResult b = LboEngine.DEFAULT.run(off.build());
    assertSameYears(a.years(), b.years());
    assertThat(a.exit().equityValue()).isEqualTo(b.exit().equityValue());
  }

  /**
   * An exit after three years with a forward exit multiple: years 1 to 3 deduct a fifth each, the
   * year the forward multiple adds deducts nothing (the shares were sold), and the last two
   * fifths are never deducted (they would be taken back in the gain on the sale, not modelled).
   */
  @Test
  void anExitBeforeTheEndOfThePeriodStopsTheAmortisation() {
    TestDeals d = group(4, 5, 0.0);
    d.years = 4;
    d.exitYear = 3;
    d.exitValue = new Valuation(Valuation.Basis.MULTIPLE_FORWARD, 5.0);
    d.debt.clear();
    d.term("Senior", "banks", 20_000_000.0, 0.05, 9);
    YearTable y = LboEngine.DEFAULT.run(d.build()).years();
    assertThat(y.acquisitionCostAmortisation)
        .containsExactly(189_000.0, 189_000.0, 189_000.0, 0.0);
  }

  /** Switched off, a deal is bit for bit the one built without the setting. */
  @Test
  void switchedOffItIsTheDealWithoutIt() {
    TestDeals a = group(7, 0, 0.01);
    TestDeals b = group(7, 0, 0.01);
    Tax f = b.tax;
    b.tax = new Tax(f.rate(), f.reducedRate(), f.reducedRateThreshold(), f.interestCapFloor(),
        f.interestCapShare(), f.standaloneExtraShare(), f.safeguardShare(), f.lossAllowance(),
        f.lossExcessShare(), f.socialContributionRate(), f.socialContributionAllowance(),
        f.socialContributionRevenueThreshold(), f.dividendAddBack(), f.groupDividendAddBack(),
        f.relatedPartyRate(), f.unusedCapacityYears(), f.thinCap());
    assertSameYears(LboEngine.DEFAULT.run(a.build()).years(),
        LboEngine.DEFAULT.run(b.build()).years());
    assertThat(b.tax.acquisitionCostYears()).isZero();
  }

  /**
   * The amortisation is a regulated provision in the holding's equity, and the consolidated
   * accounts eliminate it: the equity of the thin-capitalisation test (shares subscribed + the
   * group's net income, methodology §5.2) is not reduced by it; it only gains the tax saved. The
   * fund's loan of 30,000,000 at 10 % makes the group thinly capitalised; its share is recomputed
   * here from the run's own net income.
   */
  @Test
  void theThinCapitalisationEquityIsNotReducedByTheAmortisation() {
    TestDeals d = group(7, 5, 0.0);
    d.price = new Valuation(Valuation.Basis.MULTIPLE_LTM, 7.0);
    d.equity("Fund shares", "fund", EquityClass.Kind.ORDINARY, Double.NaN, 0.0);
    d.equity("Fund loan", "fund", EquityClass.Kind.SHAREHOLDER_LOAN, 30_000_000.0, 0.10);
    DealResult r = LboEngine.DEFAULT.run(d.build());
    YearTable y = r.years();
    double subscribed = r.sourcesAndUses().sources().get(0).amount();
    double equity = subscribed;
    double loan = 30_000_000.0;
    ThinCap thin = d.tax.thinCap();
    for (int t = 0; t < 5; t++) {
      double share = thin.excessShare(loan, equity, loan + 20_000_000.0);
      assertThat(share).as("thinly capitalised, year %d", t + 1).isPositive();
      assertThat(y.thinCapShare[t]).as("year %d", t + 1).isCloseTo(share, within(1e-12));
      equity += y.netIncome[t];
      loan *= 1.10;
    }
  }

  /** Every per-year array of the two tables, bit for bit. */
  private static void assertSameYears(YearTable a, YearTable b) {
    for (Field f : YearTable.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) || f.getType() != double[].class) {
        continue;
      }
      try {
        assertThat((double[]) f.get(a)).as(f.getName()).isEqualTo((double[]) f.get(b));
      } catch (IllegalAccessException e) {
        throw new AssertionError(e);
      }
    }
  }
}
