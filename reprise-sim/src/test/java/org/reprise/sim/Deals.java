package org.reprise.sim;

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
import org.reprise.model.Operations;
import org.reprise.model.Structure;
import org.reprise.model.Tax;
import org.reprise.model.Tranche;
import org.reprise.model.Transaction;
import org.reprise.model.Valuation;

/**
 * Hand-built resolved deals for the simulation tests (reprise-sim reads no files). {@link
 * #factory()} mirrors examples/decolletage-secondary-lbo.yaml; {@link #paper()} is the textbook
 * paper LBO of the engine tests.
 */
public final class Deals {
  int years = 5;
  int exitYear = 5;
  double revenue = 100.0;
  double[] growth = {0.0};
  double variableShare = 0.80;
  double fixedCosts = 0.0;
  double depreciationShare = 0.0;
  double capexShare = 0.0;
  double wcShare = 0.0;
  double baseWc = 0.0;
  double baseCash = 0.0;
  double minimumCash = 0.0;
  double interestOnCash = 0.0;
  double headcount = 100.0;
  Valuation price = new Valuation(Valuation.Basis.MULTIPLE_LTM, 5.0);
  Valuation exitValue = new Valuation(Valuation.Basis.MULTIPLE_LTM, 5.0);
  Structure.Kind structure = Structure.Kind.PUSHDOWN;
  boolean taxGroup = false;
  double holdingCosts = 0.0;
  Tax tax = generic(0.25);
  Deal.InterestBasis basis = Deal.InterestBasis.OPENING;
  double cashSweep = 0.0;
  final List<EquityClass> equity = new ArrayList<>();
  final List<Tranche> debt = new ArrayList<>();
  double[] maxLeverage;
  double[] minCover;
  double[] minDscr;

  /**
   * The path deal of {@code deal} with its plan's revenue and the base rate shifted by {@code
   * shift} (flagged as shifted even when the shift is 0).
   */
  static Deal shiftedPath(Deal deal, double[] shift) {
    PathInputs in = new PathInputs(deal.years(), deal.financing().debt().size());
    System.arraycopy(deal.operations().revenue(), 0, in.revenue, 0, deal.years());
    System.arraycopy(shift, 0, in.rateShift, 0, deal.years());
    in.rateShifted = true;
    return PathDeals.of(deal, org.reprise.engine.LboEngine.DEFAULT.run(deal)).build(in);
  }

  static Tax generic(double rate) {
    return new Tax(
        fill(40, rate),
        0.0,
        0.0,
        Double.POSITIVE_INFINITY,
        0.0,
        0.0,
        0.0,
        Double.POSITIVE_INFINITY,
        1.0,
        0.0,
        0.0,
        0.0,
        0.0,
        0.0,
        Double.POSITIVE_INFINITY,
        0,
        org.reprise.model.ThinCap.NONE);
  }

  /**
   * The France preset (2024–2026 values), without the related-party rate cap (these deals' figures
   * predate it; the reader's preset has it).
   */
  static Tax france() {
    return new Tax(
        fill(40, 0.25),
        0.15,
        0.0,
        3_000_000.0,
        0.30,
        0.0,
        0.0,
        1_000_000.0,
        0.5,
        0.033,
        763_000.0,
        7_630_000.0,
        0.05,
        0.01,
        Double.POSITIVE_INFINITY,
        5,
        new org.reprise.model.ThinCap(1.5, 1_000_000.0, 0.10, 1.0 / 3.0));
  }

  static double[] fill(int n, double v) {
    double[] a = new double[n];
    Arrays.fill(a, v);
    return a;
  }

  /**
   * Revenue 100 flat, variable costs 65 %, fixed costs 15: EBITDA 20 (20 %). Price 100, senior 60
   * at 8 % repaid over 6 years, equity 40. Generic tax 25 %, no cash at closing.
   *
   * <pre>
   * base, year 1:  service = 10 + 4.8 = 14.8; tax (20 − 4.8) × 25 % = 3.8; FCF 16.2 ≥ 14.8: paid
   * "2009" year 1: revenue 70, EBITDA 70 × 35 % − 15 = 9.5; tax (9.5 − 4.8) × 25 % = 1.175;
   *                FCF 8.325 &lt; 14.8: payment default, shortfall 6.475
   * </pre>
   */
  public static Deal handBuilt() {
    Deals d = new Deals();
    d.variableShare = 0.65;
    d.fixedCosts = 15.0;
    d.term("Senior", "banks", 60.0, 0.08, 0.0, 6, true);
    return d.build();
  }

