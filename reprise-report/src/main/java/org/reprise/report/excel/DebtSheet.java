package org.reprise.report.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.reprise.model.Deal;
import org.reprise.model.Tranche;

/**
 * The Debt sheet: the closing (price, sources and uses, docs/methodology.md §3), the schedule of
 * each tranche, and the cash waterfall of each year (§5.3–5.5): debt service in order of payment,
 * the sweep in sweep order, distributions, closing cash. Interest is computed on the opening
 * balance.
 */
final class DebtSheet {

  private DebtSheet() {}

  static void lay(Model md) {
    Grid g = md.debt;
    Grid in = md.in;
    Styles st = md.st;
    g.title("Debt: closing, schedules and cash waterfall");
    g.note("Column C is the closing (end of the base year). Interest on the "
        + (md.average ? "average of the opening and closing balances (closing of the previous "
            + "pass: see Inputs)" : "opening balance") + " of each year. Payment order: " + order(md, md.priority)
        + ". Sweep order: " + order(md, md.sweepOrder) + ".");
    g.yearHeader(in);
    g.formulas("index", "Year index", "", t -> g.ref("index", t - 1) + "+1", () -> "0",
        st.number, null);

    g.heading("Closing: price, sources and uses");
    g.scalarFormula("ltm", "Base-year (LTM) EBITDA", "€", () -> md.ops.x("ebitda", 0),
        st.amount, null);
    g.scalarFormula("ref", "EBITDA the entry price refers to", "€",
        () -> "IF(" + in.xabs("entry.basis") + "=\"" + InputsSheet.FORWARD + "\","
            + md.ops.x("ebitda", 1) + "," + g.abs("ltm") + ")",
        st.amount, "/sourcesAndUses/entryEbitda");
    g.scalarFormula("ev", "Entry enterprise value", "€",
        () -> "IF(" + in.xabs("entry.basis") + "=\"" + InputsSheet.AMOUNT + "\","
            + in.xabs("entry.value") + "," + in.xabs("entry.value") + "*" + g.abs("ref") + ")",
        st.amountBold, "/sourcesAndUses/entryEnterpriseValue");
    g.scalarFormula("multiple", "Entry multiple", "x", () -> g.abs("ev") + "/" + g.abs("ref"),
        st.times, "/sourcesAndUses/entryMultiple");
    int opening = md.deal.participation().blockedOpening().size();
    if (opening > 0) {
      // the employees' blocked accounts held at the closing: a debt the buyer takes over (§3)
      g.scalarFormula("blocked0", "Blocked participation accounts held at the closing", "€",
          () -> "0" + java.util.stream.IntStream.rangeClosed(1, opening)
              .mapToObj(j -> "+" + in.xabs("p.open." + j)).reduce("", String::concat),
          st.amount, md.deal.participation().blockedOpeningTotal() != 0.0
              ? "/sourcesAndUses/blockedAccountsAtClosing" : null);
    }
    g.scalarFormula("sharePrice", opening > 0
            ? "Purchase of the shares = EV − existing debt + cash − blocked accounts"
            : "Purchase of the shares = EV − existing debt + cash", "€",
        () -> g.abs("ev") + "-" + in.xabs("b.debt") + "+" + in.xabs("b.cash")
            + (opening > 0 ? "-" + g.abs("blocked0") : ""), st.amount,
        "/sourcesAndUses/equityPurchasePrice" + "\u0000/sourcesAndUses/uses/0/amount");
    for (int i = 0; i < md.m; i++) {
      String p = "tr" + i + ".";
      int index = i;
      if (md.drawnLater(i)) {
        // drawn during the hold (methodology §5.13): no amount, fee or source at closing
        g.scalarFormula("amount." + i, "Amount at closing: " + md.tranches.get(i).name()
                + " (none: drawn during the hold)", "€", () -> "0", st.amount,
            "/debtSchedules/" + i + "/initialAmount");
      } else {
        g.scalarFormula("amount." + i, "Amount at closing: " + md.tranches.get(i).name(), "€",
            () -> "IF(" + in.xabs(p + "basis") + "=\"" + InputsSheet.AMOUNT + "\","
                + in.xabs(p + "size") + ",IF(" + in.xabs(p + "basis") + "=\""
                + InputsSheet.TIMES_EBITDA + "\"," + in.xabs(p + "size") + "*" + g.abs("ltm")
                + "," + in.xabs(p + "size") + "*" + g.abs("ev") + "))",
            st.amount, sourcePointer(md, index));
      }
      boolean revolver = md.tranches.get(i).isRevolver();
      g.scalarFormula("fee." + i, "Upfront fee: " + md.tranches.get(i).name(), "€",
          () -> in.xabs(p + "upfront") + "*" + (revolver ? in.xabs(p + "limit")
              : g.abs("amount." + index)), st.amount,
          "/debtSchedules/" + i + "/upfrontFee");
    }
    // all of the existing debt, or what the loan left in place does not keep of it (methodology §3)
    g.scalarFormula("refinancing", "Refinancing of existing debt", "€",
        () -> "IF(" + in.xabs("refinance") + "=1," + in.xabs("b.debt") + "," + in.xabs("b.debt")
            + sumOf(md, i -> "-" + g.abs("amount." + i) + "*" + in.xabs("tr" + i + ".rolled"))
            + ")", st.amount, null);
    g.scalarFormula("txFees", "Transaction fees", "€",
        () -> in.xabs("txFees") + "+" + in.xabs("txFeeShare") + "*" + g.abs("ev"), st.amount,
        null);
    g.scalarFormula("finFees", "Financing fees", "€", () -> sum(md, i -> g.abs("fee." + i)),
        st.amount, null);
    if (hedged(md)) {
      g.scalarFormula("hedgePremium", "Hedging premium (the caps' premiums, paid at closing)", "€",
          () -> "0" + sumOf(md, i -> md.tranches.get(i).hedge() == null ? ""
              : "+" + in.xabs("tr" + i + ".hedge.share") + "*" + g.abs("amount." + i) + "*"
                  + in.xabs("tr" + i + ".hedge.premium")),
          st.amount, null);
    }
    g.scalarFormula("uses", "Total uses", "€",
        () -> g.abs("sharePrice") + "+" + g.abs("refinancing") + "+" + g.abs("txFees") + "+"
            + g.abs("finFees") + (hedged(md) ? "+" + g.abs("hedgePremium") : "") + "+"
            + in.xabs("cashIn"),
        st.amountBold, "/sourcesAndUses/totalUses");
    g.scalarFormula("debtSources", "Debt drawn at closing (new money)", "€",
        () -> sum(md, i -> g.abs("amount." + i) + "*(1-" + in.xabs("tr" + i + ".rolled") + ")"),
        st.amount, null);
    g.scalarFormula("knownEquity", "Equity at a fixed amount", "€",
        () -> sumClasses(md, k -> "(1-" + in.xabs("eq" + k + ".balancing") + ")*"
            + in.xabs("eq" + k + ".amount")),
        st.amount, null);
    for (int k = 0; k < md.classes.size(); k++) {
      String p = "eq" + k + ".";
      g.scalarFormula("equity." + k, "Invested: " + md.classes.get(k).name(), "€",
          () -> "IF(" + in.xabs(p + "balancing") + "=1," + g.abs("uses") + "-"
              + g.abs("debtSources") + "-" + g.abs("knownEquity") + "," + in.xabs(p + "amount")
              + ")",
          st.amount, "/sourcesAndUses/sources/" + k + "/amount");
    }
    g.scalarFormula("sources", "Total sources", "€",
        () -> sumClasses(md, k -> g.abs("equity." + k)) + "+" + g.abs("debtSources"),
        st.amountBold, "/sourcesAndUses/totalSources");
    g.scalarFormula("openingCash", "Cash of the company after closing", "€",
        () -> in.xabs("b.cash") + "+" + in.xabs("cashIn"), st.amount, null);

    for (int i = 0; i < md.m; i++) {
      tranche(md, i);
    }
    waterfall(md);
  }

