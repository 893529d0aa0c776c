package org.reprise.model;

/**
 * The acquisition at closing (end of the base year).
 *
 * @param entryValue enterprise value paid for the operating company
 * @param refinanceExistingDebt true when the target's existing financial debt is repaid at closing
 *     (a use of funds); false when it stays in place as a tranche of the operating company
 * @param transactionFees advisory, legal and due-diligence fees paid at closing, currency units
 * @param transactionFeeShare further fees as a decimal share of the entry enterprise value
 * @param cashToBalanceSheet extra cash put into the operating company at closing, currency units
 * @param closingDate ISO date of closing, a label for reports (cash flows fall on year ends)
 */
public record Transaction(
    Valuation entryValue,
    boolean refinanceExistingDebt,
    double transactionFees,
    double transactionFeeShare,
    double cashToBalanceSheet,
    String closingDate) {}
