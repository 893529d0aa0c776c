package org.reprise.io.result;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reprise.engine.DealResult;
import org.reprise.engine.DebtAfterHorizon;
import org.reprise.engine.ExitResult;
import org.reprise.engine.Seller;
import org.reprise.engine.SourcesAndUses;
import org.reprise.engine.TrancheSchedule;
import org.reprise.engine.WhoPays;
import org.reprise.engine.YearTable;
import org.reprise.model.Deal;
import org.reprise.model.EquityClass;

/**
 * One ownership scenario of a deal file, run and summed up for a side-by-side comparison ({@code
 * reprise compare}): the figures of {@link CompareJson} and of the comparison table, computed once.
 * Amounts in currency units, shares and ratios as decimals, {@code NaN} when undefined.
 *
 * @param name the scenario's name
 * @param kind {@code status-quo}, {@code fund-lbo}, {@code employee-lbo} or {@code scop}
 * @param deal the resolved deal
 * @param result the engine's result
 * @param whoPays the workers' view of the holding period
 * @param debtAtClosing financial debt just after closing: every tranche's amount drawn at closing,
 *     existing debt left in place included
 * @param equityAtClosing money put in by the equity classes at closing
 * @param ownershipAtEnd who owns the company at the end of the holding period, holder → share of
 *     the ordinary shares (or, in a SCOP, of the members' capital at nominal value), in order of
 *     first appearance in the deal
 * @param minimumHeadroom the lowest covenant headroom of the holding period, over every covenant
 *     tested ({@code NaN} when none is tested)
 * @param minimumHeadroomYear calendar year of that lowest headroom, 0 when none is tested
 * @param covenantBreached true when a covenant is breached in some year of the holding period
 */
