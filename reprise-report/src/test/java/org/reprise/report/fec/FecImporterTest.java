package org.reprise.report.fec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FecImporterTest {

  /**
   * A hand-built ledger touching every mapped class; the expected figures are worked out by hand
   * in the comments (debit − credit per account).
   */
  static final FecText LEDGER = FecText.tab();

  static {
    String an = "20250101";
    String d = "20250615";
    LEDGER
        // opening entry: D 4950 = C 4950
        .line("AN", "1", an, "101000", "", "1000").line("AN", "1", an, "106800", "", "500")
        .line("AN", "1", an, "120000", "", "300").line("AN", "1", an, "164000", "", "2000")
        .line("AN", "1", an, "215400", "3000", "").line("AN", "1", an, "281540", "", "800")
        .line("AN", "1", an, "310000", "400", "").line("AN", "1", an, "411000", "600", "")
        .line("AN", "1", an, "401000", "", "350").line("AN", "1", an, "512000", "950", "")
        // sales 1000 + 60 − 10 (rebate) = 1050
        .line("VE", "1", d, "411000", "1200", "").line("VE", "1", d, "701000", "", "1000")
        .line("VE", "1", d, "445710", "", "200")
        .line("VE", "2", d, "411000", "60", "").line("VE", "2", d, "709000", "10", "")
        .line("VE", "2", d, "706000", "", "60").line("VE", "2", d, "445710", "", "10")
        // purchases 300, external 50 + 40 + 10
        .line("AC", "1", d, "601000", "300", "").line("AC", "1", d, "606100", "50", "")
        .line("AC", "1", d, "611000", "40", "").line("AC", "1", d, "622600", "10", "")
        .line("AC", "1", d, "445660", "80", "").line("AC", "1", d, "401000", "", "480")
        // stocks: 400 → 450 (603 = −50); production stockée 20; immobilisée 15; grant 5
        .line("OD", "1", d, "603100", "400", "").line("OD", "1", d, "310000", "", "400")
        .line("OD", "2", d, "310000", "450", "").line("OD", "2", d, "603100", "", "450")
        .line("OD", "3", d, "355000", "20", "").line("OD", "3", d, "713500", "", "20")
        .line("OD", "4", d, "215400", "15", "").line("OD", "4", d, "720000", "", "15")
        .line("OD", "5", d, "512000", "5", "").line("OD", "5", d, "740000", "", "5")
        // taxes 12, personnel 200 + 90, depreciation 100
        .line("OD", "6", d, "635110", "12", "").line("OD", "6", d, "512000", "", "12")
        .line("SA", "1", d, "641000", "200", "").line("SA", "1", d, "421000", "", "160")
        .line("SA", "1", d, "431000", "", "40")
        .line("SA", "2", d, "645000", "90", "").line("SA", "2", d, "431000", "", "90")
        .line("OD", "7", d, "681120", "100", "").line("OD", "7", d, "281540", "", "100")
        // capex 250, and 30 through fixed assets in progress (23 → 21): 15 + 250 + 30 = 295
        .line("OD", "8", d, "215400", "250", "").line("OD", "8", d, "404000", "", "250")
        .line("OD", "9", d, "231000", "30", "").line("OD", "9", d, "404000", "", "30")
        .line("OD", "10", d, "215400", "30", "").line("OD", "10", d, "231000", "", "30")
        // loan repayment 200 and interest 20; overdraft 519 of 70
        .line("BQ", "1", d, "164000", "200", "").line("BQ", "1", d, "661100", "20", "")
        .line("BQ", "1", d, "512000", "", "220")
        .line("BQ", "2", d, "512000", "70", "").line("BQ", "2", d, "519000", "", "70")
        // participation 8, income tax 25
        .line("OD", "11", d, "691000", "8", "").line("OD", "11", d, "424000", "", "8")
        .line("OD", "12", d, "695000", "25", "").line("OD", "12", d, "444000", "", "25")
        // other operating income 3 and charges 2, financial income 1, exceptional 6 − 4
        .line("BQ", "3", d, "512000", "3", "").line("BQ", "3", d, "758000", "", "3")
        .line("BQ", "4", d, "658000", "2", "").line("BQ", "4", d, "512000", "", "2")
        .line("BQ", "5", d, "512000", "1", "").line("BQ", "5", d, "768000", "", "1")
        .line("BQ", "6", d, "671000", "4", "").line("BQ", "6", d, "512000", "", "4")
        .line("BQ", "7", d, "512000", "6", "").line("BQ", "7", d, "775000", "", "6")
        // shareholder's current account 100; 2024 result: 100 to reserves, 200 paid out
        .line("BQ", "8", d, "512000", "100", "").line("BQ", "8", d, "455000", "", "100")
        .line("OD", "13", d, "120000", "300", "").line("OD", "13", d, "106800", "", "100")
        .line("OD", "13", d, "457000", "", "200")
        .line("BQ", "9", d, "457000", "200", "").line("BQ", "9", d, "512000", "", "200")
        // petty cash 10; a second bank account overdrawn by 30 (a debt)
        .line("BQ", "10", d, "531000", "10", "").line("BQ", "10", d, "512000", "", "10")
        .line("BQ", "11", d, "401000", "30", "").line("BQ", "11", d, "512200", "", "30");
  }

  @Test
  void mapsEveryClassAsDocumented() {
    BaseYearAccounts a = FecImporter.importBaseYear(FecReader.parse(LEDGER.bytes()), null);
    assertThat(a.year()).isEqualTo(2025);
    assertThat(a.firstDate()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(a.lastDate()).isEqualTo(LocalDate.of(2025, 6, 15));
    assertThat(a.revenue()).isEqualByComparingTo("1050");
    assertThat(a.purchases()).isEqualByComparingTo("215"); // 300 − 50 − 20 − 15
    assertThat(a.externalCharges()).isEqualByComparingTo("100"); // 50 + 40 + 10
    assertThat(a.otherTaxes()).isEqualByComparingTo("7"); // 12 − 5 (grant)
    assertThat(a.personnelCosts()).isEqualByComparingTo("290");
    assertThat(a.ebitda()).isEqualByComparingTo("438");
    assertThat(a.depreciation()).isEqualByComparingTo("100");
    assertThat(a.capex()).isEqualByComparingTo("295");
    // 3: 450 + 20; 40: −800 − 280; 41: 1860; 42: −168; 43: −130; 44: −155
    assertThat(a.netWorkingCapital()).isEqualByComparingTo("797");
    assertThat(a.cash()).isEqualByComparingTo("697"); // 512: 687, 531: 10
    assertThat(a.financialDebt()).isEqualByComparingTo("1900"); // 164: 1800, 519: 70, 5122: 30
    assertThat(a.netResult()).isEqualByComparingTo("289"); // 1100 − 811
    assertThat(a.bookEquity()).isEqualByComparingTo("1889"); // 1000 + 600 + 289
    assertThat(a.distributableReserves()).isEqualByComparingTo("889"); // 600 + 289
    assertThat(a.participation()).isEqualByComparingTo("8");
    assertThat(a.financialCharges()).isEqualByComparingTo("20");
    assertThat(a.financialIncome()).isEqualByComparingTo("1");
    assertThat(a.incomeTax()).isEqualByComparingTo("25");
    assertThat(a.otherOperatingIncome()).isEqualByComparingTo("3");
    assertThat(a.otherOperatingCharges()).isEqualByComparingTo("2");
    assertThat(a.exceptionalResult()).isEqualByComparingTo("2");
    assertThat(a.dividendsPaid()).isEqualByComparingTo("200");
    assertThat(a.shareholderAccounts()).isEqualByComparingTo("100");
    assertThat(a.notes())
        .anyMatch(n -> n.startsWith("production stockée (71, 20.00) and production immobilisée "
            + "(72, 15.00)"))
        .anyMatch(n -> n.startsWith("operating grants (74, 5.00)"))
        .anyMatch(n -> n.startsWith("class-5 accounts in overdraft (30.00)"));
  }

  /**
   * CSE review 12, finding 6: an operating grant (74) comes between the value added and the EBE in
   * the soldes intermédiaires de gestion, so it must not raise the value added.
   *
   * <pre>
   *   sales 1000; purchases 300; external charges 100; grant 40; taxes 60; personnel 400
   *   SIG: VA  = 1000 − 300 − 100          = 600
   *        EBE = VA + 40 − 60 − 400        = 180
   *   model: otherTaxes = 60 − 40 = 20;  VA = 1000 − 300 − 100 = 600
   *          EBITDA = 600 − 20 − 400       = 180
   * </pre>
   */
  @Test
  void anOperatingGrantStaysBelowTheValueAdded() {
    BaseYearAccounts a = FecImporter.importBaseYear(FecReader.parse(grantLedger("40").bytes()), null);
    assertThat(a.revenue()).isEqualByComparingTo("1000");
    assertThat(a.purchases()).isEqualByComparingTo("300");
    assertThat(a.externalCharges()).isEqualByComparingTo("100");
    assertThat(a.valueAdded()).isEqualByComparingTo("600"); // the SIG's, not 640
    assertThat(a.otherTaxes()).isEqualByComparingTo("20"); // 60 − 40
    assertThat(a.personnelCosts()).isEqualByComparingTo("400");
    assertThat(a.ebitda()).isEqualByComparingTo("180"); // 600 + 40 − 60 − 400
    assertThat(a.notes()).containsExactly(
        "operating grants (74, 40.00) are netted against the other taxes (63): like them they"
            + " come below the value added (SIG: EBE = VA + 74 − 63 − 64), which stays the"
            + " ledger's");
  }

  /**
   * A grant larger than the taxes: the rest reduces the personnel costs, the other line between
   * the value added and the EBE.
   *
   * <pre>
   *   grant 100, taxes 60: otherTaxes 0; personnel 400 − (100 − 60) = 360
   *   VA = 600 (the SIG's);  EBITDA = 600 − 0 − 360 = 240 = 600 + 100 − 60 − 400
   * </pre>
   */
  @Test
  void aGrantAboveTheTaxesReducesThePersonnelCosts() {
    BaseYearAccounts a =
        FecImporter.importBaseYear(FecReader.parse(grantLedger("100").bytes()), null);
    assertThat(a.valueAdded()).isEqualByComparingTo("600");
    assertThat(a.otherTaxes()).isEqualByComparingTo("0");
    assertThat(a.personnelCosts()).isEqualByComparingTo("360");
    assertThat(a.ledgerPersonnelCosts()).isEqualByComparingTo("400"); // the 64 itself
    assertThat(a.ebitda()).isEqualByComparingTo("240");
    assertThat(a.notes()).hasSize(2).last().asString()
        .startsWith("the operating grants exceed the other taxes (63, 60.00): the rest (40.00) is"
            + " deducted from the personnel costs (64)");
  }

  /** A grant above the taxes and the personnel costs together: the rest goes to the revenue. */
  @Test
  void aGrantAboveTaxesAndPersonnelKeepsTheEbitda() {
    BaseYearAccounts a =
        FecImporter.importBaseYear(FecReader.parse(grantLedger("500").bytes()), null);
    assertThat(a.otherTaxes()).isEqualByComparingTo("0");
    assertThat(a.personnelCosts()).isEqualByComparingTo("0");
    assertThat(a.revenue()).isEqualByComparingTo("1040"); // 1000 + (500 − 60 − 400)
    assertThat(a.ebitda()).isEqualByComparingTo("640"); // 600 + 500 − 60 − 400
    assertThat(a.notes()).last().asString()
        .startsWith("personnel costs came out negative (-40.00): set to 0")
        .endsWith("(the grants beyond the taxes and the personnel costs)");
    // no note says the value added stays the ledger's: it does not (review 14, finding 5)
    assertThat(a.notes()).first().asString()
        .contains("the value added is higher than the ledger's")
        .doesNotContain("stays the ledger's");
    assertThat(String.join("\n", a.notes())).doesNotContain("stays the ledger's");
  }

  /** Sales 1000, purchases 300, external charges 100, taxes 60, personnel 400 and a grant. */
  static FecText grantLedger(String grant) {
    String d = "20250630";
    return FecText.tab()
        .line("VE", "1", d, "411000", "1000", "").line("VE", "1", d, "706000", "", "1000")
        .line("AC", "1", d, "601000", "300", "").line("AC", "1", d, "613200", "100", "")
        .line("AC", "1", d, "401000", "", "400")
        .line("OD", "1", d, "635100", "60", "").line("OD", "1", d, "447000", "", "60")
        .line("SA", "1", d, "641000", "400", "").line("SA", "1", d, "421000", "", "400")
        .line("BQ", "1", d, "512000", grant, "").line("BQ", "1", d, "740000", "", grant);
  }

  @Test
  void theResultClosedInto12GivesTheSameFigures() {
    // closing entries that move the result to 12 leave the book equity unchanged
    FecText f = FecText.tab()
        .line("AN", "1", "20250101", "101000", "", "100")
        .line("AN", "1", "20250101", "512000", "100", "")
        .line("VE", "1", "20250301", "512000", "50", "")
        .line("VE", "1", "20250301", "706000", "", "50");
    BaseYearAccounts open = FecImporter.importBaseYear(FecReader.parse(f.bytes()), null);
    f.line("CL", "1", "20251231", "706000", "50", "").line("CL", "1", "20251231", "120000", "",
        "50");
    BaseYearAccounts closed = FecImporter.importBaseYear(FecReader.parse(f.bytes()), null);
    assertThat(open.bookEquity()).isEqualByComparingTo("150");
    assertThat(closed.bookEquity()).isEqualByComparingTo("150");
    assertThat(closed.distributableReserves()).isEqualByComparingTo("50");
    // the closing entry is left out of the year's flows: the revenue is still there
    assertThat(closed.revenue()).isEqualByComparingTo("50");
    assertThat(closed.netResult()).isEqualByComparingTo("50");
  }

  @Test
  void selectsTheEntriesOfOneYear() {
    Ledger l = FecReader.parse(FecText.tab()
        .line("VE", "1", "20241231", "411000", "100", "").line("VE", "1", "20241231", "706000",
            "", "100")
        .line("VE", "2", "20250131", "411000", "40", "").line("VE", "2", "20250131", "706000",
            "", "40")
        .bytes());
    assertThat(FecImporter.importBaseYear(l, null).revenue()).isEqualByComparingTo("140");
    assertThat(FecImporter.importBaseYear(l, null).year()).isEqualTo(2025);
    BaseYearAccounts y2024 = FecImporter.importBaseYear(l, 2024);
    assertThat(y2024.year()).isEqualTo(2024);
    assertThat(y2024.revenue()).isEqualByComparingTo("100");
    assertThat(y2024.lines()).isEqualTo(2);
    assertThatThrownBy(() -> FecImporter.importBaseYear(l, 2023))
        .isInstanceOf(FecException.class)
        .hasMessage("no entry is dated in 2023: the ledger runs from 2024-12-31 to 2025-01-31");
  }

  @Test
  void negativeCostLinesAreMovedToTheRevenue() {
    // a big production stockée makes the purchases negative: EBITDA is kept
    Ledger l = FecReader.parse(FecText.tab()
        .line("VE", "1", "20250131", "411000", "100", "").line("VE", "1", "20250131", "706000",
            "", "100")
        .line("OD", "1", "20250131", "601000", "10", "").line("OD", "1", "20250131", "401000",
            "", "10")
        .line("OD", "2", "20250131", "355000", "30", "").line("OD", "2", "20250131", "713500",
            "", "30")
        .bytes());
    BaseYearAccounts a = FecImporter.importBaseYear(l, null);
    assertThat(a.purchases()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(a.revenue()).isEqualByComparingTo("120");
    assertThat(a.ebitda()).isEqualByComparingTo("120");
    assertThat(a.notes()).anyMatch(n -> n.startsWith("purchases came out negative (-20.00)"));
  }

  @Test
  void recognisesOpeningEntries() {
    FecLine an = new FecLine(2, "XX", "Journal des à-nouveaux", "1", LocalDate.of(2025, 1, 1),
        "215400", "", BigDecimal.TEN, BigDecimal.ZERO);
    FecLine ran = new FecLine(2, "ran", "", "1", LocalDate.of(2025, 1, 1), "215400", "",
        BigDecimal.TEN, BigDecimal.ZERO);
    FecLine od = new FecLine(2, "OD", "Opérations diverses", "1", LocalDate.of(2025, 1, 1),
        "215400", "", BigDecimal.TEN, BigDecimal.ZERO);
    assertThat(FecImporter.isOpening(an)).isTrue();
    assertThat(FecImporter.isOpening(ran)).isTrue();
    assertThat(FecImporter.isOpening(od)).isFalse();
  }
}
