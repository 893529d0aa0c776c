package org.reprise.report.excel;

import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.reprise.model.EquityClass;
import org.reprise.model.Tax;

/**
 * The Tax sheet: the financial charges of the operating company (and of the holding), pre-tax
 * income, income tax (interest cap, losses, rates, social contribution: docs/methodology.md §5.2)
 * of each taxpayer, the participation (§5.8), net income, the upstream to the holding (§5.6), book
 * equity and the free cash flow (§5.3).
 */
final class TaxSheet {

  private TaxSheet() {}

  static void lay(Model md) {
    Grid g = md.tax;
    Grid in = md.in;
    Grid ops = md.ops;
    Grid debt = md.debt;
    Styles st = md.st;
    g.title("Income tax, participation and free cash flow");
    g.note(md.holding ? (md.taxGroup ? "Taxpayers: the tax group (holding + company); the company's "
        + "stand-alone tax is shown for the participation and its own accounts."
        : "Taxpayers: the company and the holding, each on its own.")
        : "The acquisition debt sits in the company (push-down): one taxpayer. Last year's "
            + "participation is deducted and " + (md.blocked
                ? "credited to the employees' blocked accounts this year." : "paid this year."));
    g.yearHeader(in);
    g.heading("Financial charges");
    g.formulas("interestIncome", md.average ? "Interest earned on the average cash"
            : "Interest earned on the opening cash", "€",
        t -> in.x("cashRate", t) + "*MAX(0," + (md.average && md.guess != null ? "("
            + openCash(md, t) + "+" + md.guess.x("cash", t) + ")/2"
            : openCash(md, t)) + ")", null, st.amount,
        t -> y(t, "interestIncome"));
    total(md, "cashInterest", "Cash interest", i -> "ci." + i, "cashInterest");
    total(md, "commitment", "Commitment fees",
        i -> md.tranches.get(i).isRevolver() ? "cf." + i : null, "commitmentFees");
    total(md, "pik", "PIK interest", i -> "pk." + i, "pikInterest");
    total(md, "amort", "Upfront fees expensed", i -> "amort." + i, "feeAmortisation");
    if (DebtSheet.hedged(md)) {
      total(md, "hedgeNet", "Interest-rate hedges: net settlement (paid − received)",
          i -> md.tranches.get(i).hedge() == null ? null : "hedge." + i, "hedgeSettlement");
      total(md, "hedgePremium", "Interest-rate caps: premiums expensed",
          i -> md.tranches.get(i).hedge() == null ? null : "hprem." + i,
          "hedgePremiumAmortisation");
    }
    if (md.recap) {
      recap(md);
    }
    StringBuilder loans = new StringBuilder();
    StringBuilder preferred = new StringBuilder();
    java.util.List<Integer> paidBefore = new java.util.ArrayList<>();
    java.util.List<Integer> loansPaid = new java.util.ArrayList<>();
    java.util.List<Integer> preferredPaid = new java.util.ArrayList<>();
    for (int k = 0; k < md.classes.size(); k++) {
      EquityClass c = md.classes.get(k);
      if (c.kind() == EquityClass.Kind.ORDINARY) {
        continue;
      }
      int kk = k;
      if (md.paysClaims) {
        // the distributions pay the preferred shares and shareholder loans first, in file order,
        // each up to its claim accrued to the year end, which the payment reduces (§5.5, 3.)
        java.util.List<Integer> earlier = java.util.List.copyOf(paidBefore);
        java.util.List<Integer> earlierPreferred = java.util.List.copyOf(preferredPaid);
        boolean dividend = c.kind() == EquityClass.Kind.PREFERRED;
        g.formulas("claimY." + k, "Claim at the year end before the distribution: " + c.name()
                + " = last year's × (1 + coupon)", "€",
            t -> start(md, kk, t) + "*(1+" + in.xabs("eq" + kk + ".coupon") + ")",
            null, st.amount, null);
        // a preferred share's is a dividend, within the reserves at the start of the year that
        // the earlier ones left (the law's cap, §5.5); a loan's repayment needs none
        // (and the share premium beside them, after them: the law's cap of the Share premium
        // block, §5.5)
        g.formulas("distTo." + k, "Distribution paid to " + c.name() + " = min(distributions"
                + " left, its claim" + (dividend ? ", the " + (md.premium
                ? "law's cap (reserves and share premium)" : "reserves")
                + " the earlier dividends left)" : ")"), "€",
            t -> "MIN(" + debt.x("dist", t) + "-(" + paidTo(earlier, g, t) + "),MAX(0,"
                + g.ref("claimY." + kk, t) + ")" + (dividend ? ","
                + g.ref(md.premium ? "divCap" : "distRoom", t)
                + "-(" + paidTo(earlierPreferred, g, t) + ")" : "") + ")", null, st.amount,
            null);
        paidBefore.add(k);
        if (dividend) {
          preferredPaid.add(k);
        }
        if (c.kind() == EquityClass.Kind.SHAREHOLDER_LOAN) {
          loansPaid.add(k);
        }
        g.formulas("accrued." + k, "Accrued balance: " + c.name() + " (after the distribution)",
            "€", t -> g.ref("claimY." + kk, t) + "-" + g.ref("distTo." + kk, t),
            () -> debt.xabs("equity." + kk), st.amount, null);
      } else {
        g.formulas("accrued." + k, "Accrued balance: " + c.name(), "€",
            t -> start(md, kk, t) + "*(1+" + in.xabs("eq" + kk + ".coupon") + ")",
            () -> debt.xabs("equity." + kk), st.amount, null);
      }
      if (c.kind() == EquityClass.Kind.SHAREHOLDER_LOAN) {
        loans.append(' ').append(k);
      } else {
        preferred.append(' ').append(k);
      }
    }
    String[] pref = preferred.toString().trim().isEmpty() ? new String[0]
        : preferred.toString().trim().split(" ");
    if (md.paysClaims) {
      g.formulas("stripPaid", "Distributions paid to the preferred shares and shareholder loans",
          "€", t -> paidTo(paidBefore, g, t), null, st.amount, null);
      g.formulas("shlRepaid", "Of which repaying the shareholder loans (not a dividend)", "€",
          t -> paidTo(loansPaid, g, t), null, st.amount, null);
      g.formulas("ordDist", "Distributions to the ordinary shares = distributions − those paid to"
              + " the preferred shares and shareholder loans", "€",
          t -> debt.x("dist", t) + "-" + g.ref("stripPaid", t), null, st.amount, null);
    }
    // the preferred shares' dividend as it accrues: the shareholders' part of the value added,
    // as the shareholder loans' coupon (docs/methodology.md §5.9)
    g.formulas("pref", "Preferred dividends (accrued)", "€", t -> {
      StringBuilder b = new StringBuilder("0");
      for (String k : pref) {
        b.append("+").append(in.xabs("eq" + k + ".coupon")).append("*")
            .append(start(md, k, t));
      }
      return b.toString();
    }, null, st.amount, null);
    String[] shl = loans.toString().trim().isEmpty() ? new String[0]
        : loans.toString().trim().split(" ");
    g.formulas("shl", "Shareholder-loan coupons (accrued)", "€", t -> {
      StringBuilder b = new StringBuilder("0");
      for (String k : shl) {
        b.append("+").append(in.xabs("eq" + k + ".coupon")).append("*")
            .append(start(md, k, t));
      }
      return b.toString();
    }, null, st.amount, t -> y(t, "shareholderLoanInterest"));
    g.formulas("shlNonDed", "Of which above the deductible rate (CGI 39-1-3°): added back", "€",
        t -> {
          StringBuilder b = new StringBuilder("0");
          for (String k : shl) {
            b.append("+MAX(0,").append(in.xabs("eq" + k + ".coupon")).append("-")
                .append(in.x("relatedRate", t)).append(")*").append(start(md, k, t));
          }
          return b.toString();
        }, null, st.amount, t -> y(t, "nonDeductibleInterest"));
    g.formulas("charges", (md.holding ? "Financial charges of the company" : "Financial charges")
            + (md.blocked ? " (with the blocked participation accounts' interest)" : ""),
        "€", t -> charges(md, t, false) + (md.holding ? "" : "+" + g.ref("shl", t))
            + (md.blocked ? "+" + g.ref("bInterest", t) : ""), null,
        st.amountBold, null);
    if (md.holding) {
      g.formulas("hCharges", "Financial charges of the holding (with shareholder-loan coupons)",
          "€", t -> charges(md, t, true) + "+" + g.ref("shl", t), null, st.amountBold, null);
    }
    g.formulas("preTax", "Pre-tax income of the company = EBIT − its financial charges + interest"
            + " earned", "€",
        t -> ops.x("ebit", t) + "-" + g.ref("charges", t) + "+" + g.ref("interestIncome", t),
        null, st.amountBold, t -> y(t, "opcoPreTaxIncome"));
    // last year's reserve and forfait social: deducted this year, and paid unless the reserve is
    // credited to blocked accounts (methodology §5.8)
    String due = md.blocked ? "partDue" : "partPaid";
    g.formulas(due, md.blocked ? "Participation and forfait social deducted (last year's)"
            : "Participation and forfait social paid (last year's)", "€",
        t -> t == 1 ? in.xabs("p.base") + "*(1+" + in.xabs(preDeal(md) ? "p.baseForfait"
            : "p.forfait") + ")"
            : g.ref("rsp", t - 1) + "+" + g.ref("forfait", t - 1),
        null, st.amount, md.blocked ? null : t -> y(t, "participationPaid"));
    if (md.blocked) {
      blockedAccounts(md);
    }
    if (md.coop) {
      cooperativeGuesses(md);
    }

    IntFunction<String> thin = md.holding && !md.taxGroup ? null : thinCapitalisation(md, shl);

    g.heading(md.holding ? "Income tax of the company (stand-alone)" : "Income tax");
    // without a holding the shareholder loans are the company's: their non-deductible coupons
    // are added back to its taxable income and kept out of its net financial charges
    taxBlock(md, "",
        t -> g.ref("preTax", t) + "-" + g.ref(due, t)
            + (md.coop ? "-" + g.ref("workGuess", t) + "-" + g.ref("provGuess", t) : "")
            + (md.holding ? "" : "+" + g.ref("shlNonDed", t)),
        t -> g.ref("charges", t) + "-" + g.ref("interestIncome", t)
            + (md.holding ? "" : "-" + g.ref("shlNonDed", t)),
        t -> ops.x("depreciation", t), t -> ops.x("revenue", t), () -> in.xabs("b.losses"),
        md.taxGroup ? null : t -> y(t, "opcoTaxLosses"),
        md.holding ? null : t -> y(t, "disallowedInterest"),
        md.holding ? null : t -> y(t, "unusedInterestCapacity"), md.holding ? null : thin, null);

    g.heading("Participation (special participation reserve)");
    if (md.coop) {
      // a SCOP's participation (C. trav. R3323-9): B = ENG × (1 − 25 %) × (1 − the normal rate),
      // ENG the surplus before the participation, the work share and income tax; C = the capital
      // paid up at the year's closing (methodology §5.10)
      g.formulas("B", "B = surplus before tax × (1 − 25 %) × (1 − normal tax rate) (SCOP,"
              + " R3323-9)", "€",
          t -> g.ref("preTax", t) + "*(1-" + in.xabs("coop.engShare") + ")*(1-"
              + in.x("taxRate", t) + ")", null, st.amount, null);
      g.formulas("C", "C = capital paid up at the year's closing (SCOP)", "€",
          t -> g.ref("capTotal", t - 1) + "+" + debt.x("contrib", t) + "-"
              + debt.x("buyback", t), null, st.amount, null);
    } else {
      g.formulas("B", "B = taxable profit − income tax (company, stand-alone)", "€",
          t -> g.ref("taxable2", t) + "-" + g.ref("tax", t), null, st.amount, null);
    }
    g.formulas("S", "S = gross wages", "€",
        t -> in.xabs("p.wageShare") + "*" + ops.x("personnel", t), null, st.amount, null);
    g.formulas("VA", "VA = personnel + other taxes + financial charges + depreciation + pre-tax",
        "€", t -> ops.x("personnel", t) + "+" + ops.x("taxes", t) + "+" + g.ref("charges", t)
            + "+" + ops.x("depreciation", t) + "+" + g.ref("preTax", t),
        null, st.amount, null);
    g.formulas("rsp", "Participation = ½ (B − 5 % × equity at the start) × S / VA, capped; 0 with"
        + " no profit (B ≤ 0)", "€",
        t -> "IF(AND(" + in.xabs("p.applies") + "=1," + g.ref("VA", t) + ">0," + g.ref("B", t)
            + ">0),MAX(0,MIN(0.5*("
            + g.ref("B", t) + "-" + in.xabs("p.equityShare") + "*"
            + (md.coop ? g.ref("C", t) : startOf(md, "equity", t))
            + ")*" + g.ref("S", t) + "/" + g.ref("VA", t) + "," + in.xabs("p.cap") + "*"
            + ops.x("headcount", t) + ")),0)",
        null, st.amountBold, t -> y(t, "participation"));
    g.formulas("forfait", "Forfait social", "€",
        t -> in.xabs("p.forfait") + "*" + g.ref("rsp", t), null, st.amount,
        t -> y(t, "forfaitSocial"));
    g.formulas("netIncome", "Net income of the company", "€",
        t -> g.ref("preTax", t) + "-" + g.ref("rsp", t) + "-" + g.ref("forfait", t) + "-"
            + g.ref("tax", t),
        null, st.amountBold,
        t -> y(t, "opcoNetIncome") + (md.holding ? "" : "\u0000" + y(t, "netIncome")));

    if (md.coop) {
      cooperative(md);
    }
    if (md.holding) {
      holding(md, thin);
    } else {
      g.formulas("taxDue", "Income tax due", "€", t -> g.ref("tax", t), null, st.amount,
          t -> y(t, "incomeTax"));
      g.formulas("hCosts", "Running costs of the holding (none)", "€", t -> "0", null, st.amount,
          t -> y(t, "holdingCosts"));
      g.formulas("groupNetIncome", "Net income of the group", "€", t -> g.ref("netIncome", t),
          null, st.amount, null);
    }

    g.heading("Book equity and free cash flow");
    String paidOut = md.holding ? "dividend" : null;
    // a push-down is the company merged with its acquisition holding: it opens with the equity
    // subscribed at entry and no reserves (docs/methodology.md §4)
    boolean merged = md.deal.structure().merged();
    // what the distributions take from the company's equity: a shareholder loan's repayment is
    // not a dividend (§5.5)
    IntFunction<String> distributed = t -> md.paysClaims
        ? "(" + debt.x("dist", t) + "-" + g.ref("shlRepaid", t) + ")" : debt.x("dist", t);
    g.formulas("equity", !merged ? "Book equity of the company (year end)"
            : "Book equity of the merged company (year end; opening: the equity subscribed)", "€",
        t -> startOf(md, "equity", t) + "+" + g.ref("netIncome", t) + "-"
            + (md.coop ? g.ref("work", t) + "-" + g.ref("declared", t) + "+" + debt.x("contrib", t)
                + "-" + debt.x("buyback", t)
            : paidOut == null ? distributed.apply(t) : g.ref(paidOut, t)),
        () -> !merged ? in.xabs("b.equity")
            : in.has("mergedEquity") ? in.xabs("mergedEquity") : subscribed(md), st.amount,
        t -> y(t, "opcoBookEquity"));
    // under a push-down the share premium paid out comes off the capital, not the reserves
    // (§5.5): the reserves lose the dividends out of them only
    g.formulas("reserves", "Distributable reserves of the company (year end)", "€",
        t -> startOf(md, "reserves", t) + "+" + g.ref("netIncome", t) + "-"
            + (md.coop ? g.ref("work", t) + "-" + g.ref("declared", t)
            : paidOut != null ? g.ref(paidOut, t)
            : md.premium ? g.ref("divRes", t) : distributed.apply(t)),
        () -> merged ? "0" : in.xabs("b.reserves"), st.amount, t -> y(t, "opcoReserves"));
    // the law's cap on the dividends (§5.5): the reserves at the start of the year; with a
    // holding, the group's earnings retained since the closing, within the company's reserves
    // (laid out in every workbook but a SCOP's: the Debt sheet's distribution reads it; checked
    // against the run where the JSON writes it, a deal that distributes)
    boolean distributes = !md.coop && md.deal.financing().distributionShare() > 0.0;
    if (md.holding && !md.coop) {
      // the share premium paid out is not earnings distributed (§5.5): it leaves them
      g.formulas("grpRetained", "The group's earnings retained since the closing (year end) ="
              + " last year's + the group's net income − the dividends paid"
              + (md.premium ? " out of the reserves" : ""), "€",
          t -> startOf(md, "grpRetained", t) + "+" + g.ref("groupNetIncome", t)
              + (!distributes ? "" : md.premium ? "-" + g.ref("divRes", t)
              : "-" + distributed.apply(t)), () -> "0", st.amount, null);
    }
    if (!md.coop) {
      g.formulas("distRoom", "Distributable at the start of the year (the law's cap on dividends"
              + (md.premium ? ", beside the share premium below)" : ")")
              + (md.holding ? ": the group's retained earnings, within the company's reserves"
              : ": the company's reserves") + ", at least 0", "€",
          t -> md.holding ? "MAX(0,MIN(" + startOf(md, "reserves", t) + ","
              + startOf(md, "grpRetained", t) + "))" : "MAX(0," + startOf(md, "reserves", t) + ")",
          null, st.amount, distributes ? t -> y(t, "distributableReserves") : null);
    }
    if (md.premium) {
      premium(md, distributed);
    }
    g.formulas("fcf", "Free cash flow = EBITDA − tax − capex − Δ working capital + interest "
        + "earned − holding costs − participation paid"
        + (md.blocked ? " − blocked accounts' interest paid" : "")
        + (md.coop ? " − last year's work share" : ""), "€",
        t -> ops.x("ebitda", t) + "-" + g.ref("taxDue", t) + "-" + ops.x("capex", t) + "-"
            + ops.x("dwc", t) + "+" + g.ref("interestIncome", t) + "-" + g.ref("hCosts", t) + "-"
            + g.ref("partPaid", t) + (md.blocked ? "-" + g.ref("bInterestPaid", t) : "")
            + (md.coop ? "-" + g.ref("workPaid", t) : ""),
        null, st.amountBold, t -> y(t, "freeCashFlow"));
  }

