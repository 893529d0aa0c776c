package org.reprise.engine;

import java.util.List;
import java.util.Objects;
import org.reprise.model.Covenants;
import org.reprise.model.Deal;
import org.reprise.model.Tranche;

/**
 * What a lender reads beside the credit ratios, so that the debt schedule and the covenants can be
 * checked without the deal file (docs/methodology.md §6): the interest convention and each
 * tranche's rates of the year, each covenant's level, the liquidity and the senior net leverage.
 * All of it comes from a {@link DealResult} and the deal's terms; computed when asked for, so that
 * the engine's run does not pay for it.
 *
 * <ul>
 *   <li>liquidity = cash + Σ revolvers max(0, limit − closing balance), at closing and at each year
 *       end (the undrawn commitment the company can still draw; a balance above the limit, unpaid
 *       interest capitalised, leaves nothing undrawn; under the covenants' drawstop a year that
 *       breaks a covenant or misses a payment leaves nothing the next year can draw, so its
 *       liquidity is its cash, methodology §6);
 *   <li>senior debt = Σ closing balances of the senior tranches ({@link PaymentOrder#senior});
 *       senior net debt = senior debt − cash; senior net leverage = senior net debt / EBITDA,
 *       {@code NaN} when EBITDA ≤ 0 (as the net leverage);
 *   <li>a covenant's level in the years it is tested (the holding period, when the deal sets
 *       it), {@code NaN} elsewhere;
 *   <li>the equity cure: the smallest injection of equity that would meet every covenant the year
 *       breaks (review 25), a debt cure for the leverage, off the net debt, {@code ND − max ×
 *       EBITDA} (the whole net debt when EBITDA ≤ 0; an EBITDA cure, which some agreements allow,
 *       would need {@code ND / max − EBITDA}); added to the EBITDA for the interest cover, {@code
 *       min × interest − EBITDA}; added to the free cash flow for the DSCR, {@code min × debt
 *       service − FCF}; the largest of these, 0 in a year tested and met, {@code NaN} in a year
 *       in which no covenant is tested. A figure to read, not a flow: the run injects nothing, and
 *       each year's is on the run as it is, without the earlier years' cures.
 * </ul>
 *
 * At closing: the debt drawn at closing, the cash at closing and the base-year EBITDA, as the
 * leverage at closing of the reports. Amounts in currency units, rates as decimals, ratios in
 * times. Immutable; the arrays it returns are copies. Tranches are indexed as {@link
 * DealResult#debt}, which follows the deal file.
 */
public final class CreditDetail {

  private final Deal.InterestBasis interestBasis;
  private final boolean[] senior;
  private final boolean[] revolver;
  private final double[][] cashRate;
  private final double[][] pikRate;
  private final double[] liquidity;
  /** Per year, the covenants' drawstop holds: no revolver may be drawn (methodology §6). */
  private final boolean[] revolverStopped;
  private final double[] seniorDebt;
  private final double[] seniorNetDebt;
  private final double[] seniorNetLeverage;
  private final double[] maxNetLeverage;
  private final double[] minInterestCover;
  private final double[] minDebtServiceCover;
  private final double[] equityCure;
  private final double debtAtClosing;
  private final double grossLeverageAtClosing;
  private final double netLeverageAtClosing;
  private final double liquidityAtClosing;
  private final double seniorDebtAtClosing;
  private final double seniorNetLeverageAtClosing;

