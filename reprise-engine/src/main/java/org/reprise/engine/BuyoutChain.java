package org.reprise.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.reprise.model.BaseYear;
import org.reprise.model.Company;
import org.reprise.model.Covenants;
import org.reprise.model.Deal;
import org.reprise.model.DealException;
import org.reprise.model.Driver;
import org.reprise.model.Financing;
import org.reprise.model.Operations;
import org.reprise.model.Participation;
import org.reprise.model.Structure;
import org.reprise.model.Tax;
import org.reprise.model.Tranche;
import org.reprise.model.Transaction;
import org.reprise.model.Valuation;

/**
 * A chain of buyouts of the same company (secondary, tertiary … buyouts): at each exit the next
 * buyer is another fund that pays the exit price and reloads the debt on the same terms
 * (docs/methodology.md, "Chains of buyouts").
 *
 * <p>The template deal's per-year arrays cover the whole chain (rounds × holding period, plus one
 * year for a forward exit multiple). Round k starts where round k − 1 ended: its base year is the
 * previous exit year, with the projected figures, cash, book equity, reserves and tax losses of
 * that year; its entry price is the previous exit price; the previous round's debt is repaid by the
 * sale and every tranche of the template is drawn again, sized on the new base-year EBITDA.
 * Calendar paths (interest rates, tax rates, holding costs, headcount, minimum cash) continue;
 * schedules that are relative to the closing (repayments, covenants) restart. The employees'
 * blocked participation accounts held at an exit are taken over by the next buyer, each amount
 * until the end of its blocking period.
 */
public final class BuyoutChain {

  private BuyoutChain() {}

  /**
   * One buyout of the chain.
   *
   * @param index 1 for the first buyout
   * @param deal the deal of this round
   * @param result its results
   * @param whoPays the workers' view of the round
   */
  public record Round(int index, Deal deal, DealResult result, WhoPays whoPays) {}

  /**
   * Runs a chain.
   *
   * @param template the first deal, with per-year arrays long enough for every round
   * @param rounds number of successive buyouts (≥ 1)
   * @return the rounds, in order
   */
  public static List<Round> run(Deal template, int rounds) {
    int hold = template.exit().year();
    int extra = template.exit().value().isForward() ? 1 : 0;
    if (rounds < 1) {
      throw new DealException("chain.rounds", "expected at least 1 round, found " + rounds);
    }
    if (template.isCooperative()) {
      throw new DealException("chain", "a SCOP is not sold again: a chain needs a fund buyout");
    }
    for (Tranche tr : template.financing().debt()) {
      if (tr.drawnLater()) {
        // each round's calendar starts at its own closing: a draw year does not carry over
        throw new DealException("financing.debt", "a chain of buyouts does not take a tranche"
            + " drawn during the hold (drawnIn): run each buyout on its own with `reprise run`");
      }
    }
    int needed = rounds * hold + extra;
    if (template.years() < needed) {
      throw new DealException(
          "chain.rounds",
          rounds + " rounds of " + hold + " years need " + needed + " projected years, found "
              + template.years());
    }
    List<Round> out = new ArrayList<>(rounds);
    Deal deal = slice(template, 0, template.company().base(), template.transaction(),
        template.participation().baseYearReserve(), template.participation().blockedOpening(),
        hold + extra);
    for (int k = 0; k < rounds; k++) {
      DealResult r = LboEngine.DEFAULT.run(deal);
      out.add(new Round(k + 1, deal, r, WhoPays.of(deal, r)));
      if (k + 1 < rounds) {
        deal = next(template, deal, r, (k + 1) * hold, hold + extra);
      }
    }
    return List.copyOf(out);
  }

  /** The next round: the company as it stands at the previous exit, bought at the exit price. */
  private static Deal next(Deal template, Deal previous, DealResult r, int offset, int length) {
    YearTable y = r.years();
    int x = r.exitYearIndex() - 1;
    double opcoDebt = 0.0;
    for (TrancheSchedule s : r.debt()) {
      if (s.borrower().equals("opco")) {
        opcoDebt += s.closing()[x];
      }
    }
    BaseYear base =
        new BaseYear(
            y.year[x],
            y.revenue[x],
            y.purchases[x],
            y.externalCharges[x],
            y.otherTaxes[x],
            // the payroll before any short-time working saving, as the previous exit valued it
            // (methodology §7): the next buyer does not pay for a temporary relief either
            y.personnelCosts[x] + previous.operations().shortTimeWorkSavingAt(x),
            y.depreciation[x],
            y.capex[x],
            y.workingCapital[x],
            y.cash[x],
            opcoDebt,
            y.opcoBookEquity[x],
            y.opcoReserves[x],
            y.opcoTaxLosses[x]);
    Transaction t = template.transaction();
    Transaction bought =
        new Transaction(
            new Valuation(Valuation.Basis.AMOUNT, r.exit().enterpriseValue()),
            true,
            t.transactionFees(),
            t.transactionFeeShare(),
            t.cashToBalanceSheet(),
            y.year[x] + "-12-31");
    double owed = y.participation[x];
    // the employees' blocked accounts are a debt of the company, not settled by a change of
    // shareholder: the exit's equity value deducted them, and the next buyer takes them over
    return slice(template, offset, base, bought, owed,
        DebtAfterHorizon.blockedHeldByEnd(previous, r), length);
  }

