package org.reprise.cli.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import org.reprise.engine.CreditDetail;
import org.reprise.engine.DealResult;
import org.reprise.engine.TrancheSchedule;
import org.reprise.engine.ValueAddedSplit;
import org.reprise.engine.YearTable;
import org.reprise.model.Deal;

/**
 * The sections of the report with the years as columns: operations, debt, credit statistics and
 * covenants, sharing of the value added. Part of {@link TextReport}.
 */
final class AnnualTables {

  /** Differences below half a cent are rounding, not a row worth showing. */
  private static final double CENT = 0.005;

  private final Numbers num;
  private final Labels text;
  private final AmountUnit unit;
  private final DealResult r;
  private final YearTable y;
  /** The deal that was run, for its covenant levels and revolver limits; null when unknown. */
  private final Deal deal;

  AnnualTables(Numbers num, Labels text, AmountUnit unit, DealResult result, Deal deal) {
    this.num = num;
    this.text = text;
    this.unit = unit;
    this.r = result;
    this.y = result.years();
    this.deal = deal;
  }

  /**
   * Revenue to free cash flow; outflows negative so that the block adds up. The income tax is the
   * one the cash flow pays: with a holding, the group's (the tax group's, after the holding's
   * interest), and its label says so; for reference under the block, the company's own income tax
   * (paid to the holding in a tax group) and its own net income, the figures of its accounts.
   */
  String operations() {
    boolean holding = deal != null && deal.structure().hasHolding();
    boolean taxGroup = holding && deal.structure().taxGroup();
    TextTable t = yearTable(unit.symbol());
    t.row(row("ops.revenue", y.revenue, this::amount));
    t.row(row("ops.ebitda", y.ebitda, this::amount));
    t.row(row("ops.margin", ratio(y.ebitda, y.revenue), num::percent));
    t.row(row("ops.ebit", y.ebit, this::amount));
    t.row(row(!holding ? "ops.incomeTax" : taxGroup ? "ops.incomeTax.taxGroup"
        : "ops.incomeTax.group", negate(y.incomeTax), this::amount));
    t.row(row("ops.capex", negate(y.capex), this::amount));
    t.row(row("ops.changeInWc", negate(y.changeInWorkingCapital), this::amount));
    optionalRow(t, "ops.interestIncome", y.interestIncome);
    optionalRow(t, "ops.participationPaid", negate(y.participationPaid));
    // of which paid out of the blocked accounts (in the row above, not added again below)
    optionalRow(t, "ops.participationReleased", negate(y.participationReleased));
    optionalRow(t, "ops.workSharePaid", negate(y.workSharePaid));
    optionalRow(t, "ops.blockedInterest", negate(y.blockedAccountInterestPaid));
    // What the table has no column for (the holding's running costs), so that the block adds up.
    double[] other = new double[y.size()];
    for (int i = 0; i < other.length; i++) {
      double shown =
          y.ebitda[i] - y.incomeTax[i] - y.capex[i] - y.changeInWorkingCapital[i]
              + y.interestIncome[i] - y.participationPaid[i] - y.workSharePaid[i]
              - y.blockedAccountInterestPaid[i];
      double rest = y.freeCashFlow[i] - shown;
      other[i] = Math.abs(rest) < CENT ? 0.0 : rest;
    }
    optionalRow(t, "ops.otherCosts", other);
    t.rule();
    t.row(row("ops.fcf", y.freeCashFlow, this::amount));
    t.row(row("ops.headcount", y.headcount, num::whole));
    optionalRow(t, "ops.blockedAccounts", y.blockedAccounts);
    t.rule();
    if (holding) {
      t.row(List.of(text.get("ops.opco")));
      t.row(row(taxGroup ? "ops.opcoIncomeTax.taxGroup" : "ops.opcoIncomeTax",
          negate(y.opcoIncomeTax), this::amount));
      t.row(row("ops.opcoNetIncome", y.opcoNetIncome, this::amount));
      if (anyNonZero(y.acquisitionCostAmortisation)) {
        // a deduction of the holding's (or the tax group's) taxable result, not a cash flow
        t.row(List.of(text.get("ops.holding")));
        t.row(row("ops.acquisitionCosts", y.acquisitionCostAmortisation, this::amount));
      }
    } else {
      t.row(row("ops.netIncome", y.opcoNetIncome, this::amount));
    }
    StringBuilder out = new StringBuilder(t.render());
    out.append(text.get("ops.note")).append('\n');
    if (holding && anyNonZero(y.acquisitionCostAmortisation)) {
      out.append(text.format(deal.structure().taxGroup() ? "ops.acquisitionCosts.noteTaxGroup"
          : "ops.acquisitionCosts.note", deal.tax().acquisitionCostYears())).append('\n');
    }
    if (hasYearsAfterExit()) {
      out.append(text.get("years.afterExit")).append('\n');
    }
    return out.toString();
  }