  /**
   * @return the accrued balance of preferred shares or shareholder loans k at the start of year
   *     t: last year's, less what a dividend recapitalisation paid it then (§5.13)
   */
  private static String start(Model md, Object k, int t) {
    String last = md.tax.ref("accrued." + k, t - 1);
    return md.recap ? "(" + last + "-" + md.tax.ref("rTo." + k, t) + ")" : last;
  }

  /**
   * @return row {@code key} (book equity, reserves, the group's equity) at the start of year t:
   *     last year's, less the dividends a recap paid then (§5.13)
   */
  private static String startOf(Model md, String key, int t) {
    String last = md.tax.ref(key, t - 1);
    if (!md.recap) {
      return last;
    }
    // with a holding, the company's book equity falls by what it upstreams only, its reserves
    // also by the holding's own recap dividends (§5.13); the group's rows by the dividends; what
    // the share premium paid comes off the equity, not the reserves nor the retained earnings
    // (§5.5)
    String dividends = md.tax.ref("rDiv", t);
    String fromReserves = md.premium ? md.tax.ref("rRes", t) : dividends;
    String off = !md.holding ? (key.equals("reserves") ? fromReserves : dividends)
        : key.equals("equity") ? md.tax.ref("rUp", t)
        : key.equals("reserves")
            ? "(" + md.tax.ref("rUp", t) + "+" + md.tax.ref("rNotional", t) + ")"
        : key.equals("grpRetained") ? fromReserves
        : dividends;
    return "(" + last + "-" + off + ")";
  }

