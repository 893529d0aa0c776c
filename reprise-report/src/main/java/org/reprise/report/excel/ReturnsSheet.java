package org.reprise.report.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reprise.model.EquityClass;

/**
 * The Returns sheet: the exit value and its waterfall (docs/methodology.md §7), each party's dated
 * cash flows with the spreadsheet's IRR function and the multiple (§8), and the value bridge (§9).
 */
final class ReturnsSheet {

  private ReturnsSheet() {}

  static void lay(Model md) {
    Grid g = md.ret;
    Grid in = md.in;
    Grid debt = md.debt;
    Grid ops = md.ops;
    Styles st = md.st;
    int n = md.n;
    g.title("Exit, waterfall and returns");
    g.note("Flows are seen from each party: negative = paid, positive = received; column C is "
        + "the closing, the exit year is Inputs' exit year index.");
    g.yearHeader(in);
    g.formulas("index", "Year index", "", t -> debt.x("index", t), () -> "0", st.number, null);
    String x = in.xabs("exitYear");
    g.heading("Exit");
    String basis = in.xabs("exit.basis");
    String value = in.xabs("exit.value");
    if (md.deal.exit().distressedValue() != null) {
      // a company in payment default in some year of the hold (a shortfall above half a cent,
      // up to the exit year) is valued at its distressed value (methodology §7)
      g.scalarFormula("defaulted", "Payment default in some year of the hold (1)", "",
          () -> "IF(SUMPRODUCT((" + debt.xrange("shortfall", 1, n) + ">"
              + DebtSheet.DEFAULT_TOLERANCE + ")*(" + debt.xrange("index", 1, n) + "<=" + x
              + "))>0,1,0)", st.number, "/paymentDefault/occurred");
      g.scalarFormula("v.basis", "Exit value applied: basis (the distressed one after a default)",
          "", () -> "IF(" + g.abs("defaulted") + "=1," + in.xabs("distressed.basis") + ","
              + in.xabs("exit.basis") + ")", st.label, null);
      g.scalarFormula("v.value", "Exit value applied: multiple or amount", "",
          () -> "IF(" + g.abs("defaulted") + "=1," + in.xabs("distressed.value") + ","
              + in.xabs("exit.value") + ")", st.number, null);
      basis = g.abs("v.basis");
      value = g.abs("v.value");
    }
    String vb = basis;
    String vv = value;
    g.scalarFormula("ebitda", "EBITDA the exit multiple applies to", "€",
        () -> "IF(" + vb + "=\"" + InputsSheet.FORWARD + "\",INDEX("
            + ops.xrange("ebitda", 1, n) + "," + x + "+1),INDEX(" + ops.xrange("ebitda", 1, n)
            + "," + x + "))",
        st.amount, "/exit/ebitda");
    g.scalarFormula("ev", "Exit enterprise value", "€",
        () -> "MAX(0,IF(" + vb + "=\"" + InputsSheet.AMOUNT + "\","
            + vv + "," + vv + "*" + g.abs("ebitda") + "))",
        st.amountBold, "/exit/enterpriseValue");
    // a share of a positive price only: never income (methodology §7)
    // none when nobody sells: a SCOP, the status quo, a buyout its owners keep (review 37, W3)
    boolean sold = md.deal.soldAtExit();
    g.scalarFormula("fees", sold ? "Exit fees"
            : md.coop ? "Exit fees (none: a SCOP is not sold)" : "Exit fees (none: not sold)", "€",
        () -> sold ? "MAX(0," + in.xabs("exitFees") + "*" + g.abs("ev") + ")" : "0",
        st.amount, "/exit/fees");
    g.scalarFormula("debt", "Debt at exit", "€",
        () -> "INDEX(" + debt.xrange("debtTotal", 1, n) + "," + x + ")", st.amount, "/exit/debt");
    g.scalarFormula("cash", "Cash at exit", "€",
        () -> "INDEX(" + debt.xrange("cash", 1, n) + "," + x + ")", st.amount, "/exit/cash");
    g.scalarFormula("netDebt", "Net debt at exit", "€", () -> g.abs("debt") + "-" + g.abs("cash"),
        st.amount, "/exit/netDebt");
    // each tranche's prepayment fee of the exit year on its balance (methodology §7)
    g.scalarFormula("prepay", md.coop ? "Lenders' prepayment fees (none: the debt of a SCOP,"
            + " not sold, is valued at par)" : "Lenders' prepayment fees at the exit", "€",
        () -> md.coop ? "0" : "0" + DebtSheet.sumOf(md, i -> "+MAX(0,INDEX("
            + debt.xrange("close." + i, 1, n) + "," + x + "))*INDEX("
            + in.xrange("tr" + i + ".prepay", 1, n) + "," + x + ")"),
        st.amount, "/exit/prepaymentFees");
    if (md.blocked) {
      g.scalarFormula("blockedX", "Employees' blocked participation accounts at the exit", "€",
          () -> "INDEX(" + md.tax.xrange("bBalance", 1, n) + "," + x + ")", st.amount,
          "/exit/blockedAccounts");
    }
    g.scalarFormula("equityValue", "Equity value = EV − fees − prepayment fees − net debt"
            + (md.blocked ? " − blocked accounts" : ""), "€",
        () -> g.abs("ev") + "-" + g.abs("fees") + "-" + g.abs("prepay") + "-"
            + g.abs("netDebt") + (md.blocked ? "-" + g.abs("blockedX") : ""), st.amountBold,
        "/exit/equityValue");
    g.scalarFormula("pool.start", "Proceeds to distribute = EV − fees + cash", "€",
        () -> "MAX(0," + g.abs("ev") + "-" + g.abs("fees") + "+" + g.abs("cash") + ")", st.amount,
        null);

    g.heading("Waterfall, in order of priority");
    String pool = "pool.start";
    if (md.blocked) {
      // a debt of the company to its employees, paid first (methodology §5.8, §7)
      g.scalarFormula("toBlocked", "Paid: the employees' blocked accounts", "€",
          () -> "MIN(" + g.abs("pool.start") + "," + g.abs("blockedX") + ")", st.amount,
          "/exit/blockedAccountsPaid");
      g.scalarFormula("pool.b", "Left", "€",
          () -> g.abs("pool.start") + "-" + g.abs("toBlocked"), st.amount, null);
      pool = "pool.b";
    }
    int line = 0;
    for (int i : md.priority) {
      String before = pool;
      g.scalarFormula("claimT." + i, "Owed: " + md.tranches.get(i).name(), "€",
          () -> "MAX(0,INDEX(" + debt.xrange("close." + i, 1, n) + "," + x + "))"
              + (md.coop ? "" : "*(1+INDEX(" + in.xrange("tr" + i + ".prepay", 1, n) + "," + x
                  + "))"), st.amount,
          "/exit/waterfall/" + line + "/claim");
      int with = md.paidWith[i];
      if (with < 0) {
        g.scalarFormula("toT." + i, "Paid: " + md.tranches.get(i).name(), "€",
            () -> "MIN(" + g.abs(before) + "," + g.abs("claimT." + i) + ")", st.amount,
            "/exit/waterfall/" + line + "/paid");
        g.scalarFormula("pool.t" + i, "Left", "€",
            () -> g.abs(before) + "-" + g.abs("toT." + i), st.amount, null);
      } else {
        // a pari passu group shares what the proceeds pay pro rata to its members' claims (§7)
        if (with == i) {
          g.scalarFormula("pool0." + i, "Left before the pari passu group of "
              + md.tranches.get(i).name(), "€", () -> g.abs(before), st.amount, null);
          g.scalarFormula("gClaim." + i, "Owed by the group", "€",
              () -> "0" + DebtSheet.groupSum(md, i, md.paidWith, j -> g.abs("claimT." + j)),
              st.amount, null);
          g.scalarFormula("gPaid." + i, "Paid to the group", "€",
              () -> "MIN(" + g.abs("pool0." + i) + "," + g.abs("gClaim." + i) + ")", st.amount,
              null);
        }
        g.scalarFormula("toT." + i, "Paid: " + md.tranches.get(i).name() + " (pro rata within"
                + " its group)", "€",
            () -> "IF(" + g.abs("gPaid." + with) + "=" + g.abs("gClaim." + with) + ","
                + g.abs("claimT." + i) + "," + g.abs("gPaid." + with) + "*(" + g.abs("claimT." + i)
                + "/" + g.abs("gClaim." + with) + "))", st.amount,
            "/exit/waterfall/" + line + "/paid");
        g.scalarFormula("pool.t" + i, "Left", "€",
            () -> g.abs("pool0." + with) + "-" + g.abs("gPaid." + with), st.amount, null);
      }
      pool = "pool.t" + i;
      line++;
    }
    for (int k = 0; k < md.classes.size(); k++) {
      EquityClass c = md.classes.get(k);
      if (c.kind() == EquityClass.Kind.ORDINARY) {
        continue;
      }
      String before = pool;
      int kk = k;
      // with distributions paying the claims during the hold, the exit year's claim after them
      // (the Tax sheet's accrued balance, §5.5); else the closed form
      // so with a recap, which may repay them at the start of a year (§5.13)
      boolean accrued = md.paysClaims || md.recap;
      g.scalarFormula("claimE." + k, "Owed: " + c.name() + (accrued
              ? " (with its coupon, less what the distributions paid)" : " (with its coupon)"),
          "€", () -> accrued ? "INDEX(" + md.tax.xrange("accrued." + kk, 1, n) + "," + x
              + ")" : debt.xabs("equity." + kk) + "*(1+" + in.xabs("eq" + kk + ".coupon") + ")^"
              + x, st.amount, "/exit/waterfall/" + line + "/claim");
      g.scalarFormula("toE." + k, "Paid: " + c.name(), "€",
          () -> "MIN(" + g.abs(before) + "," + g.abs("claimE." + kk) + ")", st.amount,
          "/exit/waterfall/" + line + "/paid");
      g.scalarFormula("pool.e" + k, "Left", "€", () -> g.abs(before) + "-" + g.abs("toE." + kk),
          st.amount, null);
      pool = "pool.e" + k;
      line++;
    }
    String residual = pool;
    g.scalarFormula("ordinary", "Invested in ordinary shares", "€",
        () -> "0" + ordinary(md, k -> "+" + debt.xabs("equity." + k)), st.amount, null);
    for (int k = 0; k < md.classes.size(); k++) {
      if (md.classes.get(k).kind() != EquityClass.Kind.ORDINARY) {
        continue;
      }
      int kk = k;
      g.scalarFormula("own." + k, "Ownership: " + md.classes.get(k).name(), "%",
          () -> "IF(" + in.xabs("ownershipGiven") + "=1," + in.xabs("eq" + kk + ".ownership")
              + ",IF(" + g.abs("ordinary") + ">0," + debt.xabs("equity." + kk) + "/"
              + g.abs("ordinary") + ",0))",
          st.rate, null);
    }
    boolean ratchet = md.deal.financing().ratchet() != null;
    if (ratchet) {
      ratchet(md, residual);
    }
    if (md.coop) {
      members(md, residual, line);
    } else {
      for (int k = 0; k < md.classes.size(); k++) {
        if (md.classes.get(k).kind() != EquityClass.Kind.ORDINARY) {
          continue;
        }
        int kk = k;
        g.scalarFormula("toE." + k, "Paid: " + md.classes.get(k).name(), "€",
            () -> g.abs(residual) + "*" + g.abs((ratchet ? "ownX." : "own.") + kk), st.amount,
            "/exit/waterfall/" + line + "/paid");
        line++;
      }
    }

    g.heading("Cash flows and returns per party");
    for (Map.Entry<String, String> e : md.parties.entrySet()) {
      party(md, e.getKey());
    }
    bridge(md);
  }

