package org.reprise.engine;

/**
 * Equity value bridge from entry to exit. The components sum exactly to the equity gain:
 * {@code ebitdaGrowth + multipleChange + deleveraging + distributions + fees = equityGain}.
 *
 * @param entryEquity equity invested at closing (all classes) = entry EV − net debt at closing + entry fees
 * @param exitEquity equity value at exit
 * @param equityGain exitEquity + distributions − entryEquity − the capital a SCOP's members put in
 *     during the hold
 * @param ebitdaGrowth entry multiple × (exit EBITDA − entry EBITDA)
 * @param multipleChange (exit multiple − entry multiple) × exit EBITDA
 * @param deleveraging net debt at closing − net debt at exit − the employees' blocked participation
 *     accounts at exit − the capital a SCOP's members put in during the hold: the net debt repaid
 *     out of the company's own cash (not out of the participation kept in the company)
 * @param distributions cash paid to the shareholders during the hold, a SCOP's buybacks of its
 *     outside members' shares included
 * @param fees −(transaction and financing fees at entry + exit fees)
 */
public record ValueBridge(
    double entryEquity,
    double exitEquity,
    double equityGain,
    double ebitdaGrowth,
    double multipleChange,
    double deleveraging,
    double distributions,
    double fees) {}