  /** @return the cash at the start of year t, from the Debt sheet (with what a recap kept) */
  private static String openCash(Model md, int t) {
    return md.recap ? md.debt.x("openCash", t) : md.debt.x("cash", t - 1);
  }

  /**
   * A dividend recapitalisation's payment at the start of the year (methodology §5.13): the
   * proceeds less the fees, in the order of the distributions, the shareholder loans up to their
   * claims whatever the reserves, the preferred shares and then the ordinary shares (pro rata to
   * their ownership as subscribed) within the company's distributable reserves at the end of the
   * year before (with a holding, within the group's earnings retained since the closing, §5.5);
   * what they cannot take stays in the cash.
   */
  private static void recap(Model md) {
    Grid g = md.tax;
    Grid debt = md.debt;
    Styles st = md.st;
    g.heading("Dividend recapitalisation (at the start of the year)");
    g.formulas("rBorrowed", "Recap: borrowed", "€",
        t -> "0" + DebtSheet.sumOf(md, i -> md.drawnLater(i) ? "+" + debt.x("rDrawn." + i, t)
            : ""), null, st.amount, t -> y(t, "recapBorrowed"));
    g.formulas("rFees", "Recap: upfront fees", "€",
        t -> "0" + DebtSheet.sumOf(md, i -> md.drawnLater(i) ? "+" + debt.x("rFee." + i, t)
            : ""), null, st.amount, t -> y(t, "recapFees"));
    g.formulas("rD", "Recap: distributable reserves = the company's at the end of the year before"
        + (md.holding ? ", within the group's earnings retained since the closing" : "")
        + ", at least 0", "€", t -> md.holding ? "MAX(0,MIN(" + g.ref("reserves", t - 1) + ","
        + g.ref("grpRetained", t - 1) + "))" : "MAX(0," + g.ref("reserves", t - 1) + ")", null,
        st.amount, null);
    // the share premium not yet distributed beside the reserves, paid after them (§5.5, §5.13)
    String capKey = md.premium ? "rCap" : "rD";
    if (md.premium) {
      // the losses carried beyond the reserves absorb the premium first: max(0, R + P) in all
      // (C. com. L232-11, review 38, M1)
      g.formulas("rCap", "Recap: the law's cap on its dividends = distributable reserves + the"
              + " share premium not yet distributed less the losses carried beyond the reserves,"
              + " at least 0", "€",
          t -> g.ref("rD", t) + "+MAX(0," + g.ref("premOpen", t) + "+MIN(0," + (md.holding
              ? "MIN(" + g.ref("reserves", t - 1) + "," + g.ref("grpRetained", t - 1) + ")"
              : g.ref("reserves", t - 1)) + "))", null, st.amount, null);
    }
    StringBuilder paid = new StringBuilder("0");
    StringBuilder dividends = new StringBuilder("0");
    StringBuilder loans = new StringBuilder("0");
    for (int k = 0; k < md.classes.size(); k++) {
      EquityClass c = md.classes.get(k);
      if (c.kind() == EquityClass.Kind.ORDINARY) {
        continue;
      }
      boolean loan = c.kind() == EquityClass.Kind.SHAREHOLDER_LOAN;
      String paidBefore = paid.toString();
      String dividendsBefore = dividends.toString();
      int kk = k;
      IntFunction<String> left = t -> "(" + g.ref("rBorrowed", t) + "-" + g.ref("rFees", t)
          + "-(" + refs(g, paidBefore, t) + "))";
      g.formulas("rTo." + k, "Recap: paid to " + c.name() + (loan
              ? " = min(left, its claim)" : " = min(left, its claim, reserves left)"), "€",
          t -> {
            String cap = loan ? left.apply(t) : "MIN(" + left.apply(t) + "," + g.ref(capKey, t)
                + "-(" + refs(g, dividendsBefore, t) + "))";
            return "MAX(0,MIN(" + cap + "," + g.ref("accrued." + kk, t - 1) + "))";
          }, null, st.amount, null);
      paid.append("+rTo.").append(k).append("@");
      (loan ? loans : dividends).append("+rTo.").append(k).append("@");
    }
    String paidAll = paid.toString();
    String dividendsAll = dividends.toString();
    String loansAll = loans.toString();
    g.formulas("rOrd", "Recap: paid to the ordinary shares = min(left, " + (md.premium
            ? "the law's cap left)" : "reserves left)"), "€",
        t -> "MAX(0,MIN(" + g.ref("rBorrowed", t) + "-" + g.ref("rFees", t) + "-("
            + refs(g, paidAll, t) + ")," + g.ref(capKey, t) + "-(" + refs(g, dividendsAll, t)
            + ")))", null, st.amount, null);
    g.formulas("rShl", "Recap: of which repaying shareholder loans (not a dividend)", "€",
        t -> refs(g, loansAll, t), null, st.amount, t -> y(t, "recapShareholderLoans"));
    g.formulas("rDiv", "Recap: dividends" + (md.premium ? "" : md.holding
            ? " (off the group's retained earnings)" : " (off the reserves and the book equity)"),
        "€", t -> refs(g, dividendsAll, t) + "+" + g.ref("rOrd", t), null, st.amount, null);
    if (md.premium) {
      // the reserves first, the premium after (CGI art. 112-1°, §5.5)
      g.formulas("rPrem", "Recap: of the dividends, out of the share premium = min(premium not"
              + " yet distributed, dividends − distributable reserves), at least 0", "€",
          t -> "MIN(" + g.ref("premOpen", t) + ",MAX(0," + g.ref("rDiv", t) + "-"
              + g.ref("rD", t) + "))", null, st.amount, t -> y(t, "premiumPaidByRecap"));
      g.formulas("rRes", "Recap: of the dividends, out of the reserves" + (md.holding
              ? " (off the group's retained earnings)" : " (off the reserves; all the dividends"
              + " off the book equity)"), "€",
          t -> g.ref("rDiv", t) + "-" + g.ref("rPrem", t), null, st.amount, null);
    }
    g.formulas("rPaid", "Recap: paid to the shareholders", "€",
        t -> g.ref("rShl", t) + "+" + g.ref("rDiv", t), null, st.amount,
        t -> y(t, "recapPaid"));
    g.formulas("rKept", "Recap: kept in the company's cash = borrowed − fees − paid", "€",
        t -> g.ref("rBorrowed", t) + "-" + g.ref("rFees", t) + "-" + g.ref("rPaid", t), null,
        st.amount, t -> y(t, "recapKept"));
    if (md.holding) {
      // what the company borrowed is upstreamed to the holding to be paid out: a dividend of the
      // company; what the holding borrowed and paid out is not (review 35, X5)
      g.formulas("rOpco", "Recap: borrowed by the company, net of its fees", "€",
          t -> "0" + DebtSheet.sumOf(md, i -> md.drawnLater(i) && !md.isHolding(i)
              ? "+" + debt.x("rDrawn." + i, t) + "-" + debt.x("rFee." + i, t) : ""), null,
          st.amount, null);
      IntFunction<String> net = t -> "(" + g.ref("rBorrowed", t) + "-" + g.ref("rFees", t) + ")";
      g.formulas("rUp", "Recap: upstreamed by the company = paid × its share of the net proceeds"
              + " (off its book equity and reserves)", "€",
          t -> "IF(" + net.apply(t) + ">0," + g.ref("rOpco", t) + "/" + net.apply(t) + "*"
              + g.ref("rPaid", t) + ",0)", null, st.amount, null);
      // out of the reserves only: what the share premium paid is not the group's earnings
      String res = md.premium ? "rRes" : "rDiv";
      g.formulas("rNotional", "Recap: the holding's own dividends" + (md.premium
              ? " out of the reserves" : "") + " (off the company's reserves,"
              + " which measure the holding's, not its book equity)", "€",
          t -> "IF(" + net.apply(t) + ">0,(1-" + g.ref("rOpco", t) + "/" + net.apply(t) + ")*"
              + g.ref(res, t) + "," + g.ref(res, t) + ")", null, st.amount, null);
    }
  }