  /**
   * The management ratchet (methodology §7.1): with P what the waterfall leaves to the ordinary
   * shares, s₀ and w the beneficiary's and the investor's shares as subscribed, A = P × w, and f
   * the investor's flows without its ordinary exit proceeds, tier k needs E_k = h_k × paid(f) −
   * received(f) (multiple) or −Σ f_t (1 + h_k)^(X − t) (IRR) of ordinary proceeds, so its
   * beneficiary gets min(ownership_k, cap_k), cap_k = 1 − E_k (1 − s₀) / A; the beneficiary's share
   * at the exit is the most any tier gives, at least s₀; the other classes are scaled down pro
   * rata. The ordinary lines of the waterfall take these shares.
   */
  private static void ratchet(Model md, String residual) {
    Grid g = md.ret;
    Grid in = md.in;
    Grid debt = md.debt;
    Styles st = md.st;
    int n = md.n;
    String x = in.xabs("exitYear");
    org.reprise.model.Ratchet r = md.deal.financing().ratchet();
    List<Integer> beneficiary = new ArrayList<>();
    List<Integer> investor = new ArrayList<>();
    for (int k = 0; k < md.classes.size(); k++) {
      EquityClass c = md.classes.get(k);
      if (c.holder().equals(r.beneficiary())) {
        beneficiary.add(k);
      } else if (c.holder().equals(md.ratchetInvestor)) {
        investor.add(k);
      }
    }
    g.heading("Management ratchet (" + r.beneficiary() + ", on the return of "
        + md.ratchetInvestor + ")");
    g.scalarFormula("r.s0", "Beneficiary's share of the ordinary equity as subscribed", "%",
        () -> "0" + ordinaryOf(md, beneficiary, k -> "+" + g.abs("own." + k)), st.rate,
        "/exit/ratchet/shareBefore");
    g.scalarFormula("r.w", "Investor's share of the ordinary equity as subscribed", "%",
        () -> "0" + ordinaryOf(md, investor, k -> "+" + g.abs("own." + k)), st.rate, null);
    g.scalarFormula("r.pool", "P: left to the ordinary shares", "€", () -> g.abs(residual),
        st.amount, "/exit/ratchet/ordinaryProceeds");
    g.scalarFormula("r.a", "A = P × the investor's share: its ordinary proceeds without the"
        + " ratchet", "€", () -> g.abs("r.pool") + "*" + g.abs("r.w"), st.amount, null);
    // the investor's flows without its ordinary shares' exit proceeds (its loans as a lender
    // are not counted): what it paid in, the distributions, its strip at the exit
    g.formulas("r.f", "Investor's flows without its ordinary exit proceeds", "€", t -> {
      StringBuilder during = new StringBuilder("0");
      StringBuilder atExit = new StringBuilder("0");
      for (int k : investor) {
        during.append(duringHold(md, k, t)).append(recapTerm(md, k, t));
        if (md.classes.get(k).kind() != EquityClass.Kind.ORDINARY) {
          atExit.append("+").append(g.abs("toE." + k));
        }
      }
      return "IF(" + g.ref("index", t) + "<=" + x + "," + during + ",0)+IF(" + g.ref("index", t)
          + "=" + x + "," + atExit + ",0)";
    }, () -> {
      StringBuilder b = new StringBuilder("0");
      for (int k : investor) {
        b.append("-").append(debt.xabs("equity." + k));
      }
      return b.toString();
    }, st.amount, null);
    String range = g.xrange("r.f", 0, n).replace("'" + g.name + "'!", "");
    String idx = g.xrange("index", 0, n).replace("'" + g.name + "'!", "");
    StringBuilder best = new StringBuilder("MAX(" + g.abs("r.s0"));
    for (int k = 0; k < r.tiers().size(); k++) {
      String h = in.xabs("ratchet." + k + ".atLeast");
      int kk = k;
      g.scalarFormula("r.need." + k, "Tier " + (k + 1) + ": ordinary proceeds the investor needs"
          + " to keep its threshold", "€",
          () -> "IF(" + in.xabs("ratchet.test") + "=\"irr\",-SUMPRODUCT(" + range + ",(1+" + h
              + ")^(" + x + "-" + idx + ")),-" + h + "*SUMIF(" + range + ",\"<0\")-SUMIF("
              + range + ",\">0\"))",
          st.amount, null);
      g.scalarFormula("r.cap." + k, "Tier " + (k + 1) + ": the highest share that leaves it"
          + " there, 1 − E × (1 − s₀) / A", "%",
          () -> "IF(" + g.abs("r.a") + ">0,1-" + g.abs("r.need." + kk) + "*(1-" + g.abs("r.s0")
              + ")/" + g.abs("r.a") + ",IF(" + g.abs("r.need." + kk) + "<=0,1E+300,-1E+300))",
          st.rate, null);
      g.scalarFormula("r.given." + k, "Tier " + (k + 1) + ": gives min(its ownership, the cap)",
          "%", () -> "MIN(" + in.xabs("ratchet." + kk + ".ownership") + "," + g.abs("r.cap." + kk)
              + ")", st.rate, null);
      best.append(",").append(g.abs("r.given." + k));
    }
    best.append(")");
    g.scalarFormula("r.s", "Beneficiary's share at the exit: the most a tier gives, at least s₀",
        "%", () -> "IF(AND(" + g.abs("r.pool") + ">0,1-" + g.abs("r.s0") + ">0)," + best + ","
            + g.abs("r.s0") + ")", st.rate, "/exit/ratchet/shareAfter");
    long count = beneficiary.stream()
        .filter(k -> md.classes.get(k).kind() == EquityClass.Kind.ORDINARY).count();
    for (int k = 0; k < md.classes.size(); k++) {
      if (md.classes.get(k).kind() != EquityClass.Kind.ORDINARY) {
        continue;
      }
      int kk = k;
      boolean isBeneficiary = beneficiary.contains(k);
      g.scalarFormula("ownX." + k, "Ownership at the exit: " + md.classes.get(k).name(), "%",
          () -> isBeneficiary
              ? "IF(" + g.abs("r.s0") + ">0," + g.abs("own." + kk) + "*" + g.abs("r.s") + "/"
                  + g.abs("r.s0") + "," + g.abs("r.s") + "/" + count + ")"
              : g.abs("own." + kk) + "*(1-" + g.abs("r.s") + ")/(1-" + g.abs("r.s0") + ")",
          st.rate, null);
    }
  }