  private static void tranche(Model md, int i) {
    Grid g = md.debt;
    Grid in = md.in;
    Styles st = md.st;
    String p = "tr" + i + ".";
    String s = "/debtSchedules/" + i + "/";
    Tranche tr = md.tranches.get(i);
    boolean revolver = tr.isRevolver();
    g.heading((revolver ? "Revolver: " : "Tranche: ") + tr.name() + " (lender: " + tr.lender()
        + ")");
    boolean later = tr.drawnLater();
    if (later) {
      recapDraw(md, i);
    }
    String end = "IF(" + in.xabs(p + "maturity") + ">0,MIN(" + in.xabs(p + "maturity") + ","
        + in.xabs("exitYear") + ")," + in.xabs("exitYear") + ")";
    // a recap's fee is expensed from its draw to its maturity or the exit (§5.13)
    g.scalarFormula("period." + i, "Upfront fee amortised over (years)", "years",
        () -> later ? "MAX(1," + end + "-" + in.xabs(p + "drawnIn") + "+1)" : "MAX(1," + end
            + ")", st.number, null);
    g.formulas("open." + i, later ? "Opening balance (with the amount drawn at the start of the"
            + " year)" : "Opening balance", "€",
        t -> g.ref("close." + i, t - 1) + (later ? "+" + g.ref("rDrawn." + i, t) : ""), null,
        st.amount, t -> s + "opening/" + (t - 1));
    g.formulas("ci." + i, md.average ? "Cash interest = rate × average balance"
            : "Cash interest = rate × opening balance", "€",
        t -> in.x(p + "rate", t) + "*MAX(0," + basis(md, "open." + i, "close." + i, t) + ")",
        null, st.amount, t -> s + "cashInterest/" + (t - 1));
    if (revolver) {
      g.formulas("cf." + i, "Commitment fee on the undrawn limit", "€",
          t -> in.xabs(p + "commitment") + "*MAX(0," + in.xabs(p + "limit") + "-"
              + basis(md, "open." + i, "close." + i, t) + ")",
          null, st.amount, t -> s + "commitmentFee/" + (t - 1));
    }
    g.formulas("pk." + i, "PIK interest (capitalised)", "€",
        t -> in.x(p + "pik", t) + "*MAX(0," + g.ref("open." + i, t) + ")", null, st.amount,
        t -> s + "pik/" + (t - 1));
    g.formulas("due." + i, revolver ? "Repayment due (at maturity only)"
            : "Scheduled repayment due, arrears included", "€",
        // all that is owed from the maturity on, but a maturity in the exit year is repaid by the
        // sale that day: that year, and the one after it a forward exit adds, pay the instalment
        // only (methodology §5.3)
        t -> "IF(AND(" + in.xabs(p + "maturity") + ">0," + g.ref("index", t) + ">="
            + in.xabs(p + "maturity") + ",NOT(AND(" + in.xabs(p + "maturity") + ">="
            + in.xabs("exitYear") + "," + g.ref("index", t) + ">=" + in.xabs("exitYear")
            + ")))," + g.ref("open." + i, t) + "+" + g.ref("pk." + i, t)
            + "," + (revolver ? "0" : "MIN(" + in.x(p + "repay", t) + "*"
                + (later ? g.ref("rPrin." + i, t) : g.abs("amount." + i))
                // what earlier years left unpaid is due again (methodology §5.4)
                + (t > 1 ? "+" + g.ref("unpaidPrin." + i, t - 1) : "")
                + "," + g.ref("open." + i, t) + ")") + ")",
        null, st.amount, null);
    // straight-line over the period; in the year of an early repayment (an input, from the
    // engine's run) all that is left, and nothing after (methodology §3)
    g.formulas("amort." + i, "Upfront fee expensed", "€",
        t -> {
          String index = g.ref("index", t);
          String wo = in.xabs(p + "writeOff");
          if (later) {
            // from the draw k to its end: fee / period a year; written off in the year of an
            // early repayment, all that is left: fee − share × (w − k)
            String fee = in.xabs(p + "upfront") + "*" + g.ref("rPrin." + i, t);
            String share = fee + "/" + g.abs("period." + i);
            String k = in.xabs(p + "drawnIn");
            return "IF(" + index + "<" + k + ",0,IF(AND(" + wo + ">0," + wo + "<" + end + "),IF("
                + index + "<" + wo + "," + share + ",IF(" + index + "=" + wo + "," + fee + "-"
                + share + "*(" + wo + "-" + k + "),0)),IF(" + index + "<=" + end + "," + share
                + ",0)))";
          }
          String share = g.abs("fee." + i) + "/" + g.abs("period." + i);
          // a write-off year from 1 to the period's last year but one, as the engine writes it;
          // any other value is ignored (straight-line)
          return "IF(AND(" + wo + ">0," + wo + "<" + g.abs("period." + i) + "),IF(" + index + "<"
              + wo + "," + share + ",IF(" + index + "=" + wo + "," + g.abs("fee." + i) + "-"
              + share + "*(" + wo + "-1),0)),IF(" + index + "<=" + g.abs("period." + i) + ","
              + share + ",0))";
        },
        null, st.amount, t -> s + "feeExpense/" + (t - 1));
    if (tr.hedge() != null) {
      hedgeRows(md, i);
    }
    if (revolver) {
      g.formulas("draw." + i, "Drawn this year", "€",
          t -> "MIN(" + g.ref("drawLeft." + i, t) + ",MAX(0," + in.xabs(p + "limit") + "-"
              + g.ref("open." + i, t) + "))",
          null, st.amount, t -> s + "drawdown/" + (t - 1));
    }
    int with = md.paidWith[i];
    // a pari passu group's members are paid their interest, then their principal, in full or pro
    // rata to what each is owed (methodology §5.3)
    g.formulas("paidInt." + i, revolver ? "Interest and commitment fee paid" : "Interest paid",
        "€", t -> with < 0
            ? "MIN(" + interest(md, i, t) + "," + g.ref("leftI." + i, t) + ")"
            : share(interest(md, i, t), g.ref("gInt." + with, t), g.ref("leftI." + i, t)), null,
        st.amount, null);
    g.formulas("paidPrin." + i, "Repayment paid", "€",
        t -> with < 0 ? "MIN(" + g.ref("due." + i, t) + "," + g.ref("leftP." + i, t) + ")"
            : share(g.ref("due." + i, t), g.ref("gDue." + with, t), g.ref("leftP." + i, t)),
        null, st.amount, t -> s + "mandatory/" + (t - 1));
    boolean sweeps = revolver;
    for (int j : md.sweepOrder) {
      sweeps |= j == i;
    }
    if (revolver) {
      g.formulas("sw." + i, "Drawings repaid from the excess cash", "€",
          t -> "IF(" + g.ref("go", t) + "=1,MIN(" + g.ref("rexcess." + i, t) + ",MAX(0,"
              + g.ref("open." + i, t) + "+" + g.ref("pk." + i, t) + "+" + g.ref("draw." + i, t)
              + "-" + g.ref("paidPrin." + i, t) + ")),0)",
          null, st.amount, t -> s + "sweep/" + (t - 1));
    } else if (sweeps && md.sweptWith[i] >= 0) {
      // a pari passu group shares its part of the pot pro rata to what each member owes (§5.5)
      int first = md.sweptWith[i];
      g.formulas("sw." + i, "Early repayment from the cash sweep, pro rata within its pari passu"
              + " group", "€",
          t -> "IF(" + g.ref("go", t) + "=1,MIN(" + g.ref("pot." + i, t) + ","
              + g.ref("gOwed." + first, t) + ")*IF(" + g.ref("gOwed." + first, t) + ">0,"
              + owed(md, i, t) + "/" + g.ref("gOwed." + first, t) + ",0),0)",
          null, st.amount, t -> s + "sweep/" + (t - 1));
    } else if (sweeps) {
      g.formulas("sw." + i, "Early repayment from the cash sweep", "€",
          t -> "IF(" + g.ref("go", t) + "=1,MIN(" + g.ref("pot." + i, t) + ","
              + owed(md, i, t) + "),0)",
          null, st.amount, t -> s + "sweep/" + (t - 1));
    }
    g.formulas("unpaid." + i, "Interest due but not paid (capitalised)", "€",
        t -> interest(md, i, t) + "-" + g.ref("paidInt." + i, t), null, st.amount,
        t -> s + "unpaidInterest/" + (t - 1));
    g.formulas("unpaidPrin." + i, "Repayment due but not paid", "€",
        t -> g.ref("due." + i, t) + "-" + g.ref("paidPrin." + i, t), null, st.amount,
        t -> s + "unpaidPrincipal/" + (t - 1));
    boolean sw = sweeps;
    if (preSweepRow(md, i)) {
      // what a stepped sweep tests (methodology §5.5): the balance before the sweep, a row of its
      // own so that the step's share does not refer to the closing it moves
      g.formulas("pre." + i, "Balance before the cash sweep", "€",
          t -> g.ref("open." + i, t) + "+" + g.ref("pk." + i, t) + "+" + g.ref("unpaid." + i, t)
              + "-" + g.ref("paidPrin." + i, t),
          null, st.amount, null);
    }
    g.formulas("close." + i, "Closing balance", "€",
        t -> (preSweepRow(md, i) ? g.ref("pre." + i, t)
            : g.ref("open." + i, t) + (revolver ? "+" + g.ref("draw." + i, t) : "") + "+"
                + g.ref("pk." + i, t) + "+" + g.ref("unpaid." + i, t) + "-"
                + g.ref("paidPrin." + i, t)) + (sw ? "-" + g.ref("sw." + i, t) : ""),
        () -> g.abs("amount." + i), st.amountBold,
        t -> s + "closing/" + (t - 1) + "\u0000/years/" + (t - 1) + "/debt/"
            + escape(tr.name()));
  }