  /**
   * The share premium (methodology §5.5, §5.13): what the company paying the dividends (the
   * holding, or the company itself under a push-down) has not yet distributed of the premium the
   * deal gives, which the law lets it pay out beside its distributable reserves, after them (CGI
   * art. 112-1°); what it pays is a return of the shareholders' contributions, off the capital,
   * not the reserves nor the group's retained earnings.
   *
   * @param distributed the year's distributions that are dividends (a shareholder loan's
   *     repayment is not)
   */
  private static void premium(Model md, IntFunction<String> distributed) {
    Grid g = md.tax;
    Styles st = md.st;
    g.heading("Share premium (paid out after the distributable reserves: a return of"
        + " contributions, off the capital)");
    g.formulas("premOpen", "Share premium not yet distributed at the start of the year", "€",
        t -> g.ref("premLeft", t - 1), null, st.amount, t -> y(t, "sharePremiumAtStart"));
    // the losses carried beyond the reserves absorb the premium first: the reserves and the
    // premium pay out max(0, R + P) in all (C. com. L232-11, review 38, M1)
    g.formulas("premAvail", "Share premium beside the reserves for the year's distributions = "
            + (md.recap ? "(at the start − paid by a recap of the year)" : "at the start")
            + " less the losses carried beyond the reserves, at least 0", "€",
        t -> "MAX(0," + (md.recap ? g.ref("premOpen", t) + "-" + g.ref("rPrem", t)
            : g.ref("premOpen", t)) + "+MIN(0," + (md.holding ? "MIN(" + startOf(md, "reserves",
            t) + "," + startOf(md, "grpRetained", t) + ")" : startOf(md, "reserves", t)) + "))",
        null, st.amount, null);
    g.formulas("divCap", "The law's cap on the year's dividends = distributable at the start of"
            + " the year (at least 0) + the share premium beside it", "€",
        t -> g.ref("distRoom", t) + "+" + g.ref("premAvail", t), null, st.amount, null);
    g.formulas("divPaid", "Dividends of the year (the distributions"
            + (md.paysClaims ? " but the shareholder loans' repayment)" : ")"), "€",
        distributed, null, st.amount, null);
    g.formulas("premDist", "Of which out of the share premium = min(premium beside the reserves,"
            + " dividends − distributable), at least 0: the reserves first", "€",
        t -> "MIN(" + g.ref("premAvail", t) + ",MAX(0," + g.ref("divPaid", t) + "-"
            + g.ref("distRoom", t) + "))", null, st.amount, t -> y(t, "premiumDistributed"));
    g.formulas("divRes", "Of which out of the reserves = dividends − out of the share premium",
        "€", t -> g.ref("divPaid", t) + "-" + g.ref("premDist", t), null, st.amount, null);
    g.formulas("premLeft", "Share premium not yet distributed at the year end (closing: the"
            + " premium given)", "€",
        t -> (md.recap ? g.ref("premOpen", t) + "-" + g.ref("rPrem", t) : g.ref("premOpen", t))
            + "-" + g.ref("premDist", t),
        () -> md.in.xabs("sharePremium"), st.amount, t -> y(t, "sharePremiumLeft"));
  }

  /** @return {@code terms} ("0+rTo.1@+rTo.3@") with each "KEY@" as the cell of row KEY, year t */
  private static String refs(Grid g, String terms, int t) {
    StringBuilder b = new StringBuilder();
    for (String part : terms.split("\\+")) {
      if (part.endsWith("@")) {
        b.append("+").append(g.ref(part.substring(0, part.length() - 1), t));
      } else {
        b.append(part);
      }
    }
    return b.toString();
  }

  /** @return the sum of the rows distTo.k of year t over the classes k, or 0 */
  private static String paidTo(java.util.List<Integer> classes, Grid g, int t) {
    StringBuilder b = new StringBuilder("0");
    for (int k : classes) {
      b.append("+").append(g.ref("distTo." + k, t));
    }
    return b.toString();
  }

