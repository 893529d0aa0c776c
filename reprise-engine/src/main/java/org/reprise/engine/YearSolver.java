package org.reprise.engine;

import java.util.List;
import org.reprise.engine.tax.CorporateTax;
import org.reprise.engine.tax.TaxPosition;
import org.reprise.model.Deal;
import org.reprise.model.EquityClass;
import org.reprise.model.Participation;
import org.reprise.model.Tax;
import org.reprise.model.Tranche;

/**
 * The financing year: interest, income tax, the cash waterfall (debt service, revolver, sweep,
 * distributions) and the upstream from the operating company to the holding, for one year at a
 * time (docs/methodology.md, "The financing year").
 *
 * <p>Under the average-balance convention cash interest depends on the closing balances, which
 * depend on the cash left after interest and tax: the year is a fixed point. {@link #solve} guesses
 * the closing balances, the closing cash and the upstream dividend, evaluates the year, and repeats
 * with the new values until none moves by more than {@link #RELATIVE_TOLERANCE} of the balances'
 * size. The map is a contraction (its slope is about half the interest rate), so a handful of
 * iterations reaches the double-precision fixed point; nothing is dropped to break the circle.
 *
 * <p>One instance serves one run: it holds the state carried from year to year (balances, cash,
 * tax carry-forwards, accrued quasi-equity, reserves) and scratch arrays, so the year loop does not
 * allocate.
 */
final class YearSolver {
  /** Convergence of the circular interest: relative to the total balances. */
  static final double RELATIVE_TOLERANCE = 1e-13;
  /** Iterations after which the update is damped (halved) to break an oscillation. */
  static final int DAMPING_AFTER = 50;
  /** Iterations after which the engine gives up (never reached on a sane deal). */
  static final int MAX_ITERATIONS = 500;

  private final Deal deal;
  private final Tax tax;
  private final DebtBook book;
  private final YearTable table;
  private final boolean average;
  private final boolean hasHolding;
  private final boolean taxGroup;
  private final List<EquityClass> equity;
  private final double cashSweep;
  private final double distributionShare;

  // State carried between years.
  final double[] balance;
  double cash;
  final double[] quasiEquity;
  double opcoBookEquity;
  double reserves;
  /** Participation and forfait social of the previous year, deducted and paid this year. */
  double participationDue;
  private final TaxPosition opcoTax = new TaxPosition();
  private final TaxPosition holdingTax = new TaxPosition();
  private final TaxPosition groupTax = new TaxPosition();

  // Scratch of one evaluation.
  private final double[] guessClose;
  private final double[] step;
  private final double[] previousStep;
  private final double[] newClose;
  private final double[] ci;
  private final double[] pk;
  private final double[] cf;
  private final double[] due;
  private final double[] draw;
  private final double[] paidInterest;
  private final double[] paidPrincipal;
  private final double[] swept;
  private final TaxPosition opcoTaxOut = new TaxPosition();
  private final TaxPosition holdingTaxOut = new TaxPosition();
  private final TaxPosition groupTaxOut = new TaxPosition();
  private double newCash;
  private double newDividend;
  private double eInterestIncome;
  private double eShlInterest;
  private double eOpcoPreTax;
  private double eOpcoTax;
  private double eTaxDue;
  private double eFcf;
  private double eDue;
  private double eShortfall;
  private double eRevolverRepaid;
  private double eSweep;
  private double eDistribution;
  private double eUpstream;
  private double eFeeExpense;
  private double eGroupPreTax;
  private double eDisallowed;
  private double eOpcoCharges;
  private double eHoldingCharges;
  private double eShlOpco;
  private double eRsp;
  private double eForfait;
  private double eHoldingCosts;
  private final Participation participation;

  int maxIterations;

