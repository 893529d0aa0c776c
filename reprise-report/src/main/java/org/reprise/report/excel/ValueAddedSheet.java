package org.reprise.report.excel;

import java.util.function.IntFunction;

/**
 * The Value added sheet: how the value added (revenue − purchases − external charges) is shared
 * between the employees, the state, the lenders, the shareholders and the company itself
 * (docs/methodology.md §5.9), for the company and, with a holding, for the group.
 */
final class ValueAddedSheet {

  private ValueAddedSheet() {}

  static void lay(Model md) {
    Grid g = md.va;
    g.title("Sharing of the value added");
    g.note("The five parts add up to the value added. A negative part for the company means that "
        + "more is paid out than earned."
        + (md.holding ? "" : " Under a push-down the company and the group are the same."));
    g.yearHeader(md.in);
    block(md, "", md.holding ? "The company" : null, md.holding ? "opcoValueAdded" : null);
    if (md.holding) {
      block(md, "g.", "The group (company and holding)", "groupValueAdded");
    }
  }

  private static void block(Model md, String p, String title, String json) {
    Grid g = md.va;
    Grid ops = md.ops;
    Grid tax = md.tax;
    Grid debt = md.debt;
    Styles st = md.st;
    boolean group = p.equals("g.");
    if (title != null) {
      g.heading(title);
    }
    g.formulas(p + "va", "Value added = revenue − purchases − external charges"
            + (group ? " − holding costs" : ""), "€",
        t -> ops.x("revenue", t) + "-" + ops.x("purchases", t) + "-" + ops.x("external", t)
            + (group ? "-" + tax.x("hCosts", t) : ""),
        null, st.amountBold, t -> pointer(json, t, "valueAdded"));
    g.formulas(p + "employees", "Employees: personnel costs + participation"
            + (md.coop ? " + work share" : "")
            + (md.blocked ? " + the blocked accounts' interest" : ""), "€",
        t -> ops.x("personnel", t) + "+" + tax.x("rsp", t)
            + (md.coop ? "+" + tax.x("work", t) : "")
            + (md.blocked ? "+" + tax.x("bInterest", t) : ""), null, st.amount,
        t -> pointer(json, t, "employees"));
    g.formulas(p + "state", "State: other taxes + forfait social + income tax", "€",
        t -> ops.x("taxes", t) + "+" + tax.x("forfait", t) + "+"
            + tax.x(group ? "taxDue" : "tax", t), null, st.amount,
        t -> pointer(json, t, "state"));
    // the blocked accounts' interest, in the company's charges, is the employees' (§5.9)
    IntFunction<String> blockedInterest = t -> md.blocked ? "-" + tax.x("bInterest", t) : "";
    g.formulas(p + "lenders", "Lenders: interest and fees − interest earned", "€",
        t -> (!md.holding ? tax.x("charges", t) + "-" + tax.x("shl", t) + "-"
            + tax.x("interestIncome", t)
            : group ? tax.x("charges", t) + "+" + tax.x("hCharges", t) + "-" + tax.x("shl", t)
                + "-" + tax.x("interestIncome", t)
            : tax.x("charges", t) + "-" + tax.x("interestIncome", t))
            + blockedInterest.apply(t),
        null, st.amount, t -> pointer(json, t, "lenders"));
    // a SCOP's members: the interest on shares declared from the year's surplus (§5.9)
    // a distribution paying a preferred share's or shareholder loan's claim settles what was
    // counted as it accrued: only the ordinary shares' are counted (§5.9)
    IntFunction<String> paid = t -> md.coop ? tax.x("declared", t)
        : md.paysClaims ? tax.x("ordDist", t) : debt.x("dist", t);
    g.formulas(p + "shareholders", md.holding && !group ? "Shareholder: dividends to the holding"
            : (md.coop ? "Members: interest on shares declared" : "Shareholders: distributions")
                + " + shareholder-loan coupons + preferred dividends (accrued)", "€",
        t -> md.holding && !group ? tax.x("dividend", t) : paid.apply(t) + "+"
            + tax.x("shl", t) + "+" + tax.x("pref", t),
        null, st.amount, t -> pointer(json, t, "shareholders"));
    g.formulas(p + "company", "Company: depreciation + net income"
            + (md.coop ? " − work share" : "") + " − what is paid out or accrued"
            + " to the preferred shares", "€",
        t -> ops.x("depreciation", t) + "+" + tax.x(group ? "groupNetIncome" : "netIncome", t)
            + (md.coop ? "-" + tax.x("work", t) : "")
            + "-" + (md.holding && !group ? tax.x("dividend", t)
                : paid.apply(t) + "-" + tax.x("pref", t)),
        null, st.amount, t -> pointer(json, t, "company"));
    g.formulas(p + "check", "Check: parts − value added (0)", "€",
        t -> g.ref(p + "employees", t) + "+" + g.ref(p + "state", t) + "+"
            + g.ref(p + "lenders", t) + "+" + g.ref(p + "shareholders", t) + "+"
            + g.ref(p + "company", t) + "-" + g.ref(p + "va", t),
        null, st.amount, null);
  }

  /** @return the pointer(s) of a part: both perimeters under a push-down */
  private static String pointer(String json, int t, String part) {
    String y = "/years/" + (t - 1) + "/";
    return json != null ? y + json + "/" + part
        : y + "opcoValueAdded/" + part + "\u0000" + y + "groupValueAdded/" + part;
  }
}