  /**
   * The holding: its costs, the tax of the group or of the holding, the upstream (§5.6).
   *
   * @param thin the group's share under the thin-capitalisation cap, or null
   */
  private static void holding(Model md, IntFunction<String> thin) {
    Grid g = md.tax;
    Grid in = md.in;
    Grid debt = md.debt;
    Styles st = md.st;
    g.heading("The holding");
    g.formulas("hCosts", "Running costs of the holding", "€", t -> in.x("holdingCosts", t), null,
        st.amount, t -> y(t, "holdingCosts"));
    g.formulas("groupPreTax", "Pre-tax income of the group", "€",
        t -> g.ref("preTax", t) + "-" + g.ref("hCharges", t) + "-" + g.ref("hCosts", t), null,
        st.amount, null);
    g.formulas("divGuess", "Dividend received (previous pass; 0 in the first)", "€",
        t -> md.guessTax == null ? "0" : md.guessTax.x("dividend", t), null, st.amount, null);
    // the transaction fees capitalised in the cost of the shares, amortised for tax by the
    // holding (docs/methodology.md §3): deducted like depreciation, so the tax EBITDA keeps them
    // (212 bis II 2°); not in the accounts' net income (a regulated provision)
    g.formulas("acqAmort", "Acquisition costs amortised for tax (CGI 209 VII) = transaction fees"
            + " / years, in the first years up to the exit; not in net income", "€",
        t -> "IF(AND(" + t + "<=" + in.xabs("acqYears") + "," + t + "<=" + in.xabs("exitYear")
            + ")," + debt.xabs("txFees") + "/" + in.xabs("acqYears") + ",0)",
        null, st.amount, t -> y(t, "acquisitionCostAmortisation"));
    if (md.taxGroup) {
      g.heading("The company's losses from before the group (CGI art. 223 I 4)");
      // set only against the company's own profit, within the art. 209 I limit on that profit
      String allowance = in.xabs("lossAllowance");
      g.formulas("pgUsed", "Used against the company's own profit (before the group's cap)", "€",
          t -> "IF(AND(" + g.ref("taxable0", t) + ">0," + g.ref("pgLosses", t - 1) + ">0),MIN("
              + g.ref("pgLosses", t - 1) + ",IF(" + g.ref("taxable0", t) + "<=" + allowance + ","
              + g.ref("taxable0", t) + "," + allowance + "+" + in.xabs("lossShare") + "*("
              + g.ref("taxable0", t) + "-" + allowance + "))),0)",
          null, st.amount, null);
      g.formulas("pgLosses", "Pre-group losses carried forward (year end)", "€",
          t -> g.ref("pgLosses", t - 1) + "-" + g.ref("pgUsed", t), () -> in.xabs("b.losses"),
          st.amount, t -> y(t, "opcoTaxLosses"));
      g.heading("Income tax of the tax group");
      String due = md.blocked ? "partDue" : "partPaid";
      taxBlock(md, "g.", t -> g.ref("groupPreTax", t) + "-" + g.ref(due, t) + "+"
              + in.xabs("groupAddBack") + "*" + g.ref("divGuess", t) + "+" + g.ref("shlNonDed", t)
              + "-" + g.ref("acqAmort", t),
          t -> g.ref("charges", t) + "+" + g.ref("hCharges", t) + "-" + g.ref("interestIncome", t)
              + "-" + g.ref("shlNonDed", t),
          t -> md.ops.x("depreciation", t) + "+" + g.ref("acqAmort", t),
          t -> md.ops.x("revenue", t), () -> "0",
          null, t -> y(t, "disallowedInterest"), t -> y(t, "unusedInterestCapacity"), thin,
          t -> g.ref("pgUsed", t));
      g.formulas("taxDue", "Income tax due by the group", "€", t -> g.ref("g.tax", t), null,
          st.amountBold, t -> y(t, "incomeTax"));
      g.formulas("holdingTax", "Paid by the holding = group tax − the company's contribution",
          "€", t -> g.ref("g.tax", t) + "-" + g.ref("tax", t), null, st.amount, null);
    } else {
      g.heading("Income tax of the holding");
      taxBlock(md, "h.", t -> "-" + g.ref("hCharges", t) + "-" + g.ref("hCosts", t) + "+"
              + in.xabs("addBack") + "*" + g.ref("divGuess", t) + "+" + g.ref("shlNonDed", t)
              + "-" + g.ref("acqAmort", t),
          t -> g.ref("hCharges", t) + "-" + g.ref("shlNonDed", t), t -> g.ref("acqAmort", t),
          t -> "0",
          () -> "0", null, null, null, null, null);
      g.formulas("taxDue", "Income tax due = company + holding", "€",
          t -> g.ref("tax", t) + "+" + g.ref("h.tax", t), null, st.amountBold,
          t -> y(t, "incomeTax"));
      g.formulas("holdingTax", "Paid by the holding", "€", t -> g.ref("h.tax", t), null,
          st.amount, null);
      g.formulas("disallowedAll", "Disallowed this year, company and holding", "€",
          t -> g.ref("disallowed", t) + "+" + g.ref("h.disallowed", t), null, st.amount,
          t -> y(t, "disallowedInterest"));
      g.formulas("capPoolAll", "Unused cap usable later, company and holding", "€",
          t -> g.ref("capPool", t) + "+" + g.ref("h.capPool", t), null, st.amount,
          t -> y(t, "unusedInterestCapacity"));
    }
    g.formulas("groupNetIncome", "Net income of the group", "€",
        t -> g.ref("groupPreTax", t) + "-" + g.ref("rsp", t) + "-" + g.ref("forfait", t) + "-"
            + g.ref("taxDue", t),
        null, st.amountBold, t -> y(t, "netIncome"));
    g.heading("Upstream: what the company pays its holding");
    g.formulas("upstream", "Needed = holding's debt service and sweep + its costs + its tax + "
            + "distributions", "€",
        t -> {
          StringBuilder b = new StringBuilder("0");
          for (int i = 0; i < md.m; i++) {
            if (md.isHolding(i)) {
              b.append("+").append(debt.x("paidInt." + i, t)).append("+")
                  .append(debt.x("paidPrin." + i, t));
              if (debt.has("sw." + i)) {
                b.append("+").append(debt.x("sw." + i, t));
              }
            }
          }
          // what the holding's hedges receive lowers what it needs (§5.6, §5.11)
          for (int i = 0; i < md.m; i++) {
            if (md.isHolding(i) && md.tranches.get(i).hedge() != null) {
              b.append("-").append(debt.x("hrec." + i, t));
            }
          }
          return b + "+" + g.ref("hCosts", t) + "+" + g.ref("holdingTax", t) + "+"
              + debt.x("dist", t);
        }, null, st.amount, null);
    g.formulas("distributable", "Distributable = opening reserves + net income, at least 0", "€",
        t -> "MAX(0," + startOf(md, "reserves", t) + "+" + g.ref("netIncome", t) + ")", null,
        st.amount, null);
    g.formulas("dividend", "Dividend paid to the holding", "€",
        t -> "MIN(MAX(0," + g.ref("upstream", t) + ")," + g.ref("distributable", t) + ")", null,
        st.amountBold, t -> y(t, "dividendsUpstream"));
    g.formulas("advances", "Advances beyond the distributable reserves", "€",
        t -> g.ref("upstream", t) + "-" + g.ref("dividend", t), null, st.amount,
        t -> y(t, "upstreamAdvances"));
  }

  /**
   * @return true when the base year's reserve is settled as before the deal (methodology §5.8,
   *     {@code participation.baseYearReserveRegime: preDeal}): paid in cash at its own rate
   */
  private static boolean preDeal(Model md) {
    return md.deal.participation().baseYearRegime()
        == org.reprise.model.Participation.BaseYearRegime.PRE_DEAL;
  }

