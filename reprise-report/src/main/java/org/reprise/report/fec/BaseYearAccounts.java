package org.reprise.report.fec;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The base year of a deal file as read from a FEC ledger (docs/fec-import.md), in currency units
 * rounded to the cent. The first thirteen figures are the {@code company.actuals} of the deal
 * format; the others are shown for information.
 *
 * @param year the base year (the calendar year of the ledger's closing)
 * @param firstDate earliest entry date used
 * @param lastDate latest entry date used
 * @param lines number of ledger lines used
 * @param revenue 70 sales
 * @param purchases 601, 602, 607, 608, 609 ± 603 change in stocks, − 71 and − 72
 * @param externalCharges 604–606, 61, 62
 * @param otherTaxes 63 − 74 operating grants (below the value added, as in the SIG), floored at 0
 * @param personnelCosts 64, less the operating grants beyond the other taxes
 * @param ledgerPersonnelCosts 64 as the ledger has it, before any grant: what the people cost, for
 *     the headcount placeholder
 * @param depreciation 681
 * @param capex debits to 20 and 21 plus the change of 23, outside the opening entries
 * @param netWorkingCapital closing balances of 3, 40–44 and 46–49 (debit positive)
 * @param cash closing debit balances of class 5 (except 519), with 59
 * @param financialDebt closing credit balances of 16 and 519, and class-5 accounts in overdraft
 * @param bookEquity closing credit balances of 10–14 plus the result of the year (classes 6 and 7)
 * @param distributableReserves 104, 1063, 1068, 11, 12 and the result, floored at 0
 * @param participation 691, the participation of the year (paid the next year)
 * @param financialCharges 66
 * @param financialIncome 76
 * @param incomeTax 695 (and 696–699)
 * @param otherOperatingIncome 75
 * @param otherOperatingCharges 65
 * @param exceptionalResult 77 − 67
 * @param netResult classes 7 − 6 of the year
 * @param dividendsPaid debits to 457 (dividends payable) outside the opening entries
 * @param shareholderAccounts closing credit balance of 455 (shareholders' current accounts)
 * @param notes warnings about the mapping (reclassifications, amounts floored at 0)
 */
public record BaseYearAccounts(
    int year,
    LocalDate firstDate,
    LocalDate lastDate,
    int lines,
    BigDecimal revenue,
    BigDecimal purchases,
    BigDecimal externalCharges,
    BigDecimal otherTaxes,
    BigDecimal personnelCosts,
    BigDecimal ledgerPersonnelCosts,
    BigDecimal depreciation,
    BigDecimal capex,
    BigDecimal netWorkingCapital,
    BigDecimal cash,
    BigDecimal financialDebt,
    BigDecimal bookEquity,
    BigDecimal distributableReserves,
    BigDecimal participation,
    BigDecimal financialCharges,
    BigDecimal financialIncome,
    BigDecimal incomeTax,
    BigDecimal otherOperatingIncome,
    BigDecimal otherOperatingCharges,
    BigDecimal exceptionalResult,
    BigDecimal netResult,
    BigDecimal dividendsPaid,
    BigDecimal shareholderAccounts,
    List<String> notes) {

  public BaseYearAccounts {
    notes = List.copyOf(notes);
  }

  /**
   * @return the value added = revenue − purchases − external charges: the valeur ajoutée of the
   *     soldes intermédiaires de gestion (docs/fec-import.md)
   */
  public BigDecimal valueAdded() {
    return revenue.subtract(purchases).subtract(externalCharges);
  }

  /** @return EBITDA = revenue − purchases − external charges − other taxes − personnel costs */
  public BigDecimal ebitda() {
    return revenue
        .subtract(purchases)
        .subtract(externalCharges)
        .subtract(otherTaxes)
        .subtract(personnelCosts);
  }
}
