package org.reprise.engine;

import java.util.ArrayList;
import java.util.List;
import org.reprise.model.Deal;
import org.reprise.model.EquityClass;
import org.reprise.model.Valuation;

/**
 * The sale at the end of the exit year and the distribution of its proceeds (docs/methodology.md,
 * "Exit").
 *
 * <p>Proceeds available = exit EV − exit fees + cash (a SCOP, not sold, pays no fee and its claims
 * in full while its value covers them, the members up to the nominal of their shares and the
 * interest on shares owed to them). They pay, in order: the operating company's
 * tranches (revolver first, then in deal-file order; the members of a pari passu group together,
 * pro rata to their claims when the proceeds fall short), the holding's tranches (same rule), the
 * preferred shares and shareholder loans in deal-file order (principal + coupon accrued at
 * (1 + coupon)^years), and the ordinary shares pro rata to their ownership shares.
 */
final class ExitWaterfall {

  /** Amount paid at exit per tranche. */
  final double[] toTranche;
  /** Amount paid at exit per equity class. */
  final double[] toEquity;
  /** Ownership share of each ordinary class as subscribed (0 for the others). */
  final double[] ownership;
  /**
   * Each ordinary class's share of the exit proceeds: {@link #ownership}, or after the management
   * ratchet when the deal has one (§7.1).
   */
  final double[] exitOwnership;
  /** The ratchet at the exit, or null when the deal has none. */
  private final RatchetRule ratchet;
  /**
   * Equity value = EV − exit fees − prepayment fees − net debt − blocked participation accounts
   * (may be negative).
   */
  final double equityValue;
  /** The employees' blocked participation accounts at the exit, and what the proceeds pay. */
  final double blockedAccounts;
  final double blockedAccountsPaid;
  /** The lenders' prepayment fees on the debt repaid at the exit (their contractual claims). */
  final double prepaymentFees;

  private final Deal deal;
  private final DebtBook book;
  private final int calendarYear;
  /** The EBITDA the exit values (before any short-time working saving, §7). */
  final double ebitda;
  private final double ev;
  private final double fees;
  private final double debt;
  private final double cash;
  /** What each tranche and each equity class claimed (the ordinary shares: what they received). */
  private final double[] trancheClaim;
  private final double[] equityClaim;

