package org.reprise.cli.text;

import java.util.ArrayList;
import java.util.List;
import org.reprise.engine.DealResult;

/**
 * The group's cash, year by year, as the report lays it out: the engine's {@link
 * org.reprise.engine.CashRollForward} (where the arithmetic and its identity {@code closing =
 * opening + Σ flows} are documented, docs/methodology.md §5.5), each flow with its label key, in
 * display order.
 *
 * @param opening cash at the start of each year
 * @param flows the flows, each with its label key, in display order
 * @param closing cash at the end of each year
 */
record CashRollForward(double[] opening, List<Flow> flows, double[] closing) {

  /** Label keys of the flows. */
  static final String FCF = "cf.fcf";
  static final String CONTRIBUTIONS = "cf.contributions";
  static final String RECAP_BORROWED = "cf.recapBorrowed";
  static final String RECAP_FEES = "cf.recapFees";
  static final String RECAP_PAID = "cf.recapPaid";
  static final String INTEREST_PAID = "cf.interestPaid";
  static final String HEDGING = "cf.hedging";
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
    org.reprise.engine.CashRollForward c = org.reprise.engine.CashRollForward.of(r);
    List<Flow> flows = new ArrayList<>();
    for (org.reprise.engine.CashRollForward.Flow f : org.reprise.engine.CashRollForward.Flow
        .values()) {
      flows.add(new Flow(key(f), c.amounts(f)));
    }
    return new CashRollForward(c.opening(), List.copyOf(flows), c.closing());
  }

  private static String key(org.reprise.engine.CashRollForward.Flow f) {
    return switch (f) {
      case FREE_CASH_FLOW -> FCF;
      case MEMBER_CONTRIBUTIONS -> CONTRIBUTIONS;
      case RECAP_BORROWED -> RECAP_BORROWED;
      case RECAP_FEES -> RECAP_FEES;
      case RECAP_PAID -> RECAP_PAID;
      case INTEREST_AND_FEES_PAID -> INTEREST_PAID;
      case HEDGING -> HEDGING;
      case SCHEDULED_REPAYMENTS_PAID -> SCHEDULED_PAID;
      case REVOLVER_DRAWN -> REVOLVER_DRAWN;
      case REVOLVER_REPAID -> REVOLVER_REPAID;
      case SWEEP -> SWEEP;
      case DISTRIBUTIONS -> DISTRIBUTIONS;
      case BUYBACKS -> BUYBACKS;
    };
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
