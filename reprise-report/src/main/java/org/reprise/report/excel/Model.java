package org.reprise.report.excel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.reprise.engine.PaymentOrder;
import org.reprise.model.Deal;
import org.reprise.model.EquityClass;
import org.reprise.model.Tranche;

/**
 * The workbook being written: the deal, the sheets and the static facts the formulas are laid out
 * from (the order in which the tranches are paid and swept, the parties).
 */
final class Model {
  final Deal deal;
  final int n;
  final int exit;
  /** True for interest on the average balance. */
  final boolean average;
  /** True when a holding company carries the acquisition debt. */
  final boolean holding;
  /** True for a holding in a tax group with the operating company. */
  final boolean taxGroup;
  /**
   * True when the year is a fixed point (average-balance interest; a holding, whose add-back on
   * the dividends it receives, the quote-part de frais et charges, depends on the dividend): solved
   * by {@link #PASSES} passes written out in full (fixed-point iteration, no circular reference).
   */
  final boolean iterated;
  /** True for a worker cooperative (SCOP, methodology §5.10). */
  final boolean coop;
  /** True when the participation is kept in blocked current accounts (methodology §5.8). */
  final boolean blocked;
  /**
   * A SCOP's class that receives the members' contributions: its first ordinary class held by an
   * employee member (as the engine), or -1.
   */
  final int contributionClass;
  /**
   * True when the distributions during the hold pay the preferred shares and shareholder loans
   * first, each up to its claim accrued to the year end, then the ordinary shares (methodology
   * §5.5, 3.): a deal outside a SCOP that distributes and has such a class. The claims then follow
   * the payments year by year (the Tax sheet's accrued balances), and the exit takes the exit
   * year's claim instead of the closed form amount × (1 + coupon)^years.
   */
  final boolean paysClaims;
  /**
   * True when the distributions' lock-up (methodology §5.5) is laid out: the deal distributes
   * under the lock-up with covenants or payment conditions beyond a debt service cover. In a
   * workbook of one pass (interest on the opening balances, no holding, no SCOP) nothing in the
   * year before its distribution depends on it, so the year solved again without it or with less
   * is the same year but for its closing cash: the Debt sheet tests it in closed form. In a
   * workbook of several passes each attempt of the engine at a year is its own fixed point, laid
   * out as its own passes ({@link #attempts}).
   */
  final boolean lockUp;
  /**
   * True when the lock-up's attempts at a distribution cut down to a leverage level are laid out
   * (a workbook of several passes whose deal has a leverage covenant in some year or a
   * permitted-payment leverage level): with none, a year locked up distributes nothing.
   */
  final boolean capAttempts;
  /**
   * The attempt of the lock-up this view lays out in a workbook of several passes ({@link
   * #ASKED}, {@link #NONE}, or {@link #CAPPED} + j for the j-th cut-down), or {@link #MAIN} for
   * the year as finally solved.
   */
  final int attempt;

  /** The year as finally solved (not an attempt). */
  static final int MAIN = -1;
  /** The attempt with the distribution asked (the engine's first solve of the year). */
  static final int ASKED = 0;
  /** The attempt with no distribution (LboEngine.lockUp's solveLockedUp). */
  static final int NONE = 1;
  /** The first attempt cut down to the leverage level (LboEngine.lockUp's solveCapped). */
  static final int CAPPED = 2;
  /** The attempts cut down to the leverage level (LboEngine.CAP_ATTEMPTS). */
  static final int CAP_ATTEMPTS = 3;
  /** True when the covenants' drawstop stops the revolvers the year after a breach or a default. */
  final boolean drawstop;
  /**
   * True when a tranche is drawn during the hold and paid to the shareholders (a dividend
   * recapitalisation, financing.debt[].drawnIn, methodology §5.13).
   */
  final boolean recap;
  /**
   * True when the deal gives a share premium (structure.sharePremium above 0, methodology §5.5):
   * the company paying the dividends (the holding, or the company itself under a push-down) may
   * distribute it beside its reserves, after them; the Tax sheet lays out what is left of it.
   */
  final boolean premium;
  /**
   * True when the Debt sheet tests the covenants each year (for the lock-up, the drawstop, or a
   * recap, which no lender funds the year after a breach or a default).
   */
  final boolean tests;

