package org.reprise.report.excel;

import org.reprise.model.BaseYear;
import org.reprise.model.Deal;
import org.reprise.model.Driver;
import org.reprise.model.EquityClass;
import org.reprise.model.Operations;
import org.reprise.model.Participation;
import org.reprise.model.Tax;
import org.reprise.model.ThinCap;
import org.reprise.model.Tranche;
import org.reprise.model.Valuation;

/**
 * The Inputs sheet: every number the model starts from, as the deal reader resolved it (defaults
 * applied, rates as decimals, one value per projected year, fixed costs already escalated by
 * inflation). Inputs are in blue on yellow; everything else in the workbook is a formula.
 */
final class InputsSheet {

  /** Text of the valuation bases, compared by the formulas. */
  static final String LTM = "multiple of LTM EBITDA";
  static final String FORWARD = "multiple of forward EBITDA";
  static final String AMOUNT = "amount";
  /** Text of the tranche size bases. */
  static final String TIMES_EBITDA = "times base-year EBITDA";
  static final String PRICE_SHARE = "share of the price";

  private InputsSheet() {}

  /**
   * The covenants per year (methodology §6) that the lock-up (§5.5) and the drawstop read, and the
   * lock-up's payment conditions. A leverage not tested is written as 1E+300 (the Debt sheet's
   * test skips it), a cover not tested as −1E+300 (every ratio meets it).
   */
  private static void covenants(Model md) {
    Grid g = md.in;
    Deal d = md.deal;
    Styles st = md.st;
    org.reprise.model.Covenants c = d.covenants();
    g.values("cov.maxLev", "Covenant: net debt / EBITDA at most (1E+300: not tested)", "x",
        orElse(c.maxNetLeverage(), Grid.UNLIMITED, md.n), null, st.numberInput);
    g.values("cov.minIcr", "Covenant: interest cover at least (−1E+300: not tested)", "x",
        orElse(c.minInterestCover(), -Grid.UNLIMITED, md.n), null, st.numberInput);
    g.values("cov.minDscr", "Covenant: debt service cover at least (−1E+300: not tested)", "x",
        orElse(c.minDebtServiceCover(), -Grid.UNLIMITED, md.n), null, st.numberInput);
    g.scalar("drawstop", "Drawstop: no revolver drawing the year after a breach or a default"
        + " (1 = yes)", "", md.drawstop ? 1 : 0, st.numberInput);
    if (md.lockUp) {
      org.reprise.model.PaymentConditions p = d.financing().paymentConditions();
      g.scalar("distMaxLev", "Distributions only when net debt / EBITDA, after them, is at most"
          + " (1E+300: no such condition)", "x",
          Double.isNaN(p.maxNetLeverage()) ? Grid.UNLIMITED : p.maxNetLeverage(),
          st.numberInput);
      g.scalar("distMinDscr", "Distributions only when the debt service cover is at least"
          + " (−1E+300: no such condition)", "x",
          Double.isNaN(p.minDebtServiceCover()) ? -Grid.UNLIMITED : p.minDebtServiceCover(),
          st.numberInput);
      g.scalar("distAfterBreach", "No distribution the year after a breach or a default"
          + " (1 = yes)", "", p.blockedAfterBreach() ? 1 : 0, st.numberInput);
    }
  }

  /** @return the first {@code n} values of {@code v}, {@code none} for each NaN (not tested) */
  private static double[] orElse(double[] v, double none, int n) {
    double[] out = new double[n];
    for (int t = 0; t < n; t++) {
      out[t] = t < v.length && !Double.isNaN(v[t]) ? v[t] : none;
    }
    return out;
  }

