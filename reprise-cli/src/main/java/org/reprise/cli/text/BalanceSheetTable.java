package org.reprise.cli.text;

import java.util.ArrayList;
import java.util.List;
import org.reprise.engine.BalanceSheet;
import org.reprise.engine.DealResult;

/**
 * The "BALANCE SHEET" section of the report: the consolidated balance sheet at the closing and at
 * each year end (docs/methodology.md §5.12), assets, liabilities and equity, and the check row
 * (assets − liabilities − equity, zero every year). Lines that are zero in every column are left
 * out, but never the totals, the cash, the fixed assets, the working capital, the equity and the
 * check. Part of {@link TextReport}.
 */
final class BalanceSheetTable {

  private final Numbers num;
  private final Labels text;
  private final AmountUnit unit;

  BalanceSheetTable(Numbers num, Labels text, AmountUnit unit) {
    this.num = num;
    this.text = text;
    this.unit = unit;
  }

  /**
   * @param r a result of the engine, with its balance sheet
   * @param cooperative true for a SCOP (its capital and reserves are named so)
   * @return the table and its note, or an empty string when the result has no balance sheet
   */
  String render(DealResult r, boolean cooperative) {
    BalanceSheet b = r.balanceSheet();
    if (b == null) {
      return "";
    }
    List<String> header = new ArrayList<>();
    header.add(unit.symbol());
    header.add(text.get("bs.closing"));
    int exitYear = r.exit() == null ? Integer.MAX_VALUE : r.exit().year();
    int[] years = b.year();
    for (int c = 1; c < years.length; c++) {
      header.add(years[c] + (years[c] > exitYear ? "*" : ""));
    }
    TextTable t = TextTable.of(header);
    t.row(text.get("bs.assets"));
    optional(t, "bs.goodwill", b.goodwill());
    t.row(cells("bs.fixedAssets", b.fixedAssets()));
    t.row(cells("bs.workingCapital", b.workingCapital()));
    t.row(cells("bs.cash", b.cash()));
    optional(t, "bs.financingFees", b.deferredFinancingFees());
    optional(t, "bs.hedgePremiums", b.hedgePremiums());
    t.rule();
    t.row(cells("bs.totalAssets", b.totalAssets()));
    t.row().row(text.get("bs.liabilities"));
    for (BalanceSheet.Line d : b.debt()) {
      t.row(AnnualTables.cells("  " + text.name(d.name()), d.amounts(), this::amount));
    }
    for (BalanceSheet.Line s : b.shareholderLoans()) {
      t.row(AnnualTables.cells("  " + text.name(s.name()), s.amounts(), this::amount));
    }
    optional(t, "bs.blockedAccounts", b.blockedAccounts());
    optional(t, "bs.participation", b.participationPayable());
    optional(t, "bs.workShare", b.workSharePayable());
    optional(t, "bs.interestOnShares", b.interestOnSharesPayable());
    t.rule();
    t.row(cells("bs.totalLiabilities", b.totalLiabilities()));
    t.row().row(text.get("bs.equity"));
    // a share premium paid out comes off this row (review 38, X2)
    t.row(cells(cooperative ? "bs.membersCapital"
        : r.years().premium() != null ? "bs.capitalLessPremium" : "bs.capital", b.capital()));
    t.row(cells(cooperative ? "bs.reserves" : "bs.retainedEarnings", b.retainedEarnings()));
    t.rule();
    t.row(cells("bs.totalEquity", b.equity()));
    t.row();
    t.row(cells("bs.check", b.check()));
    return t.render() + WhoPaysSection.wrap(text.get("bs.note"), WhoPaysSection.WIDTH);
  }

  private void optional(TextTable t, String key, double[] values) {
    if (AnnualTables.anyShown(values)) {
      t.row(cells(key, values));
    }
  }

  /** @return a row: its label, indented under its heading, and its amounts */
  private List<String> cells(String key, double[] values) {
    boolean total = key.startsWith("bs.total") || key.equals("bs.check");
    return AnnualTables.cells((total ? "" : "  ") + text.get(key), values, this::amount);
  }

  private String amount(double value) {
    return num.amount(value, unit);
  }
}