  /**
   * The paper LBO: revenue 100 flat, EBITDA 20 %, price 100, senior 60 at 10 % bullet after the
   * exit.
   */
  static Deal paper() {
    Deals d = new Deals();
    d.term("Senior", "banks", 60.0, 0.10, 0.0, 6, false);
    return d.build();
  }

  /**
   * The secondary LBO of the example file, resolved by hand: revenue 30 M€ growing 3, 3, 2.5, 2.5,
   * 2 %; purchases 35 %, external charges 8 % + 1.98 M€ (+2 % a year), other taxes 1.2 %, personnel
   * 180 × 52 000 € (+2.5 % a year); price 7 × 5.4 M€; holding with tax group; revolver, term A
   * (linear 6), term B (bullet 7), mezzanine (6 % + 5 % PIK, bullet 8), vendor loan (bullet 6);
   * sweep 50 %; covenants; average-balance interest.
   */
  public static Deal factory() {
    return factory(new double[] {0.03, 0.03, 0.025, 0.025, 0.02});
  }

  /** The factory deal of {@link #factory()} with another revenue growth, year by year. */
  static Deal factory(double[] growth) {
    Deals d = new Deals();
    d.revenue = 30_000_000.0;
    d.growth = growth.clone();
    d.structure = Structure.Kind.HOLDING;
    d.taxGroup = true;
    d.holdingCosts = 150_000.0;
    d.tax = france();
    d.basis = Deal.InterestBasis.AVERAGE;
    d.price = new Valuation(Valuation.Basis.MULTIPLE_LTM, 7.0);
    d.exitValue = new Valuation(Valuation.Basis.MULTIPLE_LTM, 7.0);
    d.cashSweep = 0.5;
    d.minimumCash = 1_000_000.0;
    d.interestOnCash = 0.005;
    d.baseCash = 2_000_000.0;
    d.baseWc = 6_000_000.0;
    d.wcShare = 0.20;
    d.depreciationShare = 0.05;
    d.capexShare = 0.06;
    d.headcount = 180.0;
    d.maxLeverage = new double[] {5.5, 5.0, 4.5, 4.0, 3.5};
    d.minCover = fill(5, 2.5);
    d.minDscr = fill(5, 1.1);
    double[] base = {0.021, 0.023, 0.024, 0.025, 0.025};
    d.equity.add(
        new EquityClass(
            "Fund ordinary shares", "fund", EquityClass.Kind.ORDINARY, 3_780_000.0, 0.0, 0.85));
    d.equity.add(
        new EquityClass(
            "Management ordinary shares",
            "management",
            EquityClass.Kind.ORDINARY,
            420_000.0,
            0.0,
            0.15));
    d.equity.add(
        new EquityClass(
            "Fund shareholder loan",
            "fund",
            EquityClass.Kind.SHAREHOLDER_LOAN,
            Double.NaN,
            0.10,
            Double.NaN));
    d.debt.add(
        new Tranche(
            "Revolver",
            "senior banks",
            Tranche.Kind.REVOLVER,
            Tranche.Borrower.OPCO,
            new Tranche.Size(Tranche.Size.Basis.AMOUNT, 0.0),
            plus(base, 0.025),
            true,
            base,
            0.0,
            fill(5, 0.0),
            0.01,
            new double[5],
            0,
            false,
            0,
            3_000_000.0,
            0.009,
            false));
    double[] linear = fill(5, 1.0 / 6.0);
    d.debt.add(
        new Tranche(
            "Senior term loan A",
            "senior banks",
            Tranche.Kind.TERM,
            Tranche.Borrower.HOLDING,
            new Tranche.Size(Tranche.Size.Basis.EBITDA_MULTIPLE, 1.5),
            plus(base, 0.0325),
            true,
            base,
            0.0,
            fill(5, 0.0),
            0.02,
            linear,
            6 > 5 ? 0 : 6,
            true,
            1,
            0.0,
            0.0,
            false));
    d.debt.add(
        new Tranche(
            "Senior term loan B",
            "senior banks",
            Tranche.Kind.TERM,
            Tranche.Borrower.HOLDING,
            new Tranche.Size(Tranche.Size.Basis.EBITDA_MULTIPLE, 2.0),
            plus(base, 0.0375),
            true,
            base,
            0.0,
            fill(5, 0.0),
            0.025,
            new double[5],
            0,
            true,
            2,
            0.0,
            0.0,
            false));
    d.debt.add(
        new Tranche(
            "Mezzanine",
            "mezzanine fund",
            Tranche.Kind.TERM,
            Tranche.Borrower.HOLDING,
            new Tranche.Size(Tranche.Size.Basis.EBITDA_MULTIPLE, 1.0),
            fill(5, 0.06),
            false,
            new double[5],
            0.0,
            fill(5, 0.05),
            0.03,
            new double[5],
            0,
            false,
            3,
            0.0,
            0.0,
            false));
    d.debt.add(
        new Tranche(
            "Vendor loan",
            "first fund (seller)",
            Tranche.Kind.VENDOR_LOAN,
            Tranche.Borrower.HOLDING,
            new Tranche.Size(Tranche.Size.Basis.AMOUNT, 3_000_000.0),
            fill(5, 0.04),
            false,
            new double[5],
            0.0,
            fill(5, 0.0),
            0.0,
            new double[5],
            0,
            true,
            4,
            0.0,
            0.0,
            false));
    return d.buildFactory();
  }

