package org.reprise.sim.grid;

import java.util.ArrayList;
import java.util.List;
import org.reprise.model.Deal;
import org.reprise.model.DealException;
import org.reprise.model.EquityClass;
import org.reprise.model.Exit;
import org.reprise.model.Financing;
import org.reprise.model.MessageNumbers;
import org.reprise.model.Operations;
import org.reprise.model.Tranche;
import org.reprise.model.Transaction;
import org.reprise.model.Valuation;
import org.reprise.model.risk.BusinessCycle;
import org.reprise.model.risk.Regime;
import org.reprise.model.risk.StressScenario;
import org.reprise.sim.DealEdits;

/**
 * The inputs a sensitivity grid can vary (docs/risk.md, "Sensitivity grids"), each a setter that
 * returns a modified copy of a {@link GridInput}:
 *
 * <ul>
 *   <li>{@code entry.multiple}: the entry price as a multiple of EBITDA, on the deal's basis (LTM
 *       or forward; LTM when the deal gives the price as an amount). The balancing equity class
 *       absorbs the change of price.
 *   <li>{@code exit.multiple}: the exit value as a multiple of EBITDA, on the deal's basis (LTM
 *       when the deal gives an amount).
 *   <li>{@code leverage}: a factor on the amount of every new debt tranche (and on a revolver's
 *       limit): 0.5 halves the debt, 1 is the deal as written. The equity class {@code amount:
 *       balance} takes up the difference, so sources still equal uses.
 *   <li>{@code debt.rate}: added to every tranche's cash rate in every year (decimal; 0.01 = +1
 *       point), floored at 0: a change of the cost of debt, fixed and floating tranches alike. With
 *       Monte Carlo metrics the paths' base-rate shocks then move the floating tranches on top
 *       ({@link org.reprise.model.Tranche#shiftedCashRate}).
 *   <li>{@code growth}: added to the plan's revenue growth in every year (decimal); costs that are
 *       shares of revenue follow, fixed costs and headcount do not.
 *   <li>{@code recession.depth}: the "2009" stress (the cell's risk model's, the file's when it
 *       defines one) scaled so that its first-year fall of revenue is this depth (0.3 = 30 % below the
 *       plan), every year's shortfall scaled alike, as a shock on top of the plan ({@link
 *       #withDepth}); the stress is then applied to the deal (deterministic metrics) or on top of
 *       every path's own growth in its years (Monte Carlo metrics). Depth 0 is no stress.
 *   <li>{@code recession.growth}: the mean revenue growth of a recession year of the business
 *       cycle (the regime named {@code recession}, or the one with the lowest mean growth; −0.15
 *       by default): how deep the random recessions are, for Monte Carlo metrics.
 * </ul>
 *
 * <p>Every check that can be made before any work is made by {@link #axis} and {@link #range}:
 * unknown name (with the closest name), values out of range, an input the deal does not have.
 */
public final class GridParameters {

  /** Entry price multiple. */
  public static final String ENTRY_MULTIPLE = "entry.multiple";
  /** Exit value multiple. */
  public static final String EXIT_MULTIPLE = "exit.multiple";
  /**
   * Calendar year of the exit, from the year after the base year to the file's own exit (the
   * projection is not extended: per-year inputs end there).
   */
  public static final String EXIT_YEAR = "exit.year";
  /** Factor on every new tranche's amount. */
  public static final String LEVERAGE = "leverage";
  /** Points added to every cash rate. */
  public static final String DEBT_RATE = "debt.rate";
  /** Points added to every year's revenue growth. */
  public static final String GROWTH = "growth";
  /** Depth of the "2009" stress. */
  public static final String RECESSION_DEPTH = "recession.depth";
  /** Mean growth of a recession year of the business cycle. */
  public static final String RECESSION_GROWTH = "recession.growth";
  /** Yearly probability that a year out of recession is followed by a recession. */
  public static final String RECESSION_PROBABILITY = "recession.probability";

  /** The name of the stress scenario {@link #RECESSION_DEPTH} changes. */
  public static final String RECESSION_STRESS = "2009";

  /** Every parameter a grid can vary, in the order of the documentation. */
  public static final List<String> NAMES =
      List.of(
          ENTRY_MULTIPLE,
          EXIT_MULTIPLE,
          EXIT_YEAR,
          LEVERAGE,
          DEBT_RATE,
          GROWTH,
          RECESSION_DEPTH,
          RECESSION_GROWTH,
          RECESSION_PROBABILITY);

