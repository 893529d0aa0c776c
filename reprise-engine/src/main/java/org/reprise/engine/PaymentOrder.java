package org.reprise.engine;

import java.util.List;
import org.reprise.model.Tranche;

/**
 * The order in which the tranches are paid and swept (docs/methodology.md, "The financing
 * year"): one place for the engine and for anything that lays the same waterfall out (the Excel
 * model).
 */
public final class PaymentOrder {

  private PaymentOrder() {}

  /**
   * Payment priority: the operating company's tranches before the holding's, and within each the
   * revolvers first; ties keep the order of the deal file.
   *
   * @param tranches the deal's tranches
   * @return tranche indexes in order of payment
   */
  public static int[] priority(List<Tranche> tranches) {
    int m = tranches.size();
    int[] priority = new int[m];
    int k = 0;
    for (int pass = 0; pass < 4; pass++) {
      boolean wantHolding = pass >= 2;
      boolean wantRevolver = pass % 2 == 0;
      for (int i = 0; i < m; i++) {
        Tranche tr = tranches.get(i);
        boolean holding = tr.borrower() == Tranche.Borrower.HOLDING;
        if (holding == wantHolding && tr.isRevolver() == wantRevolver) {
          priority[k++] = i;
        }
      }
    }
    return priority;
  }

  /**
   * Sweep order: the term tranches that take part in the cash sweep, by their {@code sweepOrder},
   * ties in the order of the deal file (revolvers are repaid before the sweep, not by it).
   *
   * @param tranches the deal's tranches
   * @return tranche indexes in order of sweep
   */
  public static int[] sweepOrder(List<Tranche> tranches) {
    int m = tranches.size();
    int sweeping = 0;
    for (Tranche tr : tranches) {
      if (tr.sweep() && !tr.isRevolver()) {
        sweeping++;
      }
    }
    int[] order = new int[sweeping];
    int k = 0;
    for (int i = 0; i < m; i++) {
      if (tranches.get(i).sweep() && !tranches.get(i).isRevolver()) {
        order[k++] = i;
      }
    }
    // insertion sort by (sweepOrder, position): stable and tiny
    for (int a = 1; a < sweeping; a++) {
      int idx = order[a];
      int b = a - 1;
      while (b >= 0 && tranches.get(order[b]).sweepOrder() > tranches.get(idx).sweepOrder()) {
        order[b + 1] = order[b];
        b--;
      }
      order[b + 1] = idx;
    }
    return order;
  }
}
