package org.reprise.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.reprise.model.BaseYear;
import org.reprise.model.Company;
import org.reprise.model.Covenants;
import org.reprise.model.Deal;
import org.reprise.model.Driver;
import org.reprise.model.EquityClass;
import org.reprise.model.Exit;
import org.reprise.model.Financing;
import org.reprise.model.PaymentConditions;
import org.reprise.model.Operations;
import org.reprise.model.Structure;
import org.reprise.model.Tax;
import org.reprise.model.ThinCap;
import org.reprise.model.Tranche;
import org.reprise.model.Transaction;
import org.reprise.model.Valuation;

/**
 * A mutable builder of resolved deals for engine tests (the engine module has no file reader).
 * Defaults: the textbook paper LBO — revenue 100 flat, EBITDA margin 20 %, no depreciation, capex
 * or working capital, price 5 × LTM EBITDA = 100, generic 25 % tax, no fees, exit after 5 years at
 * 5 × LTM, opening-balance interest, pushdown structure, one fund ordinary class as the balance.
 */
final class TestDeals {
  int years = 5;
  int exitYear = 5;
  double revenue = 100.0;
  double[] growth;
  double margin = 0.20;
  double variableShareOfCosts = -1;
  double fixedCosts = 0.0;
  /** Share of the fixed costs that are personnel costs (the rest are external charges). */
  double personnelShareOfFixed = 0.0;
  double headcount = 100.0;
  org.reprise.model.Participation participation = org.reprise.model.Participation.none();
  org.reprise.model.Cooperative cooperative;
  double depreciationShare = 0.0;
  double capexShare = 0.0;
  double wcShare = 0.0;
  double baseWc = 0.0;
  double baseCash = 0.0;
  double baseDebt = 0.0;
  /** Base-year tax losses carried forward. */
  double taxLosses = 0.0;
  double minimumCash = 0.0;
  double interestOnCash = 0.0;
  Valuation price = new Valuation(Valuation.Basis.MULTIPLE_LTM, 5.0);
  Valuation exitValue = new Valuation(Valuation.Basis.MULTIPLE_LTM, 5.0);
  double exitFee = 0.0;
  /** The company is sold at the exit (false: only valued there, {@code exit.sale: false}). */
  boolean sale = true;
  /** The exit's value after a payment default of the hold, or null (methodology §7). */
  Valuation distressedValue;
  /** Upfront fee of the term loans added from now on, decimal share of the amount. */
  double upfrontFee = 0.0;
  double transactionFees = 0.0;
  Structure.Kind structure = Structure.Kind.PUSHDOWN;
  boolean taxGroup = false;
  /** Under a push-down, the merged company's opening equity; NaN: the equity subscribed. */
  double mergedEquity = Double.NaN;
  double holdingCosts = 0.0;
  /** The share premium the payer of the dividends may distribute (§5.5); 0: none. */
  double sharePremium = 0.0;
  /** The company's distributable reserves at the closing (its book equity is 50). */
  double distributableReserves = 50.0;
  Tax tax = generic(0.25);
  Deal.InterestBasis basis = Deal.InterestBasis.OPENING;
  double cashSweep = 0.0;
  /** A sweep stepping down with leverage (its first share replaces cashSweep), or null. */
  org.reprise.model.SweepSteps sweepSteps;
  Financing.SweepBasis sweepBasis = Financing.SweepBasis.CASH;
  double distributions = 0.0;
  /** No distribution after a covenant breach or a payment default (the default). */
  boolean lockUp = true;
  /** The lock-up's permitted-payment leverage level, times; NaN: the covenants only. */
  double distributionMaxLeverage = Double.NaN;
  /** The lock-up's permitted-payment debt service cover, times; NaN: the covenants only. */
  double distributionMinDebtServiceCover = Double.NaN;
  /** A breach or a default also stops the next year's distribution. */
  boolean distributionBlockedAfterBreach = false;
  /** The management ratchet (methodology §7.1), or null. */
  org.reprise.model.Ratchet ratchet;
  final List<EquityClass> equity = new ArrayList<>();
  final List<Tranche> debt = new ArrayList<>();
  /** Pari passu groups, by tranche name. */
  final List<List<String>> pariPassu = new ArrayList<>();
  double[] maxLeverage;
  double[] minCover;
  double[] minDscr;
  /** A breach or a default stops the revolvers the next year (covenants.drawstop). */
  boolean drawstop = false;

  static Tax generic(double rate) {
    return new Tax(
        fill(40, rate), 0.0, 0.0, Double.POSITIVE_INFINITY, 0.0, 0.0, 0.0, Double.POSITIVE_INFINITY,
        1.0, 0.0, 0.0, 0.0, 0.0, 0.0, Double.POSITIVE_INFINITY, 0, ThinCap.NONE);
  }

  /** The France preset (2024–2026 values, see shared/domain/french-rules.md). */
  static Tax france() {
    return new Tax(
        fill(40, 0.25), 0.15, 0.0, 3_000_000.0, 0.30, 0.0, 0.0, 1_000_000.0, 0.5, 0.033, 763_000.0,
        7_630_000.0, 0.05, 0.01, 0.043, 5,
        new ThinCap(1.5, 1_000_000.0, 0.10, 1.0 / 3.0));
  }