  private CreditDetail(Deal deal, DealResult result) {
    YearTable y = result.years();
    int n = y.size();
    List<TrancheSchedule> schedules = result.debt();
    int m = schedules.size();
    List<Tranche> tranches = deal.financing().debt();
    if (tranches.size() != m) {
      throw new IllegalArgumentException("the result has " + m + " tranches, the deal "
          + tranches.size() + ": not a result of this deal");
    }
    for (int i = 0; i < m; i++) {
      if (!tranches.get(i).name().equals(schedules.get(i).name())) {
        throw new IllegalArgumentException("tranche " + i + " is " + schedules.get(i).name()
            + " in the result, " + tranches.get(i).name() + " in the deal");
      }
    }
    interestBasis = deal.interestBasis();
    senior = PaymentOrder.senior(tranches, deal.financing().rankGroups());
    revolver = new boolean[m];
    cashRate = new double[m][];
    pikRate = new double[m][];
    liquidity = y.cash.clone();
    revolverStopped = new boolean[n];
    for (int t = 1; t < n; t++) {
      revolverStopped[t] = CreditStatistics.stopsNextYear(deal.covenants(), y, t - 1);
    }
    seniorDebt = new double[n];
    double cash0 = result.sourcesAndUses().cashAtClosing();
    double liquidity0 = cash0;
    double senior0 = 0.0;
    double debt0 = 0.0;
    for (int i = 0; i < m; i++) {
      Tranche tr = tranches.get(i);
      TrancheSchedule s = schedules.get(i);
      cashRate[i] = perYear(tr.cashRate(), n);
      pikRate[i] = perYear(tr.pikRate(), n);
      revolver[i] = tr.isRevolver();
      double[] closing = s.closing();
      debt0 += s.initialAmount();
      if (revolver[i]) {
        liquidity0 += Math.max(0.0, tr.limit() - s.initialAmount());
        for (int t = 0; t < n; t++) {
          // what the year leaves undrawn can be drawn only if the drawstop does not hold next year
          liquidity[t] += CreditStatistics.stopsNextYear(deal.covenants(), y, t) ? 0.0
              : Math.max(0.0, tr.limit() - closing[t]);
        }
      }
      if (senior[i]) {
        senior0 += s.initialAmount();
        for (int t = 0; t < n; t++) {
          seniorDebt[t] += closing[t];
        }
      }
    }
    seniorNetDebt = new double[n];
    seniorNetLeverage = new double[n];
    for (int t = 0; t < n; t++) {
      seniorNetDebt[t] = seniorDebt[t] - y.cash[t];
      seniorNetLeverage[t] = y.ebitda[t] > 0.0 ? seniorNetDebt[t] / y.ebitda[t] : Double.NaN;
    }
    double ebitda0 = result.sourcesAndUses().baseYearEbitda();
    debtAtClosing = debt0;
    grossLeverageAtClosing = ebitda0 > 0.0 ? debt0 / ebitda0 : Double.NaN;
    netLeverageAtClosing = ebitda0 > 0.0 ? (debt0 - cash0) / ebitda0 : Double.NaN;
    liquidityAtClosing = liquidity0;
    seniorDebtAtClosing = senior0;
    seniorNetLeverageAtClosing = ebitda0 > 0.0 ? (senior0 - cash0) / ebitda0 : Double.NaN;
    Covenants c = deal.covenants();
    int tested = Math.min(result.exitYearIndex(), n);
    maxNetLeverage = levels(c.maxNetLeverage(), n, tested);
    minInterestCover = levels(c.minInterestCover(), n, tested);
    minDebtServiceCover = levels(c.minDebtServiceCover(), n, tested);
    equityCure = new double[n];
    for (int t = 0; t < n; t++) {
      boolean any = !Double.isNaN(maxNetLeverage[t]) || !Double.isNaN(minInterestCover[t])
          || !Double.isNaN(minDebtServiceCover[t]);
      equityCure[t] = any ? cure(y, t, maxNetLeverage[t], minInterestCover[t],
          minDebtServiceCover[t]) : Double.NaN;
    }
  }

  /**
   * The equity cure of year index {@code t} (the class comment): the largest of what each broken
   * covenant needs, on the rows {@link CreditStatistics} tests, so that the cure is positive
   * exactly in the years {@code covenantBreach} marks.
   */
  private static double cure(YearTable y, int t, double maxLeverage, double minCover,
      double minService) {
    double ebitda = y.ebitda[t];
    double netDebt = y.netDebt[t];
    double cure = 0.0;
    if (Covenants.leverageBreached(y.netLeverage[t], netDebt, maxLeverage)) {
      cure = Math.max(cure, ebitda > 0.0 ? netDebt - maxLeverage * ebitda : netDebt);
    }
    if (Covenants.coverBreached(y.interestCover[t], minCover)) {
      // the finance charges of a facility agreement: the hedges' net settlement included (§6)
    double interest = y.cashInterest[t] + y.commitmentFees[t] + y.hedgeSettlement[t];
      cure = Math.max(cure, minCover * interest - ebitda);
    }
    if (Covenants.coverBreached(y.debtServiceCover[t], minService)) {
      cure = Math.max(cure, minService * y.debtServiceDue[t] - y.freeCashFlow[t]);
    }
    return cure;
  }

  /**
   * @param deal the deal that was run
   * @param result its result ({@code LboEngine.DEFAULT.run(deal)})
   * @return the figures of that run
   * @throws IllegalArgumentException when the result's tranches are not the deal's
   */
  public static CreditDetail of(Deal deal, DealResult result) {
    Objects.requireNonNull(deal, "deal");
    Objects.requireNonNull(result, "result");
    return new CreditDetail(deal, result);
  }

