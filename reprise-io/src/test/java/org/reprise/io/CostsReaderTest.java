package org.reprise.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.reprise.io.TestDeals.failsWith;
import static org.reprise.io.TestDeals.read;
import static org.reprise.io.TestDeals.readWith;
import static org.reprise.io.TestDeals.with;

import org.junit.jupiter.api.Test;
import org.reprise.model.Operations;

class CostsReaderTest {

  @Test
  void fixedPartIsEscalatedByInflation() {
    var tree = with("projections.costs",
        "{externalCharges: {variable: \"5%\", fixed: 100}}");
    with(tree, "projections.inflation", "\"3%\"");
    Operations o = read(tree).operations();
    assertThat(o.externalCharges().shareOfRevenue()).containsOnly(0.05);
    assertThat(o.externalCharges().fixed()[0]).isCloseTo(103, within(1e-9));
    assertThat(o.externalCharges().fixed()[2]).isCloseTo(100 * Math.pow(1.03, 3), within(1e-9));
    // lines left out keep their base-year share
    assertThat(o.purchases().shareOfRevenue()).containsOnly(0.4);
    assertThat(o.otherTaxes().shareOfRevenue()).containsOnly(0.02);
  }

  @Test
  void onlyOnePartGivenMeansTheOtherIsZero() {
    Operations fixedOnly = readWith("projections.costs", "{purchases: {fixed: 50}}").operations();
    assertThat(fixedOnly.purchases().shareOfRevenue()).containsOnly(0.0);
    Operations variableOnly =
        readWith("projections.costs", "{purchases: {variable: 0.3}}").operations();
    assertThat(variableOnly.purchases().fixed()).containsOnly(0.0);
  }

  @Test
  void emptyLineIsAnError() {
    failsWith("projections.costs", "{purchases: {}}", "projections.costs.purchases")
        .hasMessageContaining("`variable` (share of revenue) and/or `fixed` (amount)");
  }

  @Test
  void personnelIsHeadcountTimesEscalatedAverageCost() {
    Operations o = readWith("projections.costs",
        "{personnel: {headcount: [10, 12], averageCost: 50, wageGrowth: \"10%\","
            + " variable: \"1%\"}}").operations();
    assertThat(o.personnel().fixed()[0]).isCloseTo(10 * 50 * 1.1, within(1e-9));
    assertThat(o.personnel().fixed()[1]).isCloseTo(12 * 50 * 1.21, within(1e-9));
    assertThat(o.personnel().shareOfRevenue()).containsOnly(0.01);
    assertThat(o.headcount()).containsExactly(10, 12, 12, 12, 12);
  }

  @Test
  void personnelDefaults() {
    // averageCost = 300 / 10 = 30, wage growth = inflation 2 %, headcount 10
    Operations o = readWith("projections.costs", "{personnel: {headcount: 20}}").operations();
    assertThat(o.personnel().fixed()[0]).isCloseTo(20 * 30 * 1.02, within(1e-9));
    assertThat(o.headcount()).containsOnly(20.0);
  }

  @Test
  void headcountMustBeAReasonableNumber() {
    failsWith("projections.costs", "{personnel: {headcount: [10, -1]}}",
        "projections.costs.personnel.headcount[1]")
        .hasMessageContaining("between 0 and 10 million");
  }

  @Test
  void unknownCostLine() {
    failsWith("projections.costs", "{purchase: {variable: 0.3}}", "projections.costs.purchase")
        .hasMessageContaining("did you mean `purchases`?");
    failsWith("projections.costs", "{personnel: {averageCosts: 3}}",
        "projections.costs.personnel.averageCosts")
        .hasMessageContaining("did you mean `averageCost`?");
  }

  @Test
  void escalate() {
    assertThat(CostsReader.escalate(100, new double[] {0.1, 0.0, -0.5}))
        .containsExactly(new double[] {110, 110, 55}, within(1e-9));
  }
}