  /**
   * A SCOP's members at its horizon (methodology §5.10): not sold, it repays their shares at
   * nominal value with the interest on shares still owed (pro rata to their capital), as far as
   * what is left after the claims before theirs covers them (pro rata); the reserves stay.
   */
  private static void members(Model md, String residual, int first) {
    Grid g = md.ret;
    Grid tax = md.tax;
    Styles st = md.st;
    int n = md.n;
    String x = md.in.xabs("exitYear");
    g.scalarFormula("members", "Members' capital (ordinary shares) at the exit", "€",
        () -> "0" + ordinary(md, k -> "+INDEX(" + tax.xrange("cap." + k, 1, n) + "," + x + ")"),
        st.amount, null);
    g.scalarFormula("owedX", "Interest on shares owed at the exit (that year's included)", "€",
        () -> "INDEX(" + tax.xrange("owed", 1, n) + "," + x + ")", st.amount, null);
    g.scalarFormula("membersClaim", "Members' claim = capital + interest owed", "€",
        () -> g.abs("members") + "+IF(" + g.abs("members") + ">0," + g.abs("owedX") + ",0)",
        st.amount, null);
    g.scalarFormula("covered", "Share of the members' claim covered by what is left", "%",
        () -> "IF(" + g.abs("membersClaim") + ">" + g.abs(residual) + "," + g.abs(residual) + "/"
            + g.abs("membersClaim") + ",1)", st.rate, null);
    int line = first;
    for (int k = 0; k < md.classes.size(); k++) {
      if (md.classes.get(k).kind() != EquityClass.Kind.ORDINARY) {
        continue;
      }
      int kk = k;
      int l = line;
      String capital = "INDEX(" + tax.xrange("cap." + k, 1, n) + "," + x + ")";
      g.scalarFormula("claimE." + k, "Owed: " + md.classes.get(k).name() + " (nominal and"
              + " interest owed)", "€",
          () -> capital + "+IF(" + g.abs("members") + ">0," + g.abs("owedX") + "*" + capital
              + "/" + g.abs("members") + ",0)", st.amount, "/exit/waterfall/" + l + "/claim");
      g.scalarFormula("toE." + k, "Paid: " + md.classes.get(k).name(), "€",
          () -> g.abs("covered") + "*" + g.abs("claimE." + kk), st.amount,
          "/exit/waterfall/" + l + "/paid");
      line++;
    }
  }