  /**
   * Passes of the fixed-point iteration of the year. Each pass multiplies the error by the slope of
   * the year's map, about rate / 2 × sweep share × (1 − tax rate) for the interest and the taxed
   * share of dividends × tax rate for the upstream, a few hundredths: twelve passes reach the
   * double-precision fixed point of the engine.
   */
  static final int PASSES = 12;
  final Styles st;
  final List<Check> checks = new ArrayList<>();
  final Grid in;
  final Grid ops;
  /** The Debt sheet being laid out: the final one, or a pass of the average-balance interest. */
  final Grid debt;
  /** The Tax sheet being laid out (same pass as {@link #debt}). */
  final Grid tax;
  /**
   * The Debt sheet of the previous pass, whose closing balances and cash are this pass's guess of
   * the year-end values; {@code null} in the first pass (the guess is the opening values).
   */
  final Grid guess;
  /** The Tax sheet of the previous pass (its dividend is this pass's guess), or {@code null}. */
  final Grid guessTax;
  /** The final Debt and Tax sheets. */
  final Grid finalDebt;
  final Grid finalTax;
  final Grid ret;
  final Grid va;
  /** The earlier passes (Debt, Tax) of the average-balance interest, hidden. */
  final List<Grid[]> passes = new ArrayList<>();
  /**
   * In a workbook of several passes under the lock-up, per attempt (indexed by {@link #ASKED},
   * {@link #NONE}, {@link #CAPPED} + j), its {@link #PASSES} passes (Debt, Tax), hidden: each year
   * of them opens from the year before of the final Debt and Tax sheets; empty otherwise.
   */
  final List<List<Grid[]>> attempts = new ArrayList<>();
  /** The column being written, shared by every grid (Grid.opensFrom). */
  final Grid.Cursor cursor;
  final List<Tranche> tranches;
  /**
   * Per tranche, the year index in which the engine's run wrote off the rest of its upfront fee
   * (the loan repaid early, methodology §3), 0 for none: an input of the workbook.
   */
  final int[] feeWrittenOff;
  /**
   * The management ratchet's investor, the holder whose return its tiers test (the deal's, or the
   * one the engine found: the largest investor at closing, methodology §7.1); null without a
   * ratchet.
   */
  final String ratchetInvestor;
  final List<EquityClass> classes;
  final int m;
  /** Tranche indexes in order of payment: the operating company's, then the holding's; revolvers
   * first in each. */
  final int[] priority;
  /** Tranche indexes that take part in the sweep, in sweep order. */
  final int[] sweepOrder;
  /**
   * Per tranche, the first tranche (in order of payment) of the pari passu group it shares its
   * payments with, or -1 when it ranks alone (financing.debt[].pariPassu, methodology §5.3).
   */
  final int[] paidWith;
  /** Per tranche, the last tranche of its group in order of payment, or -1 when alone. */
  final int[] paidLast;
  /** The same as {@link #paidWith} in sweep order: the group's first sweeping member, or -1. */
  final int[] sweptWith;
  /** The same as {@link #paidLast} in sweep order. */
  final int[] sweptLast;
  /** Parties in the engine's order (equity holders by class, then lenders), and their role. */
  final Map<String, String> parties = new LinkedHashMap<>();