  private GridParameters() {}

  /**
   * @param name a name that may be a misspelt parameter
   * @return the parameter closest to it, or null when none is close (the rule of the "did you
   *     mean" of {@link #axis})
   */
  public static String closestName(String name) {
    return Names.closest(name, NAMES);
  }

  /**
   * @param name a parameter name
   * @param values its values
   * @param base the input the grid starts from (checked to have what the parameter changes)
   * @return the axis
   * @throws DealException ({@code grid.<name>}) for an unknown parameter, no value, a value out of
   *     range, or a parameter the deal does not have
   */
  public static GridAxis<GridInput> axis(String name, double[] values, GridInput base) {
    return axis(name, values, base, true);
  }

  /**
   * @param cellsOfTheBase true when every cell starts from {@code base}: the exit years are then
   *     checked against its years; false when the cells start from other inputs (the deal file
   *     with a key path set, whose base year or exit may not be the file's): each cell's exit year
   *     is then for {@link #checkExitYear} to check against the cell's own input
   * @see #axis(String, double[], GridInput)
   */
  public static GridAxis<GridInput> axis(
      String name, double[] values, GridInput base, boolean cellsOfTheBase) {
    GridAxis.Setter<GridInput> setter = setter(name, base);
    GridAxis<GridInput> axis = new GridAxis<>(name, values, setter);
    check(name, axis.values());
    if (cellsOfTheBase) {
      checkExitYears(name, axis.values(), base);
    }
    return axis;
  }

  /**
   * @return the axis {@code from, from + step, …, to}; see {@link GridAxis#range} and {@link
   *     #axis}
   */
  public static GridAxis<GridInput> range(
      String name, double from, double to, double step, GridInput base) {
    return range(name, from, to, step, base, true);
  }

  /**
   * @return the axis {@code from, from + step, …, to}; see {@link GridAxis#range} and {@link
   *     #axis(String, double[], GridInput, boolean)}
   */
  public static GridAxis<GridInput> range(String name, double from, double to, double step,
      GridInput base, boolean cellsOfTheBase) {
    GridAxis.Setter<GridInput> setter = setter(name, base);
    GridAxis<GridInput> axis = GridAxis.range(name, from, to, step, setter);
    check(name, axis.values());
    if (cellsOfTheBase) {
      checkExitYears(name, axis.values(), base);
    }
    return axis;
  }

  private static GridAxis.Setter<GridInput> setter(String name, GridInput base) {
    switch (name == null ? "" : name) {
      case ENTRY_MULTIPLE:
        return GridParameters::entryMultiple;
      case EXIT_MULTIPLE:
        return GridParameters::exitMultiple;
      case EXIT_YEAR:
        return GridParameters::exitYear;
      case LEVERAGE:
        if (base.deal().financing().equity().stream().noneMatch(EquityClass::isBalancing)) {
          throw new DealException("grid." + name, "scaling the debt needs an equity class with"
              + " `amount: balance` to keep sources equal to uses; the deal has none");
        }
        if (base.deal().financing().debt().stream().allMatch(Tranche::rolledOver)) {
          throw new DealException("grid." + name, "the deal has no new debt to scale");
        }
        return GridParameters::leverage;
      case DEBT_RATE:
        if (base.deal().financing().debt().isEmpty()) {
          throw new DealException("grid." + name, "the deal has no debt whose rate could change");
        }
        return GridParameters::debtRate;
      case GROWTH:
        return GridParameters::growth;
      case RECESSION_DEPTH:
        withDepth(recessionStress(base), 0.0); // checks that it starts with a fall
        // the cell's own "2009": beside a key path of the file's "2009" (its personnelFlex, its
        // rebound), the stress scaled is the one the cell's file has
        return (in, v) -> in.withStress(withDepth(recessionStress(in), v));
      case RECESSION_GROWTH:
        return GridParameters::recessionGrowth;
      case RECESSION_PROBABILITY:
        return GridParameters::recessionProbability;
      default:
        String best = Names.closest(name, NAMES);
        throw new DealException(
            "grid",
            "unknown parameter `"
                + Names.abbreviate(String.valueOf(name))
                + "`"
                + (best == null ? "." : ": did you mean `" + best + "`?")
                + " The parameters are "
                + String.join(", ", NAMES));
    }
  }

