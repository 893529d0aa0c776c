package org.reprise.model;

import java.util.Arrays;

/**
 * One debt tranche as resolved from the deal file.
 *
 * <p>Seniority is the order of the tranches in the deal file (revolver first whatever its place);
 * the operating company's tranches rank before the holding's (structural subordination).
 *
 * @param name tranche name as the user wrote it
 * @param lender the party that lends it (e.g. "senior banks", "vendor")
 * @param kind term loan, revolving credit facility or vendor loan
 * @param borrower the entity that borrows
 * @param size how the amount at closing is given; for a dividend recapitalisation sized to a
 *     target leverage ({@link Draw#sized}), an amount: the most it may draw ({@code maxAmount}),
 *     {@code Double.POSITIVE_INFINITY} when there is no cap
 * @param cashRate cash interest rate per year, decimal: the rate that is paid (for a floating rate,
 *     base rate floored, plus the margin, already computed: {@code max(baseRate, floor) + margin})
 * @param floating true when the cash rate moves with the base rate (Euribor): base-rate shocks of
 *     the risk simulation move it ({@link #shiftedCashRate}); false for a fixed rate, whose cash
 *     rate no base-rate shock changes. The reader sets it when the rate is written as base +
 *     margin, unless the file says {@code floating: false} (a loan hedged by a swap)
 * @param baseRate base rate per year before the floor, decimal, the same length as {@code
 *     cashRate}, as written in the file when the rate is given as base + margin; zeros for a rate
 *     given as one all-in figure. The margin is not kept apart: it is {@code cashRate − max(baseRate,
 *     floor)}
 * @param floor floor of the base rate, decimal (0 when the file gives none, and for a rate given as
 *     one all-in figure)
 * @param pikRate payment-in-kind interest per year, decimal, accrued on the opening balance
 * @param upfrontFee fee paid to the lender at closing, decimal share of the amount (of the limit
 *     for a revolver)
 * @param repayment mandatory repayment per year as a decimal share of the amount at closing
 * @param maturity year index (1 = first projected year) at which everything outstanding is due;
 *     0 when the tranche matures after the horizon
 * @param sweep true when the tranche takes part in the cash sweep
 * @param sweepOrder rank in the sweep (lower first); ties keep the deal-file order
 * @param limit revolver commitment, currency units (0 for other kinds)
 * @param commitmentFee fee on the undrawn revolver, decimal per year
 * @param rolledOver true for existing debt that stays in place (not a source of funds)
 * @param prepaymentFee premium on the balance repaid at the exit, per year of exit, decimal (0.02 =
 *     the lender receives 102 % of what it is owed): a mezzanine's prepayment or make-whole fee
 *     (docs/methodology.md §7); zeros for none
 * @param fullRepayment mandatory repayment per year over the loan's whole term as the file writes
 *     it, as a decimal share of the amount at closing (index 0 = first projected year): its length
 *     is the term in years, the year index of the final maturity, at which everything still
 *     outstanding is due, even when it falls after the horizon ({@code repayment} and {@code
 *     maturity} stop at the horizon); empty when the term is not known (a revolver given no
 *     repayment). The debt falling due after the horizon is read from it (docs/methodology.md §7)
 * @param hedge the interest-rate hedge (swap or cap) of a floating tranche, or null when none
 *     (docs/methodology.md §5.1)
 * @param draw for a dividend recapitalisation, the year the tranche is drawn during the hold and
 *     its lenders' condition (docs/methodology.md §5.13); null for a tranche drawn at closing. Its
 *     {@code repayment}, {@code maturity} and {@code fullRepayment} are then already counted from
 *     the closing (the reader shifts the schedule written from the draw)
 */
