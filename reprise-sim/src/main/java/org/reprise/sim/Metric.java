package org.reprise.sim;

import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.reprise.engine.FundWaterfall;
import org.reprise.engine.returns.IrrResult;
import org.reprise.engine.returns.Mirr;
import org.reprise.model.FundTerms;

/**
 * A number computed from every simulated path, whose distribution the simulator streams into a
 * histogram (docs/risk.md, "Statistics"). New per-path results — employees' participation, minimum
 * covenant headroom — are added as metrics, with no change to the simulator.
 *
 * <p>A metric returns {@code NaN} when it is undefined on a path. It may then give a substitute:
 * a value that ranks the path in the distribution, counted in {@code Distribution.substituted} (an
 * IRR with no single root enters at its annualised multiple, docs/risk.md §5). The paths left
 * undefined are counted apart ({@code Distribution.undefined}), never dropped silently.
 *
 * @param name dotted name used in reports, for example {@code irr.fund}
 * @param unit unit for display: {@code "rate"} (decimal per year), {@code "x"} (multiple), {@code
 *     "EUR"} (currency units), {@code "people"}…
 * @param resolution magnitude below which values count as zero in the histogram (the absolute error
 *     floor of its quantiles), &gt; 0
 * @param pointMass a value whose exact frequency is reported ({@code Distribution.pointMass}), for
 *     example −1 for an IRR (total loss); {@code NaN} for none
 * @param value the function of a path's outcome; must be stateless and thread-safe
 * @param substitute evaluated only when {@code value} is {@code NaN}: the value the path enters
 *     the distribution at ({@code NaN}: none, the path stays undefined); {@code null} for no
 *     substitute; stateless and thread-safe
 */