  /**
   * The participation kept in the employees' blocked current accounts (methodology §5.8): last
   * year's reserve credited net of the employees' levies, what each earlier credit and each amount
   * held at the closing releases (early, or at the end of its period; with the interest when it is
   * capitalised), the interest on the balance after the year's credit and releases, the balance.
   * Written for every past year, so that the inputs (years, rate, early release) stay live.
   */
  private static void blockedAccounts(Model md) {
    Grid g = md.tax;
    Grid in = md.in;
    Styles st = md.st;
    int opening = md.deal.participation().blockedOpening().size();
    g.heading("Participation kept in blocked current accounts (C. trav. L3323-3)");
    g.scalarFormula("bGrowth", "Growth of a credit held a year, after the early releases: "
            + "q = (1 + rate when capitalised) × (1 − early release)", "",
        () -> "IF(" + in.xabs("p.capitalised") + "=1,1+" + in.xabs("p.rate") + ",1)*(1-"
            + in.xabs("p.early") + ")", st.number, null);
    String n = in.xabs("p.years");
    String e = in.xabs("p.early");
    String q = g.abs("bGrowth");
    // under baseYearReserveRegime: preDeal the base year's reserve is paid in cash, not credited
    // (methodology §5.8)
    boolean preDeal = preDeal(md);
    g.formulas("bCredit", preDeal ? "Credited = last year's reserve × (1 − the employees' levies);"
            + " none in year 1, the base year's reserve being paid in cash as before the deal"
            : "Credited = last year's reserve × (1 − the employees' levies)", "€",
        t -> t == 1 && preDeal ? "0" : "(1-" + in.xabs("p.levies") + ")*" + (t == 1
            ? in.xabs("p.base") : g.ref("rsp", t - 1)), null, st.amount,
        t -> y(t, "participationBlocked"));
    g.formulas("bReleased", "Released = Σ credit of m years ago × (e before the end of its period,"
            + " 1 at its end) × q^m + the accounts held at the closing as they fall due", "€",
        t -> {
          StringBuilder b = new StringBuilder("0");
          for (int m = 0; m < t; m++) {
            b.append("+").append(g.ref("bCredit", t - m)).append("*IF(").append(m).append("<=")
                .append(n).append(",IF(").append(m).append("=").append(n).append(",1,").append(e)
                .append(")*").append(q).append("^").append(m).append(",0)");
          }
          for (int j = t; j <= opening; j++) {
            b.append("+").append(in.xabs("p.open." + j)).append("*")
                .append(j == t ? "1" : e).append("*").append(q).append("^").append(t - 1);
          }
          return b.toString();
        }, null, st.amount, t -> y(t, "participationReleased"));
    g.formulas("bInterest", "Interest = rate × (opening balance + credited − released): a"
            + " financial charge", "€",
        t -> in.xabs("p.rate") + "*(" + g.ref("bBalance", t - 1) + "+" + g.ref("bCredit", t)
            + "-" + g.ref("bReleased", t) + ")", null, st.amount,
        t -> y(t, "blockedAccountInterest"));
    g.formulas("bInterestPaid", "Interest paid in cash (none when capitalised)", "€",
        t -> "IF(" + in.xabs("p.capitalised") + "=1,0," + g.ref("bInterest", t) + ")", null,
        st.amount, t -> y(t, "blockedAccountInterestPaid"));
    g.formulas("bBalance", "Balance of the accounts (year end; column C: held at the closing)",
        "€", t -> g.ref("bBalance", t - 1) + "+" + g.ref("bCredit", t) + "-"
            + g.ref("bReleased", t) + "+" + g.ref("bInterest", t) + "-"
            + g.ref("bInterestPaid", t),
        () -> "0" + java.util.stream.IntStream.rangeClosed(1, opening)
            .mapToObj(j -> "+" + in.xabs("p.open." + j)).reduce("", String::concat),
        st.amountBold, t -> y(t, "blockedAccounts"));
    g.formulas("partPaid", "Participation paid = deducted − credited + released", "€",
        t -> g.ref("partDue", t) + "-" + g.ref("bCredit", t) + "+" + g.ref("bReleased", t), null,
        st.amount, t -> y(t, "participationPaid"));
  }

  /**
   * A SCOP's guesses of the year's fixed point (methodology §5.10): the work share and the
   * investment provision (the participation) deducted from the taxable income, from the previous
   * pass (none in the first), and whether the provision is deductible this year.
   */
  private static void cooperativeGuesses(Model md) {
    Grid g = md.tax;
    Grid in = md.in;
    Styles st = md.st;
    g.heading("SCOP: deductions from the previous pass (CGI 214 1 2°, 237 bis A II 3)");
    g.formulas("workGuess", "Work share deducted (previous pass; 0 in the first)", "€",
        t -> md.guessTax == null ? "0" : md.guessTax.x("work", t), null, st.amount, null);
    g.formulas("provAllowed", "Investment provision deductible (1): outside members hold at most"
            + " half of the opening capital, or the amorçage path", "",
        t -> "IF(AND(" + in.xabs("coop.provision") + "=1,OR(" + in.xabs("coop.seed") + "=1,IF("
            + g.ref("capTotal", t - 1) + ">0," + g.ref("capOutside", t - 1) + "/"
            + g.ref("capTotal", t - 1) + ",0)<=0.5)),1,0)", null, st.number, null);
    g.formulas("provGuess", "Investment provision = the participation (previous pass; 0 in the"
            + " first)", "€",
        t -> md.guessTax == null ? "0" : "IF(" + g.ref("provAllowed", t) + "=1,"
            + md.guessTax.x("rsp", t) + ",0)", null, st.amount, null);
  }

  /**
   * A SCOP's allocation of its net surplus and its capital (methodology §5.10): the work share and
   * the interest on shares of the year (paid the next year; the interest on shares from the cash
   * above the minimum, what it cannot pay stays owed), each class's capital (the members'
   * contributions to the first employee class, the buybacks from the outside classes pro rata).
   */
  private static void cooperative(Model md) {
    Grid g = md.tax;
    Grid in = md.in;
    Grid debt = md.debt;
    Styles st = md.st;
    g.heading("SCOP: allocation of the net surplus (loi 78-763 art. 33)");
    String surplus = "netIncome"; // the net surplus: after the participation and income tax
    g.formulas("work", "Work share = w × net surplus (less the participation when paid within"
            + " it); none from a loss", "€",
        t -> "IF(" + g.ref(surplus, t) + ">0,IF(" + in.xabs("coop.inWork") + "=1,MAX(0,"
            + in.xabs("coop.work") + "*" + g.ref(surplus, t) + "-" + g.ref("rsp", t) + "),"
            + in.xabs("coop.work") + "*" + g.ref(surplus, t) + "),0)", null, st.amount,
        t -> y(t, "workShare"));
    g.formulas("declared", "Interest on shares declared = d × net surplus; none from a loss", "€",
        t -> "IF(" + g.ref(surplus, t) + ">0," + in.xabs("coop.dividend") + "*"
            + g.ref(surplus, t) + ",0)", null, st.amount, null);
    g.formulas("workPaid", "Work share paid (last year's)", "€",
        t -> t == 1 ? "0" : g.ref("work", t - 1), null, st.amount, t -> y(t, "workSharePaid"));
    g.formulas("owed", "Interest on shares owed to the members (year end)", "€",
        t -> g.ref("declared", t) + "+MAX(0," + g.ref("owed", t - 1) + "-" + debt.x("dist", t)
            + ")", () -> "0", st.amount, null);
    for (int k = 0; k < md.classes.size(); k++) {
      int kk = k;
      String emp = in.xabs("eq" + k + ".employee");
      g.formulas("cap." + k, "Capital (year end): " + md.classes.get(k).name(), "€",
          t -> g.ref("cap." + kk, t - 1)
              + (kk == md.contributionClass ? "+" + debt.x("contrib", t) : "")
              + "-(1-" + emp + ")*IF(" + g.ref("capOutside", t - 1) + ">0," + debt.x("buyback", t)
              + "*" + g.ref("cap." + kk, t - 1) + "/" + g.ref("capOutside", t - 1) + ",0)",
          () -> debt.xabs("equity." + kk), st.amount, null);
    }
    g.formulas("capTotal", "Capital paid up (year end)", "€",
        t -> capitalSum(md, t, false), () -> capitalSum(md, 0, false), st.amount, null);
    g.formulas("capOutside", "Of which held by outside members", "€",
        t -> capitalSum(md, t, true), () -> capitalSum(md, 0, true), st.amount, null);
  }

  /** @return Σ of the classes' capital in year t (the outside members' only when asked) */
  private static String capitalSum(Model md, int t, boolean outside) {
    StringBuilder b = new StringBuilder("0");
    for (int k = 0; k < md.classes.size(); k++) {
      b.append("+");
      if (outside) {
        b.append("(1-").append(md.in.xabs("eq" + k + ".employee")).append(")*");
      }
      b.append(md.tax.ref("cap." + k, t));
    }
    return b.toString();
  }

