package org.reprise.sim;

import org.reprise.engine.YearTable;
import org.reprise.engine.returns.Irr;
import org.reprise.engine.returns.Mirr;

/**
 * What one simulated path produced: the engine's annual table, the exit and each party's return. A
 * {@link PathRunner} fills it; {@link Metric}s read it.
 *
 * <p>Mutable scratch: one instance per worker thread, overwritten by every path. A metric must not
 * keep a reference to it or to its table after it returns.
 *
 * <p>Parties are indexed in the order of the deterministic run's {@code DealResult.returns()}
 * (equity holders first, then lenders), which is the same for every path of a deal.
 */
public final class PathOutcome {

  private final double[] irr;
  private final double[] moic;
  private final double[][] flows;
  /**
   * Per party, whether its flows have no single IRR ({@link Mirr#noSingleRoot}), when the runner
   * told ({@link #setNoSingleRoot}); {@link #noSingleRoot} works it out otherwise.
   */
  private final boolean[] noSingleRoot;
  private final boolean[] noSingleRootKnown;
  private YearTable years;
  private int exitYear;
  private double exitEquityValue;
  private double exitValuedEbitda = Double.NaN;
  private boolean exitPaysEveryTranche = true;

  /**
   * @param parties number of parties of the deal
   */
  public PathOutcome(int parties) {
    irr = new double[parties];
    moic = new double[parties];
    flows = new double[parties][];
    noSingleRoot = new boolean[parties];
    noSingleRootKnown = new boolean[parties];
  }

  /**
   * Sets the path's annual results and exit.
   *
   * @param table the engine's annual table of the path
   * @param exitYearIndex exit year index (1 = first projected year)
   * @param equityValue exit equity value = EV − fees − net debt (negative when the debt is not
   *     covered)
   */
  public void setYears(YearTable table, int exitYearIndex, double equityValue) {
    this.years = table;
    this.exitYear = exitYearIndex;
    this.exitEquityValue = equityValue;
  }

  /**
   * Sets the EBITDA the path's exit valued ({@code ExitResult.ebitda}: the exit year's, or the next
   * year's for a forward multiple, before any short-time working saving; methodology §7).
   */
  public void setExitValuedEbitda(double ebitda) {
    this.exitValuedEbitda = ebitda;
  }

  /** @return the EBITDA the path's exit valued; {@code NaN} when the runner did not set it */
  public double exitValuedEbitda() {
    return exitValuedEbitda;
  }

  /**
   * Sets whether the path's exit pays every debt tranche its claim (the engine's {@code
   * DealResult.exitPaysEveryTranche}); false is a payment default at the exit (docs/risk.md §5).
   */
  public void setExitPaysEveryTranche(boolean paysEveryTranche) {
    this.exitPaysEveryTranche = paysEveryTranche;
  }

  /**
   * Sets party {@code k}'s return.
   *
   * @param k party index
   * @param irrValue IRR, decimal per year; −1 for a total loss; {@code NaN} when undefined
   * @param multiple multiple of money; {@code NaN} when the party invested nothing
   */
  public void setReturn(int k, double irrValue, double multiple) {
    irr[k] = irrValue;
    moic[k] = multiple;
  }

  /**
   * Sets party k's dated flows, closing (index 0) to the exit year.
   *
   * @param dated the flows (kept, not copied: valid until the runner's next path)
   */
  public void setFlows(int k, double[] dated) {
    flows[k] = dated;
    noSingleRootKnown[k] = false;
  }

  /**
   * Tells whether party k's flows, as last set by {@link #setFlows}, have no single IRR ({@link
   * Mirr#noSingleRoot} of {@code Irr.irr} of them): a runner that has just computed the IRR passes
   * it on, so that the IRR metric's substitute need not solve the flows again. Forgotten by the
   * next {@link #setFlows} of the party.
   */
  public void setNoSingleRoot(int k, boolean none) {
    noSingleRoot[k] = none;
    noSingleRootKnown[k] = true;
  }

  /**
   * @return true when party k's flows have no single IRR (several roots, or none: {@link
   *     Mirr#noSingleRoot}); as the runner told, or else solved from the flows
   */
  public boolean noSingleRoot(int k) {
    if (!noSingleRootKnown[k]) {
      // the note's list of several roots is not needed, and formatting it costs microseconds
      noSingleRoot[k] = Mirr.noSingleRoot(Irr.irrUnlisted(flows[k]));
      noSingleRootKnown[k] = true;
    }
    return noSingleRoot[k];
  }

  /** @return party k's dated flows, closing (index 0) to the exit year */
  public double[] flows(int k) {
    return flows[k];
  }

  /**
   * @return the number of parties
   */
  public int parties() {
    return irr.length;
  }

  /**
   * @return party k's IRR (decimal per year; −1 total loss; NaN undefined)
   */
  public double irr(int k) {
    return irr[k];
  }

  /**
   * @return party k's multiple of money
   */
  public double moic(int k) {
    return moic[k];
  }

  /**
   * @return the path's annual table (valid only until the next path)
   */
  public YearTable years() {
    return years;
  }

  /**
   * @return exit year index, 1 = first projected year
   */
  public int exitYear() {
    return exitYear;
  }

  /**
   * @return exit equity value (economic: may be negative)
   */
  public double exitEquityValue() {
    return exitEquityValue;
  }

  /**
   * @return true when the exit waterfall pays some debt tranche less than its claim (a shortfall at
   *     the exit: a payment default in the exit year, docs/risk.md §5)
   */
  public boolean exitShortfall() {
    return !exitPaysEveryTranche;
  }

  /**
   * @return index (0 = year 1) of the first year up to the exit with a payment default during the
   *     hold, or −1
   */
  public int firstDefaultInHold() {
    boolean[] d = years.defaulted;
    for (int t = 0; t < exitYear; t++) {
      if (d[t]) {
        return t;
      }
    }
    return -1;
  }

  /**
   * @return index (0 = year 1) of the first year with a payment default: the first during the hold,
   *     else the exit year when the exit pays some tranche short ({@link #exitShortfall}), else −1
   */
  public int firstDefault() {
    int first = firstDefaultInHold();
    return first < 0 && exitShortfall() ? exitYear - 1 : first;
  }

  /**
   * @return index (0 = year 1) of the first year up to the exit with a covenant breach, or −1
   */
  public int firstBreach() {
    boolean[] b = years.covenantBreach;
    for (int t = 0; t < exitYear; t++) {
      if (b[t]) {
        return t;
      }
    }
    return -1;
  }
}
