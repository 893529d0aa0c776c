package org.reprise.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.reprise.io.TestDeals.fails;
import static org.reprise.io.TestDeals.failsWith;
import static org.reprise.io.TestDeals.read;
import static org.reprise.io.TestDeals.readWith;
import static org.reprise.io.TestDeals.with;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.reprise.model.Operations;

class OperationsReaderTest {

  static final Offset<Double> EPS = within(1e-9);

  @Test
  void defaultsFromTheBaseYear() {
    Operations o = read(TestDeals.minimal()).operations();
    assertThat(o.years()).isEqualTo(5);
    assertThat(o.revenue()).containsExactly(1000, 1000, 1000, 1000, 1000);
    assertThat(o.purchases().shareOfRevenue()).containsOnly(0.4);
    assertThat(o.purchases().fixed()).containsOnly(0.0);
    assertThat(o.externalCharges().shareOfRevenue()).containsOnly(0.1);
    assertThat(o.otherTaxes().shareOfRevenue()).containsOnly(0.02);
    // personnel: 10 people × 30 each = 300, escalated by the default 2 % inflation
    assertThat(o.personnel().shareOfRevenue()).containsOnly(0.0);
    assertThat(o.personnel().fixed()[0]).isCloseTo(306, EPS);
    assertThat(o.personnel().fixed()[4]).isCloseTo(300 * Math.pow(1.02, 5), EPS);
    assertThat(o.depreciation().shareOfRevenue()).containsOnly(0.05);
    assertThat(o.capex().shareOfRevenue()).containsOnly(0.06);
    assertThat(o.workingCapital().shareOfRevenue()).containsOnly(0.2);
    assertThat(o.workingCapitalIsChange()).isFalse();
    assertThat(o.headcount()).containsOnly(10.0);
    assertThat(o.minimumCash()).containsOnly(0.0);
    assertThat(o.interestOnCash()).containsOnly(0.0);
  }

  @Test
  void growthPerYearWithRepeatedLastValue() {
    double[] r =
        readWith("projections.revenue", "{growth: [\"10%\", 0.05]}").operations().revenue();
    assertThat(r[0]).isCloseTo(1100, EPS);
    assertThat(r[1]).isCloseTo(1155, EPS);
    assertThat(r[4]).isCloseTo(1100 * Math.pow(1.05, 4), EPS);
  }

  @Test
  void increasePerYear() {
    assertThat(readWith("projections.revenue", "{increase: 50}").operations().revenue())
        .containsExactly(1050, 1100, 1150, 1200, 1250);
  }

  @Test
  void amountsNeedOnePerYear() {
    assertThat(readWith("projections.revenue", "{amounts: [1, 2, 3, 4, 5, 6]}").operations()
        .revenue()).containsExactly(1, 2, 3, 4, 5);
    failsWith("projections.revenue", "{amounts: [1, 2, 3]}", "projections.revenue.amounts")
        .hasMessageContaining("expected at least 5 revenue amounts")
        .hasMessageEndingWith("found 3");
  }

  @Test
  void revenueMustStayPositive() {
    failsWith("projections.revenue", "{increase: -400}", "projections.revenue")
        .hasMessage("projections.revenue: the projected revenue must stay above 0, but it is -200"
            + " in year 3");
    failsWith("projections.revenue", "{amounts: [1, 2, 0, 4, 5]}", "projections.revenue");
    failsWith("projections.revenue", "{growth: \"-100%\"}", "projections.revenue");
  }

  @Test
  void revenueNeedsExactlyOneForm() {
    failsWith("projections.revenue", "{growth: 0.1, increase: 5}", "projections.revenue")
        .hasMessageContaining("give only one of `growth`, `increase`, `amounts`");
    failsWith("projections.revenue", "{grwoth: 0.1}", "projections.revenue.grwoth")
        .hasMessageContaining("did you mean `growth`?");
  }