  private static Deal slice(
      Deal d, int o, BaseYear base, Transaction transaction, double participationOwed,
      List<Double> blockedOpening, int n) {
    Operations p = d.operations();
    Operations ops =
        new Operations(
            range(p.revenue(), o, n),
            slice(p.purchases(), o, n),
            slice(p.externalCharges(), o, n),
            slice(p.otherTaxes(), o, n),
            slice(p.personnel(), o, n),
            slice(p.depreciation(), o, n),
            slice(p.capex(), o, n),
            slice(p.workingCapital(), o, n),
            p.workingCapitalIsChange(),
            range(p.headcount(), o, n),
            range(p.minimumCash(), o, n),
            range(p.interestOnCash(), o, n),
            p.shortTimeWorkSaving() == null ? null : range(p.shortTimeWorkSaving(), o, n));
    double headcount = o == 0 ? d.company().headcount() : p.headcount()[o - 1];
    List<Tranche> tranches = new ArrayList<>();
    for (Tranche tr : d.financing().debt()) {
      if (o > 0 && tr.rolledOver()) {
        continue; // the previous buyer's refinancing replaced it
      }
      tranches.add(
          new Tranche(
              tr.name(), tr.lender(), tr.kind(), tr.borrower(), tr.size(),
              range(tr.cashRate(), o, n), tr.floating(), range(tr.baseRate(), o, n), tr.floor(),
              range(tr.pikRate(), o, n), tr.upfrontFee(),
              zeroPadded(tr.repayment(), n), tr.maturity() > n ? 0 : tr.maturity(), tr.sweep(),
              tr.sweepOrder(), tr.limit(), tr.commitmentFee(), tr.rolledOver(),
              range(tr.prepaymentFee(), o, n), tr.fullRepayment(),
              // a hedge is set at each closing on the new loan's schedule, on the calendar's index
              tr.hedge() == null ? null
                  : tr.hedge().withIndex(range(tr.hedge().index(), o, n)),
              null)); // drawn at closing: a chain refuses a recap (above)
    }
    Financing f = d.financing();
    Tax tax = d.tax();
    Structure s = d.structure();
    Covenants c = d.covenants();
    Participation part = d.participation();
    return new Deal(
        d.name(),
        new Company(d.company().name(), headcount, base),
        ops,
        transaction,
        // a merged equity given by the user is the first buyer's, and so is the share premium;
        // later buyers' are their own
        new Structure(s.kind(), s.taxGroup(), range(s.holdingCosts(), o, n),
            o == 0 ? s.mergedEquity() : Double.NaN, o == 0 ? s.sharePremium() : 0.0),
        f.withDebt(tranches),
        new Tax(
            range(tax.rate(), o, n), tax.reducedRate(), tax.reducedRateThreshold(),
            tax.interestCapFloor(), tax.interestCapShare(), tax.standaloneExtraShare(),
            tax.safeguardShare(), tax.lossAllowance(), tax.lossExcessShare(),
            tax.socialContributionRate(), tax.socialContributionAllowance(),
            tax.socialContributionRevenueThreshold(),
            tax.dividendAddBack(), tax.groupDividendAddBack(), range(tax.relatedPartyRate(), o, n),
            tax.unusedCapacityYears(), tax.thinCap(), tax.acquisitionCostYears()),
        new Covenants(
            range(c.maxNetLeverage(), 0, n), range(c.minInterestCover(), 0, n),
            range(c.minDebtServiceCover(), 0, n), c.drawstop()),
        d.exit(),
        d.interestBasis(),
        new Participation(
            part.applies(), part.equityReturnShare(), part.grossWageShare(),
            part.forfaitSocial(), part.perEmployeeCap(), participationOwed, true,
            part.blockedYears(), part.blockedRate(), part.blockedInterestCapitalised(),
            part.blockedEarlyRelease(), part.blockedCreditLevies(), blockedOpening,
            // the template's settlement of its base year's reserve holds for the first round;
            // a later round's is the reserve the company owes at the previous exit (§11)
            o == 0 ? part.baseYearRegime() : Participation.BaseYearRegime.DEAL,
            part.preDealForfaitSocial()),
        null,
        null,
        null, // a chain refuses the individuals' exit tax (methodology §8.4)
        d.source());
  }

  private static Driver slice(Driver d, int o, int n) {
    return new Driver(range(d.shareOfRevenue(), o, n), range(d.fixed(), o, n));
  }

  /** The first n entries of a schedule relative to the closing, padded with zeros. */
  private static double[] zeroPadded(double[] a, int n) {
    return Arrays.copyOf(a, n);
  }

  /** {@code a[o .. o+n)}, padded with the last value when the array is shorter. */
  private static double[] range(double[] a, int o, int n) {
    double[] out = Arrays.copyOfRange(a, Math.min(o, a.length), Math.min(o + n, a.length));
    if (out.length < n) {
      double last = a.length == 0 ? 0.0 : a[a.length - 1];
      int from = out.length;
      out = Arrays.copyOf(out, n);
      Arrays.fill(out, from, n, last);
    }
    return out;
  }
}