public record Tranche(
    String name,
    String lender,
    Kind kind,
    Borrower borrower,
    Size size,
    double[] cashRate,
    boolean floating,
    double[] baseRate,
    double floor,
    double[] pikRate,
    double upfrontFee,
    double[] repayment,
    int maturity,
    boolean sweep,
    int sweepOrder,
    double limit,
    double commitmentFee,
    boolean rolledOver,
    double[] prepaymentFee,
    double[] fullRepayment,
    Hedge hedge,
    Draw draw) {

  /**
   * A tranche drawn during the hold to pay the shareholders: a dividend recapitalisation
   * (docs/methodology.md §5.13).
   *
   * @param year year index (1 = first projected year) at whose start the tranche is drawn, at
   *     least 2 (a draw at the start of year 1 is the closing)
   * @param maxNetLeverage the lenders' condition: drawn only if net debt / EBITDA of the year
   *     before, pro forma for the draw and the payment to the shareholders, is at most this
   *     (times); NaN when there is none
   * @param upToNetLeverage for a recap sized to a target leverage ({@code amount:
   *     {upToNetLeverage: L}}), L in times: the amount drawn is L × the EBITDA of the year before
   *     − the net debt at its end (and the recaps of the same year drawn before), floored at 0 and
   *     capped by the tranche's {@link Size} (an amount, +∞ when the file gives no {@code
   *     maxAmount}); NaN for a recap of a given size. At most {@code maxNetLeverage}, so that the
   *     lenders' test passes by construction
   */
  public record Draw(int year, double maxNetLeverage, double upToNetLeverage) {
    public Draw {
      if (year < 2) {
        throw new IllegalArgumentException("a tranche drawn during the hold is drawn in year 2"
            + " or later, found " + year);
      }
      if (!Double.isNaN(upToNetLeverage) && !(upToNetLeverage > 0.0)) {
        throw new IllegalArgumentException("a recap sized to a net leverage needs a level above"
            + " 0, found " + upToNetLeverage);
      }
      if (upToNetLeverage > maxNetLeverage) {
        throw new IllegalArgumentException("a recap sized to " + upToNetLeverage + "x cannot"
            + " meet its lenders' test at " + maxNetLeverage + "x");
      }
    }

    /** A draw of a given size (an amount or a multiple of EBITDA). */
    public Draw(int year, double maxNetLeverage) {
      this(year, maxNetLeverage, Double.NaN);
    }

    /** @return true when the lenders set a leverage condition */
    public boolean conditional() {
      return !Double.isNaN(maxNetLeverage);
    }

    /** @return true for a recap sized to a target net leverage ({@code upToNetLeverage}) */
    public boolean sized() {
      return !Double.isNaN(upToNetLeverage);
    }
  }

  /** @return true for a tranche drawn during the hold (a dividend recapitalisation) */
  public boolean drawnLater() {
    return draw != null;
  }

  /** A tranche without a hedge. */
  public Tranche(
      String name,
      String lender,
      Kind kind,
      Borrower borrower,
      Size size,
      double[] cashRate,
      boolean floating,
      double[] baseRate,
      double floor,
      double[] pikRate,
      double upfrontFee,
      double[] repayment,
      int maturity,
      boolean sweep,
      int sweepOrder,
      double limit,
      double commitmentFee,
      boolean rolledOver,
      double[] prepaymentFee,
      double[] fullRepayment) {
    this(name, lender, kind, borrower, size, cashRate, floating, baseRate, floor, pikRate,
        upfrontFee, repayment, maturity, sweep, sweepOrder, limit, commitmentFee, rolledOver,
        prepaymentFee, fullRepayment, null, null);
  }

  /**
   * A tranche with no prepayment fee at the exit, whose term is known only within the horizon: its
   * full repayment is its repayment up to its maturity, or unknown (empty) when it matures after
   * the horizon.
   */
  public Tranche(
      String name,
      String lender,
      Kind kind,
      Borrower borrower,
      Size size,
      double[] cashRate,
      boolean floating,
      double[] baseRate,
      double floor,
      double[] pikRate,
      double upfrontFee,
      double[] repayment,
      int maturity,
      boolean sweep,
      int sweepOrder,
      double limit,
      double commitmentFee,
      boolean rolledOver) {
    this(name, lender, kind, borrower, size, cashRate, floating, baseRate, floor, pikRate,
        upfrontFee, repayment, maturity, sweep, sweepOrder, limit, commitmentFee, rolledOver,
        new double[cashRate.length],
        maturity > 0 ? Arrays.copyOf(repayment, maturity) : new double[0]);
  }

  /** The kind of facility. */
  public enum Kind {
    TERM,
    REVOLVER,
    VENDOR_LOAN
  }

  /** The entity that borrows. */
  public enum Borrower {
    HOLDING,
    OPCO
  }

  /**
   * How the amount at closing is given.
   *
   * @param basis amount, multiple of base-year EBITDA, or share of the entry enterprise value
   * @param value the amount (currency units), the multiple, or the decimal share
   */
  public record Size(Basis basis, double value) {
    /** The unit of a tranche size. */
    public enum Basis {
      AMOUNT,
      EBITDA_MULTIPLE,
      PRICE_SHARE
    }
  }

  /**
   * The cash rate of year index {@code t} (0 = first projected year) when the base rate moves by
   * {@code baseShift}.
   *
   * <p>A floating tranche follows the formula of its rate, with the shifted base: {@code
   * max(baseRate + baseShift, floor) + margin}, computed as {@code cashRate + max(baseRate +
   * baseShift, floor) − max(baseRate, floor)}, so that any change made to the cash rate itself (a
   * sensitivity on the cost of debt) is kept. A shift of 0 returns the cash rate exactly. A fixed
   * tranche returns its cash rate whatever the shift.
   *
   * @param t year index, 0 = first projected year
   * @param baseShift change of the base rate, decimal (0.01 = +1 point)
   * @return the cash rate, decimal
   */
  public double shiftedCashRate(int t, double baseShift) {
    if (!floating || baseShift == 0.0) {
      return cashRate[t];
    }
    double base = baseRate[t];
    return cashRate[t] + (Math.max(base + baseShift, floor) - Math.max(base, floor));
  }

  /**
   * @param rate the new cash rate per year, decimal (used, not copied)
   * @return this tranche with another cash rate; everything else, the base rate and floor
   *     included, unchanged
   */
  public Tranche withCashRate(double[] rate) {
    return new Tranche(name, lender, kind, borrower, size, rate, floating, baseRate, floor,
        pikRate, upfrontFee, repayment, maturity, sweep, sweepOrder, limit, commitmentFee,
        rolledOver, prepaymentFee, fullRepayment, hedge, draw);
  }

  /**
   * @param newDraw the draw during the hold (null for a tranche drawn at closing)
   * @return this tranche drawn then, everything else unchanged
   */
  public Tranche withDraw(Draw newDraw) {
    return new Tranche(name, lender, kind, borrower, size, cashRate, floating, baseRate, floor,
        pikRate, upfrontFee, repayment, maturity, sweep, sweepOrder, limit, commitmentFee,
        rolledOver, prepaymentFee, fullRepayment, hedge, newDraw);
  }

  /**
   * @param newHedge the hedge (null for none)
   * @return this tranche with another hedge, everything else unchanged
   */
  public Tranche withHedge(Hedge newHedge) {
    return new Tranche(name, lender, kind, borrower, size, cashRate, floating, baseRate, floor,
        pikRate, upfrontFee, repayment, maturity, sweep, sweepOrder, limit, commitmentFee,
        rolledOver, prepaymentFee, fullRepayment, newHedge, draw);
  }

  /**
   * @return true when {@code other} is this tranche but for its cash rates and its hedge's index:
   *     every other component is the same object or the same value (the Monte Carlo's path
   *     tranches share them)
   */
  public boolean sameTermsExceptCashRate(Tranche other) {
    return this == other
        || (name == other.name
            && lender == other.lender
            && kind == other.kind
            && borrower == other.borrower
            && size == other.size
            && floating == other.floating
            && baseRate == other.baseRate
            && Double.compare(floor, other.floor) == 0
            && pikRate == other.pikRate
            && Double.compare(upfrontFee, other.upfrontFee) == 0
            && repayment == other.repayment
            && maturity == other.maturity
            && sweep == other.sweep
            && sweepOrder == other.sweepOrder
            && Double.compare(limit, other.limit) == 0
            && Double.compare(commitmentFee, other.commitmentFee) == 0
            && rolledOver == other.rolledOver
            && prepaymentFee == other.prepaymentFee
            && fullRepayment == other.fullRepayment
            && java.util.Objects.equals(draw, other.draw)
            && (hedge == other.hedge || (hedge != null && hedge.sameTermsExceptIndex(other.hedge))));
  }

  /**
   * @return the term in years as the file writes it: the year index (1 = first projected year) of
   *     the final maturity, after the horizon included; 0 when it is not known
   */
  public int term() {
    return fullRepayment.length;
  }

  /** @return true for a revolving credit facility */
  public boolean isRevolver() {
    return kind == Kind.REVOLVER;
  }

  /**
   * The years over which the upfront fee is expensed straight-line (docs/methodology.md §3): to
   * the maturity or to the exit, whichever comes first, so that every fee is expensed by the
   * exit; never into the year after the exit that a forward exit multiple adds.
   *
   * @param exitYear the exit year index (≥ 1)
   * @return the amortisation period in years, ≥ 1
   */
  public int feePeriod(int exitYear) {
    int end = maturity > 0 ? Math.min(maturity, exitYear) : exitYear;
    // a tranche drawn during the hold expenses its fee from its draw (§5.13)
    return Math.max(1, draw == null ? end : end - draw.year() + 1);
  }
}
