package org.reprise.engine;

import org.reprise.engine.returns.Irr;
import org.reprise.engine.returns.IrrResult;
import org.reprise.model.Deal;
import org.reprise.model.FundTerms;

/**
 * The fund's returns gross and net of its fees and carried interest (docs/methodology.md §8.3):
 * the flows of the equity holder {@link FundTerms#holder} split between the fund's investors (the
 * LPs) and its manager (the GP) by a European, whole-of-fund waterfall applied to this one deal.
 *
 * <p>Every flow falls at a year end (§1), index 0 the closing to X the exit. Year by year, with
 * {@code invest_t} the fund's payments into the deal (its negative flows) and {@code dist_t} what
 * it receives (its positive flows):
 *
 * <pre>
 *   fee_t        = rate × basis_t                                t = 1 … X (0 at the closing)
 *   basis_t      = Σ_s invest_s                                  committed
 *                = max(0, Σ_{s&lt;t} (invest_s − dist_s)), kept ≥ 0 year by year   invested
 *   pref        += hurdle × (capital + pref)                     t ≥ 1, on the opening balances
 *   capital     += invest_t + fee_t                              what the LPs paid in
 *   then dist_t goes: (1) to the LPs, up to capital; (2) to the LPs, up to pref;
 *   (3) catch-up: catchUp to the GP, the rest to the LPs, until carry_GP = carry / (1 − carry)
 *       × profit_LP (the GP then has carry of the profit paid out); (4) carry to the GP, the rest
 *       to the LPs.
 *   at X, clawback = min(carry_GP, max(capital + pref left, carry_GP − carry × max(0, profit)))
 *       back from the GP to the LPs, profit = Σ dist − Σ (invest + fee)
 * </pre>
 *
 * The LPs' flows are {@code −invest_t − fee_t + their distributions}, the GP's {@code fee_t +
 * its carry}: the two add up to the fund's flows each year. Pure and stateless.
 *
 * @param terms the fund's terms
 * @param gross the fund's flows as an equity holder of the deal (§8), closing to exit
 * @param fees the management fee of each year, index as {@code gross} (0 at the closing)
 * @param carried the carried interest paid to the GP each year (the clawback taken off at X)
 * @param lpFlows the LPs' net flows: −(investment + fee) + their distributions
 * @param gpFlows the GP's flows: fee + carried interest
 * @param grossIrr the IRR of {@code gross}, NaN when undefined
 * @param grossIrrNote why it is undefined, or a note ({@link IrrResult#note})
 * @param grossMultiple Σ positive / Σ |negative| of {@code gross}
 * @param netIrr the IRR of {@code lpFlows}, NaN when undefined
 * @param netIrrNote why it is undefined, or a note
 * @param netMultiple the LPs' distributions / what they paid in (investments and fees)
 * @param invested Σ invest_t, what the fund put into the deal
 * @param lpPaidIn what the LPs paid in: {@code invested} + the fees
 * @param lpReceived what the LPs received (their distributions and any clawback)
 * @param totalFees Σ fee_t
 * @param totalCarry the GP's carried interest over the deal, net of the clawback
 * @param clawback what the GP gave back at the exit (0 in a waterfall that paid no early carry)
 * @param preferredReturn what the LPs received in tier (2)
 * @param catchUpPaid what the GP received in tier (3)
 */
