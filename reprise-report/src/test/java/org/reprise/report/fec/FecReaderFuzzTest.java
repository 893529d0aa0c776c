package org.reprise.report.fec;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the FEC parser and the importer: for any bytes, either a balanced ledger comes out, or a
 * {@link FecException} with at least one problem; never another exception. Without {@code
 * JAZZER_FUZZ=1} the test replays the seeds in {@code FecReaderFuzzTestInputs/} (regression mode);
 * with it, it fuzzes for {@code maxDuration}. A crash input found by fuzzing belongs in that
 * directory, to stay a regression test.
 */
class FecReaderFuzzTest {

  @FuzzTest(maxDuration = "30s")
  void anyBytesGiveALedgerOrProblems(byte[] data) {
    Ledger ledger;
    try {
      ledger = FecReader.parse(data);
    } catch (FecException e) {
      assertThat(e.problems()).isNotEmpty();
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    assertThat(ledger.lines()).isNotEmpty();
    assertThat(ledger.totalDebit()).isEqualByComparingTo(ledger.totalCredit());
    try {
      BaseYearAccounts a = FecImporter.importBaseYear(ledger, null);
      assertThat(a.purchases().signum()).isGreaterThanOrEqualTo(0);
      assertThat(a.externalCharges().signum()).isGreaterThanOrEqualTo(0);
      assertThat(a.cash().signum()).isGreaterThanOrEqualTo(0);
      assertThat(a.financialDebt().signum()).isGreaterThanOrEqualTo(0);
      DealSkeleton.yaml(a, "Fuzz", "fuzz");
    } catch (FecException e) {
      assertThat(e.problems()).isNotEmpty();
    }
  }
}