  Model(XSSFWorkbook wb, Deal deal, int[] feeWrittenOff, String ratchetInvestor) {
    this.deal = deal;
    this.feeWrittenOff = feeWrittenOff.clone();
    this.ratchetInvestor = ratchetInvestor;
    this.n = deal.years();
    this.exit = deal.exit().year();
    this.average = deal.interestBasis() == Deal.InterestBasis.AVERAGE;
    this.holding = deal.structure().hasHolding();
    this.taxGroup = holding && deal.structure().taxGroup();
    this.coop = deal.isCooperative();
    this.blocked = deal.participation().blocked();
    // a SCOP's work share and investment provision depend on the year's tax (§5.10)
    this.iterated = average || holding || coop;
    this.st = new Styles(wb);
    this.tranches = deal.financing().debt();
    this.classes = deal.financing().equity();
    this.m = tranches.size();
    int contribution = -1;
    for (int k = 0; coop && k < classes.size() && contribution < 0; k++) {
      if (deal.cooperative().isEmployee(classes.get(k).holder())
          && classes.get(k).kind() == EquityClass.Kind.ORDINARY) {
        contribution = k;
      }
    }
    this.contributionClass = contribution;
    this.paysClaims = !coop && deal.financing().distributionShare() > 0.0
        && classes.stream().anyMatch(c -> c.kind() != EquityClass.Kind.ORDINARY);
    this.lockUp = ExcelModel.testedLockUp(deal);
    this.capAttempts = lockUp && iterated && hasLevel(deal);
    this.attempt = MAIN;
    this.drawstop = deal.covenants().drawstop();
    this.recap = deal.financing().debt().stream().anyMatch(Tranche::drawnLater);
    this.premium = !coop && deal.structure().sharePremium() > 0.0;
    this.tests = lockUp || drawstop || recap;
    in = new Grid(wb, "Inputs", n, st, checks);
    ops = new Grid(wb, "Operations", n, st, checks);
    finalDebt = new Grid(wb, "Debt", n, st, checks);
    finalTax = new Grid(wb, "Tax", n, st, checks);
    debt = finalDebt;
    tax = finalTax;
    guess = null;
    guessTax = null;
    ret = new Grid(wb, "Returns", n, st, checks);
    va = new Grid(wb, "Value added", n, st, checks);
    this.cursor = new Grid.Cursor();
    if (iterated) {
      for (int k = 1; k < PASSES; k++) {
        passes.add(hiddenPass(wb, " (pass " + k + ")", null));
      }
    }
    if (lockUp && iterated) {
      int count = capAttempts ? CAPPED + CAP_ATTEMPTS : NONE;
      for (int a = 0; a < count; a++) {
        List<Grid[]> chain = new ArrayList<>();
        for (int k = 1; k <= PASSES; k++) {
          chain.add(hiddenPass(wb, " (" + attemptName(a) + ", pass " + k + ")", this));
        }
        attempts.add(chain);
      }
    }
    for (Grid g : List.of(in, ops, finalDebt, finalTax, ret, va)) {
      g.share(cursor);
    }
    // with pari passu groups, each group's members next to each other, as the engine's DebtBook
    boolean pariPassu = !deal.financing().pariPassu().isEmpty();
    int[] group = deal.financing().rankGroups();
    priority = pariPassu ? PaymentOrder.priority(tranches, group) : PaymentOrder.priority(tranches);
    sweepOrder = pariPassu ? PaymentOrder.sweepOrder(tranches, group)
        : PaymentOrder.sweepOrder(tranches);
    paidWith = new int[m];
    paidLast = new int[m];
    sweptWith = new int[m];
    sweptLast = new int[m];
    groups(priority, group, pariPassu, paidWith, paidLast);
    groups(sweepOrder, group, pariPassu, sweptWith, sweptLast);
    for (EquityClass c : classes) {
      role(c.holder(), "equity");
    }
    for (Tranche t : tranches) {
      role(t.lender(), "lender");
    }
  }

  /**
   * @return a hidden Debt and Tax sheet of one pass, not checked (the final sheets are), named
   *     with {@code suffix}; an attempt's ({@code opening} not null) open each year from the year
   *     before of the final sheets
   */
  private Grid[] hiddenPass(XSSFWorkbook wb, String suffix, Model opening) {
    List<Check> ignored = new ArrayList<>();
    Grid d = new Grid(wb, "Debt" + suffix, n, st, ignored);
    Grid t = new Grid(wb, "Tax" + suffix, n, st, ignored);
    wb.setSheetHidden(wb.getSheetIndex(d.sheet), true);
    wb.setSheetHidden(wb.getSheetIndex(t.sheet), true);
    if (opening != null) {
      d.opensFrom(opening.finalDebt, cursor);
      t.opensFrom(opening.finalTax, cursor);
    } else {
      d.share(cursor);
      t.share(cursor);
    }
    return new Grid[] {d, t};
  }

  /** @return the short name of attempt {@code a} in its sheets' names */
  static String attemptName(int a) {
    return a == ASKED ? "asked" : a == NONE ? "none" : "cut " + (a - CAPPED + 1);
  }