  /** Closing balance of each tranche, total debt, cash and net debt. */
  String debt() {
    TextTable t = yearTable(unit.symbol());
    for (TrancheSchedule s : r.debt()) {
      t.row(cells(s.name(), s.closing(), this::amount));
    }
    if (!r.debt().isEmpty()) {
      t.rule();
    }
    t.row(row("debt.total", y.debt, this::amount));
    t.row(row("debt.cash", y.cash, this::amount));
    t.row(row("debt.netDebt", y.netDebt, this::amount));
    return t.render();
  }

  /**
   * Ratios, covenant headroom and breaches, unpaid debt service. A first column gives the leverage
   * at closing, as lenders quote it: the debt drawn at closing (rolled-over debt included), and
   * that debt less the cash at closing, over the base-year EBITDA. When the deal is known, the
   * senior net leverage under the net leverage (when some tranche is senior and some is not), the
   * liquidity (with a revolver) and each covenant's level ({@link CreditDetail}).
   */
  String credit() {
    List<String> header = yearHeader("");
    header.add(1, text.get("credit.atClosing"));
    TextTable t = TextTable.of(header);
    CreditDetail c = deal == null ? null : CreditDetail.of(deal, r);
    double debt0 = 0.0;
    for (TrancheSchedule s : r.debt()) {
      debt0 += s.initialAmount();
    }
    double ebitda0 = r.sourcesAndUses().baseYearEbitda();
    double net0 = ebitda0 > 0.0 ? (debt0 - r.sourcesAndUses().cashAtClosing()) / ebitda0
        : Double.NaN;
    double gross0 = ebitda0 > 0.0 ? debt0 / ebitda0 : Double.NaN;
    t.row(atClosing(row("credit.netLeverage", y.netLeverage, num::creditRatio), num.creditRatio(net0)));
    if (c != null && c.seniorDiffers()) {
      t.row(atClosing(row("credit.seniorNetLeverage", c.seniorNetLeverage(), num::creditRatio),
          num.creditRatio(c.seniorNetLeverageAtClosing())));
    }
    t.row(atClosing(row("credit.grossLeverage", y.grossLeverage, num::creditRatio),
        num.creditRatio(gross0)));
    t.row(atClosing(row("credit.interestCover", y.interestCover, num::creditRatio), ""));
    t.row(atClosing(row("credit.dscr", y.debtServiceCover, num::creditRatio), ""));
    t.row(atClosing(
        cells(text.format("credit.debtService", unit.symbol()), y.debtServiceDue, this::amount),
        ""));
    if (c != null && c.hasRevolver()) {
      t.row(atClosing(cells(text.format("credit.liquidity", unit.symbol()), c.liquidity(),
          this::amount), amount(c.liquidityAtClosing())));
      if (deal != null && deal.covenants().drawstop()) {
        // the covenants' drawstop, named (review 14, finding 3): the years the revolver is stopped
        t.row(atClosing(flagRow("credit.drawstop", c.revolverStopped(), "credit.stopped",
            "credit.open"), ""));
      }
    }
    if (c != null) {
      limitRow(t, "credit.leverageLimit", c.maxNetLeverage());
      limitRow(t, "credit.interestCoverLimit", c.minInterestCover());
      limitRow(t, "credit.dscrLimit", c.minDebtServiceCover());
    }
    boolean tested = false;
    tested |= headroomRow(t, "credit.leverageHeadroom", y.leverageHeadroom);
    tested |= headroomRow(t, "credit.interestCoverHeadroom", y.interestCoverHeadroom);
    tested |= headroomRow(t, "credit.dscrHeadroom", y.debtServiceCoverHeadroom);
    if (tested) {
      t.row(atClosing(flagRow("credit.covenants", y.covenantBreach, "credit.breach", "credit.ok"),
          ""));
    }
    boolean cured = false;
    if (c != null && tested) {
      // what the shareholders would inject to meet the covenants broken (review 25), in the years
      // one is broken: "–" where none is tested
      double[] cure = c.equityCure();
      List<String> cells = new ArrayList<>();
      cells.add(text.format("credit.equityCure", unit.symbol()));
      for (double v : cure) {
        cured |= v > 0.0;
        cells.add(Double.isNaN(v) ? "–" : amount(v));
      }
      if (cured) {
        t.row(atClosing(cells, ""));
      }
    }
    if (anyNonZero(y.shortfall)) {
      t.row(atClosing(
          cells(text.format("credit.shortfall", unit.symbol()), y.shortfall, this::amount), ""));
      t.row(atClosing(flagRow("credit.payment", y.defaulted, "credit.default", "credit.paid"),
          ""));
    }
    StringBuilder notes = new StringBuilder();
    notes.append(text.get(tested ? "credit.note" : "credit.noCovenants")).append('\n');
    if (cured) {
      notes.append(text.get("credit.equityCureNote")).append('\n');
    }
    notes.append(text.format("credit.atClosingNote", r.baseYear())).append('\n');
    if (c != null && c.seniorDiffers()) {
      notes.append(WhoPaysSection.wrap(text.format("credit.seniorNote", seniorNames(c)),
          WhoPaysSection.WIDTH));
    }
    return t.render() + notes;
  }