  private static double[] plus(double[] base, double margin) {
    double[] r = new double[base.length];
    for (int t = 0; t < r.length; t++) {
      r[t] = base[t] + margin;
    }
    return r;
  }

  /** A fixed-rate term loan. */
  Deals term(
      String name,
      String lender,
      double amount,
      double rate,
      double pik,
      int maturity,
      boolean linear) {
    return term(name, lender, amount, fill(years, rate), false, new double[years], 0.0, pik,
        maturity, linear);
  }

  /**
   * A floating-rate term loan, no PIK: cash rate = max(base, floor) + margin every year, as the
   * reader computes it.
   */
  Deals floatingTerm(
      String name,
      String lender,
      double amount,
      double base,
      double margin,
      double floor,
      int maturity,
      boolean linear) {
    return term(name, lender, amount, fill(years, Math.max(base, floor) + margin), true,
        fill(years, base), floor, 0.0, maturity, linear);
  }

  private Deals term(
      String name,
      String lender,
      double amount,
      double[] cashRate,
      boolean floating,
      double[] baseRate,
      double floor,
      double pik,
      int maturity,
      boolean linear) {
    double[] rep = new double[years];
    if (linear) {
      for (int t = 0; t < Math.min(maturity, years); t++) {
        rep[t] = 1.0 / maturity;
      }
    }
    Tranche.Borrower borrower =
        structure == Structure.Kind.HOLDING ? Tranche.Borrower.HOLDING : Tranche.Borrower.OPCO;
    debt.add(
        new Tranche(
            name,
            lender,
            Tranche.Kind.TERM,
            borrower,
            new Tranche.Size(Tranche.Size.Basis.AMOUNT, amount),
            cashRate,
            floating,
            baseRate,
            floor,
            fill(years, pik),
            0.0,
            rep,
            maturity > years ? 0 : maturity,
            true,
            debt.size(),
            0.0,
            0.0,
            false));
    return this;
  }

  Deals revolver(double limit, double rate) {
    debt.add(
        new Tranche(
            "Revolver",
            "banks",
            Tranche.Kind.REVOLVER,
            Tranche.Borrower.OPCO,
            new Tranche.Size(Tranche.Size.Basis.AMOUNT, 0.0),
            fill(years, rate),
            false,
            new double[years],
            0.0,
            fill(years, 0.0),
            0.0,
            new double[years],
            0,
            false,
            debt.size(),
            limit,
            0.0,
            false));
    return this;
  }

