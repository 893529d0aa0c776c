package org.reprise.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reprise.io.TestDeals.failsWith;
import static org.reprise.io.TestDeals.read;
import static org.reprise.io.TestDeals.readWith;

import org.junit.jupiter.api.Test;
import org.reprise.model.Tax;
import org.reprise.model.ThinCap;

class TaxPresetsTest {

  @Test
  void franceDefaults() {
    Tax t = read(TestDeals.minimal()).tax();
    assertThat(t.rate()).containsExactly(0.25, 0.25, 0.25, 0.25, 0.25);
    assertThat(t.reducedRate()).isZero();
    assertThat(t.reducedRateThreshold()).isZero();
    assertThat(t.interestCapFloor()).isEqualTo(3_000_000);
    assertThat(t.interestCapShare()).isEqualTo(0.30);
    assertThat(t.standaloneExtraShare()).isZero();
    assertThat(t.safeguardShare()).isZero();
    assertThat(t.lossAllowance()).isEqualTo(1_000_000);
    assertThat(t.lossExcessShare()).isEqualTo(0.5);
    assertThat(t.socialContributionRate()).isEqualTo(0.033);
    assertThat(t.socialContributionAllowance()).isEqualTo(763_000);
    assertThat(t.socialContributionRevenueThreshold()).isEqualTo(7_630_000);
    assertThat(t.dividendAddBack()).isEqualTo(0.05);
    assertThat(t.groupDividendAddBack()).isEqualTo(0.01);
    assertThat(t.relatedPartyRate()).containsOnly(0.043);
    assertThat(t.unusedCapacityYears()).isEqualTo(5);
    assertThat(t.thinCap()).isEqualTo(new ThinCap(1.5, 1_000_000, 0.10, 1.0 / 3.0));
    assertThat(t.acquisitionCostYears()).isEqualTo(5);
  }

