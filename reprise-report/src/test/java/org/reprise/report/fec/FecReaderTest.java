package org.reprise.report.fec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FecReaderTest {

  private static final Charset LATIN_9 = Charset.forName("ISO-8859-15");

  /** Two balanced entries: a sale of 1 000 + 200 VAT, and its payment. Totals 2 400,00. */
  private static FecText sale(FecText f) {
    return f.line("VE", "1", "20250131", "411000", "1200,00", "0,00")
        .line("VE", "1", "20250131", "701000", "0,00", "1000,00")
        .line("VE", "1", "20250131", "445710", "0,00", "200,00")
        .line("BQ", "1", "20250215", "512000", "1200,00", "0,00")
        .line("BQ", "1", "20250215", "411000", "0,00", "1200,00");
  }

  @Test
  void readsATabSeparatedLedger() {
    Ledger l = FecReader.parse(sale(FecText.tab()).bytes());
    assertThat(l.lines()).hasSize(5);
    assertThat(l.separator()).isEqualTo('\t');
    assertThat(l.encoding()).isEqualTo("UTF-8");
    assertThat(l.amountAndDirection()).isFalse();
    assertThat(l.totalDebit()).isEqualByComparingTo("2400.00");
    assertThat(l.totalCredit()).isEqualByComparingTo("2400.00");
    FecLine first = l.lines().get(0);
    assertThat(first.line()).isEqualTo(2);
    assertThat(first.journal()).isEqualTo("VE");
    assertThat(first.entry()).isEqualTo("1");
    assertThat(first.date()).isEqualTo(LocalDate.of(2025, 1, 31));
    assertThat(first.account()).isEqualTo("411000");
    assertThat(first.debit()).isEqualByComparingTo("1200");
    assertThat(first.balance()).isEqualByComparingTo("1200");
    assertThat(l.firstDate()).isEqualTo(LocalDate.of(2025, 1, 31));
    assertThat(l.lastDate()).isEqualTo(LocalDate.of(2025, 2, 15));
  }

  @Test
  void readsAPipeSeparatedLedgerTheSameWay() {
    Ledger tab = FecReader.parse(sale(FecText.tab()).bytes());
    Ledger pipe = FecReader.parse(sale(FecText.pipe()).bytes());
    assertThat(pipe.separator()).isEqualTo('|');
    assertThat(pipe.lines()).isEqualTo(tab.lines());
  }

  @Test
  void readsUtf8AndIso885915Alike() {
    FecText f = FecText.tab()
        .line("VE", "1", "20250131", "411000", "Clients - Décolletage €", "12,50", "")
        .line("VE", "1", "20250131", "701000", "Ventes de pièces décolletées", "", "12,50");
    Ledger utf8 = FecReader.parse(f.bytes(StandardCharsets.UTF_8));
    Ledger latin = FecReader.parse(f.bytes(LATIN_9));
    assertThat(utf8.encoding()).isEqualTo("UTF-8");
    assertThat(latin.encoding()).isEqualTo("ISO-8859-15");
    assertThat(latin.lines()).isEqualTo(utf8.lines());
    assertThat(latin.lines().get(0).accountLabel()).isEqualTo("Clients - Décolletage €");
  }

  @Test
  void skipsAByteOrderMarkAndAcceptsCrLfAndATrailingSeparator() {
    String text = "\uFEFF" + sale(FecText.tab()).text().replace("\n", "\t\r\n");
    Ledger l = FecReader.parse(text.getBytes(StandardCharsets.UTF_8));
    assertThat(l.lines()).hasSize(5);
    assertThat(l.lines().get(0).journal()).isEqualTo("VE");
  }

  @Test
  void acceptsCommaAndDotDecimalsAndEmptyAmounts() {
    Ledger l = FecReader.parse(FecText.tab()
        .line("OD", "7", "20251231", "606100", "10.25", "")
        .line("OD", "7", "20251231", "606200", "0,75", "0")
        .line("OD", "7", "20251231", "401000", "", "11")
        .bytes());
    assertThat(l.lines()).extracting(FecLine::debit)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("10.25"), new BigDecimal("0.75"), BigDecimal.ZERO);
    assertThat(l.totalCredit()).isEqualByComparingTo("11");
  }

  @Test
  void readsTheMontantAndSensVariant() {
    String header = String.join("\t", List.of(FecText.COLUMNS)).replace("Debit\tCredit",
        "Montant\tSens");
    String text = header + "\n"
        + "VE\tVentes\t1\t20250131\t411000\tClients\t\t\t\t20250131\tF1\t1200,00\tD\t\t\t\t\t\n"
        + "VE\tVentes\t1\t20250131\t701000\tVentes\t\t\t\t20250131\tF1\t1000,00\tC\t\t\t\t\t\n"
        + "VE\tVentes\t1\t20250131\t445710\tTVA\t\t\t\t20250131\tF1\t200,00\t-1\t\t\t\t\t\n";
    Ledger l = FecReader.parse(text.getBytes(StandardCharsets.UTF_8));
    assertThat(l.amountAndDirection()).isTrue();
    assertThat(l.lines().get(0).debit()).isEqualByComparingTo("1200");
    assertThat(l.lines().get(1).credit()).isEqualByComparingTo("1000");
    assertThat(l.lines().get(2).credit()).isEqualByComparingTo("200");
    assertThat(l.totalDebit()).isEqualByComparingTo("1200");
  }

  @Test
  void reportsEveryMalformedLineWithItsNumber() {
    byte[] data = FecText.tab()
        .line("VE", "1", "20250131", "411000", "100,00", "0,00") // line 2: fine
        .raw("VE\tVentes\t1\t20250131\t701000") // line 3: 5 fields
        .line("VE", "1", "20251331", "701000", "0,00", "100,00") // line 4: month 13
        .line("VE", "2", "20250131", "411000", "1 000,00", "0,00") // line 5: thousands separator
        .line("VE", "2", "20250131", "ABC", "0,00", "1000,00") // line 6: no account number
        .raw("") // line 7: blank, ignored
        .line("VE", "3", "20250131", "512000", "12,5,0", "") // line 8: bad amount
        .bytes();
    FecException e = catchThrowableOfType(FecException.class, () -> FecReader.parse(data));
    assertThat(e.problems()).extracting(FecProblem::line).containsExactly(3, 4, 5, 6, 8);
    assertThat(e.getMessage())
        .startsWith("5 problems in the ledger:")
        .contains("line 3: expected 18 fields separated by tabs, found 5")
        .contains("line 4: EcritureDate: expected a date AAAAMMJJ, found \"20251331\"")
        .contains("line 5: Debit: expected an amount such as 1234,56 (no thousands separator), "
            + "found \"1 000,00\"")
        .contains("line 6: CompteNum: expected an account number")
        .contains("line 8: Debit:");
  }

  @Test
  void oneProblemIsOneLine() {
    byte[] data = FecText.pipe().line("VE", "1", "2025-01-31", "411000", "1", "1").bytes();
    assertThatThrownBy(() -> FecReader.parse(data))
        .isInstanceOf(FecException.class)
        .hasMessage("line 2: EcritureDate: expected a date AAAAMMJJ, found \"2025-01-31\"");
  }

  @Test
  void anUnbalancedEntryAndLedgerShowTheDifference() {
    byte[] data = sale(FecText.tab())
        .line("OD", "9", "20250331", "606100", "100,00", "")
        .line("OD", "9", "20250331", "401000", "", "99,99")
        .bytes();
    FecException e = catchThrowableOfType(FecException.class, () -> FecReader.parse(data));
    assertThat(e.problems()).hasSize(2);
    assertThat(e.problems().get(0).line()).isEqualTo(7);
    assertThat(e.problems().get(0).message())
        .isEqualTo("entry \"9\" of journal \"OD\" does not balance: debit 100.00, credit 99.99, "
            + "difference 0.01");
    assertThat(e.problems().get(1).toString())
        .isEqualTo("the ledger does not balance: total debit 2500.00, total credit 2499.99, "
            + "difference 0.01");
  }

  @Test
  void entriesAreTellApartByJournalAndNumber() {
    // the same number in two journals: each entry must balance on its own
    byte[] data = FecText.tab()
        .line("VE", "1", "20250131", "411000", "10", "")
        .line("AC", "1", "20250131", "401000", "", "10")
        .bytes();
    FecException e = catchThrowableOfType(FecException.class, () -> FecReader.parse(data));
    assertThat(e.problems()).extracting(FecProblem::line).containsExactly(2, 3);
  }

  @Test
  void refusesAFileWithoutAHeader() {
    assertThatThrownBy(() -> FecReader.parse(new byte[0]))
        .isInstanceOf(FecException.class)
        .hasMessageStartingWith("the file is empty");
    assertThatThrownBy(() -> FecReader.parse("hello world\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(FecException.class)
        .hasMessageStartingWith("line 1: expected the FEC header");
    assertThatThrownBy(
            () -> FecReader.parse("JournalCode\tDebit\tCredit\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(FecException.class)
        .hasMessageEndingWith("missing: EcritureNum, EcritureDate, CompteNum");
    assertThatThrownBy(() -> FecReader.parse(FecText.tab().bytes()))
        .isInstanceOf(FecException.class)
        .hasMessage("the ledger has a header but no lines");
  }

  @Test
  void listsAtMostTwentyProblems() {
    FecText f = FecText.tab();
    for (int i = 0; i < 30; i++) {
      f.raw("bad");
    }
    FecException e = catchThrowableOfType(FecException.class, () -> FecReader.parse(f.bytes()));
    assertThat(e.problems()).hasSize(30);
    assertThat(e.getMessage()).endsWith("... and 10 more").contains("line 21:")
        .doesNotContain("line 22:");
  }

  @Test
  void quotesFieldsSafely() {
    assertThat(FecReader.quote("a\u0007b")).isEqualTo("\"a?b\"");
    assertThat(FecReader.quote("x".repeat(50))).isEqualTo("\"" + "x".repeat(40) + "...\"");
    assertThat(FecReader.split(" \"a\" |b| ", '|')).containsExactly("a", "b", "");
  }
}