  YearSolver(Deal deal, Entry entry, DebtBook book, YearTable table) {
    this.deal = deal;
    this.tax = deal.tax();
    this.book = book;
    this.table = table;
    this.average = deal.interestBasis() == Deal.InterestBasis.AVERAGE;
    this.hasHolding = deal.structure().hasHolding();
    this.taxGroup = hasHolding && deal.structure().taxGroup();
    this.equity = deal.financing().equity();
    this.cashSweep = deal.financing().cashSweep();
    this.distributionShare = deal.financing().distributionShare();
    int m = book.m;
    balance = book.initial.clone();
    cash = entry.cash();
    quasiEquity = entry.equityAmounts().clone();
    opcoBookEquity = deal.company().base().bookEquity();
    reserves = deal.company().base().distributableReserves();
    participation = deal.participation();
    participationDue =
        participation.baseYearReserve() * (1.0 + participation.forfaitSocial());
    opcoTax.losses = deal.company().base().taxLosses();
    groupTax.losses = deal.company().base().taxLosses();
    guessClose = new double[m];
    step = new double[m + 2];
    previousStep = new double[m + 2];
    newClose = new double[m];
    ci = new double[m];
    pk = new double[m];
    cf = new double[m];
    due = new double[m];
    draw = new double[m];
    paidInterest = new double[m];
    paidPrincipal = new double[m];
    swept = new double[m];
  }

  /**
   * Solves year index {@code t}, writes its results and carries the state to the next year.
   *
   * <p>Fixed-point iteration on x = (closing balances, closing cash, upstream dividend), started
   * from the opening values. After two plain steps d_{k−1}, d_k that point the same way, the
   * remaining geometric tail is added at once: x ← F(x) + d_k λ / (1 − λ) with λ = d_k·d_{k−1} /
   * d_{k−1}·d_{k−1} (Lyusternik–Aitken extrapolation; exact when the year's map is affine of rank
   * one, the usual case of one tranche being swept). The stopping test is always a genuine
   * fixed-point test |F(x) − x| ≤ tolerance, so the extrapolation only shortens the path.
   */
  void solve(int t) {
    int m = book.m;
    int dim = m + 2;
    System.arraycopy(balance, 0, guessClose, 0, m);
    double guessCash = cash;
    double guessDividend = 0.0;
    boolean havePrevious = false;
    int iter = 0;
    while (true) {
      iter++;
      evaluate(t, guessClose, guessCash, guessDividend);
      double scale = 1.0 + Math.abs(cash) + Math.abs(newCash) + Math.abs(newDividend);
      double diff = Math.abs(newDividend - guessDividend);
      step[m + 1] = newDividend - guessDividend;
      step[m] = 0.0;
      for (int i = 0; i < m; i++) {
        step[i] = 0.0;
      }
      if (average) {
        step[m] = newCash - guessCash;
        diff = Math.max(diff, Math.abs(step[m]));
        for (int i = 0; i < m; i++) {
          scale += Math.abs(balance[i]) + Math.abs(newClose[i]);
          step[i] = newClose[i] - guessClose[i];
          diff = Math.max(diff, Math.abs(step[i]));
        }
      }
      if (diff <= RELATIVE_TOLERANCE * scale || iter >= MAX_ITERATIONS) {
        break;
      }
      double jump = 0.0;
      if (havePrevious && iter <= DAMPING_AFTER) {
        double dot = 0.0;
        double prevNorm = 0.0;
        double norm = 0.0;
        for (int k = 0; k < dim; k++) {
          dot += step[k] * previousStep[k];
          prevNorm += previousStep[k] * previousStep[k];
          norm += step[k] * step[k];
        }
        double lambda = prevNorm > 0.0 ? dot / prevNorm : 0.0;
        // only along a stable direction: nearly parallel steps shrinking geometrically
        if (lambda > -0.9 && lambda < 0.9 && dot * dot >= 0.999999 * norm * prevNorm) {
          jump = lambda / (1.0 - lambda);
        }
      }
      double w = iter > DAMPING_AFTER ? 0.5 : 1.0 + jump;
      guessDividend += w * step[m + 1];
      guessCash += w * step[m];
      for (int i = 0; i < m; i++) {
        guessClose[i] += w * step[i];
      }
      System.arraycopy(step, 0, previousStep, 0, dim);
      havePrevious = jump == 0.0;
    }
    if (iter >= MAX_ITERATIONS) {
      throw new IllegalStateException(
          "average-balance interest did not converge in year " + table.year[t]);
    }
    maxIterations = Math.max(maxIterations, iter);
    commit(t);
  }