  static void lay(Model md) {
    Grid g = md.in;
    Deal d = md.deal;
    Styles st = md.st;
    BaseYear b = d.company().base();
    Operations o = d.operations();
    int n = md.n;
    g.title("Inputs — " + d.name());
    g.note("Blue cells on yellow are inputs; change them and the whole workbook recomputes. "
        + "Amounts in euros, rates as percentages.");
    g.yearInputs(b.year());
    g.text("company", "Company", d.company().name());
    g.scalar("exitYear", "Exit year index (1 = first projected year)", "year", md.exit,
        st.numberInput);
    g.note(md.holding ? (md.taxGroup ? "Structure: a holding company, in a tax group with the "
        + "company, carries the acquisition debt; the company pays it up dividends and advances."
        : "Structure: a holding company (no tax group) carries the acquisition debt; the company "
        + "pays it up dividends and advances.")
        : "Structure: the acquisition debt sits in the company itself (push-down).");
    if (md.iterated) {
      java.util.List<String> why = new java.util.ArrayList<>();
      if (md.average) {
        why.add("average-balance interest");
      }
      if (md.holding) {
        why.add("the holding's tax depends on the dividend it receives");
      }
      if (md.coop) {
        why.add("the cooperative's tax deducts its work share and investment provision, which"
            + " depend on its surplus after tax");
      }
      g.note("The year is a fixed point (" + String.join("; ", why) + "), solved without "
          + "iterative calculation: the hidden sheets 'Debt (pass k)' and 'Tax (pass k)' repeat "
          + "the year, each pass taking the previous pass's closing balances, cash and dividend"
          + (md.coop ? ", work share and participation" : "") + " (the first pass: the opening"
          + " ones and no dividend" + (md.coop ? ", work share or provision" : "") + "); Debt"
          + " and Tax are the last pass.");
      if (md.lockUp) {
        g.note("Under the distributions' lock-up, each attempt at a year (the distribution asked,"
            + (md.capAttempts ? " none, cut down to the leverage level up to three times"
                : "") + ") has its own passes, hidden sheets 'Debt ("
            + Model.attemptName(Model.ASKED) + ", pass k)' and the like, each year opening from"
            + " the year before as finally solved; the Debt sheet finds from them the cap the"
            + " year is solved with.");
      }
    }
    g.note(md.average
        ? "Interest convention: interest on the AVERAGE of the opening and closing balances of "
            + "each year (the closing balances of the previous pass)."
        : "Interest convention: interest on the OPENING balance of each year.");

    g.heading("Base year (actuals)");
    g.scalar("b.revenue", "Revenue", "€", b.revenue(), st.amountInput);
    g.scalar("b.purchases", "Purchases", "€", b.purchases(), st.amountInput);
    g.scalar("b.external", "External charges", "€", b.externalCharges(), st.amountInput);
    g.scalar("b.taxes", "Taxes other than income tax", "€", b.otherTaxes(), st.amountInput);
    g.scalar("b.personnel", "Personnel costs", "€", b.personnelCosts(), st.amountInput);
    g.scalar("b.depreciation", "Depreciation", "€", b.depreciation(), st.amountInput);
    g.scalar("b.capex", "Capex", "€", b.capex(), st.amountInput);
    g.scalar("b.wc", "Net working capital", "€", b.netWorkingCapital(), st.amountInput);
    g.scalar("b.cash", "Cash", "€", b.cash(), st.amountInput);
    g.scalar("b.debt", "Existing financial debt", "€", b.financialDebt(), st.amountInput);
    g.scalar("b.equity", "Book equity", "€", b.bookEquity(), st.amountInput);
    g.scalar("b.reserves", "Distributable reserves", "€", b.distributableReserves(),
        st.amountInput);
    g.scalar("b.losses", "Tax losses carried forward", "€", b.taxLosses(), st.amountInput);
    if (d.structure().merged() && !Double.isNaN(d.structure().mergedEquity())) {
      g.scalar("mergedEquity", "Opening equity of the merged company (push-down, given)", "€",
          d.structure().mergedEquity(), st.amountInput);
    }
    g.scalar("b.headcount", "Headcount", "people", d.company().headcount(), st.numberInput);

    g.heading("Operations, per projected year");
    double[] growth = new double[n];
    double previous = b.revenue();
    for (int t = 0; t < n; t++) {
      growth[t] = o.revenue()[t] / previous - 1.0;
      previous = o.revenue()[t];
    }
    g.values("growth", "Revenue growth", "%", growth, null, st.rateInput);
    driver(g, "purchases", "Purchases", o.purchases(), st);
    driver(g, "external", "External charges", o.externalCharges(), st);
    driver(g, "taxes", "Taxes other than income tax", o.otherTaxes(), st);
    driver(g, "personnel", "Personnel costs", o.personnel(), st);
    driver(g, "depreciation", "Depreciation", o.depreciation(), st);
    driver(g, "capex", "Capex", o.capex(), st);
    driver(g, "wc", o.workingCapitalIsChange() ? "Change in working capital"
        : "Working capital", o.workingCapital(), st);
    g.scalar("wcIsChange", "Working capital given as its yearly change (1) or level (0)", "",
        o.workingCapitalIsChange() ? 1 : 0, st.numberInput);
    g.values("headcount", "Headcount", "people", o.headcount(), null, st.numberInput);
    g.values("minCash", "Minimum cash", "€", o.minimumCash(), null, st.amountInput);
    g.values("holdingCosts", "Running costs of the holding", "€",
        d.structure().hasHolding() ? d.structure().holdingCosts() : new double[n], null,
        st.amountInput);
    g.values("cashRate", "Interest earned on the opening cash", "%", o.interestOnCash(), null,
        st.rateInput);

    g.heading("Transaction");
    valuation(g, "entry", "Entry price", d.transaction().entryValue(), st);
    g.scalar("refinance", "Existing debt refinanced at closing (1) or left in place (0)", "",
        d.transaction().refinanceExistingDebt() ? 1 : 0, st.numberInput);
    g.scalar("txFees", "Transaction fees, amount", "€", d.transaction().transactionFees(),
        st.amountInput);
    g.scalar("txFeeShare", "Transaction fees, share of the price", "%",
        d.transaction().transactionFeeShare(), st.rateInput);
    g.scalar("cashIn", "Cash put into the company at closing", "€",
        d.transaction().cashToBalanceSheet(), st.amountInput);

    g.heading("Exit");
    valuation(g, "exit", "Exit value", d.exit().value(), st);
    if (d.exit().distressedValue() != null) {
      // the value after a payment default in some year of the hold (methodology §7): never of
      // the forward EBITDA
      valuation(g, "distressed", "Exit value after a payment default", d.exit().distressedValue(),
          st);
    }
    g.scalar("exitFees", "Exit fees, share of the exit value", "%", d.exit().feeShare(),
        st.rateInput);

    tax(g, d.tax(), st);
    participation(g, d.participation(), st);
    if (d.isCooperative()) {
      cooperative(md, g, st);
    }

    g.heading("Financing");
    org.reprise.model.SweepSteps steps = d.financing().sweepSteps();
    if (steps == null) {
      g.scalar("sweep", "Cash sweep: share of the excess cash prepaying debt", "%",
          d.financing().cashSweep(), st.rateInput);
    } else {
      // a sweep stepping down with leverage (methodology §5.5): each step's share, and the net
      // leverage above which it applies (none on the last step)
      String ratio = steps.leverage() == org.reprise.model.SweepSteps.Leverage.SENIOR
          ? "senior net debt / EBITDA" : "net debt / EBITDA";
      for (int k = 0; k < steps.steps().size(); k++) {
        org.reprise.model.SweepSteps.Step step = steps.steps().get(k);
        g.scalar("sweepStep" + k + ".share", "Cash sweep, step " + (k + 1)
            + ": share of the excess cash prepaying debt", "%", step.share(), st.rateInput);
        if (!Double.isNaN(step.leverageAbove())) {
          g.scalar("sweepStep" + k + ".above", "Cash sweep, step " + (k + 1)
              + ": applies when " + ratio + " before the sweep is above", "x",
              step.leverageAbove(), st.numberInput);
        }
      }
    }
    g.scalar("sweepOnFlow", "Cash sweep on the year's excess cash flow (1) or on the cash above "
        + "the minimum (0)", "", d.financing().sweepBasis()
            == org.reprise.model.Financing.SweepBasis.EXCESS_CASH_FLOW ? 1 : 0, st.numberInput);
    g.scalar("distribution", "Distributions: share of the cash left paid to shareholders", "%",
        d.financing().distributionShare(), st.rateInput);
    if (md.premium) {
      // the share premium the payer of the dividends may distribute after its reserves (§5.5)
      g.scalar("sharePremium", "Share premium at the closing (paid out after the distributable"
          + " reserves, as a return of contributions)", "€", d.structure().sharePremium(),
          st.amountInput);
    }
    if (DebtSheet.hasPermittedCover(d) && !md.lockUp) {
      g.scalar("distMinCover", "Distributions only when the debt service cover is at least", "x",
          d.financing().paymentConditions().minDebtServiceCover(), st.numberInput);
    }
    if (md.tests) {
      covenants(md);
    }
    org.reprise.model.Ratchet ratchet = d.financing().ratchet();
    if (ratchet != null) {
      // the management ratchet (methodology §7.1): who gets it, whose return it tests, the tiers
      g.text("ratchet.beneficiary", "Ratchet: beneficiary (holder; to change it, write a new"
          + " workbook)", ratchet.beneficiary());
      g.text("ratchet.investor", "Ratchet: investor whose return the tiers test (holder)",
          md.ratchetInvestor);
      g.text("ratchet.test", "Ratchet: tiers tested on the investor's multiple or IRR",
          ratchet.test() == org.reprise.model.Ratchet.Test.IRR ? "irr" : "multiple");
      for (int k = 0; k < ratchet.tiers().size(); k++) {
        org.reprise.model.Ratchet.Tier tier = ratchet.tiers().get(k);
        g.scalar("ratchet." + k + ".atLeast", "Ratchet, tier " + (k + 1) + ": from the"
            + " investor's multiple (x) or IRR (%) of", "", tier.threshold(), st.numberInput);
        g.scalar("ratchet." + k + ".ownership", "Ratchet, tier " + (k + 1) + ": the"
            + " beneficiary's share of the ordinary equity", "%", tier.ownership(), st.rateInput);
      }
    }
    boolean given = false;
    for (EquityClass c : md.classes) {
      given |= c.kind() == EquityClass.Kind.ORDINARY && !Double.isNaN(c.ownershipShare());
    }
    g.scalar("ownershipGiven", "Ownership of the ordinary shares given (1) or pro rata (0)", "",
        given ? 1 : 0, st.numberInput);
    for (int k = 0; k < md.classes.size(); k++) {
      EquityClass c = md.classes.get(k);
      String p = "eq" + k + ".";
      g.heading("Equity class " + (k + 1) + ": " + c.name());
      g.text(p + "name", "Name", c.name());
      g.text(p + "holder", "Holder", c.holder());
      g.text(p + "kind", "Kind", switch (c.kind()) {
        case ORDINARY -> "ordinary";
        case PREFERRED -> "preferred";
        case SHAREHOLDER_LOAN -> "shareholder-loan";
      });
      g.scalar(p + "balancing", "Balance of sources and uses (1) or fixed amount (0)", "",
          c.isBalancing() ? 1 : 0, st.numberInput);
      g.scalar(p + "amount", "Amount (when fixed)", "€", c.isBalancing() ? 0 : c.amount(),
          st.amountInput);
      g.scalar(p + "coupon", "Coupon (preferred shares, shareholder loans)", "%", c.coupon(),
          st.rateInput);
      g.scalar(p + "ownership", "Ownership of the ordinary shares (when given)", "%",
          Double.isNaN(c.ownershipShare()) ? 0 : c.ownershipShare(), st.rateInput);
    }
    for (int i = 0; i < md.m; i++) {
      Tranche tr = md.tranches.get(i);
      String p = "tr" + i + ".";
      g.heading("Debt tranche " + (i + 1) + ": " + tr.name());
      g.text(p + "name", "Name", tr.name());
      g.text(p + "lender", "Lender", tr.lender());
      g.text(p + "basis", "Amount given as", switch (tr.size().basis()) {
        case AMOUNT -> AMOUNT;
        case EBITDA_MULTIPLE -> TIMES_EBITDA;
        case PRICE_SHARE -> PRICE_SHARE;
      });
      g.scalar(p + "size", "Amount, multiple or share", "",
          tr.size().value(), tr.size().basis() == Tranche.Size.Basis.PRICE_SHARE ? st.rateInput
              : st.numberInput);
      g.scalar(p + "upfront", "Upfront fee, share of the amount", "%", tr.upfrontFee(),
          st.rateInput);
      g.scalar(p + "maturity", "Maturity (year index; 0 = after the horizon)", "year",
          tr.maturity(), st.numberInput);
      g.scalar(p + "writeOff", "Upfront fee written off in year (index; 0 = never): the year the"
              + " engine's run repays the loan before the end of its fee period (methodology §3);"
              + " change it if your inputs repay it in another year", "year",
          md.feeWrittenOff[i], st.numberInput);
      if (tr.drawnLater()) {
        // a dividend recapitalisation (methodology §5.13): drawn at the start of a year of the
        // hold, all or nothing, unless the year before broke a covenant or missed a payment
        Tranche.Draw draw = tr.draw();
        g.scalar(p + "drawnIn", "Drawn at the start of year (index) and paid to the shareholders"
            + " (a dividend recapitalisation)", "year", draw.year(), st.numberInput);
        g.scalar(p + "drawMaxLev", "Drawn only if (net debt of the year before + the amount) /"
            + " that year's EBITDA is at most (1E+300: no such test)", "x",
            draw.conditional() ? draw.maxNetLeverage() : Grid.UNLIMITED, st.numberInput);
        g.scalar(p + "upTo", "Sized up to net debt / EBITDA of the year before (0: the amount"
            + " above; sized, the amount above is the most it may draw)", "x",
            draw.sized() ? draw.upToNetLeverage() : 0, st.numberInput);
      }
      g.scalar(p + "rolled", "Existing debt left in place (1) or new money (0)", "",
          tr.rolledOver() ? 1 : 0, st.numberInput);
      g.scalar(p + "sweeps", "Takes part in the cash sweep (1) or not (0)", "",
          tr.sweep() && !tr.isRevolver() ? 1 : 0, st.numberInput);
      if (tr.isRevolver()) {
        g.scalar(p + "limit", "Revolver: limit", "€", tr.limit(), st.amountInput);
        g.scalar(p + "commitment", "Revolver: commitment fee on the undrawn part", "%",
            tr.commitmentFee(), st.rateInput);
      }
      g.values(p + "rate", "Cash interest rate", "%", tr.cashRate(), null, st.rateInput);
      g.values(p + "pik", "PIK interest rate", "%", tr.pikRate(), null, st.rateInput);
      g.values(p + "prepay", "Prepayment fee at the exit, by year of exit", "%",
          tr.prepaymentFee(), null, st.rateInput);
      double[] repay = new double[n];
      System.arraycopy(tr.repayment(), 0, repay, 0, Math.min(n, tr.repayment().length));
      g.values(p + "repay", "Scheduled repayment, share of the amount at closing", "%", repay,
          null, st.rateInput);
      org.reprise.model.Hedge h = tr.hedge();
      if (h != null) {
        // an interest-rate hedge on the loan's scheduled balance (methodology §5.11)
        g.text(p + "hedge.type", "Interest-rate hedge: swap or cap",
            h.type() == org.reprise.model.Hedge.Type.CAP ? "cap" : "swap");
        g.scalar(p + "hedge.share", "Hedge: share of the scheduled balance", "%", h.share(),
            st.rateInput);
        g.scalar(p + "hedge.rate", "Hedge: the swap's fixed rate, or the cap's strike", "%",
            h.rate(), st.rateInput);
        g.scalar(p + "hedge.years", "Hedge: years from the closing (at most the exit year)",
            "years", h.years(), st.numberInput);
        g.scalar(p + "hedge.premium", "Hedge: the cap's premium, share of the notional at"
            + " closing, paid at closing", "%", h.premium(), st.rateInput);
        g.values(p + "hedge.index", "Hedge: the base rate it settles on (before the loan's"
            + " floor)", "%", h.index(), null, st.rateInput);
      }
    }
    g.note("Payment order and sweep order follow the deal file; to change them, write a new "
        + "workbook with `reprise excel`.");
  }

