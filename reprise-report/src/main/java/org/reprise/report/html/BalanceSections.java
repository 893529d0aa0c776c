package org.reprise.report.html;

import static org.reprise.report.html.Context.Kind.AMOUNT;

import org.reprise.engine.BalanceSheet;

/**
 * The group's balance sheet (docs/methodology.md §5.12), as {@code reprise run} prints it: the
 * closing, then each year end; the assets, the liabilities and the equity with their totals, and
 * the check, assets − liabilities − equity, zero in every column. Lines that are zero in every
 * column are left out, never the cash, the totals, the equity or the check. Every number is a value
 * of {@code /balanceSheet}, tagged with its pointer.
 */
final class BalanceSections {

  private final Context c;

  BalanceSections(Context c) {
    this.c = c;
  }

  String balanceSheet() {
    BalanceSheet s = c.result.balanceSheet();
    int columns = s.columns();
    StringBuilder b = new StringBuilder("<section id=\"").append(c.id)
        .append("balance-sheet\" class=\"balance-sheet\"><h2>").append(c.t("bs.title"))
        .append("</h2><p>").append(c.t("bs.lead")).append("</p>");
    b.append("<div class=\"scroll\"><table class=\"years flows\"><thead><tr><th scope=\"col\">")
        .append(Html.esc(c.unit.label())).append("</th><th scope=\"col\">")
        .append(c.t("bs.closing")).append("</th>");
    int[] year = s.year();
    for (int t = 1; t < columns; t++) {
      boolean after = t - 1 >= c.hold();
      b.append("<th scope=\"col\"").append(after ? " class=\"after\"" : "").append(">")
          .append(year[t]).append(after ? "*" : "").append("</th>");
    }
    b.append("</tr></thead><tbody>");
    group(b, "bs.assets", columns);
    line(b, "bs.goodwill", s.goodwill(), "assets", "goodwill", false, null);
    line(b, "bs.fixedAssets", s.fixedAssets(), "assets", "fixedAssets", false, null);
    line(b, "bs.workingCapital", s.workingCapital(), "assets", "workingCapital", false, null);
    line(b, "bs.cash", s.cash(), "assets", "cash", true, null);
    line(b, "bs.financingFees", s.deferredFinancingFees(), "assets", "deferredFinancingFees",
        false, null);
    line(b, "bs.hedgePremiums", s.hedgePremiums(), "assets", "hedgePremiums", false, null);
    line(b, "bs.totalAssets", s.totalAssets(), "assets", "total", true, "total");
    group(b, "bs.liabilities", columns);
    for (int i = 0; i < s.debt().size(); i++) {
      BalanceSheet.Line l = s.debt().get(i);
      named(b, l, "debt", i);
    }
    for (int i = 0; i < s.shareholderLoans().size(); i++) {
      named(b, s.shareholderLoans().get(i), "shareholderLoans", i);
    }
    line(b, "bs.blockedAccounts", s.blockedAccounts(), "liabilities", "blockedAccounts", false,
        null);
    line(b, "bs.participation", s.participationPayable(), "liabilities", "participationPayable",
        false, null);
    line(b, "bs.workShare", s.workSharePayable(), "liabilities", "workSharePayable", false, null);
    line(b, "bs.interestOnShares", s.interestOnSharesPayable(), "liabilities",
        "interestOnSharesPayable", false, null);
    line(b, "bs.totalLiabilities", s.totalLiabilities(), "liabilities", "total", true, "total");
    group(b, "bs.equity", columns);
    boolean coop = c.deal.isCooperative();
    // a share premium paid out comes off this row (review 38, X2)
    line(b, coop ? "bs.membersCapital"
        : c.deal.structure().sharePremium() > 0.0 ? "bs.capitalLessPremium" : "bs.capital",
        s.capital(), "equity", "capital", true, null);
    line(b, coop ? "bs.reserves" : "bs.retainedEarnings", s.retainedEarnings(), "equity",
        "retainedEarnings", true, null);
    line(b, "bs.totalEquity", s.equity(), "equity", "total", true, "total");
    b.append(c.keyedRow(c.t("bs.check"), s.check(), AMOUNT, keys(columns, "check"), "total"));
    b.append("</tbody></table></div><p class=\"note\">").append(c.t("bs.note")).append("</p>");
    return b.append("</section>").toString();
  }

  private void group(StringBuilder b, String key, int columns) {
    b.append("<tr class=\"group\"><th scope=\"rowgroup\" colspan=\"").append(columns + 1)
        .append("\">").append(c.t(key)).append("</th></tr>");
  }

  private void line(StringBuilder b, String label, double[] v, String part, String field,
      boolean always, String css) {
    if (!always && !DebtFlowSections.any(v)) {
      return;
    }
    b.append(c.keyedRow(c.t(label), v, AMOUNT, keys(v.length, part, field), css));
  }

  private void named(StringBuilder b, BalanceSheet.Line l, String list, int i) {
    if (!DebtFlowSections.any(l.amounts())) {
      return;
    }
    String[] keys = new String[l.amounts().length];
    for (int t = 0; t < keys.length; t++) {
      keys[t] = Html.pointer("balanceSheet", "liabilities", list, i, "amounts", t);
    }
    b.append(c.keyedRow(Html.esc(c.name(l.name())), l.amounts(), AMOUNT, keys, null));
  }

  private static String[] keys(int n, String... path) {
    String[] keys = new String[n];
    for (int t = 0; t < n; t++) {
      Object[] tokens = new Object[path.length + 2];
      tokens[0] = "balanceSheet";
      System.arraycopy(path, 0, tokens, 1, path.length);
      tokens[path.length + 1] = t;
      keys[t] = Html.pointer(tokens);
    }
    return keys;
  }
}