public record ScenarioSummary(
    String name,
    String kind,
    Deal deal,
    DealResult result,
    WhoPays whoPays,
    double debtAtClosing,
    double equityAtClosing,
    Map<String, Double> ownershipAtEnd,
    double minimumHeadroom,
    int minimumHeadroomYear,
    boolean covenantBreached) {

  /** Kind of a scenario without a buyout. */
  public static final String STATUS_QUO = "status-quo";

  /** Kind of a worker cooperative. */
  public static final String SCOP = "scop";

  public ScenarioSummary {
    ownershipAtEnd = Collections.unmodifiableMap(new LinkedHashMap<>(ownershipAtEnd));
  }

  /**
   * Sums up a run.
   *
   * @param name scenario name
   * @param kind scenario kind
   * @param deal the resolved deal
   * @param result its result
   * @return the summary
   */
  public static ScenarioSummary of(String name, String kind, Deal deal, DealResult result) {
    WhoPays w = WhoPays.of(deal, result);
    double debt = 0.0;
    for (TrancheSchedule s : result.debt()) {
      debt += s.initialAmount();
    }
    Map<String, Double> invested = investedByClass(deal, result.sourcesAndUses());
    double equity = 0.0;
    for (double v : invested.values()) {
      equity += v;
    }
    YearTable y = result.years();
    double min = Double.NaN;
    int minYear = 0;
    boolean breached = false;
    for (int t = 0; t < result.exitYearIndex(); t++) {
      for (double h :
          new double[] {
            y.leverageHeadroom[t], y.interestCoverHeadroom[t], y.debtServiceCoverHeadroom[t]
          }) {
        if (!Double.isNaN(h) && (Double.isNaN(min) || h < min)) {
          min = h;
          minYear = y.year[t];
        }
      }
      breached |= y.covenantBreach[t];
    }
    return new ScenarioSummary(
        name, kind, deal, result, w, debt, equity, ownership(deal, result, invested), min,
        minYear, breached);
  }

  /**
   * The holder names the deal files give the employees when the deal does not say which holders
   * they are (a SCOP says it, {@code cooperative.employeeHolders}): the English examples' and the
   * French examples' ({@code examples/fr}), as the works-council report reads them.
   */
  public static final List<String> EMPLOYEE_HOLDERS = List.of("employees", "salari\u00e9s");

  /**
   * @return the lowest debt service cover (free cash flow / mandatory debt service due,
   *     docs/methodology.md §6) over the holding period, whatever covenants the scenario tests;
   *     {@code +∞} when nothing is due in any year (review 37, M1)
   */
  public double lowestDebtServiceCover() {
    int t = lowestDebtServiceCoverIndex();
    return t < 0 ? Double.POSITIVE_INFINITY : result.years().debtServiceCover[t];
  }

  /** @return calendar year of {@link #lowestDebtServiceCover()}, 0 when nothing is ever due */
  public int lowestDebtServiceCoverYear() {
    int t = lowestDebtServiceCoverIndex();
    return t < 0 ? 0 : result.years().year[t];
  }

  /** @return the year index of the lowest finite cover (the first of equals), −1 when none */
  private int lowestDebtServiceCoverIndex() {
    double[] cover = result.years().debtServiceCover;
    int worst = -1;
    for (int t = 0; t < Math.min(result.exitYearIndex(), cover.length); t++) {
      if (Double.isFinite(cover[t]) && (worst < 0 || cover[t] < cover[worst])) {
        worst = t;
      }
    }
    return worst;
  }

  /**
   * @return the debt still owed at the end of the plan by year of maturity (docs/methodology.md
   *     §7), for a company that is not sold ({@link Deal#soldAtExit()} false: the status quo, a
   *     SCOP, {@code exit.sale: false}); {@code null} for a sale, whose price repays it (review 37,
   *     M2)
   */
  public DebtAfterHorizon debtAfterHorizon() {
    return deal.soldAtExit() ? null : DebtAfterHorizon.of(deal, result);
  }

  /**
   * @param holder an equity holder of the deal
   * @return true when it stands for the employees: a SCOP's employee members, else a holder named
   *     as in {@link #EMPLOYEE_HOLDERS} (the management of a fund's LBO is not counted)
   */
  public boolean isEmployeeHolder(String holder) {
    return isCooperative() ? deal.cooperative().isEmployee(holder)
        : EMPLOYEE_HOLDERS.contains(holder);
  }

  /**
   * @return what the employees put in at the closing: the equity classes they hold ({@link
   *     #isEmployeeHolder}), their savings and their blocked profit-sharing released into it
   *     included (review 37, W7)
   */
  public double employeesInvested() {
    double sum = 0.0;
    for (Map.Entry<String, Double> e : investedByClass(deal, result.sourcesAndUses()).entrySet()) {
      for (EquityClass c : deal.financing().equity()) {
        if (c.name().equals(e.getKey()) && isEmployeeHolder(c.holder())) {
          sum += e.getValue();
          break;
        }
      }
    }
    return sum;
  }

  /**
   * @return the capital a SCOP's employee members subscribe over the holding period after the
   *     closing ({@code cooperative.memberContributions}); 0 for any other company
   */
  public double memberContributions() {
    double sum = 0.0;
    double[] c = result.years().memberContributions;
    for (int t = 0; t < Math.min(result.exitYearIndex(), c.length); t++) {
      sum += c[t];
    }
    return sum;
  }

  /** @return true for a SCOP */
  public boolean isCooperative() {
    return deal.isCooperative();
  }

  /**
   * @return true when the buyer takes over blocked participation accounts that the company owes
   *     its employees at the closing, which come off the price of the shares (methodology §3,
   *     §5.8); false for the status quo, which buys nothing
   */
  public boolean takesOverBlockedAccounts() {
    return !isStatusQuo() && result.sourcesAndUses().blockedAccountsAtClosing() != 0.0;
  }

  /** @return true for the status quo (no buyout) */
  public boolean isStatusQuo() {
    return STATUS_QUO.equals(kind);
  }

  /** @return the entry enterprise value: the price paid for the company */
  public double pricePaid() {
    return result.sourcesAndUses().entryEnterpriseValue();
  }

  /**
   * @return the exit enterprise value over the EBITDA it applies to (the exit year's, or the next
   *     year's for a forward multiple): the price at which the scenario sells, or values, the
   *     company
   */
  public double exitMultiple() {
    return result.exit().multiple();
  }

  /**
   * @return the value bridge's change of multiple, (exit multiple − entry multiple) × exit EBITDA
   *     on the last-twelve-months EBITDA at both ends: the part of the equity gain that comes from
   *     selling at another multiple than the one paid (docs/methodology.md, "Value bridge")
   */
  public double multipleChange() {
    return result.valueBridge().multipleChange();
  }

  /** @return the equity gain of the value bridge, entry to exit */
  public double equityGain() {
    return result.valueBridge().equityGain();
  }

  /**
   * @return what the seller lends the buyer at closing: the vendor loans drawn at closing; NaN for
   *     the status quo, where nobody sells
   */
  public double vendorLoan() {
    return isStatusQuo() ? Double.NaN : Seller.of(deal, result).vendorLoan();
  }

  /**
   * @return what the seller receives in cash at closing: the price of the shares (enterprise value
   *     − existing debt + existing cash) less the vendor loans it lends; NaN for the status quo
   */
  public double sellerCashAtClosing() {
    return isStatusQuo() ? Double.NaN : Seller.of(deal, result).cashAtClosing();
  }

  /** @return number of years of the holding period */
  public int years() {
    return result.exitYearIndex();
  }

  /** @return calendar year of the exit */
  public int exitYear() {
    return result.baseYear() + result.exitYearIndex();
  }

  /** @return true when the company fails to pay its mandatory debt service in some year */
  public boolean defaulted() {
    return defaulted(result);
  }

  /**
   * @return true when every payment of the hold is made but the sale at the exit does not repay
   *     the lenders' claims in full: a payment default at the exit (docs/risk.md §5)
   */
  public boolean defaultedAtExit() {
    return defaultedAtExit(result);
  }

  /** @return calendar year of the first payment default up to the exit, 0 when none */
  public int firstDefaultYear() {
    YearTable y = result.years();
    for (int t = 0; t < Math.min(y.size(), result.exitYearIndex()); t++) {
      if (y.shortfall[t] > DEFAULT_TOLERANCE) {
        return y.year[t];
      }
    }
    return 0;
  }

  /**
   * Unpaid mandatory debt service below which a run does not count as a default in the
   * comparisons: half a cent, the tolerance of sources = uses. Smaller shortfalls are floating-point
   * rounding at the point where the revolver is exactly exhausted.
   */
  public static final double DEFAULT_TOLERANCE = 0.005;

  /**
   * @param r a result of the engine
   * @return true when more than {@link #DEFAULT_TOLERANCE} of mandatory debt service is unpaid
   */
  public static boolean defaulted(DealResult r) {
    return r.paymentDefault() != null && r.paymentDefault().occurred()
        && r.paymentDefault().totalShortfall() > DEFAULT_TOLERANCE;
  }

  /**
   * @param r a result of the engine
   * @return true when {@link #defaulted(DealResult)} is false and the exit leaves a lender's claim
   *     unpaid by more than half a cent ({@link DealResult#exitPaysEveryTranche})
   */
  public static boolean defaultedAtExit(DealResult r) {
    return !defaulted(r) && !r.exitPaysEveryTranche();
  }

  /** @return the parties of the returns (equity holders first, then lenders), in engine order */
  public List<String> parties() {
    List<String> out = new java.util.ArrayList<>();
    for (org.reprise.engine.PartyReturn p : result.returns()) {
      out.add(p.party());
    }
    return out;
  }

  /** @return {@code ordinary-shares}, or {@code scop-capital} for a SCOP */
  public String ownershipBasis() {
    return isCooperative() ? "scop-capital" : "ordinary-shares";
  }

  /** Amount invested at closing per equity class (the balancing class solved by the engine). */
  private static Map<String, Double> investedByClass(Deal deal, SourcesAndUses su) {
    Map<String, Double> bySource = new LinkedHashMap<>();
    for (SourcesAndUses.Line l : su.sources()) {
      bySource.putIfAbsent(l.name(), l.amount());
    }
    Map<String, Double> out = new LinkedHashMap<>();
    for (EquityClass c : deal.financing().equity()) {
      double amount = c.isBalancing() ? bySource.getOrDefault(c.name(), 0.0) : c.amount();
      out.put(c.name(), amount);
    }
    return out;
  }

  /**
   * Ordinary shares: the ownership given in the deal, or pro rata to the amounts invested. SCOP:
   * the members' capital at nominal value at the end, as paid out in the exit waterfall.
   */
  private static Map<String, Double> ownership(
      Deal deal, DealResult result, Map<String, Double> invested) {
    List<EquityClass> classes = deal.financing().equity();
    Map<String, Double> byHolder = new LinkedHashMap<>();
    double total = 0.0;
    if (deal.isCooperative()) {
      // the waterfall lists the tranches first, then the equity classes
      Map<String, Double> capital = new LinkedHashMap<>();
      List<ExitResult.WaterfallLine> lines = result.exit().waterfall();
      for (int i = result.debt().size(); i < lines.size(); i++) {
        capital.putIfAbsent(lines.get(i).name(), lines.get(i).paid());
      }
      for (EquityClass c : classes) {
        if (c.kind() == EquityClass.Kind.ORDINARY) {
          double v = capital.getOrDefault(c.name(), 0.0);
          byHolder.merge(c.holder(), v, Double::sum);
          total += v;
        }
      }
    } else {
      boolean given = false;
      for (EquityClass c : classes) {
        given |= c.kind() == EquityClass.Kind.ORDINARY && !Double.isNaN(c.ownershipShare());
      }
      for (EquityClass c : classes) {
        if (c.kind() == EquityClass.Kind.ORDINARY) {
          double v = given ? c.ownershipShare() : invested.getOrDefault(c.name(), 0.0);
          byHolder.merge(c.holder(), v, Double::sum);
          total += v;
        }
      }
    }
    Map<String, Double> out = new LinkedHashMap<>();
    for (Map.Entry<String, Double> e : byHolder.entrySet()) {
      out.put(e.getKey(), total > 0.0 ? e.getValue() / total : Double.NaN);
    }
    return out;
  }
}