  /** The France preset with the group safeguard clause claimed (212 bis V: 75 %). */
  static Tax franceWithSafeguard() {
    Tax f = france();
    return new Tax(f.rate(), f.reducedRate(), f.reducedRateThreshold(), f.interestCapFloor(),
        f.interestCapShare(), 0.0, 0.75, f.lossAllowance(), f.lossExcessShare(),
        f.socialContributionRate(), f.socialContributionAllowance(),
        f.socialContributionRevenueThreshold(), f.dividendAddBack(), f.groupDividendAddBack(),
        f.relatedPartyRate(), f.unusedCapacityYears(), f.thinCap(), f.acquisitionCostYears());
  }

  static double[] fill(int n, double v) {
    double[] a = new double[n];
    Arrays.fill(a, v);
    return a;
  }

  TestDeals term(String name, String lender, double amount, double rate, int maturity) {
    return tranche(name, lender, Tranche.Kind.TERM, amount, rate, 0.0, new double[years], maturity);
  }

  TestDeals linear(String name, String lender, double amount, double rate, int tenor) {
    double[] rep = new double[years];
    for (int t = 0; t < Math.min(tenor, years); t++) {
      rep[t] = 1.0 / tenor;
    }
    tranche(name, lender, Tranche.Kind.TERM, amount, rate, 0.0, rep, tenor);
    // the instalments after the horizon too (a term loan's full repayment profile)
    Tranche t = debt.get(debt.size() - 1);
    debt.set(debt.size() - 1, new Tranche(t.name(), t.lender(), t.kind(), t.borrower(), t.size(),
        t.cashRate(), t.floating(), t.baseRate(), t.floor(), t.pikRate(), t.upfrontFee(),
        t.repayment(), t.maturity(), t.sweep(), t.sweepOrder(), t.limit(), t.commitmentFee(),
        t.rolledOver(), t.prepaymentFee(), fill(tenor, 1.0 / tenor)));
    return this;
  }

  TestDeals tranche(
      String name, String lender, Tranche.Kind kind, double amount, double rate, double pik,
      double[] repayment, int maturity) {
    Tranche.Borrower borrower =
        structure == Structure.Kind.HOLDING ? Tranche.Borrower.HOLDING : Tranche.Borrower.OPCO;
    debt.add(
        new Tranche(
            name, lender, kind, borrower,
            new Tranche.Size(Tranche.Size.Basis.AMOUNT, amount),
            fill(years, rate), false, new double[years], 0.0, fill(years, pik), upfrontFee,
            repayment, maturity > years ? 0 : maturity, kind == Tranche.Kind.TERM, debt.size(), 0.0, 0.0,
            false, new double[years], Arrays.copyOf(repayment, Math.max(0, maturity))));
    return this;
  }

  /**
   * A dividend recapitalisation (methodology §5.13): a bullet of {@code amount} drawn at the start
   * of year index {@code drawYear} (≥ 2), due {@code bulletYears} years counted from the draw
   * (year 1 = the draw year), with this builder's upfront fee, in or out of the sweep, drawn only
   * if net leverage pro forma is at most {@code maxNetLeverage} (NaN: no condition).
   */
  TestDeals recap(String name, String lender, double amount, double rate, int drawYear,
      int bulletYears, boolean sweep, double maxNetLeverage) {
    return recap(name, lender, new Tranche.Size(Tranche.Size.Basis.AMOUNT, amount), rate,
        drawYear, bulletYears, sweep, maxNetLeverage);
  }

  /** The same, sized as an amount or a multiple of the EBITDA of the year before the draw. */
  TestDeals recap(String name, String lender, Tranche.Size size, double rate, int drawYear,
      int bulletYears, boolean sweep, double maxNetLeverage) {
    return recap(name, lender, size, rate, bulletYears, sweep,
        new Tranche.Draw(drawYear, maxNetLeverage));
  }

  /**
   * The same, sized to a target net leverage (methodology §5.13): L × the EBITDA of the year
   * before − the net debt at its end, floored at 0, at most {@code maxAmount} (+∞: no cap).
   */
  TestDeals recapToLeverage(String name, String lender, double target, double maxAmount,
      double rate, int drawYear, int bulletYears, boolean sweep, double maxNetLeverage) {
    return recap(name, lender, new Tranche.Size(Tranche.Size.Basis.AMOUNT, maxAmount), rate,
        bulletYears, sweep, new Tranche.Draw(drawYear, maxNetLeverage, target));
  }

  private TestDeals recap(String name, String lender, Tranche.Size size, double rate,
      int bulletYears, boolean sweep, Tranche.Draw draw) {
    int drawYear = draw.year();
    int maturity = drawYear + bulletYears - 1;
    Tranche.Borrower borrower =
        structure == Structure.Kind.HOLDING ? Tranche.Borrower.HOLDING : Tranche.Borrower.OPCO;
    debt.add(
        new Tranche(
            name, lender, Tranche.Kind.TERM, borrower,
            size,
            fill(years, rate), false, new double[years], 0.0, fill(years, 0.0), upfrontFee,
            new double[years], maturity > years ? 0 : maturity, sweep, debt.size(), 0.0, 0.0,
            false, new double[years], new double[maturity], null, draw));
    return this;
  }

