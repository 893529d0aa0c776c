package org.reprise.report.excel;

/**
 * The Operations sheet: revenue, the cost drivers (variable share of revenue + fixed part),
 * EBITDA, depreciation, EBIT, capex and working capital (docs/methodology.md §2).
 */
final class OperationsSheet {

  private OperationsSheet() {}

  static void lay(Model md) {
    Grid g = md.ops;
    Grid in = md.in;
    Styles st = md.st;
    g.title("Operations");
    g.note("Column C is the base year (actuals); each cost = share of revenue × revenue + fixed "
        + "part. EBITDA = revenue − purchases − external charges − other taxes − personnel.");
    g.yearHeader(in);
    g.formulas("revenue", "Revenue", "€",
        t -> g.ref("revenue", t - 1) + "*(1+" + in.x("growth", t) + ")",
        () -> in.xabs("b.revenue"), st.amountBold, t -> year(t, "revenue"));
    cost(md, "purchases", "Purchases", "b.purchases", "purchases");
    cost(md, "external", "External charges", "b.external", "externalCharges");
    if (md.coop) {
      // a SCOP's CFE exemption (CGI art. 1456) comes off the taxes, never below 0 (§5.10)
      g.formulas("taxes", "Taxes other than income tax, less the SCOP's CFE exemption", "€",
          t -> "MAX(0," + driver(md, "taxes", t) + "-" + in.x("coop.cfe", t) + ")",
          () -> in.xabs("b.taxes"), st.amount, t -> year(t, "otherTaxes"));
    } else {
      cost(md, "taxes", "Taxes other than income tax", "b.taxes", "otherTaxes");
    }
    cost(md, "personnel", "Personnel costs", "b.personnel", "personnelCosts");
    g.formulas("ebitda", "EBITDA", "€",
        t -> ebitda(g, t), () -> ebitda(g, 0), st.amountBold, t -> year(t, "ebitda"));
    g.formulas("margin", "EBITDA margin", "%",
        t -> g.ref("ebitda", t) + "/" + g.ref("revenue", t),
        () -> g.ref("ebitda", 0) + "/" + g.ref("revenue", 0), st.rate, null);
    cost(md, "depreciation", "Depreciation", "b.depreciation", "depreciation");
    g.formulas("ebit", "EBIT", "€",
        t -> g.ref("ebitda", t) + "-" + g.ref("depreciation", t), null, st.amountBold,
        t -> year(t, "ebit"));
    cost(md, "capex", "Capex", "b.capex", "capex");
    g.formulas("wc", "Working capital (year end)", "€",
        t -> "IF(" + in.xabs("wcIsChange") + "=1," + g.ref("wc", t - 1) + "+" + driver(md, "wc", t)
            + "," + driver(md, "wc", t) + ")",
        () -> in.xabs("b.wc"), st.amount, t -> year(t, "workingCapital"));
    g.formulas("dwc", "Change in working capital (an increase consumes cash)", "€",
        t -> g.ref("wc", t) + "-" + g.ref("wc", t - 1), null, st.amount,
        t -> year(t, "changeInWorkingCapital"));
    g.formulas("headcount", "Headcount", "people", t -> in.x("headcount", t),
        () -> in.xabs("b.headcount"), st.number, t -> year(t, "headcount"));
  }

  private static void cost(Model md, String key, String label, String base, String json) {
    md.ops.formulas(key, label, "€", t -> driver(md, key, t), () -> md.in.xabs(base), md.st.amount,
        t -> year(t, json));
  }

  private static String driver(Model md, String key, int t) {
    return md.in.x(key + ".share", t) + "*" + md.ops.ref("revenue", t) + "+"
        + md.in.x(key + ".fixed", t);
  }

  private static String ebitda(Grid g, int t) {
    return g.ref("revenue", t) + "-" + g.ref("purchases", t) + "-" + g.ref("external", t) + "-"
        + g.ref("taxes", t) + "-" + g.ref("personnel", t);
  }

  /** @return the JSON pointer of field {@code f} of projected year t (1-based) */
  static String year(int t, String f) {
    return "/years/" + (t - 1) + "/" + f;
  }
}
