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
 * @param workShareTotal a SCOP's work share (part travail) allocated from the surpluses of the
 *     holding period, the employees' other profit share (0 for any other company)
 * @param workSharePerEmployee work share per employee and per year = total / person-years
 * @param payroll cumulated personnel costs
 * @param ebitda cumulated EBITDA
 * @param debtService cash interest, fees and principal paid on every tranche, net of the revolver
 *     drawings: {@link #debtServicePaid()} − revolverDrawn
 * @param revolverDrawn drawings on the revolvers over the holding period, which part of the debt
 *     service paid merely returns to the lenders (0 when no revolver is drawn)
 * @param fees transaction and financing fees paid at closing
 * @param paidToHolding dividends and advances paid by the operating company to its holding
 * @param taxPaidToHolding in a tax group, the income tax the operating company pays its holding
 *     under the tax-sharing agreement (what it would owe on its own); 0 otherwise
 * @param taxKeptByHolding the part of it the holding does not pay on to the state: the
 *     operating company's stand-alone tax less the group's tax, the tax group's saving, which
 *     serves the holding's debt
 * @param distributions cash paid to the shareholders
 * @param buybacks a SCOP's buybacks of its outside members' shares at nominal value (cash paid to
 *     owners); 0 for any other company
 * @param cashExtracted debt service + distributions + buybacks − recapBorrowed: the cash that left
 *     the company for its lenders and owners
 * @param cashExtractedPerEmployeeYear cash extracted / person-years
 * @param cashExtractedShareOfPayroll cash extracted / payroll
 * @param cashExtractedShareOfEbitda cash extracted / EBITDA
 * @param deleveraging net debt repaid out of the company's cash (the value bridge component)
 * @param recapBorrowed what the dividend recapitalisations borrowed during the hold, net of their
 *     upfront fees (docs/methodology.md §5.13): lenders' money paid on to the shareholders (in
 *     {@code distributions}), so not cash the company extracted; 0 without one
 * @param deleveragingCapture what each equity holder receives at exit because of the
 *     deleveraging: its proceeds less those it would have had with the net debt at exit higher by
 *     the deleveraging (the waterfall run again on the smaller pool); empty for a cooperative,
 *     whose reserves keep it
 */
