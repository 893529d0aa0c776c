package org.reprise.io;

import org.reprise.model.BaseYear;
import org.reprise.model.Company;
import org.reprise.model.Driver;
import org.reprise.model.Operations;

/**
 * Reads the {@code projections} section into the resolved {@link Operations}: revenue, cost
 * drivers (detailed {@code costs} or a "paper LBO" {@code ebitdaMargin}), depreciation, capex,
 * working capital, minimum cash and interest on cash. Every array has the horizon length.
 */
final class OperationsReader {

  static final String[] KEYS = {
    "revenue", "inflation", "costs", "ebitdaMargin", "depreciation", "capex", "workingCapital",
    "minimumCash", "interestOnCash"
  };

  /** Default inflation of fixed costs, decimal per year. */
  static final double DEFAULT_INFLATION = 0.02;

  private OperationsReader() {}

  /**
   * @param node the {@code projections} value (may be absent: every default applies)
   * @param company the company, for base-year ratios
   * @param years the horizon
   */
  static Operations read(Node node, Company company, int years) {
    if (node.present()) {
      node.mapping(KEYS);
    }
    BaseYear a = company.base();
    double[] inflation = PerYear.rates(node.at("inflation"), years, DEFAULT_INFLATION, -1, 10);
    double[] revenue = revenue(node.at("revenue"), a.revenue(), years);
    Node margin = node.at("ebitdaMargin");
    Driver[] costs;
    double[] headcount;
    if (margin.present()) {
      if (node.at("costs").present()) {
        throw node.at("costs").fail("`costs` and `ebitdaMargin` cannot both be given: "
            + "use detailed costs or an EBITDA margin, not both");
      }
      costs = fromMargin(margin, a, years);
      headcount = PerYear.fill(years, company.headcount());
    } else {
      CostsReader costsReader = new CostsReader(company, inflation, years);
      costs = costsReader.read(node.at("costs"));
      headcount = costsReader.headcount();
    }
    double ratio = 1.0 / a.revenue();
    Driver depreciation = flow(node.at("depreciation"), years, a.depreciation() * ratio);
    Driver capex = flow(node.at("capex"), years, a.capex() * ratio);
    Node wc = node.at("workingCapital");
    boolean isChange = false;
    Driver workingCapital;
    if (!wc.present()) {
      workingCapital = Driver.share(years, a.netWorkingCapital() * ratio);
    } else {
      String key = wc.oneOf("shareOfRevenue", "amounts", "change");
      Node v = wc.at(key);
      if (key.equals("shareOfRevenue")) {
        workingCapital = new Driver(PerYear.of(v, years, n -> n.rate(-10, 10), Rates.RATE_FORMS),
            new double[years]);
      } else {
        isChange = key.equals("change");
        workingCapital = new Driver(new double[years],
            PerYear.of(v, years, Node::amount, "an amount in currency units"));
      }
    }
    return new Operations(
        revenue, costs[0], costs[1], costs[2], costs[3], depreciation, capex, workingCapital,
        isChange, headcount,
        PerYear.amounts(node.at("minimumCash"), years, 0),
        PerYear.rates(node.at("interestOnCash"), years, 0, -1, 1),
        null); // a plan: no short-time working saving
  }

  /** Resolves {@code revenue: {growth | increase | amounts}}; default growth 0. */
  static double[] revenue(Node node, double base, int years) {
    double[] r = new double[years];
    if (!node.present()) {
      java.util.Arrays.fill(r, base);
      return r;
    }
    String key = node.oneOf("growth", "increase", "amounts");
    Node v = node.at(key);
    if (key.equals("amounts")) {
      var items = v.list("a list of revenue amounts, one per year");
      if (items.size() < years) {
        throw v.fail("expected at least " + years + " revenue amounts (one per projected year up"
            + " to the " + (years > 1 ? "last needed year" : "exit") + "), found " + items.size());
      }
      for (int t = 0; t < items.size(); t++) {
        double x = items.get(t).amount();
        if (t < years) {
          r[t] = x;
        }
      }
    } else if (key.equals("growth")) {
      double[] g = PerYear.rates(v, years, 0, -1, 10);
      double prev = base;
      for (int t = 0; t < years; t++) {
        r[t] = prev * (1 + g[t]);
        prev = r[t];
      }
    } else {
      double[] inc = PerYear.of(v, years, Node::amount, "an amount in currency units");
      double prev = base;
      for (int t = 0; t < years; t++) {
        r[t] = prev + inc[t];
        prev = r[t];
      }
    }
    for (int t = 0; t < years; t++) {
      if (!(r[t] > 0) || !Double.isFinite(r[t])) {
        throw node.fail("the projected revenue must stay above 0, but it is "
            + Text.number(r[t]) + " in year " + (t + 1));
      }
    }
    return r;
  }

  /** Paper-LBO mode: purchases absorb whatever makes EBITDA = margin × revenue exactly. */
  private static Driver[] fromMargin(Node node, BaseYear a, int years) {
    double[] margin = PerYear.of(node, years, n -> n.rate(-10, 1), Rates.RATE_FORMS);
    double ext = a.externalCharges() / a.revenue();
    double taxes = a.otherTaxes() / a.revenue();
    double personnel = a.personnelCosts() / a.revenue();
    double[] purchases = new double[years];
    for (int t = 0; t < years; t++) {
      purchases[t] = 1 - margin[t] - ext - taxes - personnel;
      if (purchases[t] < -1e-12) {
        throw node.fail("an EBITDA margin of " + Text.percent(margin[t]) + " in year " + (t + 1)
            + " is impossible: the base-year personnel costs, external charges and other taxes"
            + " already take " + Text.percent(ext + taxes + personnel)
            + " of revenue (they are kept at that share); lower the margin or use `costs`");
      }
      purchases[t] = Math.max(0, purchases[t]);
    }
    return new Driver[] {
      new Driver(purchases, new double[years]),
      Driver.share(years, ext),
      Driver.share(years, taxes),
      Driver.share(years, personnel)
    };
  }

  /** Depreciation or capex: {@code {shareOfRevenue}} or {@code {amounts}}. */
  private static Driver flow(Node node, int years, double defaultShare) {
    if (!node.present()) {
      return Driver.share(years, defaultShare);
    }
    String key = node.oneOf("shareOfRevenue", "amounts");
    Node v = node.at(key);
    if (key.equals("shareOfRevenue")) {
      return new Driver(PerYear.rates(v, years, 0, 0, 10), new double[years]);
    }
    return new Driver(new double[years], PerYear.amounts(v, years, 0));
  }
}
