package org.reprise.engine;

/**
 * What the shareholders put in and received over the plan, in gross sums (docs/methodology.md §8):
 * every payment in (the investment at closing and a SCOP's yearly members' contributions) and
 * every receipt (distributions, interest on shares, shares bought back, the exit proceeds). The
 * returns' {@code invested} and {@code proceeds} add each year's net flow instead (§13, item 14),
 * as the IRR needs: in a SCOP a year's contributions and interest on shares offset each other
 * there, so that they understate both sides (review 15, finding 6).
 *
 * @param atClosing the equity invested at closing
 * @param contributions the members' contributions of the plan's years (0 outside a SCOP)
 * @param received everything the shareholders received, the exit included
 */
public record GrossSums(double atClosing, double contributions, double received) {

  /** @return everything the shareholders paid in: at closing and the yearly contributions */
  public double paidIn() {
    return atClosing + contributions;
  }

  /** @return received / paid in; NaN when nothing was paid in */
  public double moic() {
    return PartyReturns.moic(paidIn(), received);
  }

  /**
   * All the equity classes together. An equity holder's only payments are its investment at
   * closing and, in a SCOP, the members' contributions of each year, so that what it received is
   * what it paid in plus the sum of its net flows.
   *
   * @param result a run's result
   * @return the gross sums of all the equity ({@link EquityReturns#blended} in net flows)
   */
  public static GrossSums ofEquity(DealResult result) {
    double atClosing = 0.0;
    for (InstrumentReturn i : result.equityReturns().instruments()) {
      atClosing -= i.flows()[0];
    }
    double contributions = 0.0;
    double[] c = result.years().memberContributions;
    for (int t = 0; t < result.exitYearIndex(); t++) {
      contributions += c[t];
    }
    double net = 0.0;
    for (double f : result.equityReturns().blended().flows()) {
      net += f;
    }
    return new GrossSums(atClosing, contributions, atClosing + contributions + net);
  }
}