  /** Evaluates year t from the carried state and the guesses; writes only scratch fields. */
  private void evaluate(int t, double[] closeGuess, double cashGuess, double dividendGuess) {
    int m = book.m;
    int y = t + 1;
    double revenue = table.revenue[t];
    double minCash = deal.operations().minimumCash()[t];

    double opcoCharges = 0.0;
    double holdingCharges = 0.0;
    eFeeExpense = 0.0;
    eDue = 0.0;
    double headroom = 0.0;
    for (int i = 0; i < m; i++) {
      Tranche tr = book.tranches.get(i);
      double open = balance[i];
      double basis = average ? 0.5 * (open + closeGuess[i]) : open;
      ci[i] = tr.cashRate()[t] * Math.max(0.0, basis);
      pk[i] = tr.pikRate()[t] * Math.max(0.0, open);
      cf[i] = tr.isRevolver() ? tr.commitmentFee() * Math.max(0.0, tr.limit() - basis) : 0.0;
      double mandatory;
      if (tr.maturity() > 0 && y >= tr.maturity()) {
        mandatory = open + pk[i];
      } else if (tr.isRevolver()) {
        mandatory = 0.0;
      } else {
        mandatory = Math.min(tr.repayment()[t] * book.initial[i], open);
      }
      due[i] = mandatory;
      double fee = book.feeExpense(i, t);
      eFeeExpense += fee;
      double charges = ci[i] + pk[i] + cf[i] + fee;
      if (book.holding[i]) {
        holdingCharges += charges;
      } else {
        opcoCharges += charges;
      }
      eDue += ci[i] + cf[i] + mandatory;
      if (tr.isRevolver()) {
        headroom += Math.max(0.0, tr.limit() - open);
      }
    }
    eShlInterest = 0.0;
    for (int k = 0; k < equity.size(); k++) {
      EquityClass c = equity.get(k);
      if (c.kind() == EquityClass.Kind.SHAREHOLDER_LOAN) {
        eShlInterest += c.coupon() * quasiEquity[k];
      }
    }
    if (hasHolding) {
      holdingCharges += eShlInterest;
    } else {
      opcoCharges += eShlInterest;
    }
    double cashBasis = average ? 0.5 * (cash + cashGuess) : cash;
    eInterestIncome = deal.operations().interestOnCash()[t] * Math.max(0.0, cashBasis);

    // Income tax (docs/methodology.md, "Income tax").
    eOpcoPreTax = table.ebit[t] - opcoCharges + eInterestIncome;
    eOpcoCharges = opcoCharges;
    eHoldingCharges = holdingCharges;
    eShlOpco = hasHolding ? 0.0 : eShlInterest;
    // last year's participation and forfait social are deducted in the year they are paid
    double opcoTaxable = eOpcoPreTax - participationDue;
    double depreciation = table.depreciation[t];
    eOpcoTax =
        CorporateTax.compute(
            tax, t, opcoTaxable, opcoCharges - eInterestIncome, depreciation, revenue, opcoTax,
            opcoTaxOut);
    // Participation (C. trav. L3324-1): RSP = ½ (B − 5 % C) × S / VA, on the stand-alone figures
    double legalValueAdded =
        table.personnelCosts[t] + table.otherTaxes[t] + opcoCharges + depreciation + eOpcoPreTax;
    eRsp =
        participation.reserve(
            opcoTaxOut.taxableIncome - eOpcoTax,
            opcoBookEquity,
            participation.grossWageShare() * table.personnelCosts[t],
            legalValueAdded,
            table.headcount[t]);
    eForfait = participation.forfaitSocial() * eRsp;
    double holdingCosts = hasHolding ? deal.structure().holdingCosts()[t] : 0.0;
    eHoldingCosts = holdingCosts;
    double holdingTaxCash = 0.0;
    eGroupPreTax = eOpcoPreTax - holdingCharges - holdingCosts;
    eDisallowed = opcoTaxOut.disallowedThisYear;
    if (taxGroup) {
      double addBack = tax.groupDividendAddBack() * dividendGuess;
      eTaxDue =
          CorporateTax.compute(
              tax, t, eGroupPreTax - participationDue + addBack,
              opcoCharges + holdingCharges - eInterestIncome,
              depreciation, revenue, groupTax, groupTaxOut);
      holdingTaxCash = eTaxDue - eOpcoTax;
      eDisallowed = groupTaxOut.disallowedThisYear;
    } else if (hasHolding) {
      double addBack = tax.dividendAddBack() * dividendGuess;
      double holdTax =
          CorporateTax.compute(
              tax, t, -holdingCharges - holdingCosts + addBack, holdingCharges, 0.0, 0.0,
              holdingTax, holdingTaxOut);
      eTaxDue = eOpcoTax + holdTax;
      holdingTaxCash = holdTax;
      eDisallowed += holdingTaxOut.disallowedThisYear;
    } else {
      eTaxDue = eOpcoTax;
    }
    eFcf =
        table.ebitda[t] - eTaxDue - table.capex[t] - table.changeInWorkingCapital[t]
            + eInterestIncome - holdingCosts - participationDue;

    // Debt service in order of priority, drawing the revolver when the cash is short.
    double resources = cash + eFcf - minCash;
    double need = eDue - resources;
    double toDraw = need > 0.0 ? Math.min(need, headroom) : 0.0;
    double drawn = toDraw;
    for (int k = 0; k < m; k++) {
      int i = book.priority[k];
      draw[i] = 0.0;
      Tranche tr = book.tranches.get(i);
      if (tr.isRevolver() && toDraw > 0.0) {
        draw[i] = Math.min(toDraw, Math.max(0.0, tr.limit() - balance[i]));
        toDraw -= draw[i];
      }
    }
    double available = resources + drawn;
    double left = Math.max(0.0, available);
    double holdingPaid = 0.0;
    double paid = 0.0;
    eShortfall = 0.0;
    for (int k = 0; k < m; k++) {
      int i = book.priority[k];
      double interest = ci[i] + cf[i];
      paidInterest[i] = interest <= left ? interest : left;
      left -= paidInterest[i];
      paidPrincipal[i] = due[i] <= left ? due[i] : left;
      left -= paidPrincipal[i];
      double paidHere = paidInterest[i] + paidPrincipal[i];
      paid += paidHere;
      eShortfall += (interest - paidInterest[i]) + (due[i] - paidPrincipal[i]);
      if (book.holding[i]) {
        holdingPaid += paidHere;
      }
    }
    double excess = available - paid;

    // Excess cash: revolver first, then the sweep, then distributions.
    eRevolverRepaid = 0.0;
    eSweep = 0.0;
    eDistribution = 0.0;
    double holdingSwept = 0.0;
    for (int i = 0; i < m; i++) {
      swept[i] = 0.0;
    }
    if (eShortfall <= 0.0 && excess > 0.0) {
      for (int k = 0; k < m && excess > 0.0; k++) {
        int i = book.priority[k];
        if (book.tranches.get(i).isRevolver()) {
          double outstanding = balance[i] + pk[i] + draw[i] - paidPrincipal[i];
          double repay = Math.min(excess, Math.max(0.0, outstanding));
          swept[i] = repay;
          excess -= repay;
          eRevolverRepaid += repay;
          if (book.holding[i]) {
            holdingSwept += repay;
          }
        }
      }
      double pot = cashSweep * excess;
      for (int i : book.sweepOrder) {
        if (pot <= 0.0) {
          break;
        }
        double outstanding = balance[i] + pk[i] - paidPrincipal[i];
        double s = Math.min(pot, Math.max(0.0, outstanding));
        swept[i] = s;
        pot -= s;
        excess -= s;
        eSweep += s;
        if (book.holding[i]) {
          holdingSwept += s;
        }
      }
      eDistribution = distributionShare * excess;
      excess -= eDistribution;
    }
    newCash = minCash + excess;

    for (int i = 0; i < m; i++) {
      double unpaidInterest = ci[i] + cf[i] - paidInterest[i];
      newClose[i] =
          balance[i] + draw[i] + pk[i] + unpaidInterest - paidPrincipal[i] - swept[i];
    }

    // What the holding needs from the operating company (docs/methodology.md, "Upstream").
    if (hasHolding) {
      eUpstream = holdingPaid + holdingSwept + holdingCosts + holdingTaxCash + eDistribution;
      double opcoNetIncome = eOpcoPreTax - eRsp - eForfait - eOpcoTax;
      double distributable = Math.max(0.0, reserves + opcoNetIncome);
      newDividend = Math.min(Math.max(0.0, eUpstream), distributable);
    } else {
      eUpstream = 0.0;
      newDividend = 0.0;
    }
  }

