package org.reprise.io;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.reprise.model.DealException;
import org.reprise.model.Exit;
import org.reprise.model.Structure;
import org.reprise.model.Transaction;
import org.reprise.model.Valuation;

/**
 * Reads the {@code transaction}, {@code structure} and {@code exit} sections and the valuations
 * ({@code {multiple: 7, of: ltm}} or {@code {amount: 1000000}}) they use.
 */
final class TransactionReader {

  static final String[] TRANSACTION_KEYS = {
    "price", "refinanceExistingDebt", "fees", "cashToBalanceSheet", "closingDate"
  };
  static final String[] STRUCTURE_KEYS =
      {"type", "taxGroup", "holdingCosts", "mergedEquity", "sharePremium"};
  static final String[] EXIT_KEYS = {"year", "value", "fees", "distressedValue", "sale"};
  static final String[] VALUATION_KEYS = {"multiple", "of", "amount"};

  /** Longest horizon accepted, in years. */
  static final int MAX_HORIZON = 30;

  private TransactionReader() {}

  /**
   * @param node the {@code transaction} value (required: it holds the price)
   * @param baseYear the base year, for the default closing date
   */
  static Transaction transaction(Node node, int baseYear) {
    if (!node.present()) {
      throw node.fail("required: the transaction with at least its `price`");
    }
    node.mapping(TRANSACTION_KEYS);
    Valuation price = valuation(node.at("price"));
    boolean refinance = node.at("refinanceExistingDebt").bool(true);
    double fees = 0;
    double feeShare = 0;
    Node f = node.at("fees");
    if (f.isMapping()) {
      f.mapping("shareOfPrice");
      feeShare = f.at("shareOfPrice").rate(0, 1);
    } else if (f.present()) {
      if (!f.isNumber()) {
        throw f.expected("an amount in currency units or {shareOfPrice: rate}");
      }
      fees = f.nonNegativeAmount();
    }
    double cash = node.at("cashToBalanceSheet").nonNegativeAmountOr(0);
    String closing = closingDate(node.at("closingDate"), baseYear);
    return new Transaction(price, refinance, fees, feeShare, cash, closing);
  }

  private static String closingDate(Node node, int baseYear) {
    if (!node.present()) {
      return baseYear + "-12-31";
    }
    String s = node.textOrNull();
    if (s != null && s.length() == 10) {
      try {
        return LocalDate.parse(s).toString();
      } catch (DateTimeParseException e) {
        // fall through to the error below
      }
    }
    throw node.expected("a date written YYYY-MM-DD such as \"" + baseYear + "-12-31\"");
  }

  /**
   * @param node the {@code exit} value (required)
   * @param baseYear the base year; the exit year must be 1 to 30 years after it
   * @param kind the deal's kind: a SCOP and the status quo are never sold, so {@code sale} is
   *     false for them and {@code sale: true} is an error
   */
  static Exit exit(Node node, int baseYear, String kind) {
    if (!node.present()) {
      throw node.fail("required: the exit with its `year` and `value`");
    }
    node.mapping(EXIT_KEYS);
    Node y = node.at("year");
    if (!y.isNumber()) {
      throw y.expected("a calendar year after the base year " + baseYear);
    }
    int year;
    try {
      year = y.integer(baseYear + 1, baseYear + MAX_HORIZON);
    } catch (DealException e) {
      throw y.expected("a calendar year after the base year " + baseYear + " and at most "
          + (baseYear + MAX_HORIZON) + " (horizon of 1 to " + MAX_HORIZON + " years)");
    }
    Valuation value = valuation(node.at("value"));
    double fees = node.at("fees").present() ? node.at("fees").rate(0, 0.99) : 0;
    Node d = node.at("distressedValue");
    Valuation distressed = null;
    if (d.present()) {
      distressed = valuation(d);
      if (distressed.isForward()) {
        throw d.at("of").expected("ltm: a company in default is valued on the exit year's"
            + " EBITDA, not the next year's");
      }
    }
    return new Exit(year - baseYear, value, fees, distressed, sale(node.at("sale"), kind));
  }

