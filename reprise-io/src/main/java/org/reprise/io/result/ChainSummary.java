package org.reprise.io.result;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reprise.engine.BuyoutChain;
import org.reprise.engine.PartyReturn;
import org.reprise.engine.TrancheSchedule;
import org.reprise.engine.WhoPays;

/**
 * The totals of a chain of buyouts ({@link BuyoutChain}): what the company paid out over every
 * round, and what each party put in and took out. Amounts in currency units; per-employee figures
 * per employee and per year. Parties are matched by name: the {@code fund} of round 2 is another
 * fund than the {@code fund} of round 1, but both are "the fund that owns the company".
 *
 * @param rounds the rounds, in order
 * @param years total number of years (sum of the holding periods)
 * @param employeeYears person-years over every round
 * @param fees transaction and financing fees paid at the closings
 * @param debtService cash interest, fees and principal paid on every tranche
 * @param distributions cash paid to the shareholders during the holds
 * @param buybacks a SCOP round's buybacks of its outside members' shares (docs/methodology.md §10)
 * @param cashExtracted debt service + distributions + buybacks
 * @param paidToHolding dividends and advances paid by the operating company to its holding
 * @param participation participation reserves of every round
 * @param payroll personnel costs of every round
 * @param ebitda EBITDA of every round
 * @param valueAdded the group's value added and its split, summed over the rounds
 * @param parties party → what it put in and took out over the rounds
 */
public record ChainSummary(
    List<BuyoutChain.Round> rounds,
    int years,
    double employeeYears,
    double fees,
    double debtService,
    double distributions,
    double buybacks,
    double cashExtracted,
    double paidToHolding,
    double participation,
    double payroll,
    double ebitda,
    WhoPays.Split valueAdded,
    Map<String, Flows> parties) {

  public ChainSummary {
    rounds = List.copyOf(rounds);
    parties = Collections.unmodifiableMap(new LinkedHashMap<>(parties));
  }

  /**
   * What one party put in and took out over the rounds.
   *
   * @param invested total paid (sum of its negative flows, as a positive number)
   * @param proceeds total received
   * @param rounds number of rounds in which it took part
   */
  public record Flows(double invested, double proceeds, int rounds) {
    /** @return proceeds − invested */
    public double net() {
      return proceeds - invested;
    }
  }

  /** Sums up a chain. */
  public static ChainSummary of(List<BuyoutChain.Round> rounds) {
    int years = 0;
    double employeeYears = 0;
    double fees = 0;
    double service = 0;
    double distributions = 0;
    double buybacks = 0;
    double extracted = 0;
    double toHolding = 0;
    double participation = 0;
    double payroll = 0;
    double ebitda = 0;
    double[] va = new double[6];
    Map<String, Flows> parties = new LinkedHashMap<>();
    for (BuyoutChain.Round r : rounds) {
      WhoPays w = r.whoPays();
      years += w.years();
      employeeYears += w.employeeYears();
      fees += w.fees();
      service += w.debtService();
      distributions += w.distributions();
      buybacks += w.buybacks();
      extracted += w.cashExtracted();
      toHolding += w.paidToHolding();
      participation += w.participationTotal();
      payroll += w.payroll();
      ebitda += w.ebitda();
      WhoPays.Split g = w.groupValueAdded();
      double[] parts = {
        g.total(), g.employees(), g.state(), g.lenders(), g.shareholders(), g.company()
      };
      for (int i = 0; i < va.length; i++) {
        va[i] += parts[i];
      }
      for (PartyReturn p : r.result().returns()) {
        parties.merge(
            p.party(),
            new Flows(p.invested(), p.proceeds(), 1),
            (x, y) -> new Flows(x.invested() + y.invested(), x.proceeds() + y.proceeds(),
                x.rounds() + y.rounds()));
      }
    }
    return new ChainSummary(
        rounds, years, employeeYears, fees, service, distributions, buybacks, extracted, toHolding,
        participation, payroll, ebitda,
        new WhoPays.Split(va[0], va[1], va[2], va[3], va[4], va[5]), parties);
  }

  /** @return participation per employee and per year over the chain */
  public double participationPerEmployee() {
    return ratio(participation, employeeYears);
  }

  /** @return cash extracted per employee and per year over the chain */
  public double cashExtractedPerEmployeeYear() {
    return ratio(cashExtracted, employeeYears);
  }

  /** @return cash extracted / payroll */
  public double cashExtractedShareOfPayroll() {
    return ratio(cashExtracted, payroll);
  }

  /** @return cash extracted / EBITDA */
  public double cashExtractedShareOfEbitda() {
    return ratio(cashExtracted, ebitda);
  }

  /** @return debt drawn at the closing of round {@code r} (every tranche) */
  public static double debtAtClosing(BuyoutChain.Round r) {
    double sum = 0.0;
    for (TrancheSchedule s : r.result().debt()) {
      sum += s.initialAmount();
    }
    return sum;
  }

  private static double ratio(double a, double b) {
    return b > 0.0 ? a / b : Double.NaN;
  }
}