  /**
   * @return true when some year of the hold has a leverage covenant or the deal a
   *     permitted-payment leverage level: a distribution locked up may then be cut down to it
   */
  private static boolean hasLevel(Deal deal) {
    if (!Double.isNaN(deal.financing().paymentConditions().maxNetLeverage())) {
      return true;
    }
    for (double v : deal.covenants().maxNetLeverage()) {
      if (!Double.isNaN(v)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Finds the runs of two or more consecutive tranches of {@code order} in the same pari passu
   * group: for each member, the run's first and last tranche; -1 for a tranche alone (or not in
   * {@code order}).
   */
  private static void groups(int[] order, int[] group, boolean pariPassu, int[] first,
      int[] last) {
    java.util.Arrays.fill(first, -1);
    java.util.Arrays.fill(last, -1);
    for (int a = 0; pariPassu && a < order.length; ) {
      int end = a + 1;
      while (end < order.length && group[order[end]] == group[order[a]]) {
        end++;
      }
      if (end - a > 1) {
        for (int b = a; b < end; b++) {
          first[order[b]] = order[a];
          last[order[b]] = order[end - 1];
        }
      }
      a = end;
    }
  }

  /** @return true when tranche i is drawn during the hold (a dividend recapitalisation, §5.13) */
  boolean drawnLater(int i) {
    return tranches.get(i).drawnLater();
  }

  /** @return true when tranche i is borrowed by the holding */
  boolean isHolding(int i) {
    return tranches.get(i).borrower() == Tranche.Borrower.HOLDING;
  }

  /** A view of this model laying out one pass: its Debt and Tax sheets and its guess. */
  private Model(Model m, Grid debt, Grid tax, Grid guess, Grid guessTax, int attempt) {
    this.deal = m.deal;
    this.n = m.n;
    this.exit = m.exit;
    this.average = m.average;
    this.holding = m.holding;
    this.taxGroup = m.taxGroup;
    this.iterated = m.iterated;
    this.coop = m.coop;
    this.blocked = m.blocked;
    this.contributionClass = m.contributionClass;
    this.paysClaims = m.paysClaims;
    this.lockUp = m.lockUp;
    this.capAttempts = m.capAttempts;
    this.attempt = attempt;
    this.cursor = m.cursor;
    this.attempts.addAll(m.attempts);
    this.drawstop = m.drawstop;
    this.recap = m.recap;
    this.premium = m.premium;
    this.tests = m.tests;
    this.guessTax = guessTax;
    this.st = m.st;
    this.in = m.in;
    this.ops = m.ops;
    this.debt = debt;
    this.tax = tax;
    this.guess = guess;
    this.finalDebt = m.finalDebt;
    this.finalTax = m.finalTax;
    this.ret = m.ret;
    this.va = m.va;
    this.tranches = m.tranches;
    this.feeWrittenOff = m.feeWrittenOff;
    this.ratchetInvestor = m.ratchetInvestor;
    this.classes = m.classes;
    this.m = m.m;
    this.priority = m.priority;
    this.sweepOrder = m.sweepOrder;
    this.paidWith = m.paidWith;
    this.paidLast = m.paidLast;
    this.sweptWith = m.sweptWith;
    this.sweptLast = m.sweptLast;
    this.parties.putAll(m.parties);
  }

  /** @return the view that lays out the given Debt and Tax sheets with {@code guess} */
  Model pass(Grid debt, Grid tax, Grid guess, Grid guessTax) {
    return new Model(this, debt, tax, guess, guessTax, MAIN);
  }

  /** @return the view that lays out a pass of the lock-up's attempt {@code a} */
  Model attemptPass(int a, Grid debt, Grid tax, Grid guess, Grid guessTax) {
    return new Model(this, debt, tax, guess, guessTax, a);
  }

  /** @return the last pass's Debt sheet of the lock-up's attempt {@code a} */
  Grid attemptDebt(int a) {
    return attempts.get(a).get(PASSES - 1)[0];
  }

  private void role(String party, String role) {
    String known = parties.get(party);
    parties.put(party, known == null || known.equals(role) ? role : "equity+lender");
  }

  void flush() {
    for (Grid g : List.of(in, ops, finalDebt, finalTax, ret, va)) {
      g.flush();
    }
    for (Grid[] p : passes) {
      p[0].flush();
      p[1].flush();
    }
    for (List<Grid[]> chain : attempts) {
      for (Grid[] p : chain) {
        p[0].flush();
        p[1].flush();
      }
    }
  }
}