  /**
   * {@code exit.sale}: true (the default) when the company is sold at the exit, false when it is
   * only valued there, its owners keeping it (an employee buyout). A SCOP and the status quo are
   * never sold: false for them, and {@code sale: true} is refused.
   */
  private static boolean sale(Node node, String kind) {
    boolean neverSold = kind.equals(Scenario.SCOP) || kind.equals(Scenario.STATUS_QUO);
    if (!node.present()) {
      return !neverSold;
    }
    boolean sale = node.bool();
    if (sale && neverSold) {
      throw node.fail(kind.equals(Scenario.SCOP)
          ? "expected false or no value, found true: a SCOP is not sold at the exit, only valued"
              + " there: leave `sale` out or write `sale: false` (in a scenario, `sale: null`"
              + " removes the top level's)"
          : "expected false or no value, found true: in the status quo nobody sells at the exit,"
              + " the company is only valued there: leave `sale` out or write `sale: false` (in a"
              + " scenario, `sale: null` removes the top level's)");
    }
    return sale;
  }

  /** Reads {@code {multiple: x, of: ltm|forward}} or {@code {amount: a}}; the value must be > 0. */
  static Valuation valuation(Node node) {
    if (!node.isMapping()) {
      throw node.expected("{multiple: 7, of: ltm} or {amount: 1000000}");
    }
    node.mapping(VALUATION_KEYS);
    Node amount = node.at("amount");
    Node multiple = node.at("multiple");
    if (amount.present()) {
      if (multiple.present() || node.at("of").present()) {
        throw node.fail("give either `amount` or `multiple` (with `of`), not both");
      }
      double a = amount.amount();
      if (a <= 0) {
        throw amount.expected("an amount greater than 0");
      }
      return new Valuation(Valuation.Basis.AMOUNT, a);
    }
    if (!multiple.present()) {
      throw node.fail("expected `multiple` (such as 7 or \"7x\") or `amount`, found neither");
    }
    double m = multiple.multiple();
    if (m <= 0) {
      throw multiple.expected("a multiple greater than 0");
    }
    String of = node.at("of").choice("ltm", "ltm", "forward");
    return new Valuation(
        of.equals("ltm") ? Valuation.Basis.MULTIPLE_LTM : Valuation.Basis.MULTIPLE_FORWARD, m);
  }

  /**
   * @param node the {@code structure} value (may be absent: a holding with a tax group)
   * @param years the horizon
   */
  static Structure structure(Node node, int years) {
    if (node.present()) {
      node.mapping(STRUCTURE_KEYS);
    }
    boolean holding = node.at("type").choice("holding", "holding", "pushdown").equals("holding");
    Node tg = node.at("taxGroup");
    boolean taxGroup = tg.bool(holding);
    if (taxGroup && !holding) {
      throw tg.fail("taxGroup applies only to a holding structure (type: holding); "
          + "with type: pushdown leave it out or set it to false");
    }
    Node hc = node.at("holdingCosts");
    double[] costs = PerYear.amounts(hc, years, 0);
    if (!holding) {
      for (double c : costs) {
        if (c > 0) {
          throw hc.fail("holdingCosts apply only to a holding structure (type: holding)");
        }
      }
    }
    Node me = node.at("mergedEquity");
    if (holding && me.present()) {
      throw me.fail("mergedEquity applies only to a push-down (type: pushdown); with a holding"
          + " the company keeps its own equity (company.baseYear.bookEquity)");
    }
    double mergedEquity = me.present() ? me.amount() : Double.NaN;
    Structure.Kind kind = holding ? Structure.Kind.HOLDING : Structure.Kind.PUSHDOWN;
    // the share premium the payer of the dividends may distribute (methodology §5.5)
    Node sp = node.at("sharePremium");
    double premium = sp.present() ? sp.nonNegativeAmount() : 0.0;
    return new Structure(kind, taxGroup, costs, mergedEquity, premium);
  }
}
