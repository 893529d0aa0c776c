package org.reprise.engine;

import java.util.ArrayList;
import java.util.List;
import org.reprise.model.BaseYear;
import org.reprise.model.Deal;
import org.reprise.model.EquityClass;
import org.reprise.model.Structure;

/**
 * The projected balance sheet of the consolidated group (the holding and the operating company,
 * intra-group items eliminated; the company alone without a holding), at the closing (pro forma,
 * just after the transaction) and at each projected year end (docs/methodology.md §5.12).
 * Amounts in currency units; column 0 is the closing, column t + 1 the end of projected year
 * index t.
 *
 * <p>Every line is read from the run (the closing, the year table, the debt book and the state
 * the engine carries), none is a balancing figure, so that {@link #check} = assets − liabilities −
 * equity is a test of the model: it is zero (to the rounding of the sums) when the group's net
 * income, its cash flows and its balances are consistent.
 *
 * <ul>
 *   <li>Goodwill = price of the shares + transaction fees (capitalised in the cost of the shares,
 *       French GAAP) − the target's book equity at the closing; constant: not amortised, no
 *       impairment test. None for the status quo, where nobody buys.
 *   <li>Fixed assets = the base year's, implied by its balance sheet as everything else (book
 *       equity + financial debt + blocked participation accounts + participation payable − cash −
 *       net working capital), + Σ capex − Σ depreciation.
 *   <li>Net working capital, cash: the year table's.
 *   <li>Deferred financing fees (an asset, not netted against the debt) = the upfront fees paid at
 *       closing − those expensed so far; the caps' premiums the same way.
 *   <li>Debt: each tranche's balance (PIK, capitalised unpaid interest and overdue principal
 *       included); shareholder loans with their accrued coupon, less what distributions repaid;
 *       the employees' blocked participation accounts; the participation and forfait social of
 *       the year, paid the next; a SCOP's work share of the year, paid the next, and the interest
 *       on shares declared and not yet paid. No tax payable: the tax of a year is paid in it.
 *   <li>Equity = capital (every class but the shareholder loans at their amount at entry; a SCOP's
 *       members' capital moves with their contributions and the buybacks; the status quo's, the
 *       base year's book equity; less the share premium paid out, §5.5) + retained earnings (Σ
 *       group net income − Σ distributions to the shares but the premium's; a SCOP's work share
 *       and interest on shares declared are allocations of its surplus).
 * </ul>
 *
 * Immutable; the arrays it returns are copies.
 */
public final class BalanceSheet {

  /**
   * A named row of balances.
   *
   * @param name the tranche's or the equity class's name
   * @param amounts one balance per column, currency units
   */
  public record Line(String name, double[] amounts) {
    public Line {
      amounts = amounts.clone();
    }

    @Override
    public double[] amounts() {
      return amounts.clone();
    }
  }

  private final int[] year;
  private final double[] goodwill;
  private final double[] fixedAssets;
  private final double[] workingCapital;
  private final double[] cash;
  private final double[] deferredFinancingFees;
  private final double[] hedgePremiums;
  private final List<Line> debt;
  private final List<Line> shareholderLoans;
  private final double[] blockedAccounts;
  private final double[] participationPayable;
  private final double[] workSharePayable;
  private final double[] interestOnSharesPayable;
  private final double[] capital;
  private final double[] retainedEarnings;

  private BalanceSheet(int n) {
    int c = n + 1;
    year = new int[c];
    goodwill = new double[c];
    fixedAssets = new double[c];
    workingCapital = new double[c];
    cash = new double[c];
    deferredFinancingFees = new double[c];
    hedgePremiums = new double[c];
    debt = new ArrayList<>();
    shareholderLoans = new ArrayList<>();
    blockedAccounts = new double[c];
    participationPayable = new double[c];
    workSharePayable = new double[c];
    interestOnSharesPayable = new double[c];
    capital = new double[c];
    retainedEarnings = new double[c];
  }