  private static void check(String name, double[] values) {
    for (double v : values) {
      String problem = null;
      switch (name) {
        case ENTRY_MULTIPLE, EXIT_MULTIPLE -> problem = v > 0.0 ? null : "multiples above 0";
        case LEVERAGE -> problem = v >= 0.0 ? null : "factors of 0 or more (1 = the deal)";
        case DEBT_RATE -> problem =
            Math.abs(v) <= 1.0 ? null : "changes of rate between -1 and 1 (-100% and +100%)";
        case GROWTH -> problem = v > -1.0 && v <= 10.0 ? null : "changes of growth above -1";
        case RECESSION_DEPTH -> problem =
            v >= 0.0 && v < 1.0 ? null : "depths from 0 to 1 (exclusive; 0.3 = revenue -30%)";
        case RECESSION_GROWTH -> problem =
            v > -1.0 && v < 1.0 ? null : "growth rates between -1 and 1 (exclusive; -0.15 = -15%)";
        case RECESSION_PROBABILITY -> problem = v > 0.0 && v < 1.0 ? null
            : "probabilities between 0 and 1 (exclusive; 0.125 = a recession every 8 years)";
        default -> problem = null;
      }
      if (problem != null) {
        throw new DealException("grid." + name, "expected " + problem + ", found "
            + MessageNumbers.number(v));
      }
    }
  }

  /**
   * @return the "2009" stress of the risk model, which {@link #RECESSION_DEPTH} scales
   * @throws DealException when the model has none
   */
  public static StressScenario recessionStress(GridInput base) {
    for (StressScenario s : base.risk().stresses()) {
      if (s.name().equals(RECESSION_STRESS)) {
        return s;
      }
    }
    throw new DealException("grid." + RECESSION_DEPTH, "the risk model has no stress scenario \""
        + RECESSION_STRESS + "\" whose depth could change");
  }

  /**
   * The stress scaled to another depth, keeping its shape, as a shock on top of the plan (or of
   * each path's own growth): with S_j = Π_{k ≤ j} (1 + g_k) the cumulative level of the source
   * stress after its stressed year j, the scaled stress has the levels ℓ_j = 1 − (1 − S_j) × f, f
   * = depth / (−g_0) — every year's shortfall is multiplied by the same factor — and growth s_j =
   * ℓ_j / ℓ_{j−1} − 1 (ℓ_{−1} = 1), its first year exactly −depth. Its cost shifts are scaled by f
   * too. The result is always {@link StressScenario#relativeToPlan() relative to the plan}: at
   * depth 0 it is exactly no stress (growth +0.0 every year, no cost shift), at the source's own
   * first-year fall it has the source's growth (the built-in "2009" at 0.3), and a file's absolute
   * stress is read as its shortfall below the plan. At the source's own depth (f = 1) the growth
   * is the source's, bit for bit.
   *
   * @param stress a stress whose first year is a fall of revenue (g_0 &lt; 0)
   * @param depth the new fall of the first year, in [0, 1)
   * @return the scaled stress, relative to the plan
   * @throws DealException when the stress does not start with a fall, or the scaled levels are not
   *     positive
   */
  public static StressScenario withDepth(StressScenario stress, double depth) {
    double[] g = stress.growth();
    if (!(g[0] < 0.0)) {
      throw new DealException("grid." + RECESSION_DEPTH, "the stress \"" + stress.name()
          + "\" must start with a fall of revenue to be scaled; its first year's growth is "
          + g[0]);
    }
    double factor = depth / -g[0];
    if (factor == 1.0) { // the source's own depth: its growth as it is, bit for bit
      return new StressScenario(stress.name(), stress.description(), stress.startYear(), g,
          stress.costShift(), true, stress.personnelFlex());
    }
    double[] scaled = new double[g.length];
    double before = 1.0;
    double beforeScaled = 1.0;
    for (int k = 0; k < g.length; k++) {
      double level = before * (1.0 + g[k]);
      double levelScaled = 1.0 - (1.0 - level) * factor;
      scaled[k] = levelScaled / beforeScaled - 1.0;
      before = level;
      beforeScaled = levelScaled;
    }
    scaled[0] = 0.0 - depth; // exactly the depth asked for (and +0.0, not -0.0, at depth 0)
    double[] cost = stress.costShift();
    for (int k = 0; k < cost.length; k++) {
      cost[k] = 0.0 + cost[k] * factor; // +0.0 at depth 0
    }
    // depth 0 is no stress at all: no personnel flexibility of its own either
    return new StressScenario(
        stress.name(), stress.description(), stress.startYear(), scaled, cost, true,
        factor == 0.0 ? 0.0 : stress.personnelFlex());
  }

