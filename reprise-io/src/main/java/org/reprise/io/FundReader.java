package org.reprise.io;

import java.util.LinkedHashSet;
import java.util.Set;
import org.reprise.model.EquityClass;
import org.reprise.model.Financing;
import org.reprise.model.FundTerms;

/**
 * Reads the {@code fund} section: the terms between the buyout fund's investors (LPs) and its
 * manager (GP) that split the flows of the equity holder {@code fund} (docs/methodology.md §8.3).
 * Every key is optional; the defaults are {@link FundTerms#usual}: 2 % a year on the fund's
 * commitment to the deal, an 8 % hurdle, 20 % carried interest with a full catch-up.
 */
final class FundReader {

  /** The keys of the section. */
  static final String[] KEYS = {"managementFee", "feeBasis", "hurdle", "carry", "catchUp"};

  private FundReader() {}

  /**
   * @param node the {@code fund} value (may be absent, or {@code null} to remove a top-level
   *     section in a scenario)
   * @param financing the deal's financing, whose equity must have a holder named {@code fund}
   * @return the terms, or {@code null} when the section is absent
   */
  static FundTerms read(Node node, Financing financing) {
    if (!node.present()) {
      return null;
    }
    node.mapping(KEYS);
    FundTerms usual = FundTerms.usual();
    Node f = node.at("managementFee");
    double fee = f.present() ? f.rate(0, FundTerms.MAX_MANAGEMENT_FEE) : usual.managementFee();
    FundTerms.FeeBasis basis = node.at("feeBasis").choice("committed", "committed", "invested")
        .equals("committed") ? FundTerms.FeeBasis.COMMITTED : FundTerms.FeeBasis.INVESTED;
    Node h = node.at("hurdle");
    double hurdle = h.present() ? h.rate(0, FundTerms.MAX_HURDLE) : usual.hurdle();
    Node c = node.at("carry");
    double carry = c.present() ? c.rate(0, FundTerms.MAX_CARRY) : usual.carry();
    Node u = node.at("catchUp");
    double catchUp = u.present() ? u.rate(0, 1) : usual.catchUp();
    if (catchUp > 0 && catchUp <= carry) {
      // the GP would never catch up: each euro of the tier gives it less than the split would
      throw u.expected("0 (no catch-up) or a share above the carry (" + Text.percent(carry)
          + ") and at most 100%");
    }
    Set<String> holders = new LinkedHashSet<>();
    for (EquityClass k : financing.equity()) {
      holders.add(k.holder());
    }
    if (!holders.contains(FundTerms.HOLDER)) {
      throw node.fail("the fund's terms split the flows of the equity holder named `fund`, but no"
          + " class of `financing.equity` has `holder: fund` (the holders are "
          + Text.quoteAll(holders.toArray(new String[0])) + "): write `holder: fund` on the"
          + " fund's classes, or remove the section (in a scenario, `fund: null` removes a"
          + " top-level section)");
    }
    return new FundTerms(fee, basis, hurdle, carry, catchUp);
  }
}
