package org.reprise.engine;

/**
 * The year-by-year schedule of one debt tranche. Every array has one entry per projected year.
 * Roll-forward: {@code closing = opening + drawdown + pik + unpaidInterest − mandatory − sweep}.
 *
 * @param name tranche name
 * @param lender lending party
 * @param borrower "holding" or "opco"
 * @param kind "term", "revolver" or "vendor-loan"
 * @param initialAmount amount drawn at closing
 * @param upfrontFee fee paid to the lender at closing
 * @param opening opening balance
 * @param drawdown new drawings (revolver only)
 * @param mandatory mandatory repayment paid (revolver: repayment of drawings)
 * @param sweep prepayment from the cash sweep
 * @param pik interest capitalised (payment in kind)
 * @param cashInterest cash interest due
 * @param commitmentFee commitment fee due on the undrawn revolver
 * @param unpaidInterest cash interest and fees due but not paid (capitalised) after a payment default
 * @param unpaidPrincipal mandatory repayment due but not paid after a payment default, at the
 *     year end (earlier years' arrears included: they stay due until paid)
 * @param closing closing balance
 * @param feeExpense the upfront fee expensed in the year: its straight-line share, or all that was
 *     left in the year the loan was repaid early (methodology §3)
 * @param feeWrittenOff the year index (1 = first projected year) in which the rest of the upfront
 *     fee was written off because the loan was repaid before the end of its fee period, 0 when
 *     it was not
 * @param drawnYear for a tranche drawn during the hold (a dividend recapitalisation, methodology
 *     §5.13), the year index (1 = first projected year) at whose start it is drawn: its opening
 *     balance that year is the amount drawn, the year before closes at 0; 0 for a tranche drawn
 *     at closing
 * @param drawnAmount the amount drawn then (0 when the lenders' condition kept it undrawn, and for
 *     a tranche drawn at closing)
 * @param drawnFee its upfront fee paid at the draw
 */
public record TrancheSchedule(
    String name,
    String lender,
    String borrower,
    String kind,
    double initialAmount,
    double upfrontFee,
    double[] opening,
    double[] drawdown,
    double[] mandatory,
    double[] sweep,
    double[] pik,
    double[] cashInterest,
    double[] commitmentFee,
    double[] unpaidInterest,
    double[] unpaidPrincipal,
    double[] closing,
    double[] feeExpense,
    int feeWrittenOff,
    int drawnYear,
    double drawnAmount,
    double drawnFee) {

  /** @return the amount the scheduled repayments are shares of: at closing, or at the draw */
  public double scheduledAmount() {
    return initialAmount + drawnAmount;
  }
}
