package org.reprise.report.fec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.reprise.io.DealReader;
import org.reprise.model.BaseYear;

/** The sample ledger of the factory is this generator's output and gives the example's base year. */
class SampleFecTest {

  static final Path SAMPLE = Path.of("..", "examples", "fec", SampleFec.FILE_NAME);
  static final Path FACTORY = Path.of("..", "examples", "decolletage-secondary-lbo.yaml");

  @Test
  void theCommittedSampleIsTheGeneratorsOutput() throws IOException {
    assertThat(Files.readString(SAMPLE, StandardCharsets.UTF_8))
        .as("regenerate it: java -cp target/test-classes:target/classes "
            + "org.reprise.report.fec.SampleFec")
        .isEqualTo(SampleFec.generate());
    assertThat(Files.size(SAMPLE)).isLessThan(1_000_000);
  }

  @Test
  void importingTheSampleGivesTheFactorysBaseYear() throws IOException {
    BaseYear expected = DealReader.read(FACTORY).company().base();
    BaseYearAccounts a = FecImporter.importBaseYear(FecReader.read(SAMPLE), null);
    assertThat(a.year()).isEqualTo(expected.year());
    assertThat(a.revenue().doubleValue()).isEqualTo(expected.revenue());
    assertThat(a.purchases().doubleValue()).isEqualTo(expected.purchases());
    assertThat(a.externalCharges().doubleValue()).isEqualTo(expected.externalCharges());
    assertThat(a.otherTaxes().doubleValue()).isEqualTo(expected.otherTaxes());
    assertThat(a.personnelCosts().doubleValue()).isEqualTo(expected.personnelCosts());
    assertThat(a.ebitda().doubleValue()).isEqualTo(expected.ebitda());
    assertThat(a.depreciation().doubleValue()).isEqualTo(expected.depreciation());
    assertThat(a.capex().doubleValue()).isEqualTo(expected.capex());
    assertThat(a.netWorkingCapital().doubleValue()).isEqualTo(expected.netWorkingCapital());
    assertThat(a.cash().doubleValue()).isEqualTo(expected.cash());
    assertThat(a.financialDebt().doubleValue()).isEqualTo(expected.financialDebt());
    assertThat(a.bookEquity().doubleValue()).isEqualTo(expected.bookEquity());
    // the participation of 2025 is the example's (691; its forfait social is in 645)
    assertThat(a.participation().doubleValue())
        .isEqualTo(DealReader.read(FACTORY).participation().baseYearReserve());
    // what the example does not say, the ledger does
    assertThat(a.distributableReserves()).isEqualByComparingTo("9800000"); // 1068 + result
    // 25 % of 3,263,600 = 815,900, and 3.3 % of (815,900 − 763,000) = 1,746 (art. 235 ter ZC)
    assertThat(a.incomeTax()).isEqualByComparingTo("817646");
    // 3,780,000 before tax − participation 430,000 − tax 817,646
    assertThat(a.netResult()).isEqualByComparingTo("2532354");
    assertThat(a.dividendsPaid()).isEqualByComparingTo("1200000");
    assertThat(a.financialCharges()).isEqualByComparingTo("120000");
  }

  /**
   * The ledger is consistent with itself: its participation is the legal one on its own figures
   * (C. trav. L3324-1, rounded up to the thousand: at least the legal amount), its forfait social
   * is 20 % of it, and its tax is 25 % of the taxable profit plus the 3.3 % social contribution.
   */
  @Test
  void theParticipationForfaitSocialAndTaxFollowTheRules() throws IOException {
    Ledger l = FecReader.read(SAMPLE);
    double legal = SampleFec.legalReserve();
    assertThat(legal).isCloseTo(429_869.3, org.assertj.core.api.Assertions.within(0.1));
    assertThat(SampleFec.PARTICIPATION / 100.0).isEqualTo(Math.ceil(legal / 1000) * 1000);
    assertThat(movement(l, "691")).isEqualTo(430_000_00L);
    assertThat(movement(l, "6458")).isEqualTo(86_000_00L); // forfait social, 20 %
    assertThat(-closing(l, "4386")).isEqualTo(86_000_00L); // due to the URSSAF in 2026
    assertThat(-closing(l, "424")).isEqualTo(430_000_00L); // due to the employees in 2026
    assertThat(movement(l, "6951")).isEqualTo(1_746_00L);
    assertThat(movement(l, "695")).isEqualTo(817_646_00L);
    assertThat(SampleFec.TAXABLE).isEqualTo(3_263_600_00L);
  }

  /** @return the year's debit − credit of the accounts under {@code prefix}, cents, outside AN */
  private static long movement(Ledger l, String prefix) {
    long s = 0;
    for (FecLine x : l.lines()) {
      if (x.account().startsWith(prefix) && !x.journal().equals("AN")) {
        s += x.debit().subtract(x.credit()).movePointRight(2).longValueExact();
      }
    }
    return s;
  }

  /** @return the closing balance (debit − credit) of the accounts under {@code prefix}, cents */
  private static long closing(Ledger l, String prefix) {
    long s = 0;
    for (FecLine x : l.lines()) {
      if (x.account().startsWith(prefix)) {
        s += x.debit().subtract(x.credit()).movePointRight(2).longValueExact();
      }
    }
    return s;
  }

  @Test
  void theSampleReadsTheSameInIso885915AndWithPipes() throws IOException {
    String text = Files.readString(SAMPLE, StandardCharsets.UTF_8);
    Ledger utf8 = FecReader.parse(text.getBytes(StandardCharsets.UTF_8));
    Ledger latin = FecReader.parse(text.getBytes(Charset.forName("ISO-8859-15")));
    Ledger pipes = FecReader.parse(text.replace('\t', '|').getBytes(StandardCharsets.UTF_8));
    assertThat(latin.encoding()).isEqualTo("ISO-8859-15");
    assertThat(latin.lines()).isEqualTo(utf8.lines());
    assertThat(pipes.lines()).isEqualTo(utf8.lines());
    assertThat(FecImporter.importBaseYear(latin, 2025))
        .isEqualTo(FecImporter.importBaseYear(utf8, null));
  }
}