  private double[] revenues() {
    double[] rev = new double[years];
    double r = revenue;
    for (int t = 0; t < years; t++) {
      r *= 1.0 + growth[Math.min(t, growth.length - 1)];
      rev[t] = r;
    }
    return rev;
  }

  Deal build() {
    if (equity.isEmpty()) {
      equity.add(
          new EquityClass(
              "Fund shares", "fund", EquityClass.Kind.ORDINARY, Double.NaN, 0.0, Double.NaN));
    }
    double baseCosts = variableShare * revenue + fixedCosts;
    BaseYear base =
        new BaseYear(
            2025,
            revenue,
            baseCosts - fixedCosts,
            fixedCosts,
            0.0,
            0.0,
            depreciationShare * revenue,
            capexShare * revenue,
            baseWc,
            baseCash,
            0.0,
            50.0,
            50.0,
            0.0);
    Operations ops =
        new Operations(
            revenues(),
            Driver.share(years, variableShare),
            new Driver(new double[years], fill(years, fixedCosts)),
            Driver.zero(years),
            Driver.zero(years),
            Driver.share(years, depreciationShare),
            Driver.share(years, capexShare),
            Driver.share(years, wcShare),
            false,
            fill(years, headcount),
            fill(years, minimumCash),
            fill(years, interestOnCash),
            null);
    return deal(base, ops);
  }

  private Deal buildFactory() {
    BaseYear base =
        new BaseYear(
            2025,
            30_000_000.0,
            10_500_000.0,
            4_380_000.0,
            360_000.0,
            9_360_000.0,
            1_500_000.0,
            1_800_000.0,
            6_000_000.0,
            2_000_000.0,
            3_000_000.0,
            12_000_000.0,
            12_000_000.0,
            0.0);
    double[] external = new double[years];
    double[] personnel = new double[years];
    for (int t = 0; t < years; t++) {
      external[t] = 1_980_000.0 * Math.pow(1.02, t + 1);
      personnel[t] = 180 * 52_000.0 * Math.pow(1.025, t + 1);
    }
    Operations ops =
        new Operations(
            revenues(),
            Driver.share(years, 0.35),
            new Driver(fill(years, 0.08), external),
            Driver.share(years, 0.012),
            new Driver(new double[years], personnel),
            Driver.share(years, 0.05),
            Driver.share(years, 0.06),
            Driver.share(years, 0.20),
            false,
            fill(years, 180.0),
            fill(years, 1_000_000.0),
            fill(years, 0.005),
            null);
    return deal(base, ops);
  }

  private Deal deal(BaseYear base, Operations ops) {
    Tax sized =
        new Tax(
            Arrays.copyOf(tax.rate(), years),
            tax.reducedRate(),
            tax.reducedRateThreshold(),
            tax.interestCapFloor(),
            tax.interestCapShare(),
            tax.standaloneExtraShare(),
            tax.safeguardShare(),
            tax.lossAllowance(),
            tax.lossExcessShare(),
            tax.socialContributionRate(),
            tax.socialContributionAllowance(),
            tax.socialContributionRevenueThreshold(),
            tax.dividendAddBack(),
            tax.groupDividendAddBack(),
            tax.relatedPartyRate(),
            tax.unusedCapacityYears(),
            tax.thinCap(),
            tax.acquisitionCostYears());
    return new Deal(
        "test deal",
        new Company("Test company", headcount, base),
        ops,
        new Transaction(
            price, true, 0.0, structure == Structure.Kind.HOLDING ? 0.025 : 0.0, 0.0, "2025-12-31"),
        new Structure(structure, taxGroup, fill(years, holdingCosts)),
        new Financing(equity, debt, cashSweep, 0.0),
        sized,
        new Covenants(
            maxLeverage == null ? fill(years, Double.NaN) : maxLeverage,
            minCover == null ? fill(years, Double.NaN) : minCover,
            minDscr == null ? fill(years, Double.NaN) : minDscr, false),
        new Exit(exitYear, exitValue, structure == Structure.Kind.HOLDING ? 0.015 : 0.0, null,
            true),
        basis,
        org.reprise.model.Participation.legal(headcount),
        null);
  }
}