  /** The equity subscribed at entry: every class but the shareholder loans. */
  private static String subscribed(Model md) {
    StringBuilder b = new StringBuilder("0");
    for (int k = 0; k < md.classes.size(); k++) {
      if (md.classes.get(k).kind() != EquityClass.Kind.SHAREHOLDER_LOAN) {
        b.append("+").append(md.debt.xabs("equity." + k));
      }
    }
    return b.toString();
  }

  /** Σ (cash interest + commitment fee + PIK + fee expensed) over the company's or holding's. */
  private static String charges(Model md, int t, boolean holding) {
    Grid debt = md.debt;
    StringBuilder b = new StringBuilder("0");
    for (int i = 0; i < md.m; i++) {
      if (md.isHolding(i) == holding) {
        b.append("+").append(debt.x("ci." + i, t));
        if (md.tranches.get(i).isRevolver()) {
          b.append("+").append(debt.x("cf." + i, t));
        }
        b.append("+").append(debt.x("pk." + i, t)).append("+").append(debt.x("amort." + i, t));
        if (md.tranches.get(i).hedge() != null) {
          // the hedge's net settlement and a cap's premium expensed: financial charges (§5.11)
          b.append("+").append(debt.x("hedge." + i, t)).append("+")
              .append(debt.x("hprem." + i, t));
        }
      }
    }
    return b.toString();
  }

  /**
   * The thin-capitalisation test (CGI art. 212 bis VII, docs/methodology.md §5.2) from the opening
   * balances: the shareholder loans of a holder of more than half of the ordinary shares, the
   * equity (the company's book equity under a push-down; the group's: shares subscribed + its net
   * income − distributions), all the debt. Rows of the year's share under the second cap.
   *
   * @return the share's cell of year t
   */
  private static IntFunction<String> thinCapitalisation(Model md, String[] shl) {
    Grid g = md.tax;
    Grid in = md.in;
    Grid debt = md.debt;
    Styles st = md.st;
    g.heading("Thin capitalisation (CGI art. 212 bis VII)");
    for (String k : shl) {
      EquityClass c = md.classes.get(Integer.parseInt(k));
      // the ownership cells are on the Returns sheet, laid after this one
      g.scalarFormula("thinRel." + k, "Related lender (holds over half of the shares): "
              + c.name(), "", () -> {
            StringBuilder held = new StringBuilder("0");
            for (int j = 0; j < md.classes.size(); j++) {
              EquityClass o = md.classes.get(j);
              if (o.kind() == EquityClass.Kind.ORDINARY && o.holder().equals(c.holder())) {
                held.append("+").append(md.ret.xabs("own." + j));
              }
            }
            return "IF(" + held + ">0.5,1,0)";
          }, st.number, null);
    }
    g.formulas("thinRelated", "Shareholder loans of related lenders (opening)", "€", t -> {
      StringBuilder b = new StringBuilder("0");
      for (String k : shl) {
        b.append("+").append(g.abs("thinRel." + k)).append("*")
            .append(start(md, k, t));
      }
      return b.toString();
    }, null, st.amount, null);
    g.formulas("thinDebt", "All debt (opening): tranches and shareholder loans", "€", t -> {
      StringBuilder b = new StringBuilder("0");
      for (int i = 0; i < md.m; i++) {
        b.append("+MAX(0,").append(debt.x("open." + i, t)).append(")");
      }
      for (String k : shl) {
        b.append("+").append(start(md, k, t));
      }
      return b.toString();
    }, null, st.amount, null);
    IntFunction<String> equity;
    if (md.holding) {
      g.formulas("grpEquity", "Equity of the tax group = shares subscribed + net income − "
              + "distributions (year end)", "€",
          t -> startOf(md, "grpEquity", t) + "+" + g.ref("groupNetIncome", t) + "-"
              + (md.paysClaims ? "(" + debt.x("dist", t) + "-" + g.ref("shlRepaid", t) + ")"
                  : debt.x("dist", t)),
          () -> subscribed(md), st.amount, null);
      equity = t -> startOf(md, "grpEquity", t);
    } else {
      equity = t -> startOf(md, "equity", t);
    }
    g.formulas("thinExcess", "Related debt above the ratio × equity (opening)", "€",
        t -> "IF(" + in.xabs("thinRatio") + "<1E+299," + g.ref("thinRelated", t) + "-"
            + in.xabs("thinRatio") + "*MAX(0," + equity.apply(t) + "),0)",
        null, st.amount, null);
    g.formulas("thinRaw", "Share of the charges under the second cap = excess / all debt", "%",
        t -> "IF(AND(" + g.ref("thinRelated", t) + ">0," + g.ref("thinExcess", t) + ">0,"
            + g.ref("thinDebt", t) + ">0),MIN(1," + g.ref("thinExcess", t) + "/"
            + g.ref("thinDebt", t) + "),0)",
        null, st.rate, null);
    return t -> g.ref("thinRaw", t);
  }

