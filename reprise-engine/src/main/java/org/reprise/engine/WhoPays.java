package org.reprise.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reprise.model.Deal;

/**
 * The workers' view of one deal, summed over the holding period (years 1 to the exit year):
 * how the value added was shared, the participation, what the buyout cost the company, and who
 * captured the deleveraging (docs/methodology.md, "Who pays").
 *
 * @param years number of years of the holding period
 * @param employeeYears sum of the average headcount over those years (person-years)
 * @param valueAdded cumulated sharing of the value added, operating company
 * @param groupValueAdded cumulated sharing of the value added, group
 * @param participationTotal participation reserves of the holding period
 * @param participationPerEmployee participation per employee and per year = total / person-years
 * @param payroll cumulated personnel costs
 * @param ebitda cumulated EBITDA
 * @param debtService cash interest, fees and principal paid on every tranche (net of revolver drawings)
 * @param fees transaction and financing fees paid at closing
 * @param paidToHolding dividends and advances paid by the operating company to its holding
 * @param distributions cash paid to the shareholders
 * @param cashExtracted debt service + distributions: the cash that left the company for its lenders
 *     and owners
 * @param cashExtractedPerEmployeeYear cash extracted / person-years
 * @param cashExtractedShareOfPayroll cash extracted / payroll
 * @param cashExtractedShareOfEbitda cash extracted / EBITDA
 * @param deleveraging net debt repaid out of the company's cash (the value bridge component)
 * @param deleveragingCapture the deleveraging attributed to each party pro rata to what it
 *     receives from the equity at exit
 */
public record WhoPays(
    int years,
    double employeeYears,
    Split valueAdded,
    Split groupValueAdded,
    double participationTotal,
    double participationPerEmployee,
    double payroll,
    double ebitda,
    double debtService,
    double fees,
    double paidToHolding,
    double distributions,
    double cashExtracted,
    double cashExtractedPerEmployeeYear,
    double cashExtractedShareOfPayroll,
    double cashExtractedShareOfEbitda,
    double deleveraging,
    Map<String, Double> deleveragingCapture) {

  public WhoPays {
    deleveragingCapture =
        java.util.Collections.unmodifiableMap(new LinkedHashMap<>(deleveragingCapture));
  }

  /**
   * A cumulated split of the value added; the five parts sum to the total.
   *
   * @param total value added
   * @param employees wages, social contributions, participation (and a SCOP's work share)
   * @param state taxes
   * @param lenders interest and fees
   * @param shareholders dividends, distributions, shareholder-loan coupons
   * @param company depreciation and retained profit
   */
  public record Split(
      double total,
      double employees,
      double state,
      double lenders,
      double shareholders,
      double company) {

    static Split sum(ValueAddedSplit v, int years) {
      double t = 0;
      double e = 0;
      double s = 0;
      double l = 0;
      double sh = 0;
      double c = 0;
      for (int i = 0; i < years; i++) {
        t += v.valueAdded[i];
        e += v.employees[i];
        s += v.state[i];
        l += v.lenders[i];
        sh += v.shareholders[i];
        c += v.company[i];
      }
      return new Split(t, e, s, l, sh, c);
    }
  }

  /** Computes the workers' view of a run. */
  public static WhoPays of(Deal deal, DealResult r) {
    int years = r.exitYearIndex();
    YearTable y = r.years();
    double employeeYears = 0;
    double participation = 0;
    double payroll = 0;
    double ebitda = 0;
    double toHolding = 0;
    double distributions = 0;
    for (int t = 0; t < years; t++) {
      employeeYears += y.headcount[t];
      participation += y.participation[t];
      payroll += y.personnelCosts[t];
      ebitda += y.ebitda[t];
      toHolding += y.dividendsUpstream[t] + y.upstreamAdvances[t];
      distributions += y.distributions[t];
    }
    double service = 0;
    for (TrancheSchedule s : r.debt()) {
      for (int t = 0; t < years; t++) {
        service += s.cashInterest()[t] + s.commitmentFee()[t] - s.unpaidInterest()[t]
            + s.mandatory()[t] + s.sweep()[t] - s.drawdown()[t];
      }
    }
    double fees = 0;
    for (SourcesAndUses.Line l : r.sourcesAndUses().uses()) {
      if (l.name().equals(Entry.TRANSACTION_FEES) || l.name().equals(Entry.FINANCING_FEES)) {
        fees += l.amount();
      }
    }
    double extracted = service + distributions;
    return new WhoPays(
        years,
        employeeYears,
        Split.sum(y.opcoValueAdded, years),
        Split.sum(y.groupValueAdded, years),
        participation,
        ratio(participation, employeeYears),
        payroll,
        ebitda,
        service,
        fees,
        toHolding,
        distributions,
        extracted,
        ratio(extracted, employeeYears),
        ratio(extracted, payroll),
        ratio(extracted, ebitda),
        r.valueBridge().deleveraging(),
        capture(r));
  }

  private static double ratio(double a, double b) {
    return b > 0.0 ? a / b : Double.NaN;
  }

  /** Deleveraging × each party's share of what the equity classes receive at exit. */
  private static Map<String, Double> capture(DealResult r) {
    Map<String, Double> byParty = new LinkedHashMap<>();
    double total = 0;
    List<ExitResult.WaterfallLine> lines = r.exit().waterfall();
    java.util.Set<String> lenders = new java.util.HashSet<>();
    for (TrancheSchedule s : r.debt()) {
      lenders.add(s.name());
    }
    for (ExitResult.WaterfallLine l : lines) {
      if (!lenders.contains(l.name())) {
        byParty.merge(l.party(), l.paid(), Double::sum);
        total += l.paid();
      }
    }
    double deleveraging = r.valueBridge().deleveraging();
    Map<String, Double> out = new LinkedHashMap<>();
    for (Map.Entry<String, Double> e : byParty.entrySet()) {
      out.put(e.getKey(), total > 0.0 ? deleveraging * e.getValue() / total : 0.0);
    }
    return out;
  }
}
