package org.reprise.report.fec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reprise.engine.DealResult;
import org.reprise.engine.LboEngine;
import org.reprise.io.DealReader;
import org.reprise.model.BaseYear;
import org.reprise.model.Deal;

class DealSkeletonTest {

  @Test
  void theSkeletonOfTheSampleIsAValidDealThatRuns() {
    BaseYearAccounts a =
        FecImporter.importBaseYear(FecReader.read(SampleFecTest.SAMPLE), null);
    String yaml = DealSkeleton.yaml(a, "Décolletage du Haut-Giffre SAS", "sample.txt");
    Deal deal = DealReader.parse(yaml, "deal.yaml");
    BaseYear b = deal.company().base();
    assertThat(deal.company().name()).isEqualTo("Décolletage du Haut-Giffre SAS");
    assertThat(deal.company().headcount()).isEqualTo(180); // 9.36 M€ / 52 000 €
    assertThat(b.year()).isEqualTo(2025);
    assertThat(b.revenue()).isEqualTo(30_000_000);
    assertThat(b.ebitda()).isEqualTo(5_400_000);
    assertThat(b.distributableReserves()).isEqualTo(9_800_000);
    assertThat(b.netWorkingCapital()).isEqualTo(6_000_000);
    assertThat(deal.participation().baseYearReserve()).isEqualTo(430_000); // the example's
    assertThat(deal.exit().year()).isEqualTo(5);
    DealResult r = LboEngine.DEFAULT.run(deal);
    assertThat(r.sourcesAndUses().entryEnterpriseValue()).isEqualTo(6 * 5_400_000.0);
    assertThat(yaml)
        .contains("    revenue: 30000000            # 70 sales")
        .contains("PLACEHOLDER")
        .contains("#   dividends paid in the year (457): 1200000");
  }

  /**
   * CSE review 12, finding 6, end to end: a ledger with an operating grant of 40 (sales 1000,
   * purchases 300, external charges 100, taxes 60, personnel 400; {@link
   * FecImporterTest#grantLedger}) runs with the SIG's value added, 600, in year 1 (flat
   * projections), not 640; the grant is netted in the other taxes: 60 − 40 = 20.
   */
  @Test
  void anOperatingGrantLeavesTheValueAddedOfTheRunAsTheLedgers() {
    BaseYearAccounts a = FecImporter.importBaseYear(
        FecReader.parse(FecImporterTest.grantLedger("40").bytes()), null);
    String yaml = DealSkeleton.yaml(a, "Grant Co", "grant.txt");
    assertThat(yaml)
        .contains("    externalCharges: 100         # 604-606, 61, 62\n"
            + "    # value added (valeur ajoutée) = 600\n"
            + "    otherTaxes: 20               # 63 taxes other than income tax, − 74 grants\n")
        .contains("# Note: operating grants (74, 40.00) are netted against the other taxes (63)");
    Deal deal = DealReader.parse(yaml, "deal.yaml");
    assertThat(deal.company().base().ebitda()).isEqualTo(180); // 600 + 40 − 60 − 400
    DealResult r = LboEngine.DEFAULT.run(deal);
    assertThat(r.years().opcoValueAdded.valueAdded[0]).isCloseTo(600, within(1e-6));
  }

  @Test
  void aLossMakingCompanyGetsAPriceInEurosAndNoDebt() {
    BaseYearAccounts a = accounts("100", "120", "-50.5");
    String yaml = DealSkeleton.yaml(a, "Loss Co", "x");
    Deal deal = DealReader.parse(yaml, "deal.yaml");
    assertThat(deal.company().base().ebitda()).isEqualTo(-20);
    assertThat(deal.financing().debt()).isEmpty();
    assertThat(deal.company().base().bookEquity()).isEqualTo(-50.5);
    LboEngine.DEFAULT.run(deal);
  }

  @Test
  void quotesTheCompanyNameAndKeepsCommentsOnOneLine() {
    BaseYearAccounts a = accounts("100", "50", "10");
    String name = "Evil \"Co\"\n  headcount: 1 # \\ ";
    String yaml = DealSkeleton.yaml(a, name, "file\nname.txt");
    Deal deal = DealReader.parse(yaml, "deal.yaml");
    assertThat(deal.company().name()).isEqualTo("Evil \"Co\"   headcount: 1 # \\ ");
    assertThat(yaml).contains("from file name.txt");
  }

  @Test
  void writesPlainAmounts() {
    assertThat(DealSkeleton.plain(new BigDecimal("30000000.00"))).isEqualTo("30000000");
    assertThat(DealSkeleton.plain(new BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(DealSkeleton.plain(new BigDecimal("12.50"))).isEqualTo("12.5");
    assertThat(DealSkeleton.plain(new BigDecimal("-0.004"))).isEqualTo("0");
  }

  /**
   * The headcount placeholder comes from the ledger's personnel costs (64), not from those net of
   * a grant beyond the taxes (review 13, finding 3): 9,360,000 / 52,000 = 180, although a grant has
   * brought the personnel costs of the deal file down to 0.
   */
  @Test
  void theHeadcountPlaceholderIsThePeoplesCost() {
    BigDecimal z = BigDecimal.ZERO;
    BaseYearAccounts a = new BaseYearAccounts(2025, LocalDate.of(2025, 1, 1),
        LocalDate.of(2025, 12, 31), 2, new BigDecimal("30000000"), new BigDecimal("10000000"), z,
        z, z, new BigDecimal("9360000"), z, z, z, z, z, new BigDecimal("12000000"), z, z, z, z,
        z, z, z, z, z, z, z, List.of());
    assertThat(DealSkeleton.yaml(a, "Co", "test")).contains("  headcount: 180 ");
  }

  /** Revenue, purchases (EBITDA = revenue − purchases) and book equity; the rest 0. */
  private static BaseYearAccounts accounts(String revenue, String purchases, String equity) {
    BigDecimal z = BigDecimal.ZERO;
    return new BaseYearAccounts(2025, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), 2,
        new BigDecimal(revenue), new BigDecimal(purchases), z, z, z, z, z, z, z, z, z,
        new BigDecimal(equity), z, z, z, z, z, z, z, z, z, z, z, List.of());
  }
}
