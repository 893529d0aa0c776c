package org.reprise.engine;

import java.util.ArrayList;
import java.util.List;
import org.reprise.model.BaseYear;
import org.reprise.model.Deal;
import org.reprise.model.DealException;
import org.reprise.model.EquityClass;
import org.reprise.model.MessageNumbers;
import org.reprise.model.Tranche;
import org.reprise.model.Valuation;

/**
 * The closing: entry enterprise value, tranche amounts, fees and the sources and uses of funds,
 * with the balancing equity class solved so that both sides are equal (docs/methodology.md,
 * "Entry").
 *
 * @param enterpriseValue entry enterprise value
 * @param ltmEbitda base-year EBITDA
 * @param referenceEbitda EBITDA the entry valuation refers to (year 1 for a forward multiple)
 * @param trancheAmounts amount drawn at closing per tranche (revolver: drawn amount)
 * @param upfrontFees upfront fee per tranche
 * @param hedgePremiums premium of each tranche's cap paid at closing (share × amount × premium;
 *     0 without a cap), a use of funds (docs/methodology.md §5.1)
 * @param equityAmounts amount invested per equity class (the balancing item solved)
 * @param transactionFees transaction fees
 * @param cash cash of the operating company just after closing
 * @param sourcesAndUses the table
 */
