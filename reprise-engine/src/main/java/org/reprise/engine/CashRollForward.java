package org.reprise.engine;

import java.util.Objects;

/**
 * The group's cash, year by year, from the opening cash to the closing cash, with no residual
 * item (docs/methodology.md §5.5): {@code closing = opening + Σ flows}, each flow signed (inflows
 * positive, outflows negative), in currency units. Every flow is one the engine's cash waterfall
 * moves (§5.3–§5.5):
 *
 * <ul>
 *   <li>{@link Flow#FREE_CASH_FLOW}: {@link YearTable#freeCashFlow} (its holding costs and
 *       interest earned on the cash included);
 *   <li>{@link Flow#MEMBER_CONTRIBUTIONS}: a SCOP's capital subscribed by its members;
 *   <li>{@link Flow#RECAP_BORROWED}, {@link Flow#RECAP_FEES}, {@link Flow#RECAP_PAID}: a dividend
 *       recapitalisation at the start of the year (§5.13), the amount borrowed, its upfront fees
 *       and what the shareholders received ({@link RecapRows}); what is left is kept as cash;
 *   <li>{@link Flow#INTEREST_AND_FEES_PAID} = − Σ tranches (cash interest + commitment fee −
 *       unpaid interest): after a payment default what is not paid is capitalised, not paid;
 *   <li>{@link Flow#HEDGING} = − ({@link YearTable#hedgeSettlement} − {@link
 *       YearTable#hedgeUnpaid}): the interest-rate hedges' net settlement paid (an outflow) or
 *       received (an inflow); in a year that falls short, the hedges' pro rata share of a
 *       tranche's unpaid interest is not paid (it is added to the hedged tranche's balance,
 *       docs/methodology.md §5.11), so the interest row above counts only the rest of the unpaid
 *       interest;
 *   <li>{@link Flow#SCHEDULED_REPAYMENTS_PAID} = − Σ tranches' mandatory repayments paid (a
 *       revolver's at its maturity included), so that interest and fees paid + scheduled
 *       repayments paid is the debt service paid: the debt service due less what is not paid;
 *   <li>{@link Flow#REVOLVER_DRAWN} = Σ drawings; {@link Flow#REVOLVER_REPAID} = − Σ revolvers'
 *       repayments out of the excess cash (their {@link TrancheSchedule#sweep});
 *   <li>{@link Flow#SWEEP} = − Σ the term and vendor tranches' prepayments (the cash sweep);
 *   <li>{@link Flow#DISTRIBUTIONS} = − {@link YearTable#distributions} (for a SCOP, the interest
 *       on shares paid); {@link Flow#BUYBACKS} = − a SCOP's buybacks of its outside members'
 *       shares.
 * </ul>
 *
 * Year 1 opens with the cash at closing ({@link SourcesAndUses#cashAtClosing}), a later year with
 * the previous closing; the closing is {@link YearTable#cash}. Computed from a {@link DealResult}
 * when asked for, so that the engine's run does not pay for it. Immutable; the arrays it returns
 * are copies.
 */
public final class CashRollForward {

  /** The flows of a year, in display order. */
  public enum Flow {
    /** Free cash flow (CFADS), an inflow when positive. */
    FREE_CASH_FLOW,
    /** A SCOP's capital subscribed by its members, an inflow. */
    MEMBER_CONTRIBUTIONS,
    /** A dividend recapitalisation's amount borrowed at the start of the year, an inflow. */
    RECAP_BORROWED,
    /** Its upfront fees paid to the lenders, an outflow. */
    RECAP_FEES,
    /** What it paid to the shareholders, an outflow. */
    RECAP_PAID,
    /** Cash interest and commitment fees paid, an outflow. */
    INTEREST_AND_FEES_PAID,
    /** Net settlement of the interest-rate hedges: an outflow when paid, an inflow when received. */
    HEDGING,
    /** Mandatory (scheduled) repayments paid, an outflow. */
    SCHEDULED_REPAYMENTS_PAID,
    /** Revolver drawings, an inflow. */
    REVOLVER_DRAWN,
    /** Revolver drawings repaid out of the excess cash, an outflow. */
    REVOLVER_REPAID,
    /** Prepayments of the term and vendor tranches by the cash sweep, an outflow. */
    SWEEP,
    /** Distributions to the shareholders (a SCOP's interest on shares), an outflow. */
    DISTRIBUTIONS,
    /** A SCOP's buybacks of its outside members' shares, an outflow. */
    BUYBACKS
  }