  /**
   * Builds the balance sheet of a run: called once by {@link LboEngine#run} when it assembles the
   * result, never on the Monte Carlo's paths.
   */
  static BalanceSheet of(
      Deal deal, LboEngine.Core core, YearTable y, List<TrancheSchedule> schedules) {
    int n = y.size();
    BalanceSheet b = new BalanceSheet(n);
    Entry entry = core.entry();
    YearSolver solver = core.solver();
    BaseYear base = deal.company().base();
    boolean statusQuo = deal.structure().kind() == Structure.Kind.UNCHANGED;
    double blockedAtClosing = deal.participation().blockedOpeningTotal();
    double participationAtClosing = deal.participation().baseYearDue();

    // the closing
    b.year[0] = base.year();
    double fixedAtClosing = base.bookEquity() + base.financialDebt() + blockedAtClosing
        + participationAtClosing - base.cash() - base.netWorkingCapital();
    double goodwill = statusQuo ? 0.0
        : entry.sourcesAndUses().equityPurchasePrice() + entry.transactionFees() - base.bookEquity();
    b.fixedAssets[0] = fixedAtClosing;
    b.workingCapital[0] = base.netWorkingCapital();
    b.cash[0] = entry.cash();
    b.deferredFinancingFees[0] = entry.financingFees();
    b.hedgePremiums[0] = entry.hedgePremium();
    b.blockedAccounts[0] = blockedAtClosing;
    b.participationPayable[0] = participationAtClosing;

    List<EquityClass> classes = deal.financing().equity();
    double[] amounts = entry.equityAmounts();
    double subscribed = 0.0;
    for (int k = 0; k < classes.size(); k++) {
      subscribed += classes.get(k).kind() == EquityClass.Kind.SHAREHOLDER_LOAN ? 0.0 : amounts[k];
    }
    b.capital[0] = statusQuo ? base.bookEquity() : subscribed;

    // the years
    double fees = b.deferredFinancingFees[0];
    double premiums = b.hedgePremiums[0];
    double[] shl = new double[classes.size()];
    double[][] shlRows = new double[classes.size()][];
    for (int k = 0; k < classes.size(); k++) {
      if (classes.get(k).kind() == EquityClass.Kind.SHAREHOLDER_LOAN) {
        shl[k] = amounts[k];
        shlRows[k] = new double[n + 1];
        shlRows[k][0] = amounts[k];
      }
    }
    boolean coop = deal.isCooperative();
    // the distributions' payments to each class (outside a SCOP, when the deal distributes)
    double[][] flows = solver.classFlows;
    boolean paidToClasses = !coop && flows.length == classes.size();
    double[] declared = solver.interestOnSharesDeclared;
    double owedToMembers = 0.0;
    // a dividend recapitalisation at the start of a year (§5.13): debt up, its fee deferred, the
    // shareholder loans repaid and the dividends out of the retained earnings
    RecapRows recap = y.recap();
    PremiumRows premium = y.premium();
    for (int t = 0; t < n; t++) {
      int c = t + 1;
      b.year[c] = y.year[t];
      b.goodwill[c] = goodwill;
      b.fixedAssets[c] = b.fixedAssets[t] + y.capex[t] - y.depreciation[t];
      b.workingCapital[c] = y.workingCapital[t];
      b.cash[c] = y.cash[t];
      fees += (recap == null ? 0.0 : recap.fees[t]) - y.feeAmortisation[t];
      premiums -= y.hedgePremiumAmortisation[t];
      b.deferredFinancingFees[c] = fees;
      b.hedgePremiums[c] = premiums;
      b.blockedAccounts[c] = y.blockedAccounts[t];
      b.participationPayable[c] = y.participation[t] + y.forfaitSocial[t];
      double loanRepaid = 0.0;
      for (int k = 0; k < classes.size(); k++) {
        if (shlRows[k] != null) {
          double repaid = paidToClasses ? flows[k][t] : 0.0;
          double atStart = recap == null ? 0.0 : recap.toClass[k][t];
          shl[k] = (shl[k] - atStart) * (1.0 + classes.get(k).coupon()) - repaid;
          shlRows[k][c] = shl[k];
          loanRepaid += repaid;
        }
      }
      double retained = b.retainedEarnings[t] + y.netIncome[t];
      if (coop) {
        // the surplus's allocations: the work share and the interest on shares declared (§5.10)
        b.workSharePayable[c] = y.workShare[t];
        owedToMembers += declared[t] - y.distributions[t];
        b.interestOnSharesPayable[c] = owedToMembers;
        retained -= y.workShare[t] + declared[t];
        b.capital[c] = b.capital[t] + y.memberContributions[t] - y.buybacks[t];
      } else {
        retained -= y.distributions[t] - loanRepaid;
        if (recap != null) {
          retained -= recap.paid[t] - recap.shareholderLoansRepaid[t];
        }
        b.capital[c] = b.capital[t];
        if (premium != null) {
          // the share premium paid out is a return of the contributions: it comes off the
          // capital paid in (its premium included), not off the retained earnings (§5.5)
          retained += premium.paid(t);
          b.capital[c] -= premium.paid(t);
        }
      }
      b.retainedEarnings[c] = retained;
    }
    b.goodwill[0] = goodwill;
    for (int i = 0; i < schedules.size(); i++) {
      TrancheSchedule s = schedules.get(i);
      double[] row = new double[n + 1];
      row[0] = s.initialAmount();
      System.arraycopy(s.closing(), 0, row, 1, n);
      b.debt.add(new Line(s.name(), row));
    }
    for (int k = 0; k < classes.size(); k++) {
      if (shlRows[k] != null) {
        b.shareholderLoans.add(new Line(classes.get(k).name(), shlRows[k]));
      }
    }
    return b;
  }

