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
   * Payment priority with pari passu groups: the order of {@link #priority(List)}, except that the
   * members of a group are placed together where the first of them comes.
   *
   * @param tranches the deal's tranches
   * @param group for each tranche, the index of the first tranche of its pari passu group (its own
   *     index when it ranks alone): {@link org.reprise.model.Financing#rankGroups}
   * @return tranche indexes in order of payment, each group's members next to each other
   */
  public static int[] priority(List<Tranche> tranches, int[] group) {
    return together(priority(tranches), group);
  }

  /**
   * Sweep order with pari passu groups: the order of {@link #sweepOrder(List)}, except that the
   * sweeping members of a group are placed together where the first of them comes (they share
   * what the sweep gives them pro rata).
   *
   * @param tranches the deal's tranches
   * @param group as for {@link #priority(List, int[])}
   * @return tranche indexes in order of sweep, each group's members next to each other
   */
  public static int[] sweepOrder(List<Tranche> tranches, int[] group) {
    return together(sweepOrder(tranches), group);
  }

  /** @return {@code order} with each group's members moved up to where its first member is */
  private static int[] together(int[] order, int[] group) {
    int n = order.length;
    int[] out = new int[n];
    boolean[] placed = new boolean[group.length];
    int k = 0;
    for (int a = 0; a < n; a++) {
      int i = order[a];
      if (placed[i]) {
        continue;
      }
      for (int b = a; b < n; b++) {
        int j = order[b];
        if (!placed[j] && group[j] == group[i]) {
          placed[j] = true;
          out[k++] = j;
        }
      }
    }
    return out;
  }

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

  /**
   * Which tranches are <b>senior</b> debt (docs/methodology.md §6): in the order of payment with
   * pari passu groups ({@link #priority(List, int[])}), the ranks that come before the first rank
   * holding a tranche subordinated by its terms ({@link #subordinatedByTerms}). A pari passu group
   * is one rank: senior or not as a whole.
   *
   * @param tranches the deal's tranches
   * @param group as for {@link #priority(List, int[])}
   * @return for each tranche (deal-file order), true when it is senior
   */
  public static boolean[] senior(List<Tranche> tranches, int[] group) {
    int m = tranches.size();
    boolean[] senior = new boolean[m];
    int[] order = priority(tranches, group);
    int a = 0;
    while (a < m) {
      int b = a + 1;
      while (b < m && group[order[b]] == group[order[a]]) {
        b++;
      }
      for (int k = a; k < b; k++) {
        if (subordinatedByTerms(tranches.get(order[k]))) {
          return senior;
        }
      }
      for (int k = a; k < b; k++) {
        senior[order[k]] = true;
      }
      a = b;
    }
    return senior;
  }

  /**
   * @param tranche a tranche
   * @return true when its terms make it junior debt whatever its place: a vendor loan, a loan
   *     with PIK interest in some year (a mezzanine, a PIK note), or a term loan the cash sweep
   *     leaves out ({@code sweep: false}: a participative or second-lien loan, not prepaid before
   *     the banks); never a revolver
   */
  public static boolean subordinatedByTerms(Tranche tranche) {
    if (tranche.isRevolver()) {
      return false;
    }
    if (tranche.kind() == Tranche.Kind.VENDOR_LOAN || !tranche.sweep()) {
      return true;
    }
    for (double p : tranche.pikRate()) {
      if (p > 0.0) {
        return true;
      }
    }
    return false;
  }
}
