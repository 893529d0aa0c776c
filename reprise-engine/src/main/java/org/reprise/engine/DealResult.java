package org.reprise.engine;

import java.util.List;

/**
 * Everything the engine computes for one deal.
 *
 * @param dealName the deal's name
 * @param companyName the operating company's name
 * @param baseYear calendar year of the base year (closing at its end)
 * @param exitYearIndex exit year index (1 = first projected year)
 * @param sourcesAndUses sources and uses at closing
 * @param years annual table over the whole horizon (the exit year, plus one year for a forward
 *     exit multiple)
 * @param debt per-tranche schedules, in seniority order
 * @param exit exit valuation and waterfall
 * @param returns returns per party, equity holders first, then lenders
 * @param equityReturns returns per equity class, of all the equity together, and the envy ratio
 * @param valueBridge equity value bridge
 * @param paymentDefault first payment default, if any
 * @param interestIterations largest number of iterations the average-balance interest needed in a year
 * @param balanceSheet the consolidated balance sheet at the closing and each year end
 *     (docs/methodology.md §5.12), or null for a result not built by {@link LboEngine#run}
 */
public record DealResult(
    String dealName,
    String companyName,
    int baseYear,
    int exitYearIndex,
    SourcesAndUses sourcesAndUses,
    YearTable years,
    List<TrancheSchedule> debt,
    ExitResult exit,
    List<PartyReturn> returns,
    EquityReturns equityReturns,
    ValueBridge valueBridge,
    DefaultEvent paymentDefault,
    int interestIterations,
    BalanceSheet balanceSheet) {

  public DealResult {
    debt = List.copyOf(debt);
    returns = List.copyOf(returns);
  }

  /**
   * @return true when the exit waterfall pays every debt tranche its claim (balance plus
   *     prepayment fee) in full, within half a cent: false is a shortfall at the exit, a payment
   *     default on the lenders' claims (docs/risk.md §5)
   */
  public boolean exitPaysEveryTranche() {
    return exit.paysEveryTranche(debt.size());
  }

  /**
   * @return what the sale at the exit leaves unpaid of the lenders' claims (0 when {@link
   *     #exitPaysEveryTranche} holds): the payment default at the exit
   */
  public double exitShortfall() {
    return exit.trancheShortfall(debt.size());
  }

  /**
   * The debt service that first falls due unpaid in year index {@code t}: the year's shortfall less
   * the principal overdue from the year before ({@code unpaidPrincipal[t − 1]} of every tranche),
   * which is due again: the count sets the year's payments against its own service first
   * (methodology §5.4); 0 in a year
   * not in default. Over the holding period these sum to {@code paymentDefault.totalShortfall},
   * whereas the yearly {@code shortfall} counts the arrears again each year they stay unpaid.
   *
   * @param t year index, 0 for the first projected year
   * @return the new shortfall of that year, currency units, ≥ 0
   */
  public double newShortfall(int t) {
    if (!years.defaulted[t]) {
      return 0.0;
    }
    double arrears = 0.0;
    for (int i = 0; t > 0 && i < debt.size(); i++) {
      arrears += debt.get(i).unpaidPrincipal()[t - 1];
    }
    return Math.max(0.0, years.shortfall[t] - arrears);
  }

  /** @return the returns of the named party, or {@code null} */
  public PartyReturn returnOf(String party) {
    for (PartyReturn r : returns) {
      if (r.party().equals(party)) {
        return r;
      }
    }
    return null;
  }
}
