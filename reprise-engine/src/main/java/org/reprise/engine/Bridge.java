package org.reprise.engine;

import org.reprise.model.Operations;

/**
 * The equity value bridge from entry to exit (docs/methodology.md, "Value bridge").
 *
 * <p>Entry equity E0 = EV0 − ND0 − B0 + F0 (the sources and uses identity; B0 the employees'
 * blocked participation accounts the company holds at the closing, which come off the price of
 * the shares, 0 when they start empty), exit equity E1 = EV1 − exit
 * fees − prepayment fees − ND1 − B1 (B1 the employees' blocked participation accounts at the exit,
 * a debt-like item of the company, methodology §5.8), gain = E1 + distributions − E0 − C, C being the capital a SCOP's
 * members put in during the hold (0 elsewhere). With LTM EBITDA e0 (base year) and e1 (exit year)
 * (before any short-time working saving, as the exit values it: {@link
 * Operations#normalisedEbitda}) and implied multiples m0 = EV0 / e0, m1 = EV1 / e1:
 *
 * <pre>
 *   EBITDA growth   = m0 × (e1 − e0)
 *   multiple change = (m1 − m0) × e1          (together: EV1 − EV0)
 *   deleveraging    = ND0 + B0 − ND1 − B1 − C (repaid out of the company's own cash, not the
 *                                             employees' blocked accounts, which count as debt)
 *   distributions   = cash paid to shareholders during the hold, a SCOP's buybacks included
 *   fees            = −(F0 + exit fees + prepayment fees)
 * </pre>
 *
 * which sum to the gain exactly. When e0 or e1 is not positive the multiples are meaningless and
 * the whole EV change is reported as EBITDA growth.
 */
final class Bridge {

  private Bridge() {}

  static ValueBridge of(
      Entry entry,
      double debtAtClosing,
      YearTable y,
      ExitResult exit,
      int exitYear,
      Operations operations) {
    int x = exitYear - 1;
    double ev0 = entry.enterpriseValue();
    double netDebt0 = debtAtClosing - entry.cash();
    double fees0 = entry.transactionFees() + entry.financingFees() + entry.hedgePremium();
    // the blocked participation accounts held at the closing came off the price (§3, §5.8): they
    // count with the net debt at both ends
    double blocked0 = entry.sourcesAndUses().blockedAccountsAtClosing();
    double debtLike0 = blocked0 != 0.0 ? netDebt0 + blocked0 : netDebt0;
    double entryEquity = ev0 - debtLike0 + fees0;
    double ev1 = exit.enterpriseValue();
    double exitEquity = exit.equityValue();
    // cash paid to the owners (a SCOP's buybacks of outside members' shares too) and the capital
    // its members put in during the hold, which lowers the net debt without being the company's
    double distributions = 0.0;
    double contributions = 0.0;
    for (int t = 0; t <= x; t++) {
      distributions += y.distributions[t] + y.buybacks[t];
      contributions += y.memberContributions[t];
    }
    // a dividend recapitalisation (§5.13): what the shareholders received is a distribution; its
    // upfront fee a fee, not a fall in the deleveraging (the debt it adds is the rest)
    double recapFees = 0.0;
    RecapRows recap = y.recap();
    for (int t = 0; recap != null && t <= x; t++) {
      distributions += recap.paid[t];
      recapFees += recap.fees[t];
    }
    double e0 = entry.ltmEbitda();
    // the exit year's EBITDA before any short-time working saving, as the exit values it
    double e1 = operations.normalisedEbitda(x, y.ebitda[x]);
    double growth;
    double multiple;
    if (e0 > 0.0 && e1 > 0.0) {
      double m0 = ev0 / e0;
      double m1 = ev1 / e1;
      growth = m0 * (e1 - e0);
      multiple = (m1 - m0) * e1;
    } else {
      growth = ev1 - ev0;
      multiple = 0.0;
    }
    return new ValueBridge(
        entryEquity,
        exitEquity,
        exitEquity + distributions - entryEquity - contributions,
        growth,
        multiple,
        debtLike0 - exit.netDebt() - exit.blockedAccounts() - contributions + recapFees,
        distributions,
        -(fees0 + exit.fees() + exit.prepaymentFees() + recapFees));
  }
}