  /** Writes the converged year into the results and carries the state forward. */
  private void commit(int t) {
    int m = book.m;
    YearTable out = table;
    double cashInterest = 0.0;
    double pikTotal = 0.0;
    double commitment = 0.0;
    double mandatoryDue = 0.0;
    double debt = 0.0;
    for (int i = 0; i < m; i++) {
      book.opening[i][t] = balance[i];
      book.drawdown[i][t] = draw[i];
      book.mandatory[i][t] = paidPrincipal[i];
      book.sweep[i][t] = swept[i];
      book.pik[i][t] = pk[i];
      book.cashInterest[i][t] = ci[i];
      book.commitmentFee[i][t] = cf[i];
      book.unpaidInterest[i][t] = ci[i] + cf[i] - paidInterest[i];
      book.unpaidPrincipal[i][t] = due[i] - paidPrincipal[i];
      book.closing[i][t] = newClose[i];
      cashInterest += ci[i];
      pikTotal += pk[i];
      commitment += cf[i];
      mandatoryDue += due[i];
      debt += newClose[i];
      balance[i] = newClose[i];
    }
    double opcoNetIncome = eOpcoPreTax - eRsp - eForfait - eOpcoTax;
    double dividend = hasHolding ? newDividend : eDistribution;
    opcoBookEquity += opcoNetIncome - dividend;
    reserves += opcoNetIncome - dividend;
    for (int k = 0; k < equity.size(); k++) {
      EquityClass c = equity.get(k);
      if (c.kind() != EquityClass.Kind.ORDINARY) {
        quasiEquity[k] *= 1.0 + c.coupon();
      }
    }
    opcoTax.copyFrom(opcoTaxOut);
    if (taxGroup) {
      groupTax.copyFrom(groupTaxOut);
    } else if (hasHolding) {
      holdingTax.copyFrom(holdingTaxOut);
    }
    cash = newCash;

    out.interestIncome[t] = eInterestIncome;
    out.cashInterest[t] = cashInterest;
    out.pikInterest[t] = pikTotal;
    out.commitmentFees[t] = commitment;
    out.feeAmortisation[t] = eFeeExpense;
    out.shareholderLoanInterest[t] = eShlInterest;
    out.opcoPreTaxIncome[t] = eOpcoPreTax;
    out.opcoIncomeTax[t] = eOpcoTax;
    out.incomeTax[t] = eTaxDue;
    out.disallowedInterest[t] = eDisallowed;
    out.opcoNetIncome[t] = opcoNetIncome;
    out.opcoBookEquity[t] = opcoBookEquity;
    double groupNetIncome = eGroupPreTax - eRsp - eForfait - eTaxDue;
    out.netIncome[t] = groupNetIncome;
    out.participation[t] = eRsp;
    out.forfaitSocial[t] = eForfait;
    out.participationPaid[t] = participationDue;
    participationDue = eRsp + eForfait;
    splitValueAdded(t, opcoNetIncome, dividend, groupNetIncome);
    out.freeCashFlow[t] = eFcf;
    out.debtServiceDue[t] = eDue;
    out.mandatoryRepayment[t] = mandatoryDue;
    out.sweep[t] = eSweep + eRevolverRepaid;
    out.dividendsUpstream[t] = hasHolding ? newDividend : 0.0;
    out.upstreamAdvances[t] = hasHolding ? eUpstream - newDividend : 0.0;
    out.distributions[t] = eDistribution;
    out.cash[t] = cash;
    out.debt[t] = debt;
    out.netDebt[t] = debt - cash;
    out.shortfall[t] = eShortfall > 0.0 ? eShortfall : 0.0;
    out.defaulted[t] = eShortfall > 0.0;
  }

  /**
   * The sharing of the value added (docs/methodology.md, "Sharing of the value added"). Operating
   * company: its own accounts (its stand-alone income tax; the dividends it pays are the
   * shareholders' part). Group: the tax actually due, external lenders only, shareholder-loan
   * coupons and distributions to the shareholders.
   */
  private void splitValueAdded(int t, double opcoNetIncome, double dividend, double groupNetIncome) {
    YearTable y = table;
    double va = y.revenue[t] - y.purchases[t] - y.externalCharges[t];
    double employees = y.personnelCosts[t] + eRsp;
    double dep = y.depreciation[t];
    y.opcoValueAdded.set(
        t,
        va,
        employees,
        y.otherTaxes[t] + eForfait + eOpcoTax,
        eOpcoCharges - eShlOpco - eInterestIncome,
        dividend + eShlOpco,
        dep + opcoNetIncome - dividend);
    y.groupValueAdded.set(
        t,
        va - eHoldingCosts,
        employees,
        y.otherTaxes[t] + eForfait + eTaxDue,
        eOpcoCharges + eHoldingCharges - eShlInterest - eInterestIncome,
        eShlInterest + eDistribution,
        dep + groupNetIncome - eDistribution);
  }
}