  /**
   * The income tax of one taxpayer (CorporateTax): interest cap with carry-forward, losses,
   * reduced and normal rates, social contribution. Rows are prefixed with {@code p}; the tax is row
   * {@code p + "tax"}, the taxable profit {@code p + "taxable2"}.
   *
   * @param offset deducted after the cap, before the taxpayer's losses (the company's pre-group
   *     losses in a tax group), or null
   */
  private static void taxBlock(Model md, String p, IntFunction<String> beforeCap,
      IntFunction<String> netCharges, IntFunction<String> depreciation,
      IntFunction<String> revenue, Supplier<String> losses, IntFunction<String> lossesPointer,
      IntFunction<String> disallowedPointer, IntFunction<String> capacityPointer,
      IntFunction<String> thinShare, IntFunction<String> offset) {
    Grid g = md.tax;
    Grid in = md.in;
    Styles st = md.st;
    g.formulas(p + "taxable0", "Taxable income before the interest cap", "€", beforeCap, null,
        st.amount, null);
    g.formulas(p + "nfc", "Net financial charges", "€", netCharges, null, st.amount, null);
    g.formulas(p + "taxEbitda", "Tax EBITDA = taxable income + net financial charges + "
        + "depreciation", "€",
        t -> g.ref(p + "taxable0", t) + "+" + g.ref(p + "nfc", t) + "+" + depreciation.apply(t),
        null, st.amount, null);
    g.scalarFormula(p + "capOn", "Interest cap applies (1) or not (0)", "",
        () -> "IF(OR(" + in.xabs("capFloor") + "<1E+299," + in.xabs("capShare") + ">0),1,0)",
        st.number, null);
    g.formulas(p + "cap", "Deductible net financial charges (cap)", "€",
        t -> "MAX(" + in.xabs("capFloor") + "," + in.xabs("capShare") + "*MAX(0,"
            + g.ref(p + "taxEbitda", t) + "))", null, st.amount, null);
    IntFunction<String> nfc = t -> "MAX(0," + g.ref(p + "nfc", t) + ")";
    boolean thinRows = thinShare != null;
    if (thinRows) {
      g.formulas(p + "thin", "Share of the charges under the thin-capitalisation cap", "%",
          t -> "IF(" + in.xabs("standalone") + "=0," + thinShare.apply(t) + ",0)", null, st.rate,
          t -> y(t, "thinCapShare"));
      g.formulas(p + "disA", "Thin capitalisation: disallowed by the usual cap, prorated", "€",
          t -> "IF(" + g.ref(p + "thin", t) + ">0,MAX(0,(1-" + g.ref(p + "thin", t) + ")*"
              + nfc.apply(t) + "-(1-" + g.ref(p + "thin", t) + ")*" + g.ref(p + "cap", t)
              + "),0)",
          null, st.amount, null);
      g.formulas(p + "capB", "Thin capitalisation: second cap = share × max(floor, share × tax "
              + "EBITDA)", "€",
          t -> g.ref(p + "thin", t) + "*MAX(" + in.xabs("thinFloor") + "," + in.xabs("thinShare")
              + "*MAX(0," + g.ref(p + "taxEbitda", t) + "))",
          null, st.amount, null);
      g.formulas(p + "disB", "Thin capitalisation: disallowed by the second cap", "€",
          t -> "IF(" + g.ref(p + "thin", t) + ">0,MAX(0," + g.ref(p + "thin", t) + "*"
              + nfc.apply(t) + "-" + g.ref(p + "capB", t) + "),0)",
          null, st.amount, null);
    }
    g.formulas(p + "capUsed", "Unused cap of earlier years used against the excess", "€",
        t -> thinOr(g, p, t, thinRows, () -> "0",
            "IF(AND(" + g.abs(p + "capOn") + "=1," + nfc.apply(t) + ">" + g.ref(p + "cap", t)
                + "),MIN(" + nfc.apply(t) + "-" + g.ref(p + "cap", t) + ","
                + g.ref(p + "capPool", t - 1) + "),0)"),
        null, st.amount, null);
    g.formulas(p + "disallowed", "Disallowed this year", "€",
        t -> thinOr(g, p, t, thinRows, () -> g.ref(p + "disA", t) + "+" + g.ref(p + "disB", t),
            "IF(AND(" + g.abs(p + "capOn") + "=1," + nfc.apply(t) + ">" + g.ref(p + "cap", t)
                + "),(" + nfc.apply(t) + "-" + g.ref(p + "cap", t) + "-"
                + g.ref(p + "capUsed", t) + ")*(1-" + in.xabs("standalone") + "-"
                + in.xabs("safeguard") + "),0)"),
        null, st.amount, disallowedPointer);
    g.formulas(p + "reused", "Carried-forward charges deducted this year", "€",
        t -> thinOr(g, p, t, thinRows,
            // within the usual part of the cap only
            () -> "IF(" + nfc.apply(t) + "<=" + g.ref(p + "cap", t) + ",MIN("
                + g.ref(p + "carried", t - 1) + ",(1-" + g.ref(p + "thin", t) + ")*"
                + g.ref(p + "cap", t) + "-(1-" + g.ref(p + "thin", t) + ")*" + nfc.apply(t)
                + "),0)",
            "IF(AND(" + g.abs(p + "capOn") + "=1," + nfc.apply(t) + "<=" + g.ref(p + "cap", t)
                + "," + in.xabs("standalone") + "=0),MIN(" + g.ref(p + "carried", t - 1) + ","
                + g.ref(p + "cap", t) + "-" + nfc.apply(t) + "),0)"),
        null, st.amount, null);
    g.formulas(p + "carried", "Disallowed charges carried forward (year end)", "€",
        t -> "IF(" + in.xabs("standalone") + ">0," + g.ref(p + "carried", t - 1) + ","
            + g.ref(p + "carried", t - 1) + "-" + g.ref(p + "reused", t) + "+"
            + thinOr(g, p, t, thinRows, () -> g.ref(p + "disA", t) + "+"
                + in.xabs("thinCarried") + "*" + g.ref(p + "disB", t), g.ref(p + "disallowed", t))
            + ")",
        () -> "0", st.amount, null);
    g.formulas(p + "capLeft", "Cap left unused after this year's and the carried charges", "€",
        t -> thinOr(g, p, t, thinRows, () -> "0",
            "IF(AND(" + g.abs(p + "capOn") + "=1," + nfc.apply(t) + "<=" + g.ref(p + "cap", t)
                + "," + in.xabs("standalone") + "=0," + in.xabs("capYears") + ">0),"
                + g.ref(p + "cap", t) + "-" + nfc.apply(t) + "-" + g.ref(p + "reused", t)
                + ",0)"),
        null, st.amount, null);
    // Used oldest first, the capacity still usable next year is the smaller of what is left and
    // what the last capYears years left (docs/methodology.md §5.2)
    g.formulas(p + "capPool", "Unused cap usable in the following years (year end)", "€",
        t -> {
          StringBuilder window = new StringBuilder("0");
          for (int j = 0; j < Tax.MAX_UNUSED_CAPACITY_YEARS && t - j >= 1; j++) {
            window.append("+IF(").append(j).append("<").append(in.xabs("capYears")).append(",")
                .append(g.ref(p + "capLeft", t - j)).append(",0)");
          }
          return "MIN(" + g.ref(p + "capPool", t - 1) + "-" + g.ref(p + "capUsed", t) + "+"
              + g.ref(p + "capLeft", t) + "," + window + ")";
        },
        () -> "0", st.amount, capacityPointer);
    g.formulas(p + "taxable1", offset == null ? "Taxable income after the cap"
            : "Taxable income after the cap, less the company's pre-group losses used", "€",
        t -> g.ref(p + "taxable0", t) + "+" + g.ref(p + "disallowed", t) + "-"
            + g.ref(p + "reused", t) + (offset == null ? "" : "-" + offset.apply(t)), null,
        st.amount, null);
    String allowance = in.xabs("lossAllowance");
    g.formulas(p + "limit", "Losses usable this year at most", "€",
        t -> "IF(" + g.ref(p + "taxable1", t) + "<=" + allowance + "," + g.ref(p + "taxable1", t)
            + "," + allowance + "+" + in.xabs("lossShare") + "*(" + g.ref(p + "taxable1", t) + "-"
            + allowance + "))",
        null, st.amount, null);
    g.formulas(p + "used", "Losses used", "€",
        t -> "IF(" + g.ref(p + "taxable1", t) + ">0,MIN(" + g.ref(p + "losses", t - 1) + ",MIN("
            + g.ref(p + "limit", t) + "," + g.ref(p + "taxable1", t) + ")),0)", null, st.amount,
        null);
    g.formulas(p + "losses", "Tax losses carried forward (year end)", "€",
        t -> "IF(" + g.ref(p + "taxable1", t) + ">0," + g.ref(p + "losses", t - 1) + "-"
            + g.ref(p + "used", t) + "," + g.ref(p + "losses", t - 1) + "-"
            + g.ref(p + "taxable1", t) + ")",
        losses, st.amount, lossesPointer);
    g.formulas(p + "taxable2", "Taxable profit", "€",
        t -> "IF(" + g.ref(p + "taxable1", t) + ">0," + g.ref(p + "taxable1", t) + "-"
            + g.ref(p + "used", t) + ",0)", null, st.amount, null);
    g.formulas(p + "reducedBase", "Profit at the reduced rate", "€",
        t -> "MIN(" + g.ref(p + "taxable2", t) + "," + in.xabs("reducedThreshold") + ")", null,
        st.amount, null);
    g.formulas(p + "taxBase", "Tax at the rates", "€",
        t -> in.xabs("reducedRate") + "*" + g.ref(p + "reducedBase", t) + "+" + in.x("taxRate", t)
            + "*(" + g.ref(p + "taxable2", t) + "-" + g.ref(p + "reducedBase", t) + ")",
        null, st.amount, null);
    g.formulas(p + "tax", "Income tax (with the social contribution)", "€",
        t -> g.ref(p + "taxBase", t) + "+IF(AND(" + in.xabs("socialRate") + ">0,"
            + revenue.apply(t) + ">=" + in.xabs("socialThreshold") + ")," + in.xabs("socialRate")
            + "*MAX(0," + g.ref(p + "taxBase", t) + "-" + in.xabs("socialAllowance") + "),0)",
        null, st.amountBold, p.isEmpty() ? t -> y(t, "opcoIncomeTax") : null);
  }

  /**
   * {@code usual}, or, when the taxpayer has thin-capitalisation rows, the formula that picks
   * {@code thin} in a thinly capitalised year (row {@code p + "thin"} above 0, 212 bis VII).
   */
  private static String thinOr(
      Grid g, String p, int t, boolean thinRows, Supplier<String> thin, String usual) {
    return thinRows
        ? "IF(" + g.ref(p + "thin", t) + ">0," + thin.get() + "," + usual + ")"
        : usual;
  }

  private static void total(Model md, String key, String label, IntFunction<String> row,
      String json) {
    md.tax.formulas(key, label, "€", t -> {
      StringBuilder b = new StringBuilder("0");
      for (int i = 0; i < md.m; i++) {
        String r = row.apply(i);
        if (r != null) {
          b.append("+").append(md.debt.x(r, t));
        }
      }
      return b.toString();
    }, null, md.st.amount, t -> y(t, json));
  }

  static String y(int t, String field) {
    return "/years/" + (t - 1) + "/" + field;
  }
}
