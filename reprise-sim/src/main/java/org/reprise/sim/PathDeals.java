package org.reprise.sim;

import java.util.ArrayList;
import java.util.List;
import org.reprise.engine.DealResult;
import org.reprise.model.Deal;
import org.reprise.model.Driver;
import org.reprise.model.Financing;
import org.reprise.model.Hedge;
import org.reprise.model.Operations;
import org.reprise.model.Tranche;
import org.reprise.model.Transaction;
import org.reprise.model.Valuation;

/**
 * Builds the deal of one path: the deterministic deal with its revenue, its purchases share of
 * revenue, its fixed personnel costs (when the risk model gives the payroll some flexibility) and
 * its floating tranches' cash rates replaced by the path's (docs/risk.md, "One model").
 * The same engine then runs it.
 *
 * <p>The path's base-rate shift moves only the floating tranches, through the formula of their
 * rate: {@code max(base + shift, floor) + margin} ({@link Tranche#shiftedCashRate}); fixed-rate
 * tranches (mezzanine, vendor loans, loans said {@code floating: false}) keep their rate. A
 * floating tranche's hedge (swap or cap) settles on the path's base rate, the unfloored base plus
 * the shift, so that a hedged loan's cost moves less with the shocks.
 *
 * <p>The entry price is agreed at closing, before the path unfolds: when the deal prices the entry
 * on a forward multiple (year-1 EBITDA), the base deal's entry enterprise value is pinned as an
 * amount so that every path pays the same price (bit-identical to the deterministic run). All other
 * inputs are shared with the deal.
 *
 * <p>Immutable and thread-safe; the deals it builds use the arrays of the {@link PathInputs} they
 * were built from.
 */
final class PathDeals {
  private final Deal base;

  private PathDeals(Deal base) {
    this.base = base;
  }

  /**
   * @param deal the resolved deal
   * @param deterministic the engine's result for {@code deal}
   */
  static PathDeals of(Deal deal, DealResult deterministic) {
    Transaction tx = deal.transaction();
    if (tx.entryValue().isForward()) {
      double ev = deterministic.sourcesAndUses().entryEnterpriseValue();
      tx =
          new Transaction(
              new Valuation(Valuation.Basis.AMOUNT, ev),
              tx.refinanceExistingDebt(),
              tx.transactionFees(),
              tx.transactionFeeShare(),
              tx.cashToBalanceSheet(),
              tx.closingDate());
      deal = DealEdits.withTransaction(deal, tx);
    }
    return new PathDeals(deal);
  }

  /**
   * @return the deal every path starts from (the entry price pinned)
   */
  Deal base() {
    return base;
  }

  /**
   * @return the path's deal; uses (does not copy) the arrays of {@code in}
   */
  Deal build(PathInputs in) {
    Operations o = base.operations();
    Driver purchases = o.purchases();
    if (in.costShifted) {
      double[] share = purchases.shareOfRevenue();
      for (int t = 0; t < share.length; t++) {
        in.purchasesShare[t] = Math.max(0.0, share[t] + in.costShift[t]);
      }
      purchases = new Driver(in.purchasesShare, purchases.fixed());
    }
    Operations ops;
    if (in.personnelFlexed) {
      // the fixed payroll follows the year's cut (flex × shortfall); the variable part of the
      // personnel driver already follows the path's revenue
      Driver personnel = o.personnel();
      double[] fixed = personnel.fixed();
      for (int t = 0; t < fixed.length; t++) {
        in.personnelFixed[t] = fixed[t] * (1.0 - in.personnelCut[t]);
        // a temporary relief: the exit values the EBITDA before it (methodology §7)
        in.personnelSaving[t] = fixed[t] - in.personnelFixed[t];
      }
      ops =
          o.withRevenuePurchasesAndPersonnel(
              in.revenue,
              purchases,
              new Driver(personnel.shareOfRevenue(), in.personnelFixed),
              in.personnelSaving);
    } else {
      ops = o.withRevenueAndPurchases(in.revenue, purchases);
    }
    Financing financing = base.financing();
    if (in.rateShifted) {
      List<Tranche> tranches = financing.debt();
      List<Tranche> shifted = new ArrayList<>(tranches.size());
      for (int i = 0; i < tranches.size(); i++) {
        Tranche tr = tranches.get(i);
        if (!tr.floating()) {
          shifted.add(tr); // a fixed rate does not move with the base rate
          continue;
        }
        double[] out = in.cashRate[i];
        for (int t = 0; t < out.length; t++) {
          out[t] = tr.shiftedCashRate(t, in.rateShift[t]);
        }
        Tranche path = tr.withCashRate(out);
        Hedge hedge = tr.hedge();
        if (hedge != null) {
          // the hedge settles on the path's Euribor: the unfloored base shifted (methodology §5.1)
          double[] index = new double[out.length];
          double[] base = hedge.index();
          for (int t = 0; t < index.length; t++) {
            index[t] = base[t] + in.rateShift[t];
          }
          path = path.withHedge(hedge.withIndex(index));
        }
        shifted.add(path);
      }
      financing = financing.withDebt(shifted);
    }
    return DealEdits.of(base, ops, base.transaction(), financing, base.exit());
  }
}