  /** @return the first n values of {@code given}, 0 past its end */
  private static double[] perYear(double[] given, int n) {
    double[] out = new double[n];
    System.arraycopy(given, 0, out, 0, Math.min(given.length, n));
    return out;
  }

  /** @return the covenant's level in the years 0 to tested − 1, NaN after them and past its end */
  private static double[] levels(double[] given, int n, int tested) {
    double[] out = new double[n];
    for (int t = 0; t < n; t++) {
      out[t] = t < tested && t < given.length ? given[t] : Double.NaN;
    }
    return out;
  }

  /** @return the balance cash interest is computed on: average or opening (§5.1) */
  public Deal.InterestBasis interestBasis() {
    return interestBasis;
  }

  /** @return the number of tranches */
  public int tranches() {
    return senior.length;
  }

  /** @return true when tranche {@code i} is senior debt ({@link PaymentOrder#senior}) */
  public boolean senior(int i) {
    return senior[i];
  }

  /** @return true when some tranche is senior and some is not: the senior figures say more */
  public boolean seniorDiffers() {
    boolean some = false;
    boolean all = true;
    for (boolean s : senior) {
      some |= s;
      all &= s;
    }
    return some && !all;
  }

  /** @return true when the deal has a revolver: the liquidity is more than the cash */
  public boolean hasRevolver() {
    for (boolean r : revolver) {
      if (r) {
        return true;
      }
    }
    return false;
  }

  /** @return tranche {@code i}'s all-in cash rate of each year, decimal (§5.1) */
  public double[] cashRate(int i) {
    return cashRate[i].clone();
  }

  /** @return tranche {@code i}'s PIK rate of each year, decimal, on the opening balance */
  public double[] pikRate(int i) {
    return pikRate[i].clone();
  }

  /** @return cash + the revolvers' undrawn commitments at each year end, currency units */
  public double[] liquidity() {
    return liquidity.clone();
  }

  /**
   * @return per year, true when the covenants' drawstop holds: the year before broke a covenant
   *     or missed a payment and {@code covenants.drawstop} is set, so no revolver may be drawn that
   *     year (methodology §6); all false without the drawstop
   */
  public boolean[] revolverStopped() {
    return revolverStopped.clone();
  }

  /** @return the senior tranches' closing balances, summed, at each year end */
  public double[] seniorDebt() {
    return seniorDebt.clone();
  }

  /** @return senior debt − cash at each year end */
  public double[] seniorNetDebt() {
    return seniorNetDebt.clone();
  }

  /** @return senior net debt / EBITDA (times), NaN when EBITDA ≤ 0 */
  public double[] seniorNetLeverage() {
    return seniorNetLeverage.clone();
  }

  /** @return the net leverage covenant's maximum (times), NaN where it is not tested */
  public double[] maxNetLeverage() {
    return maxNetLeverage.clone();
  }

  /** @return the interest cover covenant's minimum (times), NaN where it is not tested */
  public double[] minInterestCover() {
    return minInterestCover.clone();
  }

  /** @return the DSCR covenant's minimum (times), NaN where it is not tested */
  public double[] minDebtServiceCover() {
    return minDebtServiceCover.clone();
  }

  /**
   * @return per year, the equity the shareholders would have to inject to meet every covenant the
   *     year breaks (the class comment), currency units; 0 when the year meets them, NaN when none
   *     is tested
   */
  public double[] equityCure() {
    return equityCure.clone();
  }

  /** @return the debt drawn at closing, every tranche (rolled-over debt included) */
  public double debtAtClosing() {
    return debtAtClosing;
  }

  /** @return debt at closing / base-year EBITDA (times), NaN when that EBITDA ≤ 0 */
  public double grossLeverageAtClosing() {
    return grossLeverageAtClosing;
  }

  /** @return (debt at closing − cash at closing) / base-year EBITDA, NaN when that EBITDA ≤ 0 */
  public double netLeverageAtClosing() {
    return netLeverageAtClosing;
  }

  /** @return cash at closing + the revolvers' limits less what is drawn at closing */
  public double liquidityAtClosing() {
    return liquidityAtClosing;
  }

  /** @return the senior tranches' amounts drawn at closing */
  public double seniorDebtAtClosing() {
    return seniorDebtAtClosing;
  }

  /** @return (senior debt at closing − cash at closing) / base-year EBITDA, NaN when ≤ 0 */
  public double seniorNetLeverageAtClosing() {
    return seniorNetLeverageAtClosing;
  }
}
