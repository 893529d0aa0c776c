package org.reprise.report.fec;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes the skeleton of a deal file (docs/deal-format.md) whose {@code company.actuals} are the
 * base year imported from a ledger, with commented placeholders for everything a ledger cannot
 * tell: the headcount, the tax losses, the projections, the price, the financing and the exit. The
 * text is read by {@code DealReader} as it is.
 */
public final class DealSkeleton {

  /** Loaded cost per head used to estimate the headcount placeholder, euros. */
  static final BigDecimal COST_PER_HEAD = new BigDecimal("52000");

  private DealSkeleton() {}

  /**
   * @param a the imported base year
   * @param companyName the company's name (written as a quoted YAML string)
   * @param source where the figures come from, for the header comment
   * @return the deal file, YAML, ending with a line feed
   */
  public static String yaml(BaseYearAccounts a, String companyName, String source) {
    StringBuilder b = new StringBuilder();
    int exitYear = a.year() + 5;
    BigDecimal ebitda = a.ebitda();
    boolean positive = ebitda.signum() > 0;
    // from the people's cost in the ledger (64), not from the personnel costs net of the grants
    // beyond the taxes (review 13, finding 3)
    long headcount = Math.max(1,
        a.ledgerPersonnelCosts().divide(COST_PER_HEAD, 0, RoundingMode.HALF_UP).longValue());
    b.append("# Deal file written by `reprise import-fec` from ").append(comment(source))
        .append('\n');
    b.append("# (").append(a.lines()).append(" ledger lines, ").append(a.firstDate())
        .append(" to ").append(a.lastDate()).append(").\n");
    b.append("#\n");
    b.append("# company.actuals comes from the ledger, by the classes of the chart of accounts\n");
    b.append("# (docs/fec-import.md). A ledger does not say everything: every value marked\n");
    b.append("# PLACEHOLDER below is a guess to replace before drawing any conclusion.\n");
    b.append("# Format: docs/deal-format.md\n");
    for (String note : a.notes()) {
      b.append("# Note: ").append(comment(note)).append('\n');
    }
    b.append("reprise: 1\n");
    b.append("name: ").append(quoted(companyName + " — buyout")).append('\n');
    b.append('\n');
    b.append("company:\n");
    line(b, "  name: " + quoted(companyName), "check the company's name");
    line(b, "  headcount: " + headcount,
        "PLACEHOLDER: not in a ledger; the ledger's personnel costs (64) ÷ 52,000 €."
            + " Use the DSN average");
    line(b, "  baseYear: " + a.year(), "year of the ledger's closing");
    b.append("  actuals:\n");
    amount(b, "revenue", a.revenue(), "70 sales");
    amount(b, "purchases", a.purchases(), "601, 602, 607-609 ± 603 stocks, − 71, − 72");
    amount(b, "externalCharges", a.externalCharges(), "604-606, 61, 62");
    b.append("    # value added (valeur ajoutée) = ").append(plain(a.valueAdded())).append('\n');
    amount(b, "otherTaxes", a.otherTaxes(), "63 taxes other than income tax, − 74 grants");
    amount(b, "personnelCosts", a.personnelCosts(),
        "64 wages and social contributions, − 74 grants beyond the taxes");
    b.append("    # EBITDA (excédent brut d'exploitation) = ").append(plain(ebitda)).append('\n');
    amount(b, "depreciation", a.depreciation(), "681 depreciation and provisions");
    amount(b, "capex", a.capex(), "fixed assets bought: 20, 21, 23");
    amount(b, "netWorkingCapital", a.netWorkingCapital(), "3 stocks, 40-44, 46-49");
    amount(b, "cash", a.cash(), "class 5 except 519");
    amount(b, "financialDebt", a.financialDebt(), "16 borrowings, 519 overdrafts");
    amount(b, "bookEquity", a.bookEquity(), "10-14 and the result of the year");
    amount(b, "distributableReserves", a.distributableReserves(), "104, 106x, 11, 12, result");
    line(b, "    taxLosses: 0", "PLACEHOLDER: not in a ledger (tax return, form 2058-B)");
    b.append("# Also in the ledger, for information (the model computes its own):\n");
    info(b, "net result of the year", a.netResult());
    info(b, "financial charges (66)", a.financialCharges());
    info(b, "financial income (76)", a.financialIncome());
    info(b, "income tax (695)", a.incomeTax());
    info(b, "other operating income (75)", a.otherOperatingIncome());
    info(b, "other operating charges (65)", a.otherOperatingCharges());
    info(b, "exceptional result (77 − 67)", a.exceptionalResult());
    info(b, "dividends paid in the year (457)", a.dividendsPaid());
    info(b, "shareholders' current accounts (455)", a.shareholderAccounts());
    b.append('\n');
    b.append("participation:\n");
    line(b, "  baseYearReserve: " + plain(a.participation()),
        "691 participation of the year, paid in year 1");
    b.append('\n');
    b.append("projections:                     # PLACEHOLDER: flat revenue; every cost keeps its\n");
    b.append("  revenue:                       # base-year share of revenue (docs/deal-format.md)\n");
    b.append("    growth: \"0%\"\n");
    b.append('\n');
    b.append("transaction:\n");
    if (positive) {
      line(b, "  price: {multiple: 6, of: ltm}", "PLACEHOLDER: the price offered");
    } else {
      line(b, "  price: {amount: " + plain(fallbackPrice(a)) + "}",
          "PLACEHOLDER: EBITDA is not positive; the price offered");
    }
    b.append('\n');
    b.append("structure:\n");
    line(b, "  type: holding", "PLACEHOLDER: how the buyer holds the company");
    b.append('\n');
    b.append("financing:                       # PLACEHOLDER: the buyer's financing plan\n");
    b.append("  equity:\n");
    b.append("    - name: \"Buyer's shares\"\n");
    b.append("      holder: buyer\n");
    b.append("      amount: balance\n");
    if (positive) {
      b.append("  debt:\n");
      b.append("    - name: \"Senior loan\"\n");
      b.append("      lender: banks\n");
      b.append("      amount: {timesEbitda: 3}\n");
      b.append("      rate: \"5%\"\n");
      b.append("      repayment: {linear: 6}\n");
      b.append("  cashSweep: \"50%\"\n");
    }
    b.append('\n');
    b.append("exit:\n");
    line(b, "  year: " + exitYear, "PLACEHOLDER: when the buyer sells");
    if (positive) {
      b.append("  value: {multiple: 6, of: ltm}\n");
    } else {
      b.append("  value: {amount: ").append(plain(fallbackPrice(a))).append("}\n");
    }
    return b.toString();
  }