  private static final Flow[] FLOWS = Flow.values();

  private final double[] opening;
  private final double[][] flows;
  private final double[] closing;

  private CashRollForward(double[] opening, double[][] flows, double[] closing) {
    this.opening = opening;
    this.flows = flows;
    this.closing = closing;
  }

  /**
   * @param result a result of the engine
   * @return the roll-forward of its cash over every projected year
   */
  public static CashRollForward of(DealResult result) {
    Objects.requireNonNull(result, "result");
    YearTable y = result.years();
    int n = y.size();
    double[][] f = new double[FLOWS.length][n];
    for (TrancheSchedule s : result.debt()) {
      boolean revolver = "revolver".equals(s.kind());
      for (int t = 0; t < n; t++) {
        f[Flow.INTEREST_AND_FEES_PAID.ordinal()][t] -=
            s.cashInterest()[t] + s.commitmentFee()[t] - s.unpaidInterest()[t];
        f[Flow.SCHEDULED_REPAYMENTS_PAID.ordinal()][t] -= s.mandatory()[t];
        f[Flow.REVOLVER_DRAWN.ordinal()][t] += s.drawdown()[t];
        f[(revolver ? Flow.REVOLVER_REPAID : Flow.SWEEP).ordinal()][t] -= s.sweep()[t];
      }
    }
    double[] opening = new double[n];
    for (int t = 0; t < n; t++) {
      f[Flow.FREE_CASH_FLOW.ordinal()][t] = y.freeCashFlow[t];
      f[Flow.MEMBER_CONTRIBUTIONS.ordinal()][t] = y.memberContributions[t];
      // 0 − x, not −x: no hedge gives +0, not −0
      // what the hedges really paid: their share of a tranche's shortfall stays unpaid (review 30,
      // finding 1), and is taken out of the unpaid interest the interest row nets
      f[Flow.HEDGING.ordinal()][t] = 0.0 - (y.hedgeSettlement[t] - y.hedgeUnpaid[t]);
      f[Flow.INTEREST_AND_FEES_PAID.ordinal()][t] -= y.hedgeUnpaid[t];
      f[Flow.DISTRIBUTIONS.ordinal()][t] = -y.distributions[t];
      f[Flow.BUYBACKS.ordinal()][t] = -y.buybacks[t];
      RecapRows recap = y.recap();
      if (recap != null) {
        f[Flow.RECAP_BORROWED.ordinal()][t] = recap.borrowed[t];
        f[Flow.RECAP_FEES.ordinal()][t] = 0.0 - recap.fees[t];
        f[Flow.RECAP_PAID.ordinal()][t] = 0.0 - recap.paid[t];
      }
      opening[t] = t == 0 ? result.sourcesAndUses().cashAtClosing() : y.cash[t - 1];
    }
    return new CashRollForward(opening, f, y.cash.clone());
  }

  /** @return the number of years */
  public int size() {
    return closing.length;
  }

  /** @return the cash at the start of each year, currency units */
  public double[] opening() {
    return opening.clone();
  }

  /** @return the cash at the end of each year ({@link YearTable#cash}), currency units */
  public double[] closing() {
    return closing.clone();
  }

  /** @return the signed amounts of {@code flow}, one per year, currency units */
  public double[] amounts(Flow flow) {
    return flows[flow.ordinal()].clone();
  }

  /** @return the signed amount of {@code flow} in year index {@code t} */
  public double amount(Flow flow, int t) {
    return flows[flow.ordinal()][t];
  }

  /**
   * @return opening cash + the flows − closing cash of year index {@code t}: zero but for the
   *     rounding of the engine's sums (a few ULPs of the amounts)
   */
  public double residual(int t) {
    double sum = opening[t];
    for (double[] f : flows) {
      sum += f[t];
    }
    return sum - closing[t];
  }
}