  /** @return the senior tranches' names, in the report's language, separated by commas */
  private String seniorNames(CreditDetail c) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < r.debt().size(); i++) {
      if (c.senior(i)) {
        names.add(text.name(r.debt().get(i).name()));
      }
    }
    return String.join(", ", names);
  }

  /** @return {@code cells} with {@code value} in the column at closing (after the label) */
  private static List<String> atClosing(List<String> cells, String value) {
    cells.add(1, value);
    return cells;
  }

  /** Who receives the group's value added: amounts, each followed by its share. */
  String valueAdded() {
    ValueAddedSplit v = y.groupValueAdded;
    TextTable t = yearTable(unit.symbol());
    t.row(row("va.valueAdded", v.valueAdded, this::amount));
    t.rule();
    part(t, "va.employees", v.employees, v.valueAdded);
    part(t, "va.state", v.state, v.valueAdded);
    part(t, "va.lenders", v.lenders, v.valueAdded);
    part(t, "va.shareholders", v.shareholders, v.valueAdded);
    part(t, "va.company", v.company, v.valueAdded);
    return t.render() + text.get("va.note") + "\n";
  }

  private void part(TextTable t, String key, double[] amounts, double[] valueAdded) {
    t.row(row(key, amounts, this::amount));
    t.row(cells("  " + text.get("va.share"), ratio(amounts, valueAdded), num::percent));
  }

  /** The covenant's level in the years it is tested ("–" elsewhere), unless it never is. */
  private void limitRow(TextTable t, String key, double[] level) {
    List<String> cells = new ArrayList<>();
    cells.add(text.get(key));
    boolean any = false;
    for (double v : level) {
      any |= !Double.isNaN(v);
      cells.add(Double.isNaN(v) ? "–" : num.multiple(v));
    }
    if (any) {
      t.row(atClosing(cells, ""));
    }
  }

  /** Adds a headroom row unless the covenant is never tested; @return true when it was added. */
  private boolean headroomRow(TextTable t, String key, double[] headroom) {
    boolean tested = false;
    List<String> cells = new ArrayList<>();
    cells.add(text.get(key));
    for (double h : headroom) {
      tested |= !Double.isNaN(h);
      cells.add(Double.isNaN(h) ? "–" : num.percent(h) + (h < 0 ? " !" : ""));
    }
    if (tested) {
      t.row(atClosing(cells, ""));
    }
    return tested;
  }

  /** A row of yes/no tests; "–" in the years after the exit, where nothing is tested. */
  private List<String> flagRow(String key, boolean[] flags, String yes, String no) {
    List<String> cells = new ArrayList<>();
    cells.add(text.get(key));
    int exitYear = r.exit() == null ? Integer.MAX_VALUE : r.exit().year();
    for (int t = 0; t < flags.length; t++) {
      cells.add(y.year[t] > exitYear ? "–" : text.get(flags[t] ? yes : no));
    }
    return cells;
  }

  private void optionalRow(TextTable t, String key, double[] values) {
    if (anyNonZero(values)) {
      t.row(row(key, values, this::amount));
    }
  }

  private String amount(double value) {
    return num.amount(value, unit);
  }

  /** @return a table whose columns are the years ({@code *} after the exit) */
  TextTable yearTable(String corner) {
    return TextTable.of(yearHeader(corner));
  }

  /** @return {@code corner}, then the years ({@code *} after the exit) */
  private List<String> yearHeader(String corner) {
    List<String> header = new ArrayList<>();
    header.add(corner);
    int exitYear = r.exit() == null ? Integer.MAX_VALUE : r.exit().year();
    for (int year : y.year) {
      header.add(year + (year > exitYear ? "*" : ""));
    }
    return header;
  }

  private boolean hasYearsAfterExit() {
    int n = y.size();
    return r.exit() != null && n > 0 && y.year[n - 1] > r.exit().year();
  }

  private List<String> row(String key, double[] values, DoubleFunction<String> format) {
    return cells(text.get(key), values, format);
  }

  static List<String> cells(String label, double[] values, DoubleFunction<String> f) {
    List<String> cells = new ArrayList<>();
    cells.add(label);
    for (double v : values) {
      cells.add(f.apply(v));
    }
    return cells;
  }

  static double[] negate(double[] values) {
    double[] n = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      n[i] = -values[i];
    }
    return n;
  }

  /** @return a[i] / b[i], NaN where b[i] is zero */
  private static double[] ratio(double[] a, double[] b) {
    double[] q = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      q[i] = b[i] == 0 ? Double.NaN : a[i] / b[i];
    }
    return q;
  }

  /**
   * @return true when some value is half a cent or more (not zero once displayed): the test of a
   *     row that is left out when it has nothing to show
   */
  static boolean anyShown(double[] values) {
    for (double v : values) {
      if (Math.abs(v) >= CENT) {
        return true;
      }
    }
    return false;
  }

  static boolean anyNonZero(double[] values) {
    for (double v : values) {
      if (v != 0) {
        return true;
      }
    }
    return false;
  }
}
