package org.reprise.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.reprise.model.BaseYear;
import org.reprise.model.Covenants;
import org.reprise.model.EquityClass;
import org.reprise.model.Financing;
import org.reprise.model.PaymentConditions;
import org.reprise.model.Structure;
import org.reprise.model.Tranche;
import org.reprise.model.Transaction;
import org.reprise.model.Valuation;

/**
 * Resolves a status-quo scenario (kind {@code status-quo}): the same company without a buyout,
 * so that the other scenarios can be compared with what would happen anyway.
 *
 * <ul>
 *   <li>price: the deal's {@code transaction.price} (a notional valuation: the current owners'
 *       "returns" are measured on the same basis as a buyer's), no fees, no cash put in;
 *   <li>the existing financial debt is not refinanced: it stays in the operating company as an
 *       existing tranche at {@code statusQuo.debtRate} (default 4 %), repaid as {@code
 *       statusQuo.debtRepayment} (default {@code {linear: 5}});
 *   <li>push-down (no holding, no tax group, no holding costs), no covenants;
 *   <li>one ordinary class, "Current owners' shares" held by {@code current owners}, the balance
 *       of sources and uses (the price of the shares);
 *   <li>{@code statusQuo.payout} (default 50 %) of the cash left after debt service is paid out
 *       to the owners each year; the rest stays in the company;
 *   <li>the same projections, tax, participation, conventions and exit (year and valuation).
 * </ul>
 *
 * The {@code structure}, {@code financing}, {@code covenants} and the rest of {@code transaction}
 * do not apply to the status quo and are not read; a {@code cooperative} section is an error.
 */
final class StatusQuoReader {

  static final String[] KEYS = {"debtRate", "debtRepayment", "payout", "payoutMinDebtServiceCover"};

  /** Default interest rate of the existing debt. */
  static final double DEFAULT_DEBT_RATE = 0.04;
  /** Default repayment of the existing debt: linear over 5 years. */
  static final int DEFAULT_REPAYMENT_YEARS = 5;
  /** Default share of the cash left after debt service paid out to the owners. */
  static final double DEFAULT_PAYOUT = 0.5;

  /**
   * The lowest debt service cover (cash available for debt service / debt service due) at which
   * the current owners still take their payout: 1, no payout in a year whose cash flow does not
   * cover its debt service. The owners of an SME that carries debt do not pay themselves a
   * dividend out of its cash in the year its sales collapse; without the rule, the bundled status
   * quo paid 539.5 k€ of dividends in its crisis year and then missed 66 k€ of repayments the
   * next (review 26, W2).
   */
  static final double DEFAULT_PAYOUT_MIN_COVER = 1.0;

  /** Holder of the status quo's shares. */
  static final String OWNERS = "current owners";
  /** Name of the status quo's equity class. */
  static final String SHARES = "Current owners' shares";
  /** Name of the existing debt tranche. */
  static final String DEBT = "Existing debt";
  /** Lender of the existing debt tranche. */
  static final String LENDERS = "existing lenders";

  private StatusQuoReader() {}

  /** The status quo's transaction: the deal's price, nothing else. */
  static Transaction transaction(Node root, int baseYear) {
    Node t = root.at("transaction");
    if (!t.present() || !t.at("price").present()) {
      throw t.at("price").fail("required: the status quo is valued at the deal's price"
          + " (transaction.price), so that every scenario starts from the same value");
    }
    t.mapping(TransactionReader.TRANSACTION_KEYS);
    Valuation price = TransactionReader.valuation(t.at("price"));
    return new Transaction(price, false, 0, 0, 0, baseYear + "-12-31");
  }

  /** No holding, nothing merged (the company keeps its equity), no tax group, no costs. */
  static Structure structure(int years) {
    return new Structure(Structure.Kind.UNCHANGED, false, new double[years]);
  }

  /** The current owners' shares and the existing debt left in place. */
  static Financing financing(Node node, BaseYear base, int years) {
    if (node.present()) {
      node.mapping(KEYS);
    }
    double[] rate = PerYear.rates(node.at("debtRate"), years, DEFAULT_DEBT_RATE,
        TrancheReader.MIN_CASH_RATE, 1);
    double[] repayment = new double[years];
    Node r = node.at("debtRepayment");
    double[] fullRepayment;
    if (r.present()) {
      fullRepayment = TrancheReader.profile(r, "term");
    } else {
      fullRepayment = new double[DEFAULT_REPAYMENT_YEARS];
      Arrays.fill(fullRepayment, 1.0 / DEFAULT_REPAYMENT_YEARS);
    }
    int maturity = TrancheReader.maturity(fullRepayment, repayment);
    double payout = node.at("payout").present() ? node.at("payout").rate(0, 1) : DEFAULT_PAYOUT;
    List<Tranche> debt = new ArrayList<>();
    if (base.financialDebt() > 0) {
      debt.add(new Tranche(DEBT, LENDERS, Tranche.Kind.TERM, Tranche.Borrower.OPCO,
          new Tranche.Size(Tranche.Size.Basis.AMOUNT, base.financialDebt()), rate, false,
          new double[years], 0, new double[years], 0, repayment, maturity, false, 1, 0, 0, true,
          new double[years], fullRepayment));
    }
    List<EquityClass> equity = List.of(
        new EquityClass(SHARES, OWNERS, EquityClass.Kind.ORDINARY, Double.NaN, 0, Double.NaN));
    Node cover = node.at("payoutMinDebtServiceCover");
    double minCover = cover.present() ? cover.multiple() : DEFAULT_PAYOUT_MIN_COVER;
    if (minCover < 0) {
      throw cover.expected("a multiple of 0 or more");
    }
    // the payout is the status quo's distribution: the lock-up's permitted-payment cover stops it
    // in a year whose cash flow does not cover its debt service (methodology §5.5, §12)
    return new Financing(equity, debt, 0, payout, Financing.SweepBasis.CASH, List.of(), true,
        new PaymentConditions(Double.NaN, minCover, false));
  }

  /** No covenant is tested. */
  static Covenants covenants(int years) {
    return new Covenants(PerYear.fill(years, Double.NaN), PerYear.fill(years, Double.NaN),
        PerYear.fill(years, Double.NaN), false);
  }

  /** A status quo is not a cooperative. */
  static void noCooperative(Node root) {
    Node c = root.at("cooperative");
    if (c.present()) {
      throw c.fail("a status-quo scenario is not a SCOP: remove `cooperative` (in a scenario,"
          + " write `cooperative: null` to drop a top-level section)");
    }
  }
}