  /**
   * @return the input with the mean growth of the cycle's recession regime (named {@code
   *     recession}, or else the regime with the lowest mean growth) set to {@code growth}
   */
  static GridInput recessionGrowth(GridInput in, double growth) {
    BusinessCycle c = in.risk().cycle();
    int k = recessionRegime(c);
    List<Regime> regimes = new ArrayList<>(c.regimes());
    Regime r = regimes.get(k);
    regimes.set(
        k,
        new Regime(
            r.name(),
            growth,
            r.growthSd(),
            r.relativeToPlan(),
            r.costShiftMean(),
            r.costShiftSd(),
            r.recovery(),
            r.personnelFlex()));
    BusinessCycle changed = new BusinessCycle(regimes, c.transition(), c.initial());
    return new GridInput(in.deal(), in.risk().withCycle(changed), in.stress());
  }

  /**
   * @return the input with the yearly probability of entering the recession regime ({@link
   *     #recessionRegime}) set to {@code p} from every other regime: in each of their rows of the
   *     transition matrix the entry towards the recession becomes {@code p} and the row's other
   *     entries are scaled to keep its sum at 1 (all to the row's own regime when they were all
   *     0); with two regimes, P(expansion → recession) = p and P(expansion → expansion) = 1 − p.
   *     A year-1 distribution that was the chain's stationary one follows the new chain; any
   *     other is kept.
   */
  static GridInput recessionProbability(GridInput in, double p) {
    BusinessCycle c = in.risk().cycle();
    int rec = recessionRegime(c);
    double[][] t = c.transition();
    for (int i = 0; i < t.length; i++) {
      if (i == rec) {
        continue;
      }
      double old = t[i][rec];
      for (int j = 0; j < t.length; j++) {
        if (j != rec) {
          t[i][j] = old < 1.0 ? t[i][j] * (1.0 - p) / (1.0 - old) : (j == i ? 1.0 - p : 0.0);
        }
      }
      t[i][rec] = p;
    }
    double[] before = c.initial();
    double[] stationary = c.stationary();
    boolean wasStationary = true;
    for (int i = 0; i < before.length; i++) {
      wasStationary &= Math.abs(before[i] - stationary[i]) <= STATIONARY_TOLERANCE;
    }
    BusinessCycle changed = wasStationary
        ? BusinessCycle.startingStationary(c.regimes(), t)
        : new BusinessCycle(c.regimes(), t, before);
    return new GridInput(in.deal(), in.risk().withCycle(changed), in.stress());
  }

  /** Two year-1 distributions this close are the same (the stationary one, recomputed). */
  private static final double STATIONARY_TOLERANCE = 1e-12;

  /**
   * @return the index of the regime {@link #RECESSION_GROWTH} and {@link #RECESSION_PROBABILITY}
   *     change: the regime named "recession", else the one with the lowest mean growth
   */
  public static int recessionRegime(BusinessCycle c) {
    int lowest = 0;
    for (int i = 0; i < c.size(); i++) {
      Regime r = c.regimes().get(i);
      if (r.name().equals("recession")) {
        return i;
      }
      if (r.growthMean() < c.regimes().get(lowest).growthMean()) {
        lowest = i;
      }
    }
    return lowest;
  }

  static GridInput entryMultiple(GridInput in, double multiple) {
    Transaction t = in.deal().transaction();
    Valuation price = new Valuation(basis(t.entryValue()), multiple);
    Transaction changed =
        new Transaction(
            price,
            t.refinanceExistingDebt(),
            t.transactionFees(),
            t.transactionFeeShare(),
            t.cashToBalanceSheet(),
            t.closingDate());
    return in.withDeal(DealEdits.withTransaction(in.deal(), changed));
  }

  static GridInput exitMultiple(GridInput in, double multiple) {
    Exit e = in.deal().exit();
    Exit changed = e.withValue(new Valuation(basis(e.value()), multiple));
    return in.withDeal(DealEdits.withExit(in.deal(), changed));
  }

  /**
   * The exit moved to calendar year {@code year}; the rest of the exit (valuation, fees) kept.
   * The projection keeps its length, so an earlier exit leaves later years projected but not
   * tested (docs/methodology.md §1).
   */
  static GridInput exitYear(GridInput in, double year) {
    Exit e = in.deal().exit();
    int index = (int) Math.round(year) - in.deal().company().base().year();
    return in.withDeal(DealEdits.withExit(in.deal(), e.withYear(index)));
  }