  private static BigDecimal fallbackPrice(BaseYearAccounts a) {
    BigDecimal p = a.bookEquity().max(a.revenue().multiply(new BigDecimal("0.3")));
    return p.signum() > 0 ? p.setScale(0, RoundingMode.HALF_UP) : BigDecimal.ONE;
  }

  private static void amount(StringBuilder b, String key, BigDecimal v, String comment) {
    line(b, "    " + key + ": " + plain(v), comment);
  }

  private static void info(StringBuilder b, String what, BigDecimal v) {
    b.append("#   ").append(what).append(": ").append(plain(v)).append('\n');
  }

  private static void line(StringBuilder b, String text, String comment) {
    b.append(text);
    int pad = Math.max(1, 33 - text.length());
    b.append(" ".repeat(pad)).append("# ").append(comment(comment)).append('\n');
  }

  /** @return the amount as a plain number: no exponent, no trailing zeros, at most two decimals */
  static String plain(BigDecimal v) {
    BigDecimal s = v.setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
    if (s.scale() < 0) {
      s = s.setScale(0);
    }
    return s.toPlainString();
  }

  /** @return text safe inside a YAML comment: one line, no control characters */
  static String comment(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
    return b.toString();
  }

  /** @return a double-quoted YAML string */
  static String quoted(String s) {
    StringBuilder b = new StringBuilder("\"");
    s.codePoints()
        .forEach(
            c -> {
              if (c == '"' || c == '\\') {
                b.append('\\').appendCodePoint(c);
              } else if (Character.isISOControl(c)) {
                b.append(' ');
              } else {
                b.appendCodePoint(c);
              }
            });
    return b.append('"').toString();
  }
}