  private static void driver(Grid g, String key, String label, Driver d, Styles st) {
    g.values(key + ".share", label + ": share of revenue", "%", d.shareOfRevenue(), null,
        st.rateInput);
    g.values(key + ".fixed", label + ": fixed part (escalated)", "€", d.fixed(), null,
        st.amountInput);
  }

  private static void valuation(Grid g, String key, String label, Valuation v, Styles st) {
    g.text(key + ".basis", label + ": basis", switch (v.basis()) {
      case MULTIPLE_LTM -> LTM;
      case MULTIPLE_FORWARD -> FORWARD;
      case AMOUNT -> AMOUNT;
    });
    g.scalar(key + ".value", label + ": multiple or amount", "", v.value(),
        v.basis() == Valuation.Basis.AMOUNT ? st.amountInput : st.numberInput);
  }

  private static void tax(Grid g, Tax t, Styles st) {
    g.heading("Income tax");
    g.values("taxRate", "Normal rate", "%", t.rate(), null, st.rateInput);
    g.scalar("reducedRate", "Reduced rate", "%", t.reducedRate(), st.rateInput);
    g.scalar("reducedThreshold", "Profit taxed at the reduced rate", "€",
        t.reducedRateThreshold(), st.amountInput);
    g.scalar("capFloor", "Interest cap: floor (1E+300 = no cap)", "€", t.interestCapFloor(),
        st.amountInput);
    g.scalar("capShare", "Interest cap: share of tax EBITDA", "%", t.interestCapShare(),
        st.rateInput);
    g.scalar("standalone", "Stand-alone entity: extra deductible share of the excess", "%",
        t.standaloneExtraShare(), st.rateInput);
    g.scalar("safeguard", "Safeguard clause (212 bis V): extra deductible share of what the "
        + "unused cap leaves, not in a thinly capitalised year", "%", t.safeguardShare(),
        st.rateInput);
    g.scalar("capYears", "Interest cap: years an unused cap can be used (0 to 5)", "",
        t.unusedCapacityYears(), st.numberInput);
    g.scalar("lossAllowance", "Losses: yearly allowance (1E+300 = unlimited)", "€",
        t.lossAllowance(), st.amountInput);
    g.scalar("lossShare", "Losses: share of the profit above the allowance", "%",
        t.lossExcessShare(), st.rateInput);
    g.scalar("socialRate", "Social contribution rate", "%", t.socialContributionRate(),
        st.rateInput);
    g.scalar("socialAllowance", "Social contribution: tax exempt", "€",
        t.socialContributionAllowance(), st.amountInput);
    g.scalar("socialThreshold", "Social contribution: revenue threshold", "€",
        t.socialContributionRevenueThreshold(), st.amountInput);
    g.scalar("addBack", "Add-back for costs and charges on dividends (quote-part de frais et charges), outside a tax group", "%",
        t.dividendAddBack(), st.rateInput);
    g.scalar("groupAddBack", "Add-back for costs and charges on dividends (quote-part de frais et charges), within a tax group", "%",
        t.groupDividendAddBack(), st.rateInput);
    g.values("relatedRate", "Shareholder loans: highest deductible rate (1E+300 = no cap)", "%",
        t.relatedPartyRate(), null, st.rateInput);
    g.scalar("acqYears", "Acquisition costs (transaction fees): years of tax amortisation by the"
        + " holding (CGI 209 VII; 0 = not taken)", "", t.acquisitionCostYears(), st.numberInput);
    ThinCap thin = t.thinCap();
    g.scalar("thinRatio", "Thin capitalisation: related debt / equity (1E+300 = no rule)", "x",
        thin.debtToEquity(), st.numberInput);
    g.scalar("thinFloor", "Thin capitalisation: floor of the second cap", "€", thin.floor(),
        st.amountInput);
    g.scalar("thinShare", "Thin capitalisation: share of tax EBITDA under the second cap", "%",
        thin.share(), st.rateInput);
    g.scalar("thinCarried", "Thin capitalisation: share carried of what the second cap disallows",
        "%", thin.carriedShare(), st.rateInput);
  }

