package org.reprise.model;

import java.util.List;

/**
 * The financing of the deal: equity classes and debt tranches, in the deal file's order.
 *
 * @param equity equity and quasi-equity classes (at most one is the balancing item)
 * @param debt debt tranches, most senior first
 * @param cashSweep decimal share of the excess cash that prepays the sweeping tranches each year
 *     (0 = the cash stays on the balance sheet)
 * @param distributionShare decimal share of the cash left after the sweep that is paid out to the
 *     shareholders each year (0 = none)
 * @param sweepBasis what the sweep share applies to
 */
public record Financing(
    List<EquityClass> equity,
    List<Tranche> debt,
    double cashSweep,
    double distributionShare,
    SweepBasis sweepBasis) {

  /** What the cash sweep takes a share of (docs/methodology.md §5.5). */
  public enum SweepBasis {
    /** The cash above the minimum after the year's debt service, whatever its origin. */
    CASH,
    /**
     * The year's excess cash flow: the same less the cash above the minimum that the year started
     * with, so that only the cash the year generated is swept (the Loan Market Association's
     * definition); nothing when it is negative.
     */
    EXCESS_CASH_FLOW
  }

  public Financing {
    equity = List.copyOf(equity);
    debt = List.copyOf(debt);
    java.util.Objects.requireNonNull(sweepBasis, "sweepBasis");
  }

  /** A financing whose sweep takes a share of the cash above the minimum ({@code CASH}). */
  public Financing(
      List<EquityClass> equity, List<Tranche> debt, double cashSweep, double distributionShare) {
    this(equity, debt, cashSweep, distributionShare, SweepBasis.CASH);
  }
}
