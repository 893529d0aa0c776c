package org.reprise.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.reprise.io.TestDeals.fails;
import static org.reprise.io.TestDeals.with;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.reprise.engine.DealResult;
import org.reprise.engine.LboEngine;
import org.reprise.model.Deal;
import org.reprise.model.EquityClass;
import org.reprise.model.Exit;
import org.reprise.model.PaymentConditions;
import org.reprise.model.Structure;
import org.reprise.model.Tranche;
import org.reprise.model.Valuation;

/** The status quo: the same company without a buyout. */
class StatusQuoReaderTest {

  /** The minimal deal with existing debt, fees, a holding, a sweep and covenants. */
  private static ObjectNode busy() {
    ObjectNode t = TestDeals.minimal();
    with(t, "company.actuals.financialDebt", "300");
    with(t, "company.actuals.cash", "50");
    with(t, "transaction.fees", "{shareOfPrice: \"2%\"}");
    with(t, "structure", "{type: holding, holdingCosts: 10}");
    with(t, "financing.debt", "[{name: Senior, lender: banks, amount: 500, rate: \"5%\","
        + " repayment: {linear: 5}}]");
    with(t, "financing.cashSweep", "\"50%\"");
    with(t, "covenants", "{maxNetLeverage: 4}");
    return t;
  }

  private static Deal statusQuo(ObjectNode t) {
    return TestDeals.read(with(t, "kind", "status-quo"));
  }

  @Test
  void resolvesTheSameCompanyWithoutABuyout() {
    Deal buyout = TestDeals.read(busy());
    Deal d = statusQuo(busy());
    // same company, projections, tax and exit, but nobody sells: the exit is a valuation
    assertThat(d.exit().sale()).isFalse();
    assertThat(d.soldAtExit()).isFalse();
    Exit sold = buyout.exit();
    Exit valued = new Exit(sold.year(), sold.value(), sold.feeShare(), sold.distressedValue(), false);
    DealReaderTest.assertSameDeal(
        new Deal("x", d.company(), d.operations(), null, null, null, d.tax(), null, d.exit(),
            d.interestBasis(), d.participation(), null),
        new Deal("x", buyout.company(), buyout.operations(), null, null, null, buyout.tax(), null,
            valued, buyout.interestBasis(), buyout.participation(), null));
    // the deal's price, no fees, nothing refinanced
    assertThat(d.transaction().entryValue()).isEqualTo(new Valuation(Valuation.Basis.MULTIPLE_LTM, 6));
    assertThat(d.transaction().transactionFees()).isZero();
    assertThat(d.transaction().transactionFeeShare()).isZero();
    assertThat(d.transaction().cashToBalanceSheet()).isZero();
    assertThat(d.transaction().refinanceExistingDebt()).isFalse();
    // push-down, no tax group, no holding costs, no covenants
    assertThat(d.structure().kind()).isEqualTo(Structure.Kind.UNCHANGED);
    assertThat(d.structure().taxGroup()).isFalse();
    assertThat(d.structure().holdingCosts()).containsOnly(0.0);
    assertThat(d.covenants().maxNetLeverage()).containsOnly(Double.NaN);
    // the current owners as the balance, half of the spare cash paid out, no sweep
    assertThat(d.financing().equity()).singleElement().satisfies(e -> {
      assertThat(e.holder()).isEqualTo("current owners");
      assertThat(e.kind()).isEqualTo(EquityClass.Kind.ORDINARY);
      assertThat(e.isBalancing()).isTrue();
    });
    assertThat(d.financing().distributionShare()).isEqualTo(0.5);
    assertThat(d.financing().cashSweep()).isZero();
    // the existing debt stays in place: 4 %, linear over 5 years
    Tranche debt = d.financing().debt().get(0);
    assertThat(d.financing().debt()).hasSize(1);
    assertThat(debt.rolledOver()).isTrue();
    assertThat(debt.borrower()).isEqualTo(Tranche.Borrower.OPCO);
    assertThat(debt.size().value()).isEqualTo(300);
    assertThat(debt.cashRate()).containsOnly(0.04);
    assertThat(debt.repayment()).containsOnly(0.2);
    assertThat(debt.maturity()).isEqualTo(5);
    assertThat(d.cooperative()).isNull();
  }