public record FundWaterfall(
    FundTerms terms,
    double[] gross,
    double[] fees,
    double[] carried,
    double[] lpFlows,
    double[] gpFlows,
    double grossIrr,
    String grossIrrNote,
    double grossMultiple,
    double netIrr,
    String netIrrNote,
    double netMultiple,
    double invested,
    double lpPaidIn,
    double lpReceived,
    double totalFees,
    double totalCarry,
    double clawback,
    double preferredReturn,
    double catchUpPaid) {

  /** Relative size below which a clawback is the rounding of the doubles, not a repayment. */
  private static final double ROUNDING = 1e-12;

  /**
   * @param deal a deal
   * @param result its result
   * @return the fund's waterfall on the flows of the party {@link FundTerms#holder}, or {@code
   *     null} when the deal gives no fund terms or has no such party
   */
  public static FundWaterfall of(Deal deal, DealResult result) {
    if (deal.fund() == null) {
      return null;
    }
    PartyReturn fund = result.returnOf(deal.fund().holder());
    return fund == null ? null : of(deal.fund(), fund.flows());
  }

  /** @return the fee-and-carry drag: gross IRR − net IRR, NaN when either is undefined */
  public double drag() {
    return grossIrr - netIrr;
  }

  /** @return what the deal paid the fund: the LPs' and the GP's receipts from it together */
  public double distributed() {
    return lpReceived + totalCarry;
  }

  /** @return the GP's fees and carried interest together */
  public double gpReceived() {
    return totalFees + totalCarry;
  }

  /**
   * Runs the waterfall.
   *
   * @param terms the fund's terms
   * @param gross the fund's flows, closing (index 0) to exit, negative when it pays
   * @return the split between the LPs and the GP, with both returns
   */
  public static FundWaterfall of(FundTerms terms, double[] gross) {
    int n = gross.length;
    double[] invest = new double[n];
    double[] dist = new double[n];
    double committed = 0.0;
    for (int t = 0; t < n; t++) {
      invest[t] = Math.max(0.0, -gross[t]);
      dist[t] = Math.max(0.0, gross[t]);
      committed += invest[t];
    }
    double[] fees = new double[n];
    double[] carried = new double[n];
    double[] lp = new double[n];
    double[] gp = new double[n];
    // the LPs' capital not yet returned, their preferred return accrued and unpaid, the cost of
    // the investment still held (the invested basis), the LPs' profit paid out so far
    double capital = 0.0;
    double pref = 0.0;
    double held = 0.0;
    double lpProfit = 0.0;
    double gpCarry = 0.0;
    double prefPaid = 0.0;
    double catchUpPaid = 0.0;
    double k = terms.carry() < 1.0 ? terms.carry() / (1.0 - terms.carry()) : 0.0;
    for (int t = 0; t < n; t++) {
      if (t > 0) {
        double basis = terms.feeBasis() == FundTerms.FeeBasis.COMMITTED ? committed : held;
        fees[t] = terms.managementFee() * basis;
        pref += terms.hurdle() * (capital + pref);
      }
      held = Math.max(0.0, held + invest[t] - dist[t]);
      capital += invest[t] + fees[t];
      double d = dist[t];
      // (1) the LPs' contributions back
      double a = Math.min(d, capital);
      capital -= a;
      d -= a;
      double toLp = a;
      // (2) the preferred return
      a = Math.min(d, pref);
      pref -= a;
      d -= a;
      toLp += a;
      lpProfit += a;
      prefPaid += a;
      double toGp = 0.0;
      // (3) the catch-up, until the GP has carry of the profit paid out: G = k × profit_LP
      if (d > 0.0 && terms.catchUp() > 0.0 && terms.carry() > 0.0) {
        double need = k * lpProfit - gpCarry;
        if (need > 0.0) {
          // x paid in this tier raises G by c·x and profit_LP by (1 − c)·x
          double x = Math.min(d, need / (terms.catchUp() - k * (1.0 - terms.catchUp())));
          double g = terms.catchUp() * x;
          toGp += g;
          gpCarry += g;
          catchUpPaid += g;
          toLp += x - g;
          lpProfit += x - g;
          d -= x;
        }
      }
      // (4) the split
      double g = terms.carry() * d;
      toGp += g;
      gpCarry += g;
      toLp += d - g;
      lpProfit += d - g;
      carried[t] = toGp;
      lp[t] = toLp - invest[t] - fees[t];
      gp[t] = toGp + fees[t];
    }
    double totalFees = sum(fees);
    double totalDist = sum(dist);
    double profit = totalDist - committed - totalFees;
    double clawback = Math.min(gpCarry,
        Math.max(capital + pref, gpCarry - terms.carry() * Math.max(0.0, profit)));
    // a full catch-up leaves the GP at carry × profit up to the doubles' rounding: no clawback
    if (clawback <= ROUNDING * (committed + totalFees + totalDist)) {
      clawback = 0.0;
    }
    if (clawback > 0.0) {
      carried[n - 1] -= clawback;
      gp[n - 1] -= clawback;
      lp[n - 1] += clawback;
    }
    double lpPaidIn = committed + totalFees;
    double lpReceived = totalDist - (gpCarry - clawback);
    IrrResult grossIrr = Irr.irr(gross);
    IrrResult netIrr = Irr.irr(lp);
    return new FundWaterfall(terms, gross.clone(), fees, carried, lp, gp,
        grossIrr.rate(), grossIrr.note(),
        PartyReturns.moic(PartyReturns.paid(gross), PartyReturns.received(gross)),
        netIrr.rate(), netIrr.note(), PartyReturns.moic(lpPaidIn, lpReceived),
        committed, lpPaidIn, lpReceived, totalFees, gpCarry - clawback, clawback, prefPaid,
        catchUpPaid);
  }

  private static double sum(double[] values) {
    double s = 0.0;
    for (double v : values) {
      s += v;
    }
    return s;
  }
}
