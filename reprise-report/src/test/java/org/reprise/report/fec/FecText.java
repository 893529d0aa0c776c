package org.reprise.report.fec;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Builds small FEC texts for tests: 18 columns, tab or pipe separated. */
final class FecText {

  static final String[] COLUMNS = {
    "JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum", "CompteLib",
    "CompAuxNum", "CompAuxLib", "PieceRef", "PieceDate", "EcritureLib", "Debit", "Credit",
    "EcritureLet", "DateLet", "ValidDate", "Montantdevise", "Idevise"
  };

  private final String sep;
  private final StringBuilder b = new StringBuilder();

  private FecText(String sep) {
    this.sep = sep;
    b.append(String.join(sep, COLUMNS)).append('\n');
  }

  static FecText tab() {
    return new FecText("\t");
  }

  static FecText pipe() {
    return new FecText("|");
  }

  /** Adds one line of entry {@code num} of journal {@code journal}. */
  FecText line(String journal, String num, String date, String account, String debit,
      String credit) {
    return line(journal, num, date, account, "Compte " + account, debit, credit);
  }

  FecText line(String journal, String num, String date, String account, String label,
      String debit, String credit) {
    String[] f = {
      journal, journal.equals("AN") ? "A nouveaux" : "Journal " + journal, num, date, account,
      label, "", "", "P" + num, date, "Ecriture " + num, debit, credit, "", "", date, "", ""
    };
    b.append(String.join(sep, f)).append('\n');
    return this;
  }

  /** Adds a raw line. */
  FecText raw(String line) {
    b.append(line).append('\n');
    return this;
  }

  String text() {
    return b.toString();
  }

  byte[] bytes() {
    return bytes(StandardCharsets.UTF_8);
  }

  byte[] bytes(Charset cs) {
    return b.toString().getBytes(cs);
  }
}