public record WhoPays(
    int years,
    double employeeYears,
    Split valueAdded,
    Split groupValueAdded,
    double participationTotal,
    double participationPerEmployee,
    double workShareTotal,
    double workSharePerEmployee,
    double payroll,
    double ebitda,
    double debtService,
    double revolverDrawn,
    double fees,
    double paidToHolding,
    double taxPaidToHolding,
    double taxKeptByHolding,
    double distributions,
    double buybacks,
    double cashExtracted,
    double cashExtractedPerEmployeeYear,
    double cashExtractedShareOfPayroll,
    double cashExtractedShareOfEbitda,
    double deleveraging,
    Map<String, Double> deleveragingCapture,
    double recapBorrowed) {

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
   * @param shareholders the fixed return accrued to the preferred shares and shareholder loans
   *     (paid or not), the distributions to the ordinary shares, a SCOP's interest on shares
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

  /**
   * The debt's flows over the holding period (years 1 to the exit), summed over the tranches: what
   * the reports split the debt service into and bridge the fall in net debt from (methodology
   * §10; reviews 26 and 28), in one place for the text and HTML reports.
   *
   * @param interestAndFeesPaid cash interest, commitment fees and the hedges' net settlements paid
   *     (those left unpaid in a payment default excluded)
   * @param principalRepaid scheduled repayments and cash sweep paid
   * @param pikInterest PIK interest capitalised
   * @param unpaidInterest interest left unpaid in a payment default and capitalised
   * @param revolverDrawn drawings on the revolvers
   * @param fallInCash cash at closing less cash at the exit year's end (negative when it rose)
   * @param recapBorrowed what the dividend recapitalisations borrowed, net of their fees (§5.13)
   */
  public record DebtFlows(
      double interestAndFeesPaid,
      double principalRepaid,
      double pikInterest,
      double unpaidInterest,
      double revolverDrawn,
      double fallInCash,
      double recapBorrowed) {

    /** Sums the flows of a run's holding period. */
    public static DebtFlows of(DealResult r) {
      int years = r.exitYearIndex();
      double interest = 0;
      double principal = 0;
      double pik = 0;
      double unpaid = 0;
      double drawn = 0;
      for (TrancheSchedule s : r.debt()) {
        for (int t = 0; t < years; t++) {
          interest += s.cashInterest()[t] + s.commitmentFee()[t] - s.unpaidInterest()[t];
          principal += s.mandatory()[t] + s.sweep()[t];
          pik += s.pik()[t];
          unpaid += s.unpaidInterest()[t];
          drawn += s.drawdown()[t];
        }
      }
      // the interest-rate hedges' net settlements are part of the financing's cost (§5.1)
      for (int t = 0; t < years; t++) {
        interest += r.years().hedgeSettlement[t];
      }
      double fall = r.sourcesAndUses().cashAtClosing() - r.years().cash[years - 1];
      return new DebtFlows(interest, principal, pik, unpaid, drawn, fall,
          recapBorrowed(r.years(), years));
    }

    /**
     * @return what the dividend recapitalisations of the first {@code years} years borrowed, net
     *     of their fees: new debt that no cash repaid (§5.13); 0 without one
     */
    static double recapBorrowed(YearTable y, int years) {
      RecapRows recap = y.recap();
      double s = 0;
      for (int t = 0; recap != null && t < years; t++) {
        s += recap.borrowed[t] - recap.fees[t];
      }
      return s;
    }

    /** @return the interest capitalised: PIK and unpaid */
    public double capitalised() {
      return pikInterest + unpaidInterest;
    }

    /** @return what the financing costs: interest and fees paid and interest capitalised */
    public double financingCost() {
      return interestAndFeesPaid + capitalised();
    }

    /**
     * @param deleveraging the fall in net debt ({@link WhoPays#deleveraging})
     * @return what the bridge from the principal repaid leaves to the value bridge's other terms
     *     (the employees' blocked accounts, a SCOP's members' capital): principal − drawn −
     *     capitalised − fall in cash − what a recap borrowed − deleveraging
     */
    public double bridgeOther(double deleveraging) {
      return principalRepaid - revolverDrawn - capitalised() - fallInCash - recapBorrowed
          - deleveraging;
    }
  }

  /**
   * @return the cash interest, fees and principal (scheduled, swept, revolver repaid) paid on
   *     every tranche over the holding period, gross of the revolver drawings: debtService +
   *     revolverDrawn
   */
  public double debtServicePaid() {
    return debtService + revolverDrawn;
  }

  /** Computes the workers' view of a run. */
  public static WhoPays of(Deal deal, DealResult r) {
    int years = r.exitYearIndex();
    YearTable y = r.years();
    double employeeYears = 0;
    double participation = 0;
    double workShare = 0;
    double payroll = 0;
    double ebitda = 0;
    double toHolding = 0;
    double taxToHolding = 0;
    double taxKept = 0;
    double distributions = 0;
    double buybacks = 0;
    boolean taxGroup = deal.structure().hasHolding() && deal.structure().taxGroup();
    for (int t = 0; t < years; t++) {
      employeeYears += y.headcount[t];
      participation += y.participation[t];
      workShare += y.workShare[t];
      payroll += y.personnelCosts[t];
      ebitda += y.ebitda[t];
      toHolding += y.dividendsUpstream[t] + y.upstreamAdvances[t];
      if (taxGroup) {
        taxToHolding += y.opcoIncomeTax[t];
        taxKept += y.opcoIncomeTax[t] - y.incomeTax[t];
      }
      distributions += y.distributions[t];
      buybacks += y.buybacks[t];
    }
    // a dividend recapitalisation pays the shareholders what the lenders lent (§5.13)
    RecapRows recap = y.recap();
    for (int t = 0; recap != null && t < years; t++) {
      distributions += recap.paid[t];
    }
    double recapBorrowed = DebtFlows.recapBorrowed(y, years);
    double paid = 0;
    double drawn = 0;
    for (TrancheSchedule s : r.debt()) {
      for (int t = 0; t < years; t++) {
        paid += s.cashInterest()[t] + s.commitmentFee()[t] - s.unpaidInterest()[t]
            + s.mandatory()[t] + s.sweep()[t];
        drawn += s.drawdown()[t];
      }
    }
    // the hedges' net settlements go to the hedge counterparties, the lending banks as a rule
    for (int t = 0; t < years; t++) {
      paid += y.hedgeSettlement[t];
    }
    double service = paid - drawn;
    double fees = 0;
    for (SourcesAndUses.Line l : r.sourcesAndUses().uses()) {
      if (l.name().equals(Entry.TRANSACTION_FEES) || l.name().equals(Entry.FINANCING_FEES)
          || l.name().equals(Entry.HEDGE_PREMIUM)) {
        fees += l.amount();
      }
    }
    double extracted = service + distributions + buybacks - recapBorrowed;
    return new WhoPays(
        years,
        employeeYears,
        Split.sum(y.opcoValueAdded, years),
        Split.sum(y.groupValueAdded, years),
        participation,
        ratio(participation, employeeYears),
        workShare,
        ratio(workShare, employeeYears),
        payroll,
        ebitda,
        service,
        drawn,
        fees,
        toHolding,
        taxToHolding,
        taxKept,
        distributions,
        buybacks,
        extracted,
        ratio(extracted, employeeYears),
        ratio(extracted, payroll),
        ratio(extracted, ebitda),
        r.valueBridge().deleveraging(),
        capture(deal, r),
        recapBorrowed);
  }

  private static double ratio(double a, double b) {
    return b > 0.0 ? a / b : Double.NaN;
  }

  /**
   * What each equity holder receives at exit because of the deleveraging: its proceeds less what it
   * would have received had the net debt at exit been higher by the deleveraging, the rest of the
   * exit unchanged (docs/methodology.md §10). The equity's pool without the deleveraging, max(0,
   * pool − deleveraging), is paid through the same waterfall: the preferred shares and shareholder
   * loans up to their claims, in order, then the ordinary shares pro rata to their ownership. The
   * captures sum to min(pool, deleveraging); when the pool is smaller, the rest of the debt paid
   * down spared the lenders a loss. A cooperative's members get their shares back at nominal value
   * while it is worth its claims: the deleveraging stays in its reserves and nobody captures it (an
   * empty map); when it is not (§5.10), the members are paid what is left, and capture the
   * deleveraging as any holder of the equity would. When the net debt did not fall (a deal in default, whose arrears and capitalised
   * interest grew it) there is no deleveraging to capture: an empty map too, not the negative
   * amounts the difference would give.
   */
  private static Map<String, Double> capture(Deal deal, DealResult r) {
    java.util.Set<String> tranches = new java.util.HashSet<>();
    for (TrancheSchedule s : r.debt()) {
      tranches.add(s.name());
    }
    List<ExitResult.WaterfallLine> equity = new java.util.ArrayList<>();
    for (ExitResult.WaterfallLine l : r.exit().waterfall()) {
      if (!tranches.contains(l.name())) {
        equity.add(l);
      }
    }
    Map<String, Double> out = new LinkedHashMap<>();
    if (!(r.valueBridge().deleveraging() > 0.0)
        || (deal.isCooperative() && r.exit().paysEveryClaim())) {
      return out;
    }
    // the lines come in waterfall order; the ordinary shares' lines last, with claim = paid
    java.util.Set<String> ordinary = new java.util.HashSet<>();
    for (org.reprise.model.EquityClass c : deal.financing().equity()) {
      if (c.kind() == org.reprise.model.EquityClass.Kind.ORDINARY) {
        ordinary.add(c.name());
      }
    }
    double pool = 0.0;
    double ordinaryPaid = 0.0;
    for (ExitResult.WaterfallLine l : equity) {
      pool += l.paid();
      if (ordinary.contains(l.name())) {
        ordinaryPaid += l.paid();
      }
    }
    double left = Math.max(0.0, pool - r.valueBridge().deleveraging());
    for (ExitResult.WaterfallLine l : equity) {
      if (!ordinary.contains(l.name())) {
        double without = Math.min(left, l.claim());
        left -= without;
        out.merge(l.party(), l.paid() - without, Double::sum);
      }
    }
    for (ExitResult.WaterfallLine l : equity) {
      if (ordinary.contains(l.name())) {
        double share = ordinaryPaid > 0.0 ? l.paid() / ordinaryPaid : 0.0;
        out.merge(l.party(), l.paid() - share * left, Double::sum);
      }
    }
    return out;
  }
}
