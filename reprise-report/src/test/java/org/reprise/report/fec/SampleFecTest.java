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
    // what the example does not say, the ledger does
    assertThat(a.distributableReserves()).isEqualByComparingTo("9800000"); // 1068 + result
    assertThat(a.participation()).isEqualByComparingTo("250000");
    assertThat(a.incomeTax()).isEqualByComparingTo("882500");
    assertThat(a.netResult()).isEqualByComparingTo("2647500");
    assertThat(a.dividendsPaid()).isEqualByComparingTo("1200000");
    assertThat(a.financialCharges()).isEqualByComparingTo("120000");
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