  /**
   * Exit years must be whole calendar years after the base year and no later than the file's own
   * exit (the projection, and the per-year inputs, end there).
   */
  private static void checkExitYears(String name, double[] values, GridInput base) {
    if (!EXIT_YEAR.equals(name)) {
      return;
    }
    for (double v : values) {
      checkExitYear(v, base);
    }
  }

  /**
   * Checks a value of {@link #EXIT_YEAR} against the input it is applied to: a whole calendar
   * year after its base year and no later than its own exit (the projection, and the per-year
   * inputs, end there).
   *
   * @param year the calendar year of the exit
   * @param in the cell's input: the deal file as read, or with a key path set
   * @throws DealException ({@code grid.exit.year}) when it is not such a year
   */
  public static void checkExitYear(double year, GridInput in) {
    int first = in.deal().company().base().year() + 1;
    int last = in.deal().company().base().year() + in.deal().exit().year();
    if (year != Math.rint(year) || year < first || year > last) {
      throw new DealException("grid." + EXIT_YEAR, "expected whole calendar years from " + first
          + " to the deal's exit year " + last + ", found " + MessageNumbers.number(year));
    }
  }

  private static Valuation.Basis basis(Valuation v) {
    return v.basis() == Valuation.Basis.AMOUNT ? Valuation.Basis.MULTIPLE_LTM : v.basis();
  }

  static GridInput leverage(GridInput in, double factor) {
    Financing f = in.deal().financing();
    List<Tranche> scaled = new ArrayList<>();
    for (Tranche t : f.debt()) {
      if (t.rolledOver()) {
        scaled.add(t);
        continue;
      }
      // a recap sized to a leverage (§5.13) scales its cap, maxAmount: none stays none (but at 0)
      double value = t.size().value();
      double scaledValue = value == Double.POSITIVE_INFINITY && factor > 0.0 ? value : value * factor;
      Tranche.Size size = new Tranche.Size(t.size().basis(),
          Double.isNaN(scaledValue) ? 0.0 : scaledValue);
      double limit = t.isRevolver() ? t.limit() * factor : t.limit();
      scaled.add(tranche(t, size, t.cashRate(), limit));
    }
    return in.withDeal(DealEdits.withFinancing(in.deal(), financing(f, scaled)));
  }

  static GridInput debtRate(GridInput in, double change) {
    Financing f = in.deal().financing();
    List<Tranche> shifted = new ArrayList<>();
    for (Tranche t : f.debt()) {
      double[] rate = t.cashRate();
      double[] out = new double[rate.length];
      for (int i = 0; i < rate.length; i++) {
        out[i] = Math.max(0.0, rate[i] + change);
      }
      shifted.add(t.withCashRate(out));
    }
    return in.withDeal(DealEdits.withFinancing(in.deal(), financing(f, shifted)));
  }

  static GridInput growth(GridInput in, double change) {
    Deal d = in.deal();
    Operations o = d.operations();
    double[] plan = o.revenue();
    double[] revenue = new double[plan.length];
    double previousPlan = d.company().base().revenue();
    double previous = previousPlan;
    for (int t = 0; t < plan.length; t++) {
      double g = plan[t] / previousPlan - 1.0 + change;
      revenue[t] = previous * (1.0 + g);
      previousPlan = plan[t];
      previous = revenue[t];
    }
    Operations changed = o.withRevenue(revenue);
    return in.withDeal(DealEdits.withOperations(d, changed));
  }

  private static Financing financing(Financing f, List<Tranche> debt) {
    return f.withDebt(debt);
  }

  private static Tranche tranche(Tranche t, Tranche.Size size, double[] cashRate, double limit) {
    return new Tranche(
        t.name(),
        t.lender(),
        t.kind(),
        t.borrower(),
        size,
        cashRate,
        t.floating(),
        t.baseRate(),
        t.floor(),
        t.pikRate(),
        t.upfrontFee(),
        t.repayment(),
        t.maturity(),
        t.sweep(),
        t.sweepOrder(),
        limit,
        t.commitmentFee(),
        t.rolledOver(),
        t.prepaymentFee(),
        t.fullRepayment(),
        t.hedge(),
        t.draw());
  }
}
