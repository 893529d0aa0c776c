package org.reprise.io;

import org.reprise.model.BaseYear;
import org.reprise.model.Company;
import org.reprise.model.Driver;

/**
 * Reads {@code projections.costs} (detailed mode): purchases, external charges and other taxes as
 * a variable share of revenue plus a fixed amount in base-year money escalated by inflation, and
 * personnel as headcount × average cost escalated by wage growth, plus a variable share.
 */
final class CostsReader {

  static final String[] KEYS = {"purchases", "externalCharges", "otherTaxes", "personnel"};
  static final String[] LINE_KEYS = {"variable", "fixed"};
  static final String[] PERSONNEL_KEYS = {"headcount", "averageCost", "wageGrowth", "variable"};

  private final Company company;
  private final double[] inflation;
  private final int years;
  private double[] headcount;

  /**
   * @param company the company (base-year ratios and headcount)
   * @param inflation resolved inflation per year, decimal
   * @param years the horizon
   */
  CostsReader(Company company, double[] inflation, int years) {
    this.company = company;
    this.inflation = inflation;
    this.years = years;
    this.headcount = PerYear.fill(years, company.headcount());
  }

  /**
   * @param node the {@code costs} value (may be absent)
   * @return purchases, external charges, other taxes, personnel
   */
  Driver[] read(Node node) {
    if (node.present()) {
      node.mapping(KEYS);
    }
    BaseYear a = company.base();
    return new Driver[] {
      line(node.at("purchases"), a.purchases()),
      line(node.at("externalCharges"), a.externalCharges()),
      line(node.at("otherTaxes"), a.otherTaxes()),
      personnel(node.at("personnel"))
    };
  }

  /** @return the resolved headcount per year (after {@link #read}) */
  double[] headcount() {
    return headcount;
  }

  private Driver line(Node node, double actual) {
    if (!node.present()) {
      return Driver.share(years, actual / company.base().revenue());
    }
    node.mapping(LINE_KEYS);
    if (!node.at("variable").present() && !node.at("fixed").present()) {
      throw node.expected("`variable` (share of revenue) and/or `fixed` (amount)");
    }
    double[] variable = PerYear.rates(node.at("variable"), years, 0, 0, 10);
    double fixed = node.at("fixed").nonNegativeAmountOr(0);
    return new Driver(variable, escalate(fixed, inflation));
  }

  private Driver personnel(Node node) {
    BaseYear a = company.base();
    if (!node.present()) {
      return new Driver(new double[years],
          escalate(a.personnelCosts(), inflation));
    }
    node.mapping(PERSONNEL_KEYS);
    Node hc = node.at("headcount");
    if (hc.present()) {
      headcount = PerYear.of(hc, years, CostsReader::people, "a number of people");
    }
    double averageCost = node.at("averageCost")
        .nonNegativeAmountOr(a.personnelCosts() / company.headcount());
    double[] wageGrowth = PerYear.rates(node.at("wageGrowth"), years, Double.NaN, -1, 10);
    if (!node.at("wageGrowth").present()) {
      wageGrowth = inflation.clone();
    }
    double[] variable = PerYear.rates(node.at("variable"), years, 0, 0, 10);
    double[] fixed = new double[years];
    double index = 1;
    for (int t = 0; t < years; t++) {
      index *= 1 + wageGrowth[t];
      fixed[t] = headcount[t] * averageCost * index;
    }
    return new Driver(variable, fixed);
  }

  private static double people(Node n) {
    double v = n.number("a number of people, 0 or more");
    if (v < 0 || v > 1e7) {
      throw n.expected("a number of people between 0 and 10 million");
    }
    return v;
  }

  /** @return {@code amount × prod_{s ≤ t}(1 + rate_s)} for each year t */
  static double[] escalate(double amount, double[] rate) {
    double[] out = new double[rate.length];
    double index = 1;
    for (int t = 0; t < rate.length; t++) {
      index *= 1 + rate[t];
      out[t] = amount * index;
    }
    return out;
  }
}