  private static void participation(Grid g, Participation p, Styles st) {
    g.heading("Participation (legal profit-sharing)");
    g.scalar("p.applies", "Applies (1) or not (0)", "", p.applies() ? 1 : 0, st.numberInput);
    g.scalar("p.equityShare", "Share of equity deducted from the profit", "%",
        p.equityReturnShare(), st.rateInput);
    g.scalar("p.wageShare", "Gross wages as a share of personnel costs", "%",
        p.grossWageShare(), st.rateInput);
    g.scalar("p.forfait", "Forfait social", "%", p.forfaitSocial(), st.rateInput);
    g.scalar("p.cap", "Ceiling per employee (1E+300 = none)", "€", p.perEmployeeCap(),
        st.amountInput);
    g.scalar("p.base", p.baseYearCredited() ? "Reserve of the base year, credited in year 1"
        : "Reserve of the base year, paid in year 1", "€", p.baseYearReserve(), st.amountInput);
    if (p.baseYearRegime() == Participation.BaseYearRegime.PRE_DEAL) {
      // paid in cash at the rate of the company before the deal, never credited to the deal's
      // blocked accounts (participation.baseYearReserveRegime: preDeal, methodology §5.8)
      g.scalar("p.baseForfait", "Forfait social on the base year's reserve, paid in cash as"
          + " before the deal (baseYearReserveRegime: preDeal)", "%", p.preDealForfaitSocial(),
          st.rateInput);
    }
    if (p.blocked()) {
      // the employees' blocked current accounts (methodology §5.8; C. trav. L3323-3, L3324-10)
      g.scalar("p.years", "Blocked accounts: years each credit is blocked", "years",
          p.blockedYears(), st.numberInput);
      g.scalar("p.rate", "Blocked accounts: interest rate (at least the TMOP, D3324-33)", "%",
          p.blockedRate(), st.rateInput);
      g.scalar("p.capitalised", "Blocked accounts: interest capitalised (1) or paid each year"
          + " (0)", "", p.blockedInterestCapitalised() ? 1 : 0, st.numberInput);
      g.scalar("p.early", "Blocked accounts: share of what each credit holds released early each"
          + " year (R3324-22)", "%", p.blockedEarlyRelease(), st.rateInput);
      g.scalar("p.levies", "Blocked accounts: employees' CSG and CRDS withheld at the credit", "%",
          p.blockedCreditLevies(), st.rateInput);
      for (int j = 1; j <= p.blockedOpening().size(); j++) {
        g.scalar("p.open." + j, "Blocked accounts held at the closing, paid out in year " + j,
            "€", p.blockedOpening().get(j - 1), st.amountInput);
      }
    }
  }

