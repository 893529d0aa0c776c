package org.reprise.io;

import org.reprise.model.BaseYear;
import org.reprise.model.Company;

/**
 * Reads the {@code company} section: name, headcount, base year and the base-year actuals.
 *
 * <p>Every actual is an amount in currency units, default 0, zero or more except {@code
 * netWorkingCapital} and {@code bookEquity}, which may be negative. {@code revenue} is required
 * and must be more than 0. {@code distributableReserves} defaults to {@code max(0, bookEquity)}.
 */
final class CompanyReader {

  static final String[] KEYS = {"name", "headcount", "baseYear", "actuals"};
  static final String[] ACTUALS = {
    "revenue", "purchases", "externalCharges", "otherTaxes", "personnelCosts", "depreciation",
    "capex", "netWorkingCapital", "cash", "financialDebt", "bookEquity", "distributableReserves",
    "taxLosses"
  };

  /** Earliest base year accepted. */
  static final int MIN_YEAR = 1990;

  /** Latest base year accepted. */
  static final int MAX_YEAR = 2100;

  private CompanyReader() {}

  /** @param node the {@code company} value */
  static Company read(Node node) {
    if (!node.present()) {
      throw node.fail("required: the company with its name, headcount, baseYear and actuals");
    }
    node.mapping(KEYS);
    String name = node.at("name").requiredText();
    Node hc = node.at("headcount");
    double headcount = hc.number("a number of people greater than 0");
    if (headcount <= 0 || headcount > 1e7) {
      throw hc.expected("a number of people greater than 0 (at most 10 million)");
    }
    int year = node.at("baseYear").integer(MIN_YEAR, MAX_YEAR);
    return new Company(name, headcount, actuals(node.at("actuals"), year));
  }

  private static BaseYear actuals(Node node, int year) {
    if (!node.present()) {
      throw node.fail("required: the base-year actuals, at least `revenue`");
    }
    node.mapping(ACTUALS);
    Node rev = node.at("revenue");
    double revenue = rev.amount();
    if (revenue <= 0) {
      throw rev.expected("a revenue greater than 0");
    }
    double bookEquity = node.at("bookEquity").present() ? node.at("bookEquity").amount() : 0;
    double nwc =
        node.at("netWorkingCapital").present() ? node.at("netWorkingCapital").amount() : 0;
    return new BaseYear(
        year,
        revenue,
        node.at("purchases").nonNegativeAmountOr(0),
        node.at("externalCharges").nonNegativeAmountOr(0),
        node.at("otherTaxes").nonNegativeAmountOr(0),
        node.at("personnelCosts").nonNegativeAmountOr(0),
        node.at("depreciation").nonNegativeAmountOr(0),
        node.at("capex").nonNegativeAmountOr(0),
        nwc,
        node.at("cash").nonNegativeAmountOr(0),
        node.at("financialDebt").nonNegativeAmountOr(0),
        bookEquity,
        node.at("distributableReserves").nonNegativeAmountOr(Math.max(0, bookEquity)),
        node.at("taxLosses").nonNegativeAmountOr(0));
  }

}