record Entry(
    double enterpriseValue,
    double ltmEbitda,
    double referenceEbitda,
    double[] trancheAmounts,
    double[] upfrontFees,
    double[] hedgePremiums,
    double[] equityAmounts,
    double transactionFees,
    double cash,
    SourcesAndUses sourcesAndUses) {

  /** Label of the transaction fees in the uses. */
  static final String TRANSACTION_FEES = "Transaction fees";
  /** Label of the financing fees in the uses. */
  static final String FINANCING_FEES = "Financing fees";
  /** Label of the caps' premiums in the uses. */
  static final String HEDGE_PREMIUM = "Hedging premium";

  /** Tolerance of the sources = uses check: half a cent. */
  static final double BALANCE_TOLERANCE = 0.005;

  /** @return the total upfront financing fees */
  double financingFees() {
    double sum = 0.0;
    for (double f : upfrontFees) {
      sum += f;
    }
    return sum;
  }

  /** @return the total premium of the interest-rate caps paid at closing */
  double hedgePremium() {
    double sum = 0.0;
    for (double p : hedgePremiums) {
      sum += p;
    }
    return sum;
  }

  /**
   * Why the entry price is not positive. The reader only accepts a positive amount or multiple, so
   * the EBITDA the multiple applies to is the cause: the base year's (its terms from {@code
   * company.actuals}) for a multiple of LTM EBITDA, year 1's for a forward multiple.
   */
  private static String notPositive(Deal deal, double ev, Valuation price, double reference) {
    String found = "the entry enterprise value must be positive, found " + MessageNumbers.amount(ev);
    if (price.basis() == Valuation.Basis.AMOUNT) {
      return found;
    }
    found += " (multiple " + MessageNumbers.number(price.value()) + " × EBITDA "
        + MessageNumbers.amount(reference) + "): ";
    // "zero" when it is written 0.00 (a margin of 0 % can leave a rounding residue of −1e−13)
    String sign = reference <= -BALANCE_TOLERANCE ? "negative" : "zero";
    BaseYear b = deal.company().base();
    if (price.isForward()) {
      return found + "the EBITDA of year 1 (" + (b.year() + 1) + "), which a forward multiple"
          + " prices, is " + sign + "; check company.actuals and projections";
    }
    return found + "the base-year EBITDA is " + sign + " (company.actuals: revenue − purchases −"
        + " externalCharges − otherTaxes − personnelCosts = " + MessageNumbers.amount(b.revenue())
        + " − " + MessageNumbers.amount(b.purchases())
        + " − " + MessageNumbers.amount(b.externalCharges())
        + " − " + MessageNumbers.amount(b.otherTaxes())
        + " − " + MessageNumbers.amount(b.personnelCosts()) + "); check these actuals";
  }

  /** Computes the closing of {@code deal}; {@code year1Ebitda} is the projected first-year EBITDA. */
  static Entry of(Deal deal, double year1Ebitda) {
    BaseYear base = deal.company().base();
    double ltm = base.ebitda();
    Valuation price = deal.transaction().entryValue();
    double reference = price.isForward() ? year1Ebitda : ltm;
    double ev = price.basis() == Valuation.Basis.AMOUNT ? price.value() : price.value() * reference;
    if (!(ev > 0.0)) {
      throw new DealException("transaction.price", notPositive(deal, ev, price, reference));
    }

    List<Tranche> tranches = deal.financing().debt();
    double[] amounts = new double[tranches.size()];
    double[] fees = new double[tranches.size()];
    double[] premiums = new double[tranches.size()];
    List<SourcesAndUses.Line> sources = new ArrayList<>();
    double debtSources = 0.0;
    for (int i = 0; i < amounts.length; i++) {
      Tranche tr = tranches.get(i);
      if (tr.drawnLater()) {
        // drawn during the hold (§5.13): no amount, fee or source at closing
        continue;
      }
      double value = tr.size().value();
      double amount =
          switch (tr.size().basis()) {
            case AMOUNT -> value;
            case EBITDA_MULTIPLE -> value * ltm;
            case PRICE_SHARE -> value * ev;
          };
      if (amount < 0.0 || (tr.isRevolver() && amount > tr.limit() + BALANCE_TOLERANCE)) {
        throw new DealException(
            "financing.debt[" + i + "].amount",
            "expected an amount between 0 and the limit, found " + MessageNumbers.amount(amount));
      }
      amounts[i] = amount;
      fees[i] = tr.upfrontFee() * (tr.isRevolver() ? tr.limit() : amount);
      premiums[i] = tr.hedge() == null ? 0.0 : tr.hedge().share() * amount * tr.hedge().premium();
    }

    double transactionFees =
        deal.transaction().transactionFees() + deal.transaction().transactionFeeShare() * ev;
    boolean refinance = deal.transaction().refinanceExistingDebt();
    double existingDebt = base.financialDebt();
    double sharePrice = ev - existingDebt + base.cash();
    // the employees' blocked participation accounts the company already holds: a debt-like
    // liability the buyer takes over, deducted from the price as the exit deducts what they hold
    // then (methodology §3, §5.8)
    double blocked = deal.participation().blockedOpeningTotal();
    if (blocked != 0.0) {
      sharePrice -= blocked;
    }
    double financingFees = 0.0;
    for (double f : fees) {
      financingFees += f;
    }
    List<SourcesAndUses.Line> uses = new ArrayList<>();
    uses.add(new SourcesAndUses.Line("Purchase of the shares", sharePrice));
    // the existing debt is repaid at closing, or what the loan left in place does not keep of it
    // (a partial refinancing, methodology §3)
    double kept = 0.0;
    for (int i = 0; i < amounts.length; i++) {
      if (tranches.get(i).rolledOver()) {
        kept += amounts[i];
      }
    }
    double refinanced = refinance ? existingDebt : existingDebt - kept;
    if (refinanced != 0.0) {
      uses.add(new SourcesAndUses.Line("Refinancing of existing debt", refinanced));
    }
    if (transactionFees != 0.0) {
      uses.add(new SourcesAndUses.Line(TRANSACTION_FEES, transactionFees));
    }
    if (financingFees != 0.0) {
      uses.add(new SourcesAndUses.Line(FINANCING_FEES, financingFees));
    }
    double hedgePremium = 0.0;
    for (double p : premiums) {
      hedgePremium += p;
    }
    if (hedgePremium != 0.0) {
      uses.add(new SourcesAndUses.Line(HEDGE_PREMIUM, hedgePremium));
    }
    double cashIn = deal.transaction().cashToBalanceSheet();
    if (cashIn != 0.0) {
      uses.add(new SourcesAndUses.Line("Cash to balance sheet", cashIn));
    }
    double totalUses = 0.0;
    for (SourcesAndUses.Line l : uses) {
      totalUses += l.amount();
    }

    for (int i = 0; i < amounts.length; i++) {
      if (!tranches.get(i).rolledOver()) {
        debtSources += amounts[i];
      }
    }
    List<EquityClass> classes = deal.financing().equity();
    double[] equity = new double[classes.size()];
    double knownEquity = 0.0;
    int balancing = -1;
    for (int i = 0; i < equity.length; i++) {
      EquityClass c = classes.get(i);
      if (c.isBalancing()) {
        balancing = i;
      } else {
        equity[i] = c.amount();
        knownEquity += c.amount();
      }
    }
    double gap = totalUses - debtSources - knownEquity;
    if (balancing >= 0) {
      if (!(gap > 0.0)) {
        throw new DealException(
            "financing.equity[" + balancing + "].amount",
            String.format(
                java.util.Locale.ROOT,
                "the balancing equity would be %.2f: the other sources (%.2f) already cover the"
                    + " uses (%.2f); lower the debt or the other equity",
                gap, debtSources + knownEquity, totalUses));
      }
      equity[balancing] = gap;
    } else if (Math.abs(gap) > BALANCE_TOLERANCE) {
      throw new DealException(
          "financing",
          String.format(
              java.util.Locale.ROOT,
              "sources (%.2f) do not equal uses (%.2f): difference %.2f; set one equity class's"
                  + " amount to `balance` or adjust the amounts",
              debtSources + knownEquity, totalUses, debtSources + knownEquity - totalUses));
    }
    double totalSources = 0.0;
    for (int i = 0; i < equity.length; i++) {
      sources.add(new SourcesAndUses.Line(classes.get(i).name(), equity[i]));
      totalSources += equity[i];
    }
    for (int i = 0; i < amounts.length; i++) {
      if (!tranches.get(i).rolledOver() && !tranches.get(i).drawnLater()) {
        sources.add(new SourcesAndUses.Line(tranches.get(i).name(), amounts[i]));
        totalSources += amounts[i];
      }
    }
    double cashAtClosing = base.cash() + cashIn;
    SourcesAndUses su =
        new SourcesAndUses(
            sources, uses, totalSources, totalUses, ev, reference, ev / reference, sharePrice, ltm,
            cashAtClosing, blocked);
    return new Entry(
        ev, ltm, reference, amounts, fees, premiums, equity, transactionFees, cashAtClosing, su);
  }
}