  /** @return the number of columns: the closing and each projected year end */
  public int columns() {
    return year.length;
  }

  /**
   * @return the calendar year of each column: the base year for the closing (column 0), then the
   *     projected years
   */
  public int[] year() {
    return year.clone();
  }

  /** @return goodwill: price of the shares + transaction fees − book equity acquired */
  public double[] goodwill() {
    return goodwill.clone();
  }

  /** @return net fixed assets */
  public double[] fixedAssets() {
    return fixedAssets.clone();
  }

  /** @return net working capital */
  public double[] workingCapital() {
    return workingCapital.clone();
  }

  /** @return cash of the group (negative: an overdraft) */
  public double[] cash() {
    return cash.clone();
  }

  /** @return the upfront financing fees not yet expensed */
  public double[] deferredFinancingFees() {
    return deferredFinancingFees.clone();
  }

  /** @return the caps' premiums not yet expensed */
  public double[] hedgePremiums() {
    return hedgePremiums.clone();
  }

  /** @return each tranche's balance, in seniority order (the debt schedules' order) */
  public List<Line> debt() {
    return List.copyOf(debt);
  }

  /** @return each shareholder loan's balance, accrued coupon included, in the deal's order */
  public List<Line> shareholderLoans() {
    return List.copyOf(shareholderLoans);
  }

  /** @return the employees' blocked participation accounts */
  public double[] blockedAccounts() {
    return blockedAccounts.clone();
  }

  /** @return the participation and its forfait social of the year, paid the next year */
  public double[] participationPayable() {
    return participationPayable.clone();
  }

  /** @return a SCOP's work share of the year, paid the next year (0 outside a SCOP) */
  public double[] workSharePayable() {
    return workSharePayable.clone();
  }

  /** @return a SCOP's interest on shares declared and not yet paid (0 outside a SCOP) */
  public double[] interestOnSharesPayable() {
    return interestOnSharesPayable.clone();
  }

  /** @return the capital: equity at entry (a SCOP's members' capital as it moves) */
  public double[] capital() {
    return capital.clone();
  }

  /** @return retained earnings: Σ net income − Σ distributions (a SCOP's allocations) */
  public double[] retainedEarnings() {
    return retainedEarnings.clone();
  }

  /** @return total assets of each column */
  public double[] totalAssets() {
    double[] a = new double[year.length];
    for (int c = 0; c < a.length; c++) {
      a[c] = goodwill[c] + fixedAssets[c] + workingCapital[c] + cash[c]
          + deferredFinancingFees[c] + hedgePremiums[c];
    }
    return a;
  }

  /** @return total liabilities of each column (every line but the equity) */
  public double[] totalLiabilities() {
    double[] l = new double[year.length];
    for (int c = 0; c < l.length; c++) {
      double sum = blockedAccounts[c] + participationPayable[c] + workSharePayable[c]
          + interestOnSharesPayable[c];
      for (Line d : debt) {
        sum += d.amounts[c];
      }
      for (Line s : shareholderLoans) {
        sum += s.amounts[c];
      }
      l[c] = sum;
    }
    return l;
  }

  /** @return equity = capital + retained earnings */
  public double[] equity() {
    double[] e = new double[year.length];
    for (int c = 0; c < e.length; c++) {
      e[c] = capital[c] + retainedEarnings[c];
    }
    return e;
  }

  /**
   * @return assets − liabilities − equity of each column: zero but for the rounding of the sums
   *     (a few ULPs of the amounts) when the model's statements are consistent
   */
  public double[] check() {
    double[] a = totalAssets();
    double[] l = totalLiabilities();
    double[] e = equity();
    double[] r = new double[a.length];
    for (int c = 0; c < r.length; c++) {
      r[c] = a[c] - l[c] - e[c];
    }
    return r;
  }
}
