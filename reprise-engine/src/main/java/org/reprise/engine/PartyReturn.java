package org.reprise.engine;

/**
 * The returns of one party (an equity holder or a lender) over the deal.
 *
 * <p>Cash flows are seen from the party: negative when it pays, positive when it receives.
 * {@code flows[0]} is at closing, {@code flows[t]} at the end of projected year t, up to the exit.
 *
 * @param party party name
 * @param role "equity", "lender" or "equity+lender"
 * @param flows dated cash flows, one per year end from closing to exit
 * @param invested total paid by the party (sum of negative flows, as a positive number)
 * @param proceeds total received (sum of positive flows)
 * @param irr internal rate of return, decimal per year; {@code NaN} when undefined
 * @param irrNote why the IRR is undefined, or {@code ""}
 * @param moic multiple of money = proceeds / invested; {@code NaN} when nothing was invested
 */
public record PartyReturn(
    String party,
    String role,
    double[] flows,
    double invested,
    double proceeds,
    double irr,
    String irrNote,
    double moic) {}