  @Test
  void theEngineRunsItAtTheSameEnterpriseValue() {
    Deal d = statusQuo(busy());
    DealResult sq = LboEngine.DEFAULT.run(d);
    DealResult lbo = LboEngine.DEFAULT.run(TestDeals.read(busy()));
    assertThat(sq.sourcesAndUses().entryEnterpriseValue())
        .isEqualTo(lbo.sourcesAndUses().entryEnterpriseValue());
    // the owners' shares are worth the price of the shares: EV − debt + cash
    assertThat(sq.sourcesAndUses().totalSources())
        .isCloseTo(sq.sourcesAndUses().entryEnterpriseValue() - 300 + 50, within(1e-6));
    assertThat(sq.sourcesAndUses().totalSources())
        .isCloseTo(sq.sourcesAndUses().totalUses(), within(0.005));
    assertThat(sq.returnOf("current owners")).isNotNull();
    assertThat(sq.exit().enterpriseValue()).isEqualTo(lbo.exit().enterpriseValue());
  }

  @Test
  void itsOwnKeys() {
    ObjectNode t = with(busy(), "statusQuo",
        "{payout: \"30%\", debtRate: [\"3%\", \"5%\"], debtRepayment: {bullet: 3}}");
    Deal d = statusQuo(t);
    assertThat(d.financing().distributionShare()).isEqualTo(0.3);
    Tranche debt = d.financing().debt().get(0);
    assertThat(debt.cashRate()).containsExactly(0.03, 0.05, 0.05, 0.05, 0.05);
    assertThat(debt.repayment()).containsOnly(0.0);
    assertThat(debt.maturity()).isEqualTo(3);
    // without existing debt, no tranche
    assertThat(statusQuo(TestDeals.minimal()).financing().debt()).isEmpty();
    // no payout in a year whose cash flow does not cover its debt service, by default (review
    // 26, W2): the lock-up's permitted-payment cover, on top of no covenant
    assertThat(d.financing().distributionLockUp()).isTrue();
    assertThat(d.financing().paymentConditions())
        .isEqualTo(new PaymentConditions(Double.NaN, 1.0, false));
    assertThat(statusQuo(with(busy(), "statusQuo", "{payoutMinDebtServiceCover: \"1.5x\"}"))
        .financing().paymentConditions().minDebtServiceCover()).isEqualTo(1.5);
    assertThat(statusQuo(with(busy(), "statusQuo", "{payoutMinDebtServiceCover: 0}"))
        .financing().paymentConditions().minDebtServiceCover()).isZero();
  }

  @Test
  void errors() {
    fails(with(with(busy(), "kind", "status-quo"), "statusQuo.payout", "\"150%\""),
        "statusQuo.payout");
    fails(with(with(busy(), "kind", "status-quo"), "statusQuo.debtRepayment", "{linear: 0}"),
        "statusQuo.debtRepayment.linear");
    fails(with(with(busy(), "kind", "status-quo"), "statusQuo.dividends", "1"),
        "statusQuo.dividends").hasMessageContaining("allowed keys");
    fails(with(with(busy(), "kind", "status-quo"), "transaction", null), "transaction.price")
        .hasMessageContaining("valued at the deal's price");
    fails(with(with(busy(), "kind", "status-quo"), "cooperative", "{}"), "cooperative")
        .hasMessageContaining("not a SCOP");
    // the existing debt's rate: at least −5 %, as a tranche's (review 9, input F6)
    fails(with(busy(), "statusQuo.debtRate", "-0.06"), "statusQuo.debtRate")
        .hasMessage("statusQuo.debtRate: expected a rate between -5% and 100%, found -0.06");
    fails(with(with(busy(), "kind", "status-quo"), "statusQuo.payoutMinDebtServiceCover",
        "-1"), "statusQuo.payoutMinDebtServiceCover")
        .hasMessage("statusQuo.payoutMinDebtServiceCover: expected a multiple of 0 or more,"
            + " found -1");
    // the section is checked in every deal, though only a status quo uses it
    fails(with(busy(), "statusQuo.payout", "\"half\""), "statusQuo.payout");
  }
}