  @Test
  void genericDefaults() {
    Tax t = readWith("tax", "{preset: generic, rate: [\"30%\", \"28%\"]}").tax();
    assertThat(t.rate()).containsExactly(0.30, 0.28, 0.28, 0.28, 0.28);
    assertThat(t.interestCapFloor()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(t.interestCapShare()).isZero();
    assertThat(t.lossAllowance()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(t.lossExcessShare()).isEqualTo(1);
    assertThat(t.socialContributionRate()).isZero();
    assertThat(t.dividendAddBack()).isZero();
    assertThat(t.groupDividendAddBack()).isZero();
    assertThat(t.relatedPartyRate()).containsOnly(Double.POSITIVE_INFINITY);
    assertThat(t.unusedCapacityYears()).isZero();
    assertThat(t.thinCap()).isEqualTo(ThinCap.NONE);
    assertThat(t.acquisitionCostYears()).isZero();
  }

  /**
   * The tax amortisation of the acquisition costs (CGI art. 209 VII): 5 years with the France
   * preset, none with the generic one unless given; a whole number of years, true or false.
   */
  @Test
  void acquisitionCostAmortisation() {
    assertThat(readWith("tax", "{acquisitionCostAmortisation: false}").tax()
        .acquisitionCostYears()).isZero();
    assertThat(readWith("tax", "{acquisitionCostAmortisation: 0}").tax()
        .acquisitionCostYears()).isZero();
    assertThat(readWith("tax", "{acquisitionCostAmortisation: true}").tax()
        .acquisitionCostYears()).isEqualTo(5);
    assertThat(readWith("tax", "{acquisitionCostAmortisation: 3}").tax()
        .acquisitionCostYears()).isEqualTo(3);
    assertThat(readWith("tax", "{acquisitionCostAmortisation: null}").tax()
        .acquisitionCostYears()).isEqualTo(5);
    assertThat(readWith("tax", "{preset: generic, rate: 0.2, acquisitionCostAmortisation: true}")
        .tax().acquisitionCostYears()).isEqualTo(5);
    assertThat(readWith("tax", "{preset: generic, rate: 0.2, acquisitionCostAmortisation: 10}")
        .tax().acquisitionCostYears()).isEqualTo(10);
    failsWith("tax", "{acquisitionCostAmortisation: 2.5}", "tax.acquisitionCostAmortisation")
        .hasMessage("tax.acquisitionCostAmortisation: expected a whole number of years from 0 to"
            + " 20, true (5 years) or false (not amortised), found 2.5");
    failsWith("tax", "{acquisitionCostAmortisation: 21}", "tax.acquisitionCostAmortisation");
    failsWith("tax", "{acquisitionCostAmortisation: -1}", "tax.acquisitionCostAmortisation");
    failsWith("tax", "{acquisitionCostAmortisation: \"5 years\"}",
        "tax.acquisitionCostAmortisation");
  }

  /** The thin-capitalisation rule (212 bis VII): French, on with the interest cap. */
  @Test
  void thinCap() {
    assertThat(readWith("tax", "{thinCap: false}").tax().thinCap()).isEqualTo(ThinCap.NONE);
    assertThat(readWith("tax", "{interestCap: false}").tax().thinCap()).isEqualTo(ThinCap.NONE);
    assertThat(readWith("tax", "{interestCap: false, thinCap: true}").tax().thinCap().applies())
        .isTrue();
    failsWith("tax", "{preset: generic, rate: 0.2, thinCap: true}", "tax.thinCap")
        .hasMessageContaining("applies only to preset france");
    failsWith("tax", "{thinCap: 1.5}", "tax.thinCap");
  }

  /** The carry-forward of unused interest capacity (212 bis VIII): 0 to 5 years, with the cap. */
  @Test
  void unusedCapacityYears() {
    assertThat(readWith("tax", "{interestCap: {unusedCapacityYears: 0}}").tax()
        .unusedCapacityYears()).isZero();
    assertThat(readWith("tax", "{interestCap: {floor: 0}}").tax().unusedCapacityYears())
        .isEqualTo(5);
    assertThat(readWith("tax", "{preset: generic, rate: 0.2, interestCap: true}").tax()
        .unusedCapacityYears()).isEqualTo(5);
    assertThat(readWith("tax", "{interestCap: false}").tax().unusedCapacityYears()).isZero();
    failsWith("tax", "{interestCap: {unusedCapacityYears: 6}}",
        "tax.interestCap.unusedCapacityYears")
        .hasMessage("tax.interestCap.unusedCapacityYears: expected a whole number between 0 and"
            + " 5, found 6");
    failsWith("tax", "{interestCap: {unusedCapacityYears: 2.5}}",
        "tax.interestCap.unusedCapacityYears");
  }

  /**
   * The shareholder-loan rate cap (39-1-3°): a rate, one per year (the last one repeated), or
   * false for none, under either preset.
   */
  @Test
  void relatedPartyRate() {
    assertThat(readWith("tax", "{relatedPartyRate: \"5.75%\"}").tax().relatedPartyRate())
        .containsOnly(0.0575);
    assertThat(readWith("tax", "{relatedPartyRate: false}").tax().relatedPartyRate())
        .containsOnly(Double.POSITIVE_INFINITY);
    assertThat(readWith("tax", "{preset: generic, rate: 0.2, relatedPartyRate: 0.04}").tax()
        .relatedPartyRate()).containsOnly(0.04);
    double[] perYear = readWith("tax", "{relatedPartyRate: [\"4.55%\", \"4.3%\"]}").tax()
        .relatedPartyRate();
    assertThat(perYear[0]).isEqualTo(0.0455);
    assertThat(perYear[1]).isEqualTo(0.043);
    assertThat(perYear[perYear.length - 1]).isEqualTo(0.043);
    failsWith("tax", "{relatedPartyRate: [\"4%\", \"lots\"]}", "tax.relatedPartyRate[1]");
    failsWith("tax", "{relatedPartyRate: true}", "tax.relatedPartyRate")
        .hasMessage("tax.relatedPartyRate: expected a rate such as 0.055 or \"5.5%\", found true");
    failsWith("tax", "{relatedPartyRate: \"150%\"}", "tax.relatedPartyRate")
        .hasMessage("tax.relatedPartyRate: expected a rate between 0% and 100%, found \"150%\"");
  }

  @Test
  void genericNeedsARate() {
    failsWith("tax", "{preset: generic}", "tax.rate")
        .hasMessage("tax.rate: expected a tax rate (required with preset generic) such as \"25%\","
            + " found nothing (the key is missing)");
  }

  @Test
  void franceOptions() {
    Tax t = readWith("tax", "{smeReducedRate: true, standalone: true, socialContribution: false,"
        + " interestCap: {floor: 1000000}, lossCarryForward: {excessShare: \"60%\"},"
        + " dividendAddBack: 0.1, groupDividendAddBack: 0}").tax();
    assertThat(t.reducedRate()).isEqualTo(0.15);
    assertThat(t.reducedRateThreshold()).isEqualTo(42_500);
    assertThat(t.standaloneExtraShare()).isEqualTo(0.75);
    assertThat(t.socialContributionRate()).isZero();
    assertThat(t.interestCapFloor()).isEqualTo(1_000_000);
    assertThat(t.interestCapShare()).isEqualTo(0.30);
    assertThat(t.lossAllowance()).isEqualTo(1_000_000);
    assertThat(t.lossExcessShare()).isEqualTo(0.6);
    assertThat(t.dividendAddBack()).isEqualTo(0.1);
    assertThat(t.groupDividendAddBack()).isZero();
  }

  /** The group safeguard clause (212 bis V): French, off unless claimed, not for a stand-alone. */
  @Test
  void safeguardClause() {
    Tax t = readWith("tax", "{safeguardClause: true}").tax();
    assertThat(t.safeguardShare()).isEqualTo(0.75);
    assertThat(t.standaloneExtraShare()).isZero();
    assertThat(readWith("tax", "{safeguardClause: false}").tax().safeguardShare()).isZero();
    failsWith("tax", "{standalone: true, safeguardClause: true}", "tax.safeguardClause")
        .hasMessageContaining("set standalone or safeguardClause, not both");
    failsWith("tax", "{preset: generic, rate: 0.2, safeguardClause: true}", "tax.safeguardClause")
        .hasMessageContaining("applies only to preset france");
    failsWith("tax", "{safeguardClause: 0.75}", "tax.safeguardClause");
  }

  @Test
  void interestCapCanBeSwitchedOffOrOn() {
    Tax off = readWith("tax", "{interestCap: false}").tax();
    assertThat(off.interestCapFloor()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(off.interestCapShare()).isZero();
    Tax on = readWith("tax", "{preset: generic, rate: 0.2, interestCap: true}").tax();
    assertThat(on.interestCapFloor()).isEqualTo(3_000_000);
    assertThat(on.interestCapShare()).isEqualTo(0.3);
    failsWith("tax", "{interestCap: \"yes\"}", "tax.interestCap")
        .hasMessage("tax.interestCap: expected true or false, found \"yes\"");
  }

  @Test
  void franceOnlyOptionsAreRejectedForGeneric() {
    failsWith("tax", "{preset: generic, rate: 0.2, smeReducedRate: true}", "tax.smeReducedRate")
        .hasMessage("tax.smeReducedRate: applies only to preset france (French tax rules)");
    failsWith("tax", "{preset: generic, rate: 0.2, standalone: true}", "tax.standalone");
    failsWith("tax", "{preset: generic, rate: 0.2, socialContribution: true}",
        "tax.socialContribution");
  }

  @Test
  void rangesAndKeys() {
    failsWith("tax", "{rate: \"125%\"}", "tax.rate")
        .hasMessage("tax.rate: expected a rate between 0% and 100%, found \"125%\"");
    failsWith("tax", "{preset: germany}", "tax.preset");
    failsWith("tax", "{lossCarryforward: {}}", "tax.lossCarryforward")
        .hasMessageContaining("did you mean `lossCarryForward`?");
  }
}
