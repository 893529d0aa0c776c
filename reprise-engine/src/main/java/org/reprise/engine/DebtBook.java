package org.reprise.engine;

import java.util.List;
import org.reprise.model.Deal;
import org.reprise.model.Tranche;

/**
 * The static facts about the tranches of one deal that the year loop needs, precomputed once per
 * run: payment priority, sweep order, amounts at closing and the straight-line amortisation of
 * upfront fees. Also owns the per-tranche result arrays.
 */
final class DebtBook {
  final List<Tranche> tranches;
  final int m;
  final boolean[] holding;
  /** Tranche indexes in order of payment priority (opco before holding; revolvers first). */
  final int[] priority;
  /** Tranche indexes that take part in the sweep, in sweep order. */
  final int[] sweepOrder;
  /**
   * Per tranche, the index of the first tranche of its pari passu group (its own when it ranks
   * alone); a group's members are next to each other in {@link #priority} and {@link #sweepOrder}.
   * Empty, and never read, when {@link #pariPassu} is false.
   */
  final int[] group;
  /** True when some tranches rank pari passu. */
  final boolean pariPassu;
  /** {@link #group} when no tranche ranks pari passu: never read then. */
  private static final int[] NO_GROUPS = new int[0];
  final double[] initial;
  final double[] upfrontFee;
  /** Upfront fee expensed per year = fee / amortisation period. */
  final double[] feeAmortisation;
  final int[] feePeriod;

  // Per-tranche, per-year results [tranche][year].
  final double[][] opening;
  final double[][] drawdown;
  final double[][] mandatory;
  final double[][] sweep;
  final double[][] pik;
  final double[][] cashInterest;
  final double[][] commitmentFee;
  final double[][] unpaidInterest;
  final double[][] unpaidPrincipal;
  final double[][] closing;

  /**
   * @param recycled a book of a previous run whose arrays are reused, or null: its per-year arrays
   *     when it has the same shape (they need no clearing: {@code YearSolver.commit} writes every
   *     cell of every year), and its per-tranche facts too when {@code sameTerms}
   * @param sameTerms true when {@code deal} and the recycled book's deal have the same tranche terms
   *     (cash rates aside), entry and exit year ({@link LboEngine#sameTerms})
   */
  DebtBook(Deal deal, Entry entry, int exitYear, DebtBook recycled, boolean sameTerms) {
    tranches = deal.financing().debt();
    m = tranches.size();
    int n = deal.years();
    if (sameTerms && recycled != null) {
      holding = recycled.holding;
      initial = recycled.initial;
      upfrontFee = recycled.upfrontFee;
      feeAmortisation = recycled.feeAmortisation;
      feePeriod = recycled.feePeriod;
      priority = recycled.priority;
      sweepOrder = recycled.sweepOrder;
      group = recycled.group;
      pariPassu = recycled.pariPassu;
    } else {
      holding = new boolean[m];
      initial = entry.trancheAmounts().clone();
      upfrontFee = entry.upfrontFees().clone();
      feeAmortisation = new double[m];
      feePeriod = new int[m];
      for (int i = 0; i < m; i++) {
        Tranche tr = tranches.get(i);
        holding[i] = tr.borrower() == Tranche.Borrower.HOLDING;
        int period = feePeriod(tr.maturity(), exitYear);
        feePeriod[i] = period;
        feeAmortisation[i] = upfrontFee[i] / period;
      }
      pariPassu = !deal.financing().pariPassu().isEmpty();
      // without groups every tranche ranks alone: the orders need no regrouping
      group = pariPassu ? deal.financing().rankGroups() : NO_GROUPS;
      priority =
          pariPassu ? PaymentOrder.priority(tranches, group) : PaymentOrder.priority(tranches);
      sweepOrder =
          pariPassu ? PaymentOrder.sweepOrder(tranches, group) : PaymentOrder.sweepOrder(tranches);
    }
    boolean reuse = recycled != null && recycled.m == m && m > 0 && recycled.opening[0].length == n;
    opening = reuse ? recycled.opening : Rows.zeros(m, n);
    drawdown = reuse ? recycled.drawdown : Rows.zeros(m, n);
    mandatory = reuse ? recycled.mandatory : Rows.zeros(m, n);
    sweep = reuse ? recycled.sweep : Rows.zeros(m, n);
    pik = reuse ? recycled.pik : Rows.zeros(m, n);
    cashInterest = reuse ? recycled.cashInterest : Rows.zeros(m, n);
    commitmentFee = reuse ? recycled.commitmentFee : Rows.zeros(m, n);
    unpaidInterest = reuse ? recycled.unpaidInterest : Rows.zeros(m, n);
    unpaidPrincipal = reuse ? recycled.unpaidPrincipal : Rows.zeros(m, n);
    closing = reuse ? recycled.closing : Rows.zeros(m, n);
  }

  /**
   * The years over which an upfront fee is expensed straight-line (methodology §3): to the
   * tranche's maturity or to the exit, whichever comes first, so that every fee is expensed by
   * the exit; never into the year after the exit that a forward exit multiple adds.
   *
   * @param maturity the tranche's maturity (year index, 0 = after the horizon)
   * @param exitYear the exit year index (≥ 1)
   * @return the amortisation period in years, ≥ 1
   */
  static int feePeriod(int maturity, int exitYear) {
    return Math.max(1, maturity > 0 ? Math.min(maturity, exitYear) : exitYear);
  }

  /** @return the upfront fee of tranche i expensed in year index t */
  double feeExpense(int i, int t) {
    return t < feePeriod[i] ? feeAmortisation[i] : 0.0;
  }

  /** @return the schedules as result records */
  List<TrancheSchedule> schedules() {
    TrancheSchedule[] out = new TrancheSchedule[m];
    for (int i = 0; i < m; i++) {
      Tranche tr = tranches.get(i);
      out[i] =
          new TrancheSchedule(
              tr.name(),
              tr.lender(),
              holding[i] ? "holding" : "opco",
              switch (tr.kind()) {
                case TERM -> "term";
                case REVOLVER -> "revolver";
                case VENDOR_LOAN -> "vendor-loan";
              },
              initial[i],
              upfrontFee[i],
              opening[i],
              drawdown[i],
              mandatory[i],
              sweep[i],
              pik[i],
              cashInterest[i],
              commitmentFee[i],
              unpaidInterest[i],
              unpaidPrincipal[i],
              closing[i]);
    }
    return List.of(out);
  }
}