  /**
   * A dividend recapitalisation's draw (methodology §5.13): at the start of its year k (an input),
   * up to the exit, the amount asked (an amount, a multiple of the EBITDA of year k − 1, or sized
   * to a net leverage: min(most, max(0, L × EBITDA − net debt of year k − 1 − the recaps of the
   * year listed before)), nothing without a positive EBITDA); drawn, all of it, unless year k − 1
   * broke a covenant or missed a payment, or the lenders' incurrence test fails ((net debt + those
   * before + the amount) / EBITDA above its level; a sized recap passes it by construction).
   */
  private static void recapDraw(Model md, int i) {
    Grid g = md.debt;
    Grid in = md.in;
    Styles st = md.st;
    String p = "tr" + i + ".";
    String k = in.xabs(p + "drawnIn");
    IntFunction<String> ebitda = t -> md.ops.x("ebitda", t - 1);
    // the recaps of the year listed before this one, in file order
    IntFunction<String> before = t -> {
      StringBuilder b = new StringBuilder("0");
      for (int j = 0; j < i; j++) {
        if (md.drawnLater(j)) {
          b.append("+").append(g.ref("rDrawn." + j, t));
        }
      }
      return b.toString();
    };
    g.formulas("rAsk." + i, "Recap: amount asked at the start of the year (year k, up to the"
            + " exit)", "€",
        t -> "IF(AND(" + g.ref("index", t) + "=" + k + "," + k + "<=" + in.xabs("exitYear")
            + "),IF(" + in.xabs(p + "upTo") + ">0,MIN(" + in.xabs(p + "size") + ",IF("
            + ebitda.apply(t) + ">0,MAX(0," + in.xabs(p + "upTo") + "*" + ebitda.apply(t) + "-("
            + g.ref("netDebt", t - 1) + "+" + before.apply(t) + ")),0)),IF(" + in.xabs(p + "basis")
            + "=\"" + InputsSheet.AMOUNT + "\"," + in.xabs(p + "size") + "," + in.xabs(p + "size")
            + "*" + ebitda.apply(t) + ")),0)",
        null, st.amount, null);
    g.formulas("rDrawn." + i, "Recap: drawn (none after a breach or a default the year before,"
            + " or when the lenders' test fails)", "€",
        t -> {
          String blocked = t == 1 ? "0" : "OR(" + g.ref("defaulted", t - 1) + "=1,"
              + g.ref("breach", t - 1) + "=1)";
          String lev = in.xabs(p + "drawMaxLev");
          return "IF(AND(" + g.ref("rAsk." + i, t) + ">0,NOT(" + blocked + "),OR("
              + in.xabs(p + "upTo") + ">0," + lev + ">=1E+300,AND(" + ebitda.apply(t) + ">0,("
              + g.ref("netDebt", t - 1) + "+" + before.apply(t) + "+" + g.ref("rAsk." + i, t)
              + ")/" + ebitda.apply(t) + "<=" + lev + "))),"
              + g.ref("rAsk." + i, t) + ",0)";
        },
        null, st.amount, null);
    g.formulas("rFee." + i, "Recap: upfront fee, paid out of the proceeds", "€",
        t -> in.xabs(p + "upfront") + "*" + g.ref("rDrawn." + i, t), null, st.amount, null);
    g.formulas("rPrin." + i, "Recap: amount drawn so far (the schedule's shares are of it)", "€",
        t -> g.ref("rPrin." + i, t - 1) + "+" + g.ref("rDrawn." + i, t), () -> "0", st.amount,
        null);
    g.scalarFormula("rTotal." + i, "Recap: amount drawn", "€",
        () -> g.ref("rPrin." + i, md.n), st.amount, "/debtSchedules/" + i + "/drawnAmount");
    g.scalarFormula("rFeeTotal." + i, "Recap: upfront fee", "€",
        () -> in.xabs(p + "upfront") + "*" + g.abs("rTotal." + i), st.amount,
        "/debtSchedules/" + i + "/drawnFee");
  }

  /**
   * @return the cash at the start of year t on the Debt sheet: last year's closing, with what a
   *     dividend recapitalisation kept (§5.13)
   */
  static String openCash(Model md, int t) {
    return md.recap ? md.debt.ref("openCash", t) : md.debt.ref("cash", t - 1);
  }

  /** @return true when tranche i's balance before the sweep has a row: a stepped sweep's term loan */
  private static boolean preSweepRow(Model md, int i) {
    if (md.deal.financing().sweepSteps() == null || md.tranches.get(i).isRevolver()) {
      return false;
    }
    for (int j : md.sweepOrder) {
      if (j == i) {
        return true;
      }
    }
    return false;
  }

  /**
   * The rows of a sweep stepping down with leverage (methodology §5.5): the net leverage it tests,
   * at the year end before the sweep and the distributions (the debt after the mandatory
   * repayments and the revolver's repayment, less the cash then), and the share of the step it
   * falls in (the first step when the EBITDA is not positive). Each pass takes the share its own
   * ratio calls for; the passes settle on a share whose ratio calls for it, as the engine's solve.
   */
  private static void sweepSteps(Model md, org.reprise.model.SweepSteps steps) {
    Grid g = md.debt;
    Grid in = md.in;
    Styles st = md.st;
    boolean[] senior = steps.leverage() == org.reprise.model.SweepSteps.Leverage.SENIOR
        ? org.reprise.engine.PaymentOrder.senior(md.tranches, md.deal.financing().rankGroups())
        : null;
    g.formulas("testedDebt", (senior == null ? "Debt" : "Senior debt")
            + " before the sweep (the steps' test)", "€",
        t -> {
          StringBuilder f = new StringBuilder("0");
          for (int i = 0; i < md.m; i++) {
            if (senior == null || senior[i]) {
              f.append('+').append(g.ref((preSweepRow(md, i) ? "pre." : "close.") + i, t));
            }
          }
          return f.toString();
        },
        null, st.amount, null);
    g.formulas("testedLeverage", "Net leverage the steps test = (debt before the sweep − cash "
            + "before the sweep) / EBITDA", "x",
        t -> "IF(" + md.ops.x("ebitda", t) + "<=0,\"\",(" + g.ref("testedDebt", t) + "-"
            + in.x("minCash", t) + "-" + g.ref(beforeSweep(md), t) + ")/" + md.ops.x("ebitda", t)
            + ")",
        null, st.times, t -> "/years/" + (t - 1) + "/sweepLeverage");
    g.formulas("sweepShare", "Cash sweep share of the year (the first step whose threshold the "
            + "ratio is above; the first step when the EBITDA is not positive)", "%",
        t -> {
          int last = steps.steps().size() - 1;
          StringBuilder f = new StringBuilder();
          f.append("IF(").append(md.ops.x("ebitda", t)).append("<=0,")
              .append(in.xabs("sweepStep0.share")).append(',');
          for (int k = 0; k < last; k++) {
            f.append("IF(").append(g.ref("testedLeverage", t)).append('>')
                .append(in.xabs("sweepStep" + k + ".above")).append(',')
                .append(in.xabs("sweepStep" + k + ".share")).append(',');
          }
          f.append(in.xabs("sweepStep" + last + ".share"));
          f.append(")".repeat(last + 1));
          return f.toString();
        },
        null, st.rate, t -> "/years/" + (t - 1) + "/sweepShare");
  }