  /**
   * @param capital a cooperative's members' capital at exit, by class
   * @param claims the preferred shares' and shareholder loans' claims at the end of the exit year
   *     when distributions during the hold may have reduced them; null for the closed form, amount
   *     × (1 + coupon)^years
   * @param coopOwed a cooperative's interest on shares still owed to its members at the exit
   * @param classFlows the classes' flows during the hold when the year solver kept them (see
   *     {@link PartyReturns#addClass}); read by the ratchet only
   */
  ExitWaterfall(
      Deal deal, Entry entry, DebtBook book, YearTable y, int exitYear, double[] capital,
      double[] claims, double coopOwed, double[][] classFlows) {
    this.deal = deal;
    this.book = book;
    int x = exitYear - 1;
    calendarYear = y.year[x];
    // after a payment default of the hold, the distressed value when the deal gives one (§7)
    boolean defaulted = false;
    for (int t = 0; t < exitYear; t++) {
      defaulted |= y.defaulted[t];
    }
    Valuation v = deal.exit().valueFor(defaulted);
    // the EBITDA the buyer values: before any short-time working saving, a temporary relief
    // (review 18, finding 2; bit for bit the year's EBITDA when there is none)
    int valued = v.isForward() ? x + 1 : x;
    ebitda = deal.operations().normalisedEbitda(valued, y.ebitda[valued]);
    // no buyer pays a negative price: a multiple of a negative EBITDA values the company at 0
    // (review 16, finding 6), and its cash still goes to the lenders first (§7)
    ev = Math.max(0.0, v.basis() == Valuation.Basis.AMOUNT ? v.value() : v.value() * ebitda);
    boolean coop = deal.isCooperative();
    // fees are a share of a sale's price: never income when the value is negative, and none when
    // nobody sells (a SCOP, the status quo, a buyout its owners keep): a valuation is not charged
    // what a sale would cost, so that every scenario kept is valued alike (review 37, W3)
    fees = deal.soldAtExit() ? Math.max(0.0, deal.exit().feeShare() * ev) : 0.0;
    double debtSum = 0.0;
    for (int i = 0; i < book.m; i++) {
      debtSum += book.closing[i][x];
    }
    debt = debtSum;
    cash = y.cash[x];
    // what the claims can be paid from; a SCOP, not sold, pays its claims in full while what it
    // is worth covers them, and in the same order of priority up to that worth when it does not
    // (an insolvent cooperative's lenders and members bear the loss, §5.10)
    double pool = Math.max(0.0, ev - fees + cash);
    // the employees' blocked participation accounts stay a liability of the company, which the
    // buyer takes over: they come off the price before the lenders are repaid (§5.8, §7)
    blockedAccounts = y.blockedAccounts[x];
    blockedAccountsPaid = Math.min(pool, blockedAccounts);
    pool -= blockedAccountsPaid;
    toTranche = new double[book.m];
    trancheClaim = new double[book.m];
    for (int k = 0; k < book.m; k++) {
      int i = book.priority[k];
      // a pari passu group's members share what the proceeds can pay pro rata to their claims
      int end = k + 1;
      while (book.pariPassu && end < book.m && book.group[book.priority[end]] == book.group[i]) {
        end++;
      }
      double owed = 0.0;
      for (int a = k; a < end; a++) {
        int j = book.priority[a];
        trancheClaim[j] = claimAtExit(j, x, coop);
        owed += trancheClaim[j];
      }
      double paidAll = Math.min(pool, owed);
      pool -= paidAll;
      for (int a = k; a < end; a++) {
        int j = book.priority[a];
        double claim = trancheClaim[j];
        toTranche[j] = paidAll == owed ? claim : paidAll * (claim / owed);
      }
      k = end - 1;
    }
    List<EquityClass> classes = deal.financing().equity();
    double[] invested = entry.equityAmounts();
    toEquity = new double[classes.size()];
    equityClaim = new double[classes.size()];
    for (int k = 0; k < classes.size(); k++) {
      EquityClass c = classes.get(k);
      if (c.kind() != EquityClass.Kind.ORDINARY) {
        double claim =
            claims != null ? claims[k] : invested[k] * Math.pow(1.0 + c.coupon(), exitYear);
        double paid = Math.min(pool, claim);
        pool -= paid;
        toEquity[k] = paid;
        equityClaim[k] = claim;
      }
    }
    ownership = ownership(classes, invested);
    if (coop) {
      // members' shares are repaid at nominal value, with the interest on shares still owed to
      // them (pro rata to their capital), as far as what is left covers them (pro rata to those
      // claims); the reserves, what is left beyond, stay in the cooperative
      double members = 0.0;
      for (int k = 0; k < classes.size(); k++) {
        if (classes.get(k).kind() == EquityClass.Kind.ORDINARY) {
          members += capital[k];
        }
      }
      double membersClaim = members + (members > 0.0 ? coopOwed : 0.0);
      double covered = membersClaim > pool ? pool / membersClaim : 1.0;
      for (int k = 0; k < classes.size(); k++) {
        if (classes.get(k).kind() == EquityClass.Kind.ORDINARY) {
          double claim = capital[k] + (members > 0.0 ? coopOwed * capital[k] / members : 0.0);
          toEquity[k] = covered * claim;
          equityClaim[k] = claim;
        }
      }
      pool = 0.0;
    }
    // the management ratchet moves ordinary shares to its beneficiary at the exit (§7.1)
    if (deal.financing().ratchet() != null && !coop) {
      String investor = investor(deal, invested);
      double[] f = new double[exitYear + 1];
      for (int k = 0; k < classes.size(); k++) {
        if (classes.get(k).holder().equals(investor)) {
          // the ordinary shares' exit proceeds are still 0 here: the rule adds them
          PartyReturns.addClass(k, classes.get(k), invested[k], y, this, exitYear, classFlows, f);
        }
      }
      ratchet = new RatchetRule(deal, ownership, f, pool, investor);
      exitOwnership = ratchet.exitOwnership;
    } else {
      ratchet = null;
      exitOwnership = ownership;
    }
    for (int k = 0; k < classes.size(); k++) {
      if (classes.get(k).kind() == EquityClass.Kind.ORDINARY) {
        if (!coop) {
          toEquity[k] = pool * exitOwnership[k];
          equityClaim[k] = toEquity[k];
        }
      }
    }
    double premiums = 0.0;
    for (int i = 0; i < book.m; i++) {
      premiums += trancheClaim[i] - Math.max(0.0, book.closing[i][x]);
    }
    prepaymentFees = premiums;
    equityValue = ev - fees - premiums - (debt - cash) - blockedAccounts;
  }

