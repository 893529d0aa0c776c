package org.reprise.io;

import java.util.LinkedHashSet;
import java.util.Set;
import org.reprise.model.EquityClass;
import org.reprise.model.Financing;
import org.reprise.model.FundTerms;

/**
 * Reads the {@code fund} section: the terms between the buyout fund's investors (LPs) and its
 * manager (GP) that split the flows of one equity holder (docs/methodology.md §8.3): the one {@code
 * holder} names, else the holder named {@code fund}, else the one whose classes have {@code role:
 * sponsor}.
 * Every key is optional; the defaults are {@link FundTerms#usual}: 2 % a year on the fund's
 * commitment to the deal, an 8 % hurdle, 20 % carried interest with a full catch-up.
 */
final class FundReader {

  /** The keys of the section. */
  static final String[] KEYS = {"managementFee", "feeBasis", "hurdle", "carry", "catchUp", "holder"};

  private FundReader() {}

  /**
   * @param node the {@code fund} value (may be absent, or {@code null} to remove a top-level
   *     section in a scenario)
   * @param financing the deal's financing, whose equity must have the fund's holder
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
    return new FundTerms(fee, basis, hurdle, carry, catchUp, holder(node, financing));
  }

  /**
   * @return the holder whose flows the terms split: {@code fund.holder} when given, else the
   *     holder named {@link FundTerms#DEFAULT_HOLDER}, else the one the classes give {@code role:
   *     sponsor} (at most one, FinancingReader)
   */
  private static String holder(Node node, Financing financing) {
    Set<String> holders = new LinkedHashSet<>();
    Set<String> sponsors = new LinkedHashSet<>();
    for (EquityClass k : financing.equity()) {
      holders.add(k.holder());
      if (k.role() == EquityClass.Role.SPONSOR) {
        sponsors.add(k.holder());
      }
    }
    String known = Text.quoteAll(holders.toArray(new String[0]));
    Node h = node.at("holder");
    if (h.present()) {
      String holder = h.requiredText();
      if (!holders.contains(holder)) {
        throw h.fail("no class of `financing.equity` is held by \""
            + Text.abbreviate(holder, 40) + "\" (the holders are " + known + ")");
      }
      return holder;
    }
    if (holders.contains(FundTerms.DEFAULT_HOLDER)) {
      return FundTerms.DEFAULT_HOLDER;
    }
    if (sponsors.size() == 1) {
      return sponsors.iterator().next();
    }
    throw node.fail("the fund's terms split the flows of one equity holder, but `fund.holder` does"
        + " not name it and no class of `financing.equity` is held by `fund` or has `role:"
        + " sponsor` (the holders are " + known + "): write the fund's holder in `fund.holder`,"
        + " or remove the section (in a scenario, `fund: null` removes a top-level section)");
  }
}
