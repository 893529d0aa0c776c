package org.reprise.sim;

/**
 * What the market does on one path, year by year (index 0 = projected year 1): the regime, the
 * realised revenue growth and revenue, the shift of the variable-cost share and of the base rate.
 * Scratch of one worker, overwritten by every path; also holds the arrays the path's deal uses.
 */
final class PathInputs {
  final int[] regime;
  final double[] growth;
  final double[] revenue;
  final double[] costShift;
  final double[] rateShift;
  boolean costShifted;
  boolean rateShifted;

  /**
   * The share by which each year's fixed personnel costs fall below the plan's: personnel
   * flexibility × revenue shortfall, 0 to 1 (docs/risk.md §2.1).
   */
  final double[] personnelCut;

  /** True when some year's {@link #personnelCut} is above 0. */
  boolean personnelFlexed;

  /** Scratch for the path's purchases share of revenue. */
  final double[] purchasesShare;

  /** Scratch for the path's fixed personnel costs. */
  final double[] personnelFixed;

  /** Scratch for what each year's cut saves on the fixed personnel costs (currency units). */
  final double[] personnelSaving;

  /** Scratch for the path's cash rate of each tranche [tranche][year]. */
  final double[][] cashRate;

  PathInputs(int years, int tranches) {
    regime = new int[years];
    growth = new double[years];
    revenue = new double[years];
    costShift = new double[years];
    rateShift = new double[years];
    purchasesShare = new double[years];
    personnelCut = new double[years];
    personnelFixed = new double[years];
    personnelSaving = new double[years];
    cashRate = new double[tranches][years];
  }
}