  /**
   * @return the ratchet's investor: the one the deal names, or the largest investor at closing
   *     among the holders other than the beneficiary, all its classes together (the first in file
   *     order on a tie)
   */
  static String investor(Deal deal, double[] invested) {
    String named = deal.financing().ratchet().investor();
    if (named != null) {
      return named;
    }
    String beneficiary = deal.financing().ratchet().beneficiary();
    List<EquityClass> classes = deal.financing().equity();
    java.util.Map<String, Double> money = new java.util.LinkedHashMap<>();
    for (int k = 0; k < classes.size(); k++) {
      if (!classes.get(k).holder().equals(beneficiary)) {
        money.merge(classes.get(k).holder(), invested[k], Double::sum);
      }
    }
    String best = null;
    for (java.util.Map.Entry<String, Double> e : money.entrySet()) {
      if (best == null || e.getValue() > money.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }

  /**
   * @return true when every tranche is paid its claim at the exit, within half a cent (the same
   *     test as {@link ExitResult#paysEveryTranche} on the waterfall lines, without building them)
   */
  boolean paysEveryTranche() {
    for (int i = 0; i < book.m; i++) {
      if (toTranche[i] < trancheClaim[i] - ExitResult.PAID_IN_FULL) {
        return false;
      }
    }
    return true;
  }

  /**
   * What tranche i claims at the exit: its balance, plus its prepayment fee of the exit year on
   * that balance (methodology §7). A SCOP is not sold: its debt is valued at par.
   */
  private double claimAtExit(int i, int x, boolean coop) {
    double balance = Math.max(0.0, book.closing[i][x]);
    return coop ? balance : balance * (1.0 + book.tranches.get(i).prepaymentFee()[x]);
  }

  /**
   * @return the exit as a result record, with its waterfall lines: the tranches in order of payment
   *     priority, then the preferred shares and shareholder loans, then the ordinary shares (built
   *     on demand: the Monte Carlo reads only the amounts)
   */
  ExitResult result() {
    List<ExitResult.WaterfallLine> lines = new ArrayList<>();
    for (int k = 0; k < book.m; k++) {
      int i = book.priority[k];
      lines.add(
          new ExitResult.WaterfallLine(
              book.tranches.get(i).name(), book.tranches.get(i).lender(), trancheClaim[i],
              toTranche[i]));
    }
    List<EquityClass> classes = deal.financing().equity();
    for (int k = 0; k < classes.size(); k++) {
      EquityClass c = classes.get(k);
      if (c.kind() != EquityClass.Kind.ORDINARY) {
        lines.add(new ExitResult.WaterfallLine(c.name(), c.holder(), equityClaim[k], toEquity[k]));
      }
    }
    for (int k = 0; k < classes.size(); k++) {
      EquityClass c = classes.get(k);
      if (c.kind() == EquityClass.Kind.ORDINARY) {
        lines.add(new ExitResult.WaterfallLine(c.name(), c.holder(), equityClaim[k], toEquity[k]));
      }
    }
    return new ExitResult(
        calendarYear,
        ebitda,
        ebitda > 0.0 ? ev / ebitda : Double.NaN,
        ev,
        fees,
        prepaymentFees,
        debt,
        cash,
        debt - cash,
        equityValue,
        lines,
        blockedAccounts,
        blockedAccountsPaid,
        ratchet == null ? null : ratchet.outcome());
  }

  /**
   * Ownership of the ordinary equity: the shares given in the deal, or pro rata to the amounts
   * invested in ordinary shares.
   */
  static double[] ownership(List<EquityClass> classes, double[] invested) {
    double[] own = new double[classes.size()];
    double total = 0.0;
    boolean given = false;
    for (int k = 0; k < classes.size(); k++) {
      EquityClass c = classes.get(k);
      if (c.kind() == EquityClass.Kind.ORDINARY) {
        given |= !Double.isNaN(c.ownershipShare());
        total += invested[k];
      }
    }
    for (int k = 0; k < classes.size(); k++) {
      EquityClass c = classes.get(k);
      if (c.kind() == EquityClass.Kind.ORDINARY) {
        own[k] = given ? c.ownershipShare() : (total > 0.0 ? invested[k] / total : 0.0);
      }
    }
    return own;
  }
}