  @Test
  void ebitdaMarginPaperMode() {
    Operations o = readWith("projections.ebitdaMargin", "[\"20%\", \"25%\"]").operations();
    // personnel 30 %, external 10 %, other taxes 2 % of revenue; purchases take the rest
    assertThat(o.purchases().shareOfRevenue()[0]).isCloseTo(1 - 0.20 - 0.42, EPS);
    assertThat(o.purchases().shareOfRevenue()[4]).isCloseTo(1 - 0.25 - 0.42, EPS);
    assertThat(o.personnel().shareOfRevenue()).containsOnly(0.3);
    assertThat(o.personnel().fixed()).containsOnly(0.0);
    for (int t = 0; t < 5; t++) {
      double ebitda = o.revenue()[t] - o.purchases().value(t, o.revenue()[t])
          - o.externalCharges().value(t, o.revenue()[t]) - o.otherTaxes().value(t, o.revenue()[t])
          - o.personnel().value(t, o.revenue()[t]);
      assertThat(ebitda).isCloseTo((t == 0 ? 0.20 : 0.25) * o.revenue()[t], EPS);
    }
    assertThat(o.headcount()).containsOnly(10.0);
  }

  @Test
  void ebitdaMarginTooHighIsExplained() {
    failsWith("projections.ebitdaMargin", "\"70%\"", "projections.ebitdaMargin")
        .hasMessageContaining("an EBITDA margin of 70% in year 1 is impossible")
        .hasMessageContaining("already take 42%");
  }

  @Test
  void costsAndMarginAreExclusive() {
    var tree = with("projections.ebitdaMargin", "0.2");
    with(tree, "projections.costs", "{purchases: {variable: 0.3}}");
    fails(tree, "projections.costs").hasMessageContaining("cannot both be given");
  }

  @Test
  void depreciationAndCapexAmounts() {
    var tree = with("projections.depreciation", "{amounts: [40, 45]}");
    with(tree, "projections.capex", "{shareOfRevenue: \"7%\"}");
    Operations o = read(tree).operations();
    assertThat(o.depreciation().fixed()).containsExactly(40, 45, 45, 45, 45);
    assertThat(o.depreciation().shareOfRevenue()).containsOnly(0.0);
    assertThat(o.capex().shareOfRevenue()).containsOnly(0.07);
    failsWith("projections.capex", "{}", "projections.capex")
        .hasMessage("projections.capex: expected one of `shareOfRevenue`, `amounts`, found an empty"
            + " mapping");
    failsWith("projections.capex", "{amounts: [-1]}", "projections.capex.amounts[0]");
  }

  @Test
  void workingCapitalForms() {
    Operations change = readWith("projections.workingCapital", "{change: [10, -5]}").operations();
    assertThat(change.workingCapitalIsChange()).isTrue();
    assertThat(change.workingCapital().fixed()).containsExactly(10, -5, -5, -5, -5);
    Operations level = readWith("projections.workingCapital", "{amounts: 250}").operations();
    assertThat(level.workingCapitalIsChange()).isFalse();
    assertThat(level.workingCapital().fixed()).containsOnly(250.0);
    assertThat(readWith("projections.workingCapital", "{shareOfRevenue: \"-5%\"}").operations()
        .workingCapital().shareOfRevenue()).containsOnly(-0.05);
  }

  @Test
  void minimumCashAndInterestOnCash() {
    var tree = with("projections.minimumCash", "[10, 20]");
    with(tree, "projections.interestOnCash", "\"1%\"");
    Operations o = read(tree).operations();
    assertThat(o.minimumCash()).containsExactly(10, 20, 20, 20, 20);
    assertThat(o.interestOnCash()).containsOnly(0.01);
  }

  @Test
  void inflationEscalatesFixedCosts() {
    double[] fixed = readWith("projections.inflation", "[0, \"10%\"]").operations().personnel()
        .fixed();
    assertThat(fixed[0]).isCloseTo(300, EPS);
    assertThat(fixed[1]).isCloseTo(330, EPS);
    assertThat(fixed[2]).isCloseTo(363, EPS);
  }

  @Test
  void unknownProjectionKey() {
    failsWith("projections.capEx", "{shareOfRevenue: 0.05}", "projections.capEx")
        .hasMessage("projections.capEx: unknown key `capEx`: did you mean `capex`?");
  }

  @Test
  void forwardExitAddsOneYear() {
    Operations o = readWith("exit.value", "{multiple: 6, of: forward}").operations();
    assertThat(o.years()).isEqualTo(6);
    assertThat(o.purchases().shareOfRevenue()).hasSize(6);
  }
}