  /**
   * @return the interest (and commitment fee) due on tranche i in year t, with its hedge's payment
   *     when it pays one: paid together, at the tranche's rank (methodology §5.11)
   */
  static String interest(Model md, int i, int t) {
    Grid g = md.debt;
    String hedge = md.tranches.get(i).hedge() == null ? "" : "+" + g.ref("hpay." + i, t);
    return md.tranches.get(i).isRevolver() ? "(" + g.ref("ci." + i, t) + "+"
        + g.ref("cf." + i, t) + hedge + ")"
        : hedge.isEmpty() ? g.ref("ci." + i, t) : "(" + g.ref("ci." + i, t) + hedge + ")";
  }

  /** @return the amount, in full when the group's total is covered by what is left, else pro rata */
  private static String share(String amount, String total, String left) {
    return "IF(" + total + "<=" + left + "," + amount + "," + amount + "*(" + left + "/" + total
        + "))";
  }

  /** @return what term loan i owes before the sweep: opening + PIK − repayment paid, at least 0 */
  private static String owed(Model md, int i, int t) {
    Grid g = md.debt;
    return "MAX(0," + g.ref("open." + i, t) + "+" + g.ref("pk." + i, t) + "-"
        + g.ref("paidPrin." + i, t) + ")";
  }

  /**
   * @return Σ term(j) over the members of the group whose first member is {@code first}, in the
   *     order of payment (or of the sweep, for {@link Model#sweptWith}), as the engine adds them
   */
  static String groupSum(Model md, int first, int[] with, IntFunction<String> term) {
    StringBuilder b = new StringBuilder();
    for (int j : with == md.sweptWith ? md.sweepOrder : md.priority) {
      if (with[j] == first) {
        b.append('+').append(term.apply(j));
      }
    }
    return b.toString();
  }

  /** @return the names of the pari passu group whose first member is {@code first} */
  private static String names(Model md, int first) {
    List<String> names = new ArrayList<>();
    for (int j : md.priority) {
      if (md.paidWith[j] == first || md.sweptWith[j] == first) {
        names.add(md.tranches.get(j).name());
      }
    }
    return "(" + String.join(", ", names) + ")";
  }

  /**
   * @return the row of the excess cash the sweep starts from: after the revolver is repaid, and a
   *     SCOP's payments to its members
   */
  private static String beforeSweep(Model md) {
    return md.coop ? "excessC" : "excessR";
  }

  /** @return true when some tranche has an interest-rate hedge */
  static boolean hedged(Model md) {
    return md.tranches.stream().anyMatch(tr -> tr.hedge() != null);
  }

  /**
   * The rows of tranche i's interest-rate hedge (methodology §5.11): the scheduled balance at the
   * start and the end of the year (the amount at closing less the contractual repayments, 0 from
   * the maturity on but for a loan the sale repays in the exit year), the notional, the net
   * settlement (a swap pays its fixed rate and receives the base rate, a cap receives the base
   * rate above its strike), what is paid and what is received, and a cap's premium expensed
   * straight-line over its years; nothing after its years or the exit.
   */
  private static void hedgeRows(Model md, int i) {
    Grid g = md.debt;
    Grid in = md.in;
    Styles st = md.st;
    String p = "tr" + i + ".";
    String maturity = in.xabs(p + "maturity");
    String exit = in.xabs("exitYear");
    g.formulas("hcum." + i, "Hedge: scheduled repayments to the year's end, share of the amount",
        "%", t -> g.ref("hcum." + i, t - 1) + "+" + in.x(p + "repay", t), () -> "0", st.rate,
        null);
    g.formulas("hs0." + i, "Hedge: scheduled balance at the start of the year", "€",
        t -> "IF(AND(" + maturity + ">0," + g.ref("index", t) + ">" + maturity + "),0,"
            + g.abs("amount." + i) + "*MAX(0,1-" + g.ref("hcum." + i, t - 1) + "))",
        null, st.amount, null);
    g.formulas("hs1." + i, "Hedge: scheduled balance at the end of the year", "€",
        t -> "IF(AND(" + maturity + ">0," + g.ref("index", t) + ">=" + maturity + ",NOT(AND("
            + g.ref("index", t) + ">=" + exit + "," + maturity + ">=" + exit + "))),0,"
            + g.abs("amount." + i) + "*MAX(0,1-" + g.ref("hcum." + i, t) + "))",
        null, st.amount, null);
    g.formulas("hn." + i, md.average ? "Hedge: notional = share × average scheduled balance"
            : "Hedge: notional = share × scheduled balance at the start", "€",
        t -> in.xabs(p + "hedge.share") + "*" + (md.average
            ? "(" + g.ref("hs0." + i, t) + "+" + g.ref("hs1." + i, t) + ")/2"
            : g.ref("hs0." + i, t)),
        null, st.amount, null);
    IntFunction<String> live = t -> "AND(" + g.ref("index", t) + "<="
        + in.xabs(p + "hedge.years") + "," + g.ref("index", t) + "<=" + exit + ")";
    g.formulas("hedge." + i, "Hedge: net settlement paid (received when negative)", "€",
        t -> "IF(" + live.apply(t) + ",IF("
            + in.xabs(p + "hedge.type") + "=\"cap\",-" + g.ref("hn." + i, t) + "*MAX("
            + in.x(p + "hedge.index", t) + "-" + in.xabs(p + "hedge.rate") + ",0),"
            + g.ref("hn." + i, t) + "*(" + in.xabs(p + "hedge.rate") + "-"
            + in.x(p + "hedge.index", t) + ")),0)",
        null, st.amount, null);
    g.formulas("hpay." + i, "Hedge: paid with the loan's interest", "€",
        t -> "MAX(0," + g.ref("hedge." + i, t) + ")", null, st.amount, null);
    g.formulas("hrec." + i, "Hedge: received, before the debt service", "€",
        t -> "MAX(0,-" + g.ref("hedge." + i, t) + ")", null, st.amount, null);
    g.formulas("hprem." + i, "Hedge: the cap's premium expensed", "€",
        t -> "IF(" + live.apply(t) + ","
            + in.xabs(p + "hedge.share") + "*" + g.abs("amount." + i) + "*"
            + in.xabs(p + "hedge.premium") + "/" + in.xabs(p + "hedge.years") + ",0)",
        null, st.amount, null);
  }