public record Metric(
    String name,
    String unit,
    double resolution,
    double pointMass,
    ToDoubleFunction<PathOutcome> value,
    ToDoubleFunction<PathOutcome> substitute) {

  /** A metric with no substitute: a path where it is {@code NaN} stays undefined. */
  public Metric(
      String name,
      String unit,
      double resolution,
      double pointMass,
      ToDoubleFunction<PathOutcome> value) {
    this(name, unit, resolution, pointMass, value, null);
  }

  public Metric {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name: expected a non-empty metric name");
    }
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(value, "value");
    if (!(resolution >= Double.MIN_NORMAL) || Double.isInfinite(resolution)) {
      throw new IllegalArgumentException(
          "resolution: expected a positive number, found " + resolution);
    }
  }

  /** Absolute resolution of rates and multiples: 10^−6 (0.0001 percentage point). */
  public static final double RATE_RESOLUTION = 1e-6;

  /** Absolute resolution of amounts: one cent. */
  public static final double AMOUNT_RESOLUTION = 0.01;

  /**
   * Party k's IRR; point mass −1 (total loss). A path whose flows have no single IRR (several
   * roots, or none: a lender who lends more through the revolver and is not repaid) enters at its
   * modified IRR with zero finance and reinvestment rates, the annualised multiple ({@link
   * Mirr#zeroRates}), counted in {@code substituted}; the other undefined IRRs (nothing paid in)
   * stay undefined.
   */
  public static Metric irr(String party, int k) {
    return new Metric(
        "irr." + party,
        "rate",
        RATE_RESOLUTION,
        -1.0,
        new Standard(Standard.IRR, k),
        // the runner has usually solved the flows already (PathOutcome#noSingleRoot)
        o -> o.noSingleRoot(k) ? Mirr.zeroRates(o.flows(k)) : Double.NaN);
  }

  /** Party k's multiple of money; point mass 0 (total loss). */
  public static Metric moic(String party, int k) {
    return new Metric(
        "moic." + party, "x", RATE_RESOLUTION, 0.0, new Standard(Standard.MOIC, k));
  }

  /** Exit equity value (EV − fees − net debt; negative when the debt is not covered). */
  public static Metric exitEquityValue() {
    return new Metric(
        "exit.equityValue",
        "EUR",
        AMOUNT_RESOLUTION,
        Double.NaN,
        new Standard(Standard.EXIT_EQUITY_VALUE, -1));
  }

  /**
   * EBITDA of the exit year as charged (to check the cycle does what it should; with short-time
   * working, after its saving: not always the EBITDA the exit valued, {@link #exitValuedEbitda}).
   */
  public static Metric exitEbitda() {
    return new Metric(
        "exit.ebitda",
        "EUR",
        AMOUNT_RESOLUTION,
        Double.NaN,
        new Standard(Standard.EXIT_EBITDA, -1));
  }

  /**
   * The EBITDA the exit valued: the exit year's, or the next year's for a forward multiple, before
   * any short-time working saving (methodology §7; review 22, finding 1), as {@code run}'s {@code
   * exit.ebitda}.
   */
  public static Metric exitValuedEbitda() {
    return new Metric(
        "exit.valuedEbitda",
        "EUR",
        AMOUNT_RESOLUTION,
        Double.NaN,
        new Standard(Standard.EXIT_VALUED_EBITDA, -1));
  }

  /**
   * The employees' legal participation earned over the hold: the special participation reserves of
   * years 1 to the exit year (each paid the following year), currency units.
   */
  public static Metric participation() {
    return new Metric(
        "employees.participation",
        "EUR",
        AMOUNT_RESOLUTION,
        0.0,
        new Standard(Standard.PARTICIPATION, -1));
  }

  /** The name of {@link #fundNetIrr}. */
  public static final String FUND_NET_IRR = "fund.netIrr";

  /**
   * The fund's investors' (LPs') IRR net of the fund's management fees and carried interest: the
   * waterfall of the deal file's {@code fund} section ({@link FundWaterfall}, docs/methodology.md
   * §8.3) on party k's flows of the path, {@link FundTerms#holder}; point mass −1 (total loss). A
   * path whose net flows have no single IRR enters at their annualised multiple ({@link
   * Mirr#zeroRates}), as the parties' IRRs do.
   *
   * @param terms the fund's terms
   * @param k the index of the party {@code fund}
   */
  public static Metric fundNetIrr(FundTerms terms, int k) {
    Objects.requireNonNull(terms, "terms");
    return new Metric(
        FUND_NET_IRR,
        "rate",
        RATE_RESOLUTION,
        -1.0,
        o -> FundWaterfall.of(terms, o.flows(k)).netIrr(),
        o -> {
          FundWaterfall w = FundWaterfall.of(terms, o.flows(k));
          return Mirr.noSingleRoot(new IrrResult(w.netIrr(), w.netIrrNote()))
              ? Mirr.zeroRates(w.lpFlows())
              : Double.NaN;
        });
  }

  /** Revenue of the exit year. */
  public static Metric exitRevenue() {
    return new Metric(
        "exit.revenue",
        "EUR",
        AMOUNT_RESOLUTION,
        Double.NaN,
        new Standard(Standard.EXIT_REVENUE, -1));
  }

  /**
   * The value function of a standard metric (a party's IRR or multiple, the exit's equity value,
   * EBITDA or revenue, the participation), an object rather than a lambda so that {@link
   * PathStatistics} can recognise it and evaluate it through {@link #value(int, int,
   * PathOutcome)}, a static method the JIT inlines, instead of one interface call per metric and
   * path: with six lambda classes behind the one call site the call was megamorphic (a vtable stub
   * and no inlining, 14 times a path). Same arithmetic either way; identity equality, as the
   * lambdas had.
   */
  static final class Standard implements ToDoubleFunction<PathOutcome> {
    static final int IRR = 0;
    static final int MOIC = 1;
    static final int EXIT_EQUITY_VALUE = 2;
    static final int EXIT_EBITDA = 3;
    static final int EXIT_REVENUE = 4;
    static final int PARTICIPATION = 5;
    static final int EXIT_VALUED_EBITDA = 6;

    final int kind;
    /** The party of an IRR or a multiple, −1 otherwise. */
    final int party;

    Standard(int kind, int party) {
      this.kind = kind;
      this.party = party;
    }

    @Override
    public double applyAsDouble(PathOutcome o) {
      return value(kind, party, o);
    }

    static double value(int kind, int party, PathOutcome o) {
      switch (kind) {
        case IRR:
          return o.irr(party);
        case MOIC:
          return o.moic(party);
        case EXIT_EQUITY_VALUE:
          return o.exitEquityValue();
        case EXIT_EBITDA:
          return o.years().ebitda[o.exitYear() - 1];
        case EXIT_REVENUE:
          return o.years().revenue[o.exitYear() - 1];
        case EXIT_VALUED_EBITDA:
          return o.exitValuedEbitda();
        case PARTICIPATION:
          {
            double[] p = o.years().participation;
            double sum = 0.0;
            for (int t = 0; t < o.exitYear(); t++) {
              sum += p[t];
            }
            return sum;
          }
        default:
          throw new IllegalStateException("unknown standard metric " + kind);
      }
    }
  }
}