  /**
   * @return a SCOP's class k's flow of year t during the hold: the interest on shares paid pro
   *     rata to the opening capital, the buyback of an outside class's shares, less the members'
   *     contributions to the class that receives them
   */
  private static String classFlow(Model md, int k, int t) {
    Grid tax = md.tax;
    Grid debt = md.debt;
    String open = tax.x("cap." + k, t - 1);
    return "IF(" + tax.x("capTotal", t - 1) + ">0," + debt.x("dist", t) + "*" + open + "/"
        + tax.x("capTotal", t - 1) + ",0)+(1-" + md.in.xabs("eq" + k + ".employee") + ")*IF("
        + tax.x("capOutside", t - 1) + ">0," + debt.x("buyback", t) + "*" + open + "/"
        + tax.x("capOutside", t - 1) + ",0)"
        + (k == md.contributionClass ? "-" + debt.x("contrib", t) : "");
  }

  /**
   * @return the term of class k's flow of year t from the distributions (outside a SCOP): an
   *     ordinary class's share of the ordinary shares' distributions, by its ownership as
   *     subscribed; with distributions paying the claims first (§5.5), a preferred share's or
   *     shareholder loan's payment; else nothing
   */
  private static String duringHold(Model md, int k, int t) {
    boolean ordinary = md.classes.get(k).kind() == EquityClass.Kind.ORDINARY;
    if (!md.paysClaims) {
      return ordinary ? "+" + md.debt.x("dist", t) + "*" + md.ret.abs("own." + k) : "";
    }
    return ordinary ? "+" + md.tax.x("ordDist", t) + "*" + md.ret.abs("own." + k)
        : "+" + md.tax.x("distTo." + k, t);
  }