  TestDeals revolver(String name, String lender, double limit, double drawn, double rate, double fee) {
    debt.add(
        new Tranche(
            name, lender, Tranche.Kind.REVOLVER, Tranche.Borrower.OPCO,
            new Tranche.Size(Tranche.Size.Basis.AMOUNT, drawn),
            fill(years, rate), false, new double[years], 0.0, fill(years, 0.0), 0.0,
            new double[years], 0, false, debt.size(), limit, fee, false));
    return this;
  }

  /** Gives tranche i a prepayment fee at the exit, per year of exit. */
  TestDeals prepaymentFee(int i, double[] fee) {
    Tranche t = debt.get(i);
    debt.set(i, new Tranche(t.name(), t.lender(), t.kind(), t.borrower(), t.size(), t.cashRate(),
        t.floating(), t.baseRate(), t.floor(), t.pikRate(), t.upfrontFee(), t.repayment(),
        t.maturity(), t.sweep(), t.sweepOrder(), t.limit(), t.commitmentFee(), t.rolledOver(),
        fee, t.fullRepayment()));
    return this;
  }

  TestDeals equity(String name, String holder, EquityClass.Kind kind, double amount, double coupon) {
    equity.add(new EquityClass(name, holder, kind, amount, coupon, Double.NaN));
    return this;
  }

  /** Adds ordinary shares with a given share of the ordinary equity (decimal). */
  TestDeals ordinary(String name, String holder, double amount, double ownership) {
    equity.add(new EquityClass(name, holder, EquityClass.Kind.ORDINARY, amount, 0.0, ownership));
    return this;
  }

  Deal build() {
    if (equity.isEmpty()) {
      equity("Fund shares", "fund", EquityClass.Kind.ORDINARY, Double.NaN, 0.0);
    }
    double[] rev = new double[years];
    double r = revenue;
    for (int t = 0; t < years; t++) {
      r *= 1.0 + (growth == null ? 0.0 : growth[Math.min(t, growth.length - 1)]);
      rev[t] = r;
    }
    // Costs: purchases carry the variable part, external charges the fixed part, so that
    // EBITDA = margin × revenue when fixedCosts = 0.
    double variable = variableShareOfCosts >= 0 ? variableShareOfCosts : 1.0 - margin;
    double baseCosts = variable * revenue + fixedCosts;
    double personnel = personnelShareOfFixed * fixedCosts;
    double external = fixedCosts - personnel;
    BaseYear base =
        new BaseYear(
            2025, revenue, baseCosts - fixedCosts, external, 0.0, personnel,
            depreciationShare * revenue, capexShare * revenue, baseWc, baseCash, baseDebt,
            50.0, distributableReserves, taxLosses);
    Operations ops =
        new Operations(
            rev,
            Driver.share(years, variable),
            new Driver(new double[years], fill(years, external)),
            Driver.zero(years),
            new Driver(new double[years], fill(years, personnel)),
            Driver.share(years, depreciationShare),
            Driver.share(years, capexShare),
            Driver.share(years, wcShare),
            false,
            fill(years, headcount),
            fill(years, minimumCash),
            fill(years, interestOnCash),
            null);
    Tax sized = new Tax(
        Arrays.copyOf(tax.rate(), years), tax.reducedRate(), tax.reducedRateThreshold(),
        tax.interestCapFloor(), tax.interestCapShare(), tax.standaloneExtraShare(),
        tax.safeguardShare(), tax.lossAllowance(), tax.lossExcessShare(), tax.socialContributionRate(),
        tax.socialContributionAllowance(), tax.socialContributionRevenueThreshold(),
        tax.dividendAddBack(), tax.groupDividendAddBack(), tax.relatedPartyRate(),
        tax.unusedCapacityYears(), tax.thinCap(), tax.acquisitionCostYears());
    return new Deal(
        "test deal",
        new Company("Test company", headcount, base),
        ops,
        new Transaction(price, true, transactionFees, 0.0, 0.0, "2025-12-31"),
        new Structure(structure, taxGroup, fill(years, holdingCosts), mergedEquity, sharePremium),
        new Financing(equity, debt, cashSweep, distributions, sweepBasis, pariPassu, lockUp,
            new PaymentConditions(distributionMaxLeverage, distributionMinDebtServiceCover,
                distributionBlockedAfterBreach), ratchet).withSweepSteps(sweepSteps),
        sized,
        new Covenants(
            maxLeverage == null ? fill(years, Double.NaN) : maxLeverage,
            minCover == null ? fill(years, Double.NaN) : minCover,
            minDscr == null ? fill(years, Double.NaN) : minDscr, drawstop),
        new Exit(exitYear, exitValue, exitFee, distressedValue, sale),
        basis,
        participation,
        cooperative);
  }
}