  /**
   * A SCOP's rules (methodology §5.10): the allocation of its net surplus, the investment
   * provision, the CFE exemption, the members' contributions, the buybacks of the amorçage path and
   * which holders are employee members.
   */
  private static void cooperative(Model md, Grid g, Styles st) {
    org.reprise.model.Cooperative c = md.deal.cooperative();
    g.heading("Worker cooperative (SCOP, loi 78-763)");
    g.scalar("coop.work", "Work share (part travail) of the net surplus", "%", c.workShare(),
        st.rateInput);
    g.scalar("coop.reserve", "Reserves (never distributed) of the net surplus", "%",
        c.reserveShare(), st.rateInput);
    g.scalar("coop.dividend", "Interest on shares of the net surplus", "%", c.dividendShare(),
        st.rateInput);
    g.scalar("coop.inWork", "Participation paid within the work share (1) or on top (0)", "",
        c.participationInWorkShare() ? 1 : 0, st.numberInput);
    g.scalar("coop.provision", "Investment provision equal to the participation deducted (1) or"
        + " not (0) (CGI 237 bis A II 3)", "", c.investmentProvision() ? 1 : 0, st.numberInput);
    g.scalar("coop.seed", "SCOP d'amorçage: the outside members' shares bought back (1) or not"
        + " (0)", "", c.seed() != null ? 1 : 0, st.numberInput);
    g.scalar("coop.engShare", "Participation: share of the net surplus deducted from its profit"
        + " (R3323-9 1°, flat)", "%", org.reprise.model.Cooperative.PARTICIPATION_WORK_SHARE,
        st.rateInput);
    g.values("coop.cfe", "CFE exemption (CGI 1456): taxes other than income tax not paid", "€",
        c.cfeExemption(), null, st.amountInput);
    g.values("coop.contrib", "Members' contributions (new capital of the first employee class)",
        "€", c.memberContributions(), null, st.amountInput);
    g.values("coop.buyback", "Buybacks of the outside members' shares at nominal value", "€",
        c.seed() != null ? c.seed().buybacks() : new double[md.n], null, st.amountInput);
    for (int k = 0; k < md.classes.size(); k++) {
      g.scalar("eq" + k + ".employee", "Employee member (1) or outside member (0): "
          + md.classes.get(k).name(), "", c.isEmployee(md.classes.get(k).holder()) ? 1 : 0,
          st.numberInput);
    }
  }
}