  /**
   * @return the term of class k's flow of year t from a dividend recapitalisation (§5.13): its
   *     payment at the start of year t + 1, the end of year t (an ordinary class's share of the
   *     ordinary shares' by its ownership as subscribed); empty without a recap
   */
  private static String recapTerm(Model md, int k, int t) {
    if (!md.recap || t >= md.n) {
      return "";
    }
    return "+" + (md.classes.get(k).kind() == EquityClass.Kind.ORDINARY
        ? md.tax.x("rOrd", t + 1) + "*" + md.ret.abs("own." + k) : md.tax.x("rTo." + k, t + 1));
  }

  /** @return the terms of the ordinary classes among {@code classes}, concatenated */
  private static String ordinaryOf(Model md, List<Integer> classes,
      java.util.function.IntFunction<String> term) {
    StringBuilder b = new StringBuilder();
    for (int k : classes) {
      if (md.classes.get(k).kind() == EquityClass.Kind.ORDINARY) {
        b.append(term.apply(k));
      }
    }
    return b.toString();
  }

  private static void party(Model md, String party) {
    Grid g = md.ret;
    Grid debt = md.debt;
    Styles st = md.st;
    int n = md.n;
    String key = DebtSheet.escape(party);
    String x = md.in.xabs("exitYear");
    List<Integer> classes = new ArrayList<>();
    for (int k = 0; k < md.classes.size(); k++) {
      if (md.classes.get(k).holder().equals(party)) {
        classes.add(k);
      }
    }
    List<Integer> loans = new ArrayList<>();
    for (int i = 0; i < md.m; i++) {
      if (md.tranches.get(i).lender().equals(party)) {
        loans.add(i);
      }
    }
    String row = "flows." + party;
    g.formulas(row, "Cash flows: " + party, "€", t -> {
      StringBuilder during = new StringBuilder("0");
      StringBuilder atExit = new StringBuilder("0");
      for (int k : classes) {
        if (md.coop) {
          during.append("+").append(classFlow(md, k, t));
        } else {
          during.append(duringHold(md, k, t));
        }
        atExit.append("+").append(g.abs("toE." + k));
        during.append(recapTerm(md, k, t));
      }
      for (int i : loans) {
        during.append("+").append(debt.x("paidInt." + i, t)).append("+")
            .append(debt.x("paidPrin." + i, t));
        if (debt.has("hpay." + i)) {
          // the hedge's payment goes to its counterparty, not to the lender (methodology §5.11)
          during.append("-").append(debt.x("hpay." + i, t));
        }
        if (debt.has("sw." + i)) {
          during.append("+").append(debt.x("sw." + i, t));
        }
        if (debt.has("draw." + i)) {
          during.append("-").append(debt.x("draw." + i, t));
        }
        if (md.drawnLater(i) && t < n) {
          // lent at the start of year t + 1, the end of year t: the amount less its fee (§5.13)
          during.append("-(").append(debt.x("rDrawn." + i, t + 1)).append("-")
              .append(debt.x("rFee." + i, t + 1)).append(")");
        }
        atExit.append("+").append(g.abs("toT." + i));
      }
      return "IF(" + g.ref("index", t) + "<=" + x + "," + during + ",0)+IF(" + g.ref("index", t)
          + "=" + x + "," + atExit + ",0)";
    }, () -> {
      StringBuilder b = new StringBuilder("0");
      for (int k : classes) {
        b.append("-").append(debt.xabs("equity." + k));
      }
      for (int i : loans) {
        b.append("-(").append(debt.xabs("amount." + i)).append("-").append(debt.xabs("fee." + i))
            .append(")");
      }
      return b.toString();
    }, st.amount, t -> t <= md.exit ? "/returns/" + key + "/flows/" + t : null);
    String range = Grid.col(0) + (g.row(row) + 1) + ":" + Grid.col(n) + (g.row(row) + 1);
    g.scalarFormula("invested." + party, "Paid in: " + party, "€",
        () -> "-SUMIF(" + range + ",\"<0\")", st.amount, "/returns/" + key + "/invested");
    g.scalarFormula("proceeds." + party, "Received: " + party, "€",
        () -> "SUMIF(" + range + ",\">0\")", st.amount, "/returns/" + key + "/proceeds");
    g.scalarFormula("moic." + party, "Multiple: " + party, "x",
        () -> g.abs("proceeds." + party) + "/" + g.abs("invested." + party), st.times,
        "/returns/" + key + "/moic");
    // IRR started from multiple^(1 / D) − 1, D the gap between the cash-weighted mean dates of the
    // inflows and the outflows, as the engine (methodology §8): the default guess of 10 %, and
    // even multiple^(1 / years) − 1, miss a heavy loss whose inflows come early (LibreOffice
    // then gives Err:523); nothing received is a total loss, −100 %, as in the engine
    String idx = g.xrange("index", 0, n);
    String p = g.abs("proceeds." + party);
    String v = g.abs("invested." + party);
    g.scalarFormula("gap." + party, "Years between mean inflow and mean outflow: " + party,
        "years", () -> "IF(OR(" + p + "=0," + v + "=0),0,SUMPRODUCT((" + range + ">0)*" + range
            + "*" + idx + ")/" + p + "+SUMPRODUCT((" + range + "<0)*" + range + "*" + idx + ")/"
            + v + ")", st.number, null);
    String gap = g.abs("gap." + party);
    g.scalarFormula("guess." + party, "IRR guess = multiple^(1 / years between) − 1: " + party,
        "%", () -> "IF(OR(" + p + "=0," + v + "=0),0.1,MIN(10,MAX(-0.99,(" + p + "/" + v
            + ")^(1/IF(" + gap + ">0," + gap + "," + x + "))-1)))", st.rate, null);
    g.scalarFormula("irr." + party, "IRR: " + party, "%",
        () -> "IF(" + p + "=0,-1,IRR(" + range + "," + g.abs("guess." + party) + "))",
        st.rate, "/returns/" + key + "/irr");
  }

