package org.reprise.cli.text;

import java.util.ArrayList;
import java.util.List;
import org.reprise.engine.DealResult;
import org.reprise.engine.TrancheSchedule;
import org.reprise.engine.YearTable;

/**
 * The group's cash, year by year, from the opening cash to the closing cash: {@code closing =
 * opening + Σ flows}, each flow signed (inflows positive, outflows negative), in currency units.
 * Every flow is one the engine's cash waterfall moves (docs/methodology.md §5.3–§5.5, {@code
 * YearSolver.evaluate}); nothing is a plug:
 *
 * <ul>
 *   <li>free cash flow ({@link YearTable#freeCashFlow}, the OPERATIONS table's last row) and a
 *       SCOP's capital subscribed by its members;
 *   <li>cash interest and fees paid = Σ tranches (cash interest + commitment fee − unpaid
 *       interest): after a payment default what is not paid is capitalised, not paid in cash;
 *   <li>scheduled repayments paid = Σ tranches' mandatory repayments paid (a revolver's at its
 *       maturity included), so that interest and fees paid + scheduled repayments paid is the
 *       debt service paid: the debt service due of the DSCR less the debt service not paid;
 *   <li>revolver drawn; revolver repaid out of the excess cash (the revolvers' {@code sweep});
 *   <li>cash sweep = the term and vendor tranches' prepayments;
 *   <li>distributions to the shareholders (a SCOP's interest on shares) and a SCOP's buybacks of
 *       its outside members' shares.
 * </ul>
 *
 * The opening cash of year 1 is the cash at closing; of a later year, the previous closing.
 *
 * @param opening cash at the start of each year
 * @param flows the flows, each with its label key, in display order
 * @param closing cash at the end of each year ({@link YearTable#cash})
 */
record CashRollForward(double[] opening, List<Flow> flows, double[] closing) {

  /** Label keys of the flows. */
  static final String FCF = "cf.fcf";
  static final String CONTRIBUTIONS = "cf.contributions";
  static final String INTEREST_PAID = "cf.interestPaid";
  static final String SCHEDULED_PAID = "cf.scheduledPaid";
  static final String REVOLVER_DRAWN = "cf.revolverDrawn";
  static final String REVOLVER_REPAID = "cf.revolverRepaid";
  static final String SWEEP = "cf.sweep";
  static final String DISTRIBUTIONS = "cf.distributions";
  static final String BUYBACKS = "cf.buybacks";

  /**
   * One signed flow.
   *
   * @param key its label key
   * @param amounts per year, currency units, inflows positive
   */
  record Flow(String key, double[] amounts) {}

  /** @return the roll-forward of the cash of {@code r} */
  static CashRollForward of(DealResult r) {
    YearTable y = r.years();
    int n = y.size();
    double[] interest = new double[n];
    double[] scheduled = new double[n];
    double[] drawn = new double[n];
    double[] revolverRepaid = new double[n];
    double[] sweep = new double[n];
    for (TrancheSchedule s : r.debt()) {
      boolean revolver = "revolver".equals(s.kind());
      for (int t = 0; t < n; t++) {
        interest[t] -= s.cashInterest()[t] + s.commitmentFee()[t] - s.unpaidInterest()[t];
        scheduled[t] -= s.mandatory()[t];
        drawn[t] += s.drawdown()[t];
        if (revolver) {
          revolverRepaid[t] -= s.sweep()[t];
        } else {
          sweep[t] -= s.sweep()[t];
        }
      }
    }
    List<Flow> flows = new ArrayList<>();
    flows.add(new Flow(FCF, y.freeCashFlow.clone()));
    flows.add(new Flow(CONTRIBUTIONS, y.memberContributions.clone()));
    flows.add(new Flow(INTEREST_PAID, interest));
    flows.add(new Flow(SCHEDULED_PAID, scheduled));
    flows.add(new Flow(REVOLVER_DRAWN, drawn));
    flows.add(new Flow(REVOLVER_REPAID, revolverRepaid));
    flows.add(new Flow(SWEEP, sweep));
    flows.add(new Flow(DISTRIBUTIONS, AnnualTables.negate(y.distributions)));
    flows.add(new Flow(BUYBACKS, AnnualTables.negate(y.buybacks)));
    double[] opening = new double[n];
    for (int t = 0; t < n; t++) {
      opening[t] = t == 0 ? r.sourcesAndUses().cashAtClosing() : y.cash[t - 1];
    }
    return new CashRollForward(opening, List.copyOf(flows), y.cash.clone());
  }

  /** @return opening cash + the flows − closing cash of year index {@code t}: zero but rounding */
  double residual(int t) {
    double sum = opening[t];
    for (Flow f : flows) {
      sum += f.amounts()[t];
    }
    return sum - closing[t];
  }
}
