package org.reprise.engine;

import java.util.Arrays;
import org.reprise.engine.returns.Irr;
import org.reprise.engine.returns.IrrResult;
import org.reprise.engine.returns.Mirr;
import org.reprise.model.Deal;
import org.reprise.model.DealException;

/**
 * A reusable run of the engine for the Monte Carlo: the same steps as {@link LboEngine#run} (it
 * calls the same code), but the annual table, the debt book and the parties' flow arrays are kept
 * from one run to the next, and no result records (schedules, waterfall lines, value bridge) are
 * built. Only what the simulation reads is exposed: the annual table, the exit equity value and
 * each party's IRR and multiple, in the order of {@code DealResult.returns()}.
 *
 * <p>Mutable, one instance per thread; the results are valid until the next {@link #run}.
 */
public final class PathWorkspace {

  private YearTable table;
  /** The last run's deal and what it computed (their arrays are reused by the next run). */
  private Deal lastDeal;
  private LboEngine.Core core;
  private PartyReturns.Layout layout;
  private double[][] flows;
  private double[] irr = new double[0];
  private double[] moic = new double[0];
  private boolean[] noSingleRoot = new boolean[0];
  /**
   * Per party, the flows whose IRR, multiple and {@link #noSingleRoot} the arrays above hold (they
   * are functions of the flows alone), when {@link #solvedValid}; null until a run has solved them.
   */
  private double[][] solvedFlows;
  private boolean[] solvedValid;
  /** Parties whose returns a run took over from the run before, flows unchanged (for tests). */
  long returnsReused;
  private int exitYear;
  private double exitEquityValue;
  private double exitValuedEbitda;
  private boolean exitPaysEveryTranche;

  /**
   * Runs {@code deal}.
   *
   * @param deal a resolved deal
   * @throws DealException as {@link LboEngine#run} does
   */
  public void run(Deal deal) {
    int n = LboEngine.checkedYears(deal);
    if (table == null || table.size() != n) {
      table = new YearTable(n);
    }
    // the table needs no clearing: a run writes every cell of every year (PathWorkspaceTest)
    boolean sameTerms = lastDeal != null && LboEngine.sameTerms(lastDeal, deal);
    lastDeal = null; // until this run has succeeded
    LboEngine.Core core = LboEngine.compute(deal, table, this.core, sameTerms, true);
    this.core = core;
    lastDeal = deal;
    DebtBook book = core.book();
    exitYear = deal.exit().year();
    exitEquityValue = core.exit().equityValue;
    exitValuedEbitda = core.exit().ebitda;
    exitPaysEveryTranche = core.exit().paysEveryTranche();
    if (layout == null || !layout.matches(deal)) {
      layout = PartyReturns.Layout.of(deal);
      irr = new double[layout.size()];
      moic = new double[layout.size()];
      noSingleRoot = new boolean[layout.size()];
      flows = null;
    }
    if (flows == null || flows[0].length != exitYear + 1) {
      flows = Rows.zeros(layout.size(), exitYear + 1);
      solvedFlows = Rows.zeros(layout.size(), exitYear + 1);
      solvedValid = new boolean[layout.size()];
    } else {
      for (double[] f : flows) {
        Arrays.fill(f, 0.0);
      }
    }
    PartyReturns.fill(
        layout, deal, core.entry(), book, table, core.exit(), exitYear, core.solver().classFlows,
        flows);
    for (int p = 0; p < flows.length; p++) {
      double[] f = flows[p];
      // a lender paid as scheduled often has, bit for bit, the flows of the path before: its
      // returns, functions of the flows alone, are then the ones already computed
      if (solvedValid[p] && sameBits(f, solvedFlows[p])) {
        returnsReused++;
        continue;
      }
      solvedValid[p] = false; // until the returns below are those of the flows copied
      // the rate and whether there is no single root, without the list of several roots' note
      IrrResult r = Irr.irrUnlisted(f);
      irr[p] = r.rate();
      noSingleRoot[p] = Mirr.noSingleRoot(r);
      moic[p] = PartyReturns.moic(PartyReturns.paid(f), PartyReturns.received(f));
      System.arraycopy(f, 0, solvedFlows[p], 0, f.length);
      solvedValid[p] = true;
    }
  }

  /** @return true when a and b (of the same length) hold the same doubles, bit for bit */
  private static boolean sameBits(double[] a, double[] b) {
    for (int t = 0; t < a.length; t++) {
      if (Double.doubleToRawLongBits(a[t]) != Double.doubleToRawLongBits(b[t])) {
        return false;
      }
    }
    return true;
  }

  /** @return the annual table of the last run */
  public YearTable years() {
    return table;
  }

  /** @return the exit year index of the last run (1 = first projected year) */
  public int exitYear() {
    return exitYear;
  }

  /**
   * @return the EBITDA the last run's exit valued (the exit year's, or the next year's for a
   *     forward multiple, before any short-time working saving: {@link ExitResult#ebitda})
   */
  public double exitValuedEbitda() {
    return exitValuedEbitda;
  }

  /** @return the exit equity value of the last run (EV − fees − net debt; may be negative) */
  public double exitEquityValue() {
    return exitEquityValue;
  }

  /**
   * @return true when the last run's exit pays every debt tranche its claim in full (as {@link
   *     DealResult#exitPaysEveryTranche})
   */
  public boolean exitPaysEveryTranche() {
    return exitPaysEveryTranche;
  }

  /** @return the number of parties of the last run */
  public int parties() {
    return irr.length;
  }

  /** @return party p's name, in the order of {@code DealResult.returns()} */
  public String party(int p) {
    return layout.party[p];
  }

  /** @return party p's IRR (decimal per year; −1 total loss; NaN when undefined) */
  public double irr(int p) {
    return irr[p];
  }

  /**
   * @return party p's dated flows of the last run, from closing (index 0) to the exit year (the
   *     workspace's own array, overwritten by the next run: read, do not keep)
   */
  public double[] flows(int p) {
    return flows[p];
  }

  /**
   * @return true when party p's flows of the last run have no single IRR, several roots or none
   *     ({@link Mirr#noSingleRoot}): its IRR is NaN, and the Monte Carlo ranks it by its annualised
   *     multiple
   */
  public boolean noSingleRoot(int p) {
    return noSingleRoot[p];
  }

  /** @return party p's multiple of money (NaN when the party paid nothing) */
  public double moic(int p) {
    return moic[p];
  }
}
