package org.reprise.report.fec;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A FEC ledger that was read without problems: every line well formed, every entry balanced, total
 * debit = total credit.
 *
 * @param lines the ledger lines, in file order
 * @param encoding the encoding detected: {@code UTF-8} or {@code ISO-8859-15}
 * @param separator the field separator: tab or {@code |}
 * @param amountAndDirection true for the variant with Montant and Sens instead of Debit and Credit
 * @param totalDebit sum of the debits
 * @param totalCredit sum of the credits (equal to the debits)
 */
public record Ledger(
    List<FecLine> lines,
    String encoding,
    char separator,
    boolean amountAndDirection,
    BigDecimal totalDebit,
    BigDecimal totalCredit) {

  public Ledger {
    lines = List.copyOf(lines);
  }

  /** @return the earliest entry date, or {@code null} for an empty ledger */
  public LocalDate firstDate() {
    LocalDate first = null;
    for (FecLine l : lines) {
      if (first == null || l.date().isBefore(first)) {
        first = l.date();
      }
    }
    return first;
  }

  /** @return the latest entry date, or {@code null} for an empty ledger */
  public LocalDate lastDate() {
    LocalDate last = null;
    for (FecLine l : lines) {
      if (last == null || l.date().isAfter(last)) {
        last = l.date();
      }
    }
    return last;
  }
}