  private static void bridge(Model md) {
    Grid g = md.ret;
    Grid debt = md.debt;
    Grid ops = md.ops;
    Styles st = md.st;
    int n = md.n;
    String x = md.in.xabs("exitYear");
    g.heading("Value bridge (where the shareholders' gain comes from)");
    g.scalarFormula("b.fees0", "Fees at closing", "€",
        () -> debt.xabs("txFees") + "+" + debt.xabs("finFees")
            + (DebtSheet.hedged(md) ? "+" + debt.xabs("hedgePremium") : ""), st.amount, null);
    boolean opening = debt.has("blocked0");
    g.scalarFormula("b.nd0", opening ? "Net debt at closing, with the blocked accounts held then"
            : "Net debt at closing", "€",
        () -> debt.x("debtTotal", 0) + "-" + debt.xabs("openingCash")
            + (opening ? "+" + debt.xabs("blocked0") : ""), st.amount, null);
    g.scalarFormula("b.entry", "Equity paid in = EV − net debt + fees", "€",
        () -> debt.xabs("ev") + "-" + g.abs("b.nd0") + "+" + g.abs("b.fees0"), st.amount,
        "/valueBridge/entryEquity");
    if (md.coop) {
      g.scalarFormula("b.contrib", "Members' contributions during the hold", "€",
          () -> "SUMPRODUCT((" + g.xrange("index", 1, n) + "<=" + x + ")*"
              + debt.xrange("contrib", 1, n) + ")", st.amount, null);
    }
    String contributions = md.coop ? "-" + g.abs("b.contrib") : "";
    g.scalarFormula("b.e1", "EBITDA of the exit year", "€",
        () -> "INDEX(" + ops.xrange("ebitda", 1, n) + "," + x + ")", st.amount, null);
    String e0 = debt.xabs("ltm");
    String ok = "AND(" + e0 + ">0," + g.abs("b.e1") + ">0)";
    g.scalarFormula("b.growth", "EBITDA growth", "€",
        () -> "IF(" + ok + "," + debt.xabs("ev") + "/" + e0 + "*(" + g.abs("b.e1") + "-" + e0
            + ")," + g.abs("ev") + "-" + debt.xabs("ev") + ")",
        st.amount, "/valueBridge/ebitdaGrowth");
    g.scalarFormula("b.multiple", "Change of the multiple", "€",
        () -> "IF(" + ok + ",(" + g.abs("ev") + "/" + g.abs("b.e1") + "-" + debt.xabs("ev") + "/"
            + e0 + ")*" + g.abs("b.e1") + ",0)",
        st.amount, "/valueBridge/multipleChange");
    if (md.recap) {
      // a dividend recapitalisation (§5.13): what the shareholders received is a distribution,
      // its upfront fee a fee, not a fall in the deleveraging
      g.scalarFormula("b.recapPaid", "Paid to the shareholders by a recap during the hold", "€",
          () -> "SUMPRODUCT((" + g.xrange("index", 1, n) + "<=" + x + ")*"
              + md.tax.xrange("rPaid", 1, n) + ")", st.amount, null);
      g.scalarFormula("b.recapFees", "Upfront fees of a recap during the hold", "€",
          () -> "SUMPRODUCT((" + g.xrange("index", 1, n) + "<=" + x + ")*"
              + md.tax.xrange("rFees", 1, n) + ")", st.amount, null);
    }
    String recapFees = md.recap ? "+" + g.abs("b.recapFees") : "";
    g.scalarFormula("b.delev", "Deleveraging = net debt at closing − at exit"
            + (md.blocked ? " (with the blocked accounts)" : "")
            + (md.coop ? " − members' contributions" : "")
            + (md.recap ? " + a recap's fees" : ""), "€",
        () -> g.abs("b.nd0") + "-" + g.abs("netDebt") + (md.blocked ? "-" + g.abs("blockedX")
            : "") + contributions + recapFees, st.amount, "/valueBridge/deleveraging");
    g.scalarFormula("b.dist", md.coop ? "Interest on shares paid and buybacks during the hold"
            : "Distributions during the hold", "€",
        () -> "SUMPRODUCT((" + g.xrange("index", 1, n) + "<=" + x + ")*"
            + (md.coop ? "(" + debt.xrange("dist", 1, n) + "+" + debt.xrange("buyback", 1, n)
                + "))" : debt.xrange("dist", 1, n) + ")")
            + (md.recap ? "+" + g.abs("b.recapPaid") : ""),
        st.amount, "/valueBridge/distributions");
    g.scalarFormula("b.fees", "Fees", "€", () -> "-(" + g.abs("b.fees0") + "+" + g.abs("fees")
        + "+" + g.abs("prepay") + recapFees + ")", st.amount, "/valueBridge/fees");
    g.scalarFormula("b.gain", "Gain of the shareholders", "€",
        () -> g.abs("equityValue") + "+" + g.abs("b.dist") + "-" + g.abs("b.entry")
            + contributions,
        st.amountBold, "/valueBridge/equityGain");
  }

  private static String ordinary(Model md, java.util.function.IntFunction<String> term) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < md.classes.size(); k++) {
      if (md.classes.get(k).kind() == EquityClass.Kind.ORDINARY) {
        b.append(term.apply(k));
      }
    }
    return b.toString();
  }
}
