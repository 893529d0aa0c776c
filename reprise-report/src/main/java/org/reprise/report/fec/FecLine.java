package org.reprise.report.fec;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of a FEC ledger (Fichier des Écritures Comptables), with the columns the importer uses.
 * Amounts are exact decimals in currency units, both 0 or more in the usual case (a negative amount
 * is kept as written).
 *
 * @param line line number in the file (1 = the header)
 * @param journal JournalCode
 * @param journalLabel JournalLib
 * @param entry EcritureNum: with the journal, identifies the entry the line belongs to
 * @param date EcritureDate
 * @param account CompteNum, a chart-of-accounts (PCG) number such as {@code 411000}
 * @param accountLabel CompteLib
 * @param debit Debit
 * @param credit Credit
 */
public record FecLine(
    int line,
    String journal,
    String journalLabel,
    String entry,
    LocalDate date,
    String account,
    String accountLabel,
    BigDecimal debit,
    BigDecimal credit) {

  /** @return debit − credit: positive for a debit balance */
  public BigDecimal balance() {
    return debit.subtract(credit);
  }
}
