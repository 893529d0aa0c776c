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
  /** Upfront fee expensed per year = fee / amortisation period (this run's for a later draw). */
  final double[] feeAmortisation;
  /**
   * Per tranche, one past the last year index whose upfront fee is expensed: the fee period of a
   * tranche drawn at closing; for a tranche drawn later, its draw year index plus its period.
   */
  final int[] feePeriod;
  /**
   * Per tranche, the year index at whose start it is drawn during the hold (a dividend
   * recapitalisation, methodology §5.13), or -1 when it is drawn at closing.
   */
  final int[] drawIndex;
  /** True when some tranche is drawn during the hold. */
  final boolean drawsLater;
  /**
   * Per tranche drawn later, this run's amount drawn (0 when its condition kept it undrawn) and
   * the upfront fee paid then: this run's, never shared with another run.
   */
  final double[] drawn;
  final double[] drawFee;
  /**
   * Per tranche, the year index in which its unamortised upfront fee was written off because the
   * loan was repaid before the end of its fee period (methodology §3), or -1: this run's, never
   * shared with another run.
   */
  final int[] writtenOff;
  /**
   * One past the last year index in which some loan's fee could be written off (a loan with a
   * fee, not a revolver, with a year of its fee period left after it): 0 when none can.
   */
  private final int lastWriteOff;
  /**
   * A balance at most this, in currency units, is repaid: the fixed point's rounding leaves a
   * millionth of a euro at most on a loan the year repays in full.
   */
  static final double REPAID = 1e-6;

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
  /** The upfront fee expensed, per tranche and year ({@link #feeExpense}). */
  final double[][] fee;
  /** Per tranche: a loan (not a revolver) with an upfront fee, whose fee may be written off. */
  private final boolean[] writeOffCandidate;

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
      // a later draw's fee is this run's (set at the draw): its own copy then
      feeAmortisation = recycled.drawsLater
          ? recycled.feeAmortisation.clone() : recycled.feeAmortisation;
      feePeriod = recycled.feePeriod;
      drawIndex = recycled.drawIndex;
      drawsLater = recycled.drawsLater;
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
      drawIndex = new int[m];
      boolean later = false;
      for (int i = 0; i < m; i++) {
        Tranche tr = tranches.get(i);
        holding[i] = tr.borrower() == Tranche.Borrower.HOLDING;
        int period = tr.feePeriod(exitYear);
        drawIndex[i] = tr.drawnLater() ? tr.draw().year() - 1 : -1;
        later |= tr.drawnLater();
        feePeriod[i] = Math.max(0, drawIndex[i]) + period;
        feeAmortisation[i] = upfrontFee[i] / period;
      }
      drawsLater = later;
      pariPassu = !deal.financing().pariPassu().isEmpty();
      // without groups every tranche ranks alone: the orders need no regrouping
      group = pariPassu ? deal.financing().rankGroups() : NO_GROUPS;
      priority =
          pariPassu ? PaymentOrder.priority(tranches, group) : PaymentOrder.priority(tranches);
      sweepOrder =
          pariPassu ? PaymentOrder.sweepOrder(tranches, group) : PaymentOrder.sweepOrder(tranches);
    }
    writtenOff = recycled != null && recycled.m == m ? recycled.writtenOff : new int[m];
    java.util.Arrays.fill(writtenOff, -1);
    drawn = recycled != null && recycled.m == m ? recycled.drawn : new double[m];
    drawFee = recycled != null && recycled.m == m ? recycled.drawFee : new double[m];
    java.util.Arrays.fill(drawn, 0.0);
    java.util.Arrays.fill(drawFee, 0.0);
    for (int i = 0; drawsLater && i < m; i++) {
      // a later draw's fee depends on this run's amount: set at the draw, none before
      if (drawIndex[i] >= 0) {
        feeAmortisation[i] = 0.0;
      }
    }
    if (sameTerms && recycled != null) {
      writeOffCandidate = recycled.writeOffCandidate;
      lastWriteOff = recycled.lastWriteOff;
    } else {
      writeOffCandidate = new boolean[m];
      int last = 0;
      for (int i = 0; i < m; i++) {
        Tranche tr = tranches.get(i);
        writeOffCandidate[i] = (upfrontFee[i] > 0.0 || tr.drawnLater() && tr.upfrontFee() > 0.0)
            && !tr.isRevolver();
        if (writeOffCandidate[i]) {
          last = Math.max(last, feePeriod[i] - 1);
        }
      }
      lastWriteOff = last;
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
    fee = reuse ? recycled.fee : Rows.zeros(m, n);
  }

  /**
   * @return the upfront fee of tranche i expensed in year index t: the straight-line share over
   *     its fee period, or, in the year the loan was repaid early, all that was left of it, and
   *     nothing after (methodology §3)
   */
  double feeExpense(int i, int t) {
    if (t < drawIndex[i]) {
      return 0.0;
    }
    int w = writtenOff[i];
    if (w >= 0 && t >= w) {
      return t == w ? feeAmortisation[i] * (feePeriod[i] - w) : 0.0;
    }
    return t < feePeriod[i] ? feeAmortisation[i] : 0.0;
  }

  /**
   * @return true when year index t may write off a fee: some loan (not a revolver, whose
   *     commitment stays) has an upfront fee left to expense after the year and is not written off
   */
  boolean feeLeftAfter(int t) {
    if (t >= lastWriteOff) {
      return false;
    }
    for (int i = 0; i < m; i++) {
      if (writeOffCandidate[i] && writtenOff[i] < 0 && t + 1 < feePeriod[i]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Marks the loans that year index t repaid in full before the end of their fee period: their
   * unamortised upfront fee is expensed in year t (methodology §3), so the year must be iterated
   * again.
   *
   * @param opening the year's opening balances
   * @param closing the year's closing balances, as iterated
   * @return true when some loan was marked
   */
  boolean writeOffRepaid(int t, double[] opening, double[] closing) {
    boolean any = false;
    for (int i = 0; i < m; i++) {
      if (writeOffCandidate[i] && writtenOff[i] < 0 && t + 1 < feePeriod[i]
          && opening[i] > REPAID && closing[i] <= REPAID) {
        writtenOff[i] = t;
        any = true;
      }
    }
    return any;
  }

  /**
   * Takes back the write-off of a loan marked in year index t that the year, iterated with the
   * write-offs, no longer repays in full (a deduction at the company can lower the reserves that
   * cap the dividend paid up to the holding): its fee stays straight-line.
   *
   * @param closing the year's closing balances, as iterated with the write-offs
   * @return true when some write-off was taken back
   */
  boolean keepUnrepaid(int t, double[] closing) {
    boolean any = false;
    for (int i = 0; i < m; i++) {
      if (writtenOff[i] == t && closing[i] > REPAID) {
        writtenOff[i] = -1;
        any = true;
      }
    }
    return any;
  }

  /**
   * Draws tranche i at the start of year index {@code t} (methodology §5.13): {@code amount}, its
   * upfront fee, and the fee's straight-line expense from that year; 0 leaves it undrawn.
   */
  void draw(int i, double amount) {
    drawn[i] = amount;
    drawFee[i] = tranches.get(i).upfrontFee() * amount;
    feeAmortisation[i] = drawFee[i] / (feePeriod[i] - drawIndex[i]);
  }

  /** @return the amount on which tranche i's scheduled repayments are shares */
  double principal(int i) {
    return initial[i] + drawn[i];
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
              closing[i],
              fee[i],
              writtenOff[i] + 1,
              drawIndex[i] + 1,
              drawn[i],
              drawFee[i]);
    }
    return List.of(out);
  }
}