  /**
   * @return what the hedges receive in year t, each term with {@code sign} ('+' to add, '-' to
   *     subtract); empty without hedges
   */
  private static String hedgeReceived(Model md, int t, char sign) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < md.m; i++) {
      if (md.tranches.get(i).hedge() != null) {
        b.append(sign).append(md.debt.ref("hrec." + i, t));
      }
    }
    return b.toString();
  }

  private static void waterfall(Model md) {
    Grid g = md.debt;
    Grid in = md.in;
    Styles st = md.st;
    g.heading("Cash waterfall");
    g.formulas("fcf", "Free cash flow (from the Tax sheet)", "€", t -> md.tax.x("fcf", t), null,
        st.amount, null);
    if (md.coop) {
      g.formulas("contrib", "Members' contributions (new capital)", "€",
          t -> in.x("coop.contrib", t), null, st.amount,
          t -> "/years/" + (t - 1) + "/memberContributions");
    }
    if (md.recap) {
      g.formulas("openCash", "Cash at the start of the year = last year's + what a recap kept",
          "€", t -> g.ref("cash", t - 1) + "+" + md.tax.x("rKept", t), null, st.amount, null);
    }
    g.formulas("resources", "Cash for debt service = opening cash + FCF"
            + (md.coop ? " + members' contributions" : "") + " − minimum cash"
            + (hedged(md) ? " + hedges received" : ""), "€",
        t -> openCash(md, t) + "+" + g.ref("fcf", t)
            + (md.coop ? "+" + g.ref("contrib", t) : "") + "-" + in.x("minCash", t)
            + hedgeReceived(md, t, '+'), null, st.amount, null);
    List<Integer> revolvers = new ArrayList<>();
    for (int i : md.priority) {
      if (md.tranches.get(i).isRevolver()) {
        revolvers.add(i);
      }
    }
    if (!revolvers.isEmpty()) {
      // the covenants' drawstop (methodology §6): nothing to draw the year after a breach or a
      // default
      IntFunction<String> undrawn = t -> "0" + revolvers.stream().map(i -> "+MAX(0,"
          + in.xabs("tr" + i + ".limit") + "-" + g.ref("open." + i, t) + ")")
          .reduce("", String::concat);
      // (whenever the covenants are tested, so that the Inputs' drawstop switch is live)
      g.formulas("headroom", md.tests ? "Undrawn revolver at the start of the year that may be"
              + " drawn (none when stopped)" : "Undrawn revolver at the start of the year", "€",
          t -> md.tests ? "IF(" + g.ref("stopped", t) + "=1,0," + undrawn.apply(t) + ")"
              : undrawn.apply(t), null, st.amount, null);
      g.formulas("toDraw", "Revolver drawn to meet the debt service due", "€",
          // the need: what the debt service pays (the hedges' payments included, their receipts
          // not netted) beyond the resources (the receipts in them)
          t -> "IF(" + g.ref("serviceDue", t) + hedgeReceived(md, t, '+') + "-"
              + g.ref("resources", t) + ">0,MIN(" + g.ref("serviceDue", t)
              + hedgeReceived(md, t, '+') + "-" + g.ref("resources", t) + ","
              + g.ref("headroom", t) + "),0)",
          null, st.amount, null);
      String before = null;
      for (int i : revolvers) {
        String prev = before;
        g.formulas("drawLeft." + i, "Drawing left to place", "€",
            t -> prev == null ? g.ref("toDraw", t)
                : g.ref("drawLeft." + prev, t) + "-" + g.ref("draw." + prev, t),
            null, st.amount, null);
        before = String.valueOf(i);
      }
    }
    g.formulas("available", "Cash available for debt service (with drawings)", "€",
        t -> g.ref("resources", t) + revolvers.stream().map(i -> "+" + g.ref("draw." + i, t))
            .reduce("", String::concat), null, st.amount, null);
    String previous = null;
    for (int k = 0; k < md.m; k++) {
      int i = md.priority[k];
      String before = previous;
      String name = md.tranches.get(i).name();
      int with = md.paidWith[i];
      // after a pari passu group: what its principal leaves, none when it falls short
      int prior = before == null ? -1 : Integer.parseInt(before);
      IntFunction<String> left = t -> before == null ? "MAX(0," + g.ref("available", t) + ")"
          : md.paidWith[prior] < 0
              ? g.ref("leftP." + before, t) + "-" + g.ref("paidPrin." + before, t)
              : "IF(" + g.ref("gDue." + md.paidWith[prior], t) + "<=" + g.ref("leftP." + before, t)
                  + "," + g.ref("leftP." + before, t) + "-" + g.ref("gDue." + md.paidWith[prior], t)
                  + ",0)";
      if (with < 0) {
        g.formulas("leftI." + i, "Cash left before the interest of " + name, "€",
            left, null, st.amount, null);
        g.formulas("leftP." + i, "Cash left before the repayment of " + name, "€",
            t -> g.ref("leftI." + i, t) + "-" + g.ref("paidInt." + i, t), null, st.amount, null);
      } else if (with == i) {
        String members = names(md, i);
        g.formulas("gInt." + i, "Interest due by the pari passu group " + members, "€",
            t -> "0" + groupSum(md, i, md.paidWith, j -> interest(md, j, t)), null, st.amount,
            null);
        g.formulas("gDue." + i, "Repayments due by the pari passu group " + members, "€",
            t -> "0" + groupSum(md, i, md.paidWith, j -> g.ref("due." + j, t)), null, st.amount,
            null);
        g.formulas("leftI." + i, "Cash left before the interest of the group " + members, "€",
            left, null, st.amount, null);
        g.formulas("leftP." + i, "Cash left before the repayments of the group " + members, "€",
            t -> "IF(" + g.ref("gInt." + i, t) + "<=" + g.ref("leftI." + i, t) + ","
                + g.ref("leftI." + i, t) + "-" + g.ref("gInt." + i, t) + ",0)", null, st.amount,
            null);
      } else {
        g.formulas("leftI." + i, "Cash left before the interest of " + name + " (its group's)",
            "€", t -> g.ref("leftI." + with, t), null, st.amount, null);
        g.formulas("leftP." + i, "Cash left before the repayment of " + name + " (its group's)",
            "€", t -> g.ref("leftP." + with, t), null, st.amount, null);
      }
      previous = String.valueOf(i);
    }
    g.formulas("paid", "Debt service paid", "€",
        t -> "0" + sumOf(md, i -> "+" + g.ref("paidInt." + i, t) + "+" + g.ref("paidPrin." + i, t)),
        null, st.amount, null);
    g.formulas("shortfall", "Debt service not paid (payment default when above 0)", "€",
        t -> "0" + sumOf(md, i -> "+" + g.ref("unpaid." + i, t) + "+" + g.ref("unpaidPrin." + i, t)),
        null, st.amount, t -> "/years/" + (t - 1) + "/shortfall");
    g.formulas("excess0", "Excess cash after debt service", "€",
        t -> g.ref("available", t) + "-" + g.ref("paid", t), null, st.amount, null);
    g.formulas("go", "Revolver repaid, sweep and distributions allowed (no shortfall, excess)", "",
        t -> "IF(AND(" + g.ref("shortfall", t) + "<=0," + g.ref("excess0", t) + ">0),1,0)", null,
        st.number, null);
    String before = null;
    for (int i : revolvers) {
      String prev = before;
      g.formulas("rexcess." + i, "Excess cash before repaying " + md.tranches.get(i).name(), "€",
          t -> prev == null ? g.ref("excess0", t)
              : g.ref("rexcess." + prev, t) + "-" + g.ref("sw." + prev, t),
          null, st.amount, null);
      before = String.valueOf(i);
    }
    g.formulas("excessR", "Excess cash after repaying the revolver", "€",
        t -> g.ref("excess0", t) + revolvers.stream().map(i -> "-" + g.ref("sw." + i, t))
            .reduce("", String::concat), null, st.amount, null);
    if (md.coop) {
      // a SCOP pays last year's interest on shares, then buys back outside members' shares (the
      // amorçage path), before the sweep (methodology §5.10)
      g.formulas("dist", "Interest on shares paid (owed from earlier years)", "€",
          t -> "IF(" + g.ref("go", t) + "=1,MIN(" + g.ref("excessR", t) + ","
              + md.tax.x("owed", t - 1) + "),0)", null, st.amount,
          t -> "/years/" + (t - 1) + "/distributions");
      g.formulas("buyback", "Outside members' shares bought back (amorçage)", "€",
          t -> "IF(AND(" + g.ref("go", t) + "=1," + in.xabs("coop.seed") + "=1),MIN("
              + g.ref("excessR", t) + "-" + g.ref("dist", t) + ",MIN(" + in.x("coop.buyback", t)
              + "," + md.tax.x("capOutside", t - 1) + ")),0)", null, st.amount,
          t -> "/years/" + (t - 1) + "/buybacks");
      g.formulas("excessC", "Excess cash after the members' payments", "€",
          t -> g.ref("excessR", t) + "-" + g.ref("dist", t) + "-" + g.ref("buyback", t), null,
          st.amount, null);
    }
    org.reprise.model.SweepSteps steps = md.deal.financing().sweepSteps();
    if (steps != null) {
      sweepSteps(md, steps);
    }
    IntFunction<String> share = t -> steps == null ? in.xabs("sweep") : g.ref("sweepShare", t);
    before = null;
    for (int i : md.sweepOrder) {
      String prev = before;
      int with = md.sweptWith[i];
      if (with == i) {
        g.formulas("gOwed." + i, "Owed by the pari passu group " + names(md, i) + " before the"
                + " sweep", "€",
            t -> "0" + groupSum(md, i, md.sweptWith, j -> owed(md, j, t)), null, st.amount, null);
      }
      int prior = prev == null ? -1 : Integer.parseInt(prev);
      g.formulas("pot." + i, "Sweep left before " + md.tranches.get(i).name(), "€",
          // on the excess cash flow, the cash above the minimum the year started with stays
          t -> with >= 0 && with != i ? g.ref("pot." + with, t)
              : prev == null ? "IF(" + g.ref("go", t) + "=1," + share.apply(t) + "*MAX(0,"
              + g.ref(beforeSweep(md), t) + "-" + in.xabs("sweepOnFlow") + "*MAX(0,"
              + openCash(md, t) + "-" + in.x("minCash", t) + ")),0)"
              : md.sweptWith[prior] < 0 ? g.ref("pot." + prev, t) + "-" + g.ref("sw." + prev, t)
              // after a group: the pot less what the group took, min(pot, what it owed)
              : g.ref("pot." + prev, t) + "-MIN(" + g.ref("pot." + prev, t) + ","
                  + g.ref("gOwed." + md.sweptWith[prior], t) + ")",
          null, st.amount, null);
      before = String.valueOf(i);
    }
    g.formulas("sweepTotal", "Cash sweep (term loans)", "€", t -> "0" + sweepSum(md, t), null,
        st.amount, null);
    g.formulas("sweepAll", "Early repayments, revolver included", "€",
        t -> g.ref("sweepTotal", t) + revolvers.stream().map(i -> "+" + g.ref("sw." + i, t))
            .reduce("", String::concat),
        null, st.amount, t -> "/years/" + (t - 1) + "/sweep");
    g.formulas("excess1", "Excess cash after the sweep", "€",
        t -> g.ref(beforeSweep(md), t) + "-" + g.ref("sweepTotal", t), null, st.amount, null);
    // the lock-up (methodology §5.5) needs no formula after a payment default: a year that does
    // not pay its debt service has no excess to distribute (the workbook refuses the lock-up on
    // the covenants, which it does not test)
    // a permitted-payment debt service cover (§5.5; the status quo's payout rule, §12): no
    // distribution in a year whose FCF / debt service due is below it (nothing due passes)
    boolean cover = hasPermittedCover(md.deal);
    if (md.lockUp && !md.iterated) {
      lockUp(md);
    } else if (md.lockUp) {
      lockUpAttempts(md);
    } else if (!md.coop) {
      g.formulas("dist", "Distributions to the shareholders", "€",
          t -> "IF(" + (cover ? "AND(" + g.ref("go", t) + "=1,OR(" + g.ref("serviceDue", t)
              + "<=0," + g.ref("fcf", t) + ">=" + in.xabs("distMinCover") + "*"
              + g.ref("serviceDue", t) + "))" : g.ref("go", t) + "=1") + ",MIN("
              + in.xabs("distribution") + "*" + g.ref("excess1", t) + "," + reserveCap(md, t)
              + "),0)",
          null, st.amount, t -> "/years/" + (t - 1) + "/distributions");
    }
    g.formulas("cash", "Cash at year end", "€",
        t -> in.x("minCash", t) + "+" + g.ref("excess1", t)
            + (md.coop ? "" : "-" + g.ref("dist", t)),
        () -> g.abs("openingCash"), st.amountBold, t -> "/years/" + (t - 1) + "/cash");
    g.formulas("debtTotal", "Total debt at year end", "€",
        t -> "0" + sumOf(md, i -> "+" + g.ref("close." + i, t)),
        () -> "0" + sumOf(md, i -> "+" + g.ref("close." + i, 0)), st.amountBold,
        t -> "/years/" + (t - 1) + "/totalDebt");
    g.formulas("netDebt", "Net debt", "€", t -> g.ref("debtTotal", t) + "-" + g.ref("cash", t),
        () -> g.ref("debtTotal", 0) + "-" + g.ref("cash", 0), st.amount,
        t -> "/years/" + (t - 1) + "/netDebt");
    g.formulas("mandatoryDue", "Scheduled repayments due", "€",
        t -> "0" + sumOf(md, i -> "+" + g.ref("due." + i, t)), null, st.amount,
        t -> "/years/" + (t - 1) + "/mandatoryRepayment");
    g.formulas("serviceDue", hedged(md) ? "Debt service due = interest + fees + hedges' net"
            + " settlement + scheduled repayments" : "Debt service due = interest + fees +"
            + " scheduled repayments", "€",
        t -> "0" + sumOf(md, i -> "+" + interest(md, i, t) + "+" + g.ref("due." + i, t))
            + hedgeReceived(md, t, '-'), null,
        st.amount, t -> "/years/" + (t - 1) + "/debtServiceDue");
    g.formulas("netLeverage", "Net debt / EBITDA", "x",
        t -> "IF(" + md.ops.x("ebitda", t) + ">0," + g.ref("netDebt", t) + "/"
            + md.ops.x("ebitda", t) + ",NA())", null, st.times, null);
    g.formulas("dscr", "Debt service cover = FCF / debt service due", "x",
        t -> "IF(" + g.ref("serviceDue", t) + ">0," + g.ref("fcf", t) + "/"
            + g.ref("serviceDue", t) + ",NA())", null, st.times, null);
    if (md.tests) {
      covenantTests(md);
    }
  }

  /** A shortfall below half a cent is rounding, not a payment default (the engine's tolerance). */
  static final double DEFAULT_TOLERANCE = 0.005;

  /**
   * The covenant tests of each year as solved (methodology §6; the engine's CreditStatistics):
   * the interest cover = EBITDA / (cash interest + commitment fees + the hedges' net settlement)
   * and the debt service cover = FCF / debt service due (1E+300 when nothing is due), a covenant
   * broken (over the holding period only: none after the exit), a payment default, and with the
   * drawstop whether the revolvers are stopped (a breach or a default the year before).
   */
  private static void covenantTests(Model md) {
    Grid g = md.debt;
    Grid in = md.in;
    Styles st = md.st;
    g.heading("Covenants");
    g.formulas("icr", "Interest cover = EBITDA / (cash interest + commitment fees"
            + (hedged(md) ? " + hedges' net settlement" : "") + ")", "x",
        t -> "IF(" + financeCharges(md, t) + ">0," + md.ops.x("ebitda", t) + "/("
            + financeCharges(md, t) + "),1E+300)", null, st.times, null);
    g.formulas("dscrT", "Debt service cover tested (1E+300 when nothing is due)", "x",
        t -> "IF(" + g.ref("serviceDue", t) + ">0," + g.ref("fcf", t) + "/"
            + g.ref("serviceDue", t) + ",1E+300)", null, st.times, null);
    g.formulas("breach", "Covenant broken (1), tested over the holding period", "",
        t -> "IF(AND(" + g.ref("index", t) + "<=" + in.xabs("exitYear") + "," + broken(md,
            g.ref("netDebt", t), t) + "),1,0)", null, st.number,
        t -> "/years/" + (t - 1) + "/covenantBreach");
    g.formulas("defaulted", "Payment default (1): debt service not paid above half a cent", "",
        t -> "IF(" + g.ref("shortfall", t) + ">" + DEFAULT_TOLERANCE + ",1,0)", null, st.number,
        t -> t <= md.exit ? "/years/" + (t - 1) + "/defaulted" : null);
    g.formulas("stopped", "Revolver stopped (1): drawstop after a breach or a default the year"
            + " before", "",
        t -> t == 1 ? "0" : "IF(AND(" + in.xabs("drawstop") + "=1,OR(" + g.ref("breach", t - 1)
            + "=1," + g.ref("defaulted", t - 1) + "=1)),1,0)", null, st.number, null);
  }

  /** @return the year's finance charges of the interest cover (methodology §6) */
  private static String financeCharges(Model md, int t) {
    Grid tax = md.tax;
    return tax.x("cashInterest", t) + "+" + tax.x("commitment", t)
        + (hedged(md) ? "+" + tax.x("hedgeNet", t) : "");
  }

  /**
   * @return the condition that year t breaks a covenant with net debt {@code netDebt}: the net
   *     leverage above its maximum (or net debt above 0 when EBITDA ≤ 0), a cover below its
   *     minimum (Covenants.leverageBreached, coverBreached)
   */
  private static String broken(Model md, String netDebt, int t) {
    Grid in = md.in;
    String ebitda = md.ops.x("ebitda", t);
    String max = in.x("cov.maxLev", t);
    return "OR(AND(" + max + "<1E+299,IF(" + ebitda + ">0," + netDebt + "/" + ebitda + ">" + max
        + "," + netDebt + ">0))," + md.debt.ref("icr", t) + "<" + in.x("cov.minIcr", t) + ","
        + md.debt.ref("dscrT", t) + "<" + in.x("cov.minDscr", t) + ")";
  }

  /**
   * The distributions' lock-up (methodology §5.5) in a workbook of one pass, where nothing in the
   * year before its distribution depends on it: the distribution asked (the share of the cash
   * left); whether the year, tested pro forma for it, may pay it (its covenants met, no payment
   * default, no breach or default the year before when the deal says so, the permitted-payment
   * cover and leverage); if not, the same tests with nothing paid, and then the largest
   * distribution that keeps the net leverage at the lower of the covenant's and the
   * permitted-payment levels, less 1e-9 of it (the engine's margin), or nothing.
   */
  private static void lockUp(Model md) {
    Grid g = md.debt;
    Grid in = md.in;
    Styles st = md.st;
    g.formulas("distAsked", "Distribution asked = share × excess cash after the sweep, within"
            + " the law's cap", "€",
        t -> "IF(" + g.ref("go", t) + "=1,MIN(" + in.xabs("distribution") + "*"
            + g.ref("excess1", t) + "," + reserveCap(md, t) + "),0)", null, st.amount, null);
    g.formulas("ndAsked", "Net debt after the distribution asked", "€",
        t -> g.ref("debtTotal", t) + "-(" + in.x("minCash", t) + "+" + g.ref("excess1", t) + "-"
            + g.ref("distAsked", t) + ")", null, st.amount, null);
    g.formulas("ndNone", "Net debt with no distribution", "€",
        t -> g.ref("debtTotal", t) + "-(" + in.x("minCash", t) + "+" + g.ref("excess1", t) + ")",
        null, st.amount, null);
    g.formulas("okAsked", "Distribution asked permitted (1): tests pro forma for it", "",
        t -> permitted(md, g.ref("ndAsked", t), t), null, st.number, null);
    g.formulas("okNone", "Year permitted with no distribution (1)", "", t -> permitted(md,
        g.ref("ndNone", t), t), null, st.number, null);
    levelAndRoom(md);
    g.formulas("lockedUp", "Locked up (1): the distribution asked is not permitted", "",
        t -> "IF(AND(" + g.ref("index", t) + "<=" + in.xabs("exitYear") + ","
            + g.ref("distAsked", t) + ">0," + g.ref("okAsked", t) + "=0),1,0)", null, st.number,
        t -> "/years/" + (t - 1) + "/distributionsLockedUp");
    g.formulas("dist", "Distributions to the shareholders (the asked one, or when locked up the"
            + " room less 1e-9 of it when the year passes without one, else 0)", "€",
        t -> "IF(" + g.ref("lockedUp", t) + "=0," + g.ref("distAsked", t) + ",IF(AND("
            + g.ref("okNone", t) + "=1," + g.ref("distLevel", t) + "<1E+299," + md.ops.x("ebitda",
            t) + ">0," + g.ref("distRoom", t) + ">0),MIN(" + g.ref("distAsked", t) + ","
            + g.ref("distRoom", t) + "*(1-" + LOCK_UP_MARGIN + ")),0))", null, st.amount,
        t -> "/years/" + (t - 1) + "/distributions");
  }

  /**
   * The distributions' lock-up (methodology §5.5) in a workbook of several passes, where the year
   * solved again with no distribution or a smaller one is another fixed point (its interest on the
   * average cash, the upstream and the holding's tax move with the distribution): each of the
   * engine's attempts at a year (LboEngine.lockUp) is solved by its own passes (hidden sheets
   * "Debt (asked, pass k)", "Debt (none, pass k)", "Debt (cut j, pass k)"), from the year before
   * as finally solved, with the distribution asked, none, or at most the attempt's cap; the final
   * Debt sheet reads their last passes, finds the cap the engine's attempts end with, and every
   * pass of the year as finally solved pays the distribution asked within that cap.
   */
  private static void lockUpAttempts(Model md) {
    Grid g = md.debt;
    Grid in = md.in;
    Styles st = md.st;
    Grid fin = md.finalDebt;
    boolean last = md.attempt == Model.MAIN && g == fin;
    g.formulas("distAsked", "Distribution asked = share × excess cash after the sweep, within"
            + " the law's cap", "€",
        t -> "IF(" + g.ref("go", t) + "=1,MIN(" + in.xabs("distribution") + "*"
            + g.ref("excess1", t) + "," + reserveCap(md, t) + "),0)", null, st.amount, null);
    if (last) {
      lockUpDecision(md);
    }
    String label;
    IntFunction<String> paid;
    if (md.attempt == Model.MAIN) {
      label = "Distributions to the shareholders = the one asked within the lock-up's cap";
      paid = t -> "MIN(" + g.ref("distAsked", t) + "," + fin.x("distCap", t) + ")";
    } else if (md.attempt == Model.ASKED) {
      label = "Distributions to the shareholders (the lock-up's attempt with the one asked)";
      paid = t -> g.ref("distAsked", t);
    } else if (md.attempt == Model.NONE) {
      label = "Distributions to the shareholders (the lock-up's attempt with none)";
      paid = t -> "MIN(" + g.ref("distAsked", t) + ",0)";
    } else {
      int j = md.attempt - Model.CAPPED;
      label = "Distributions to the shareholders (the lock-up's attempt cut down to cap "
          + (j + 1) + ")";
      paid = t -> "MIN(" + g.ref("distAsked", t) + "," + fin.x("lkCap." + j, t) + ")";
    }
    g.formulas("dist", label, "€", paid, null, st.amount,
        t -> "/years/" + (t - 1) + "/distributions");
  }

  /**
   * The final Debt sheet's reading of the lock-up's attempts at each year (LboEngine.lockUp):
   * the attempt with the distribution asked and its tests; locked up when it is not permitted; the
   * attempt with none, the level and the room; each attempt cut down to the room over the net
   * debt a unit of distribution added in the attempt before (1 in the first), less 1e-9 of it;
   * and the cap the year is finally solved with: none (1E+300) when not locked up, the first
   * attempt cut down that passes, else 0.
   */
  private static void lockUpDecision(Model md) {
    Grid g = md.debt;
    Grid in = md.in;
    Styles st = md.st;
    Grid asked = md.attemptDebt(Model.ASKED);
    g.formulas("lkAsked", "Attempt with the distribution asked (sheets \"Debt (asked, pass k)\"):"
            + " distribution", "€", t -> asked.x("dist", t), null, st.amount, null);
    g.formulas("lkAskedNd", "Attempt with the distribution asked: net debt", "€",
        t -> asked.x("netDebt", t), null, st.amount, null);
    g.formulas("okAsked", "Distribution asked permitted (1): the attempt with it passes", "",
        t -> permittedIn(md, asked, t), null, st.number, null);
    g.formulas("lockedUp", "Locked up (1): the distribution asked is not permitted", "",
        t -> "IF(AND(" + g.ref("index", t) + "<=" + in.xabs("exitYear") + ","
            + g.ref("lkAsked", t) + ">0," + g.ref("okAsked", t) + "=0),1,0)", null, st.number,
        t -> "/years/" + (t - 1) + "/distributionsLockedUp");
    if (!md.capAttempts) {
      g.formulas("distCap", "Lock-up's cap on the distribution (1E+300: none; 0 when locked up)",
          "€", t -> "IF(" + g.ref("lockedUp", t) + "=0,1E+300,0)", null, st.amount, null);
      return;
    }
    Grid none = md.attemptDebt(Model.NONE);
    g.formulas("ndNone", "Attempt with no distribution (sheets \"Debt (none, pass k)\"): net"
            + " debt", "€", t -> none.x("netDebt", t), null, st.amount, null);
    g.formulas("okNone", "Year permitted with no distribution (1)", "",
        t -> permittedIn(md, none, t), null, st.number, null);
    levelAndRoom(md);
    g.formulas("lkTry", "Cut down (1): the year passes with nothing paid, a level applies,"
            + " EBITDA and the room above 0", "",
        t -> "IF(AND(" + g.ref("okNone", t) + "=1," + g.ref("distLevel", t) + "<1E+299,"
            + md.ops.x("ebitda", t) + ">0," + g.ref("distRoom", t) + ">0),1,0)", null, st.number,
        null);
    for (int j = 0; j < Model.CAP_ATTEMPTS; j++) {
      int jj = j;
      Grid cut = md.attemptDebt(Model.CAPPED + j);
      Grid before = j == 0 ? null : md.attemptDebt(Model.CAPPED + j - 1);
      String n = String.valueOf(j + 1);
      g.formulas("lkUnit." + j, j == 0 ? "Cut " + n + ": net debt a unit of distribution adds"
              + " (1)" : "Cut " + n + ": net debt a unit of distribution added in cut " + j
              + " = (its net debt − with none) / its distribution, at least 1", "",
          t -> jj == 0 ? "1" : "IF(" + before.x("dist", t) + ">0,MAX(1,(" + before.x("netDebt", t)
              + "-" + g.ref("ndNone", t) + ")/" + before.x("dist", t) + "),1)", null, st.number,
          null);
      g.formulas("lkCap." + j, "Cut " + n + ": cap = MIN(distribution asked, room / that, less"
              + " 1e-9 of it)", "€",
          t -> "IF(" + g.ref("lkTry", t) + "=1,MIN(" + g.ref("lkAsked", t) + ","
              + g.ref("distRoom", t) + "/" + g.ref("lkUnit." + jj, t) + "*(1-" + LOCK_UP_MARGIN
              + ")),0)", null, st.amount, null);
      g.formulas("lkPaid." + j, "Cut " + n + " (sheets \"Debt (cut " + n + ", pass k)\"):"
              + " distribution", "€", t -> cut.x("dist", t), null, st.amount, null);
      g.formulas("lkNd." + j, "Cut " + n + ": net debt", "€", t -> cut.x("netDebt", t), null,
          st.amount, null);
      g.formulas("lkOk." + j, "Cut " + n + " permitted (1)", "", t -> permittedIn(md, cut, t),
          null, st.number, null);
    }
    g.formulas("distCap", "Lock-up's cap on the distribution (1E+300: none): the first cut"
            + " permitted, none after a cut that pays nothing, else 0", "€",
        t -> {
          StringBuilder f = new StringBuilder("IF(" + g.ref("lockedUp", t) + "=0,1E+300,IF("
              + g.ref("lkTry", t) + "=0,0,");
          for (int j = 0; j < Model.CAP_ATTEMPTS; j++) {
            f.append("IF(").append(g.ref("lkOk." + j, t)).append("=1,")
                .append(g.ref("lkCap." + j, t)).append(",IF(").append(g.ref("lkPaid." + j, t))
                .append("<=0,0,");
          }
          f.append('0').append(")".repeat(2 * Model.CAP_ATTEMPTS)).append("))");
          return f.toString();
        }, null, st.amount, null);
  }

  /**
   * @return 1 when the lock-up's attempt laid out in {@code a} (its last pass) may distribute at
   *     year t (LboEngine.permitted): no covenant broken, no payment default, no breach or default
   *     the year before (as finally solved) when the deal says so, the debt service cover at least
   *     the permitted-payment one, the net leverage at most the permitted-payment level; else 0
   */
  private static String permittedIn(Model md, Grid a, int t) {
    return "IF(AND(" + a.x("breach", t) + "=0," + a.x("defaulted", t) + "=0,"
        + permittedBeyondCovenants(md, a.x("dscrT", t), a.x("netDebt", t), t) + "),1,0)";
  }

  /**
   * The leverage that caps a distribution under the lock-up (the lower of the year's covenant and
   * the permitted-payment level) and the room under it, level × EBITDA − the net debt with no
   * distribution (row {@code ndNone}, laid out before): rows {@code distLevel} and {@code
   * distRoom}, the same in a workbook of one pass and of several.
   */
  private static void levelAndRoom(Model md) {
    Grid g = md.debt;
    Grid in = md.in;
    Styles st = md.st;
    g.formulas("distLevel", "Leverage that caps a distribution = the lower of the covenant's and"
            + " the permitted-payment level", "x",
        t -> "MIN(" + in.x("cov.maxLev", t) + "," + in.xabs("distMaxLev") + ")", null, st.times,
        null);
    g.formulas("distRoom", "Room = level × EBITDA − net debt with no distribution", "€",
        t -> g.ref("distLevel", t) + "*" + md.ops.x("ebitda", t) + "-" + g.ref("ndNone", t),
        null, st.amount, null);
  }

  /**
   * The law's cap on year t's distribution (methodology §5.5, C. com. L232-11): what the
   * shareholder loans are owed at the year end (the Tax sheet's claims before the distribution)
   * plus what the Tax sheet finds distributable at the start of the year (after a recap's
   * dividends of the year, §5.13; with a holding, the group's retained earnings within the
   * company's reserves).
   */
  static String reserveCap(Model md, int t) {
    // with a share premium, the law's cap of the Tax sheet's premium block: the reserves and the
    // premium not yet distributed beside them (§5.5)
    StringBuilder b = new StringBuilder(md.tax.x(md.premium ? "divCap" : "distRoom", t));
    if (md.paysClaims) {
      for (int k = 0; k < md.classes.size(); k++) {
        if (md.classes.get(k).kind() == org.reprise.model.EquityClass.Kind.SHAREHOLDER_LOAN) {
          b.append("+MAX(0,").append(md.tax.x("claimY." + k, t)).append(')');
        }
      }
    }
    return b.toString();
  }

  /** The engine's margin under the lock-up's leverage level (LboEngine.CAP_MARGIN, §5.5). */
  static final String LOCK_UP_MARGIN = "1E-9";

  /**
   * @return 1 when year t with net debt {@code netDebt} may distribute (LboEngine.permitted): no
   *     covenant broken, no payment default, no breach or default the year before when the deal
   *     says so, the debt service cover at least the permitted-payment one, the net leverage at
   *     most the permitted-payment level; else 0
   */
  private static String permitted(Model md, String netDebt, int t) {
    Grid g = md.debt;
    return "IF(AND(NOT(AND(" + g.ref("index", t) + "<=" + md.in.xabs("exitYear") + ","
        + broken(md, netDebt, t) + "))," + g.ref("defaulted", t) + "=0,"
        + permittedBeyondCovenants(md, g.ref("dscrT", t), netDebt, t) + "),1,0)";
  }

  /**
   * @return the conditions of a permitted payment besides this year's covenants and default, as
   *     arguments of an AND (LboEngine.permitted): no breach or default the year before (as
   *     finally solved) when the deal says so, the debt service cover {@code dscr} at least the
   *     permitted-payment one, the net leverage of {@code netDebt} at most the permitted-payment
   *     level
   */
  private static String permittedBeyondCovenants(Model md, String dscr, String netDebt, int t) {
    Grid g = md.debt;
    Grid in = md.in;
    String ebitda = md.ops.x("ebitda", t);
    // a breach or a default of the year before, when it stops the distribution
    String before = t == 1 ? "1=0" : "AND(" + in.xabs("distAfterBreach") + "=1,OR("
        + g.ref("breach", t - 1) + "=1," + g.ref("defaulted", t - 1) + "=1))";
    return "NOT(" + before + ")," + dscr + ">=" + in.xabs("distMinDscr") + ",OR("
        + in.xabs("distMaxLev") + ">=1E+299,AND(" + ebitda + ">0," + netDebt + "/" + ebitda
        + "<=" + in.xabs("distMaxLev") + "))";
  }

  /**
   * @return true when the deal's distributions are locked up at a permitted-payment debt service
   *     cover (financing.distributionMinDebtServiceCover, or the status quo's
   *     statusQuo.payoutMinDebtServiceCover)
   */
  static boolean hasPermittedCover(Deal deal) {
    return deal.financing().distributionShare() > 0.0 && deal.financing().distributionLockUp()
        && !deal.isCooperative()
        && !Double.isNaN(deal.financing().paymentConditions().minDebtServiceCover());
  }

  /**
   * @return the balance interest is computed on: the opening balance, or the average of the
   *     opening balance and the previous pass's closing balance
   */
  static String basis(Model md, String open, String close, int t) {
    Grid g = md.debt;
    if (!md.average || md.guess == null) {
      return g.ref(open, t); // opening convention, or the first pass: the guess is the opening
    }
    return "(" + g.ref(open, t) + "+" + md.guess.x(close, t) + ")/2";
  }

  private static String sweepSum(Model md, int t) {
    StringBuilder b = new StringBuilder();
    for (int i : md.sweepOrder) {
      b.append('+').append(md.debt.ref("sw." + i, t));
    }
    return b.toString();
  }

  /** @return the pointer of tranche i's line in the sources, or null when it is not a source */
  private static String sourcePointer(Model md, int i) {
    if (md.tranches.get(i).rolledOver()) {
      return null;
    }
    int index = md.classes.size();
    for (int j = 0; j < i; j++) {
      if (!md.tranches.get(j).rolledOver() && !md.drawnLater(j)) {
        index++;
      }
    }
    return "/sourcesAndUses/sources/" + index + "/amount\u0000/debtSchedules/" + i
        + "/initialAmount";
  }

  static String sum(Model md, java.util.function.IntFunction<String> term) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < md.m; i++) {
      parts.add(term.apply(i));
    }
    return parts.isEmpty() ? "0" : String.join("+", parts);
  }

  static String sumOf(Model md, java.util.function.IntFunction<String> term) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < md.m; i++) {
      b.append(term.apply(i));
    }
    return b.toString();
  }

  static String sumClasses(Model md, java.util.function.IntFunction<String> term) {
    List<String> parts = new ArrayList<>();
    for (int k = 0; k < md.classes.size(); k++) {
      parts.add(term.apply(k));
    }
    return String.join("+", parts);
  }

  private static String order(Model md, int[] indexes) {
    List<String> names = new ArrayList<>();
    for (int i : indexes) {
      names.add(md.tranches.get(i).name());
    }
    return names.isEmpty() ? "none" : String.join(", ", names);
  }

  /** @return a JSON pointer token */
  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
