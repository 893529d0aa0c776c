package org.reprise.report.fec;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a FEC ledger (Fichier des Écritures Comptables, LPF art. L47 A, A47 A-1; structure in
 * BOI-CF-IOR-60-40): a text file whose first line names the columns and whose other lines are the
 * ledger lines.
 *
 * <ul>
 *   <li>Encoding: UTF-8 when the bytes are valid UTF-8 (a byte-order mark is skipped), otherwise
 *       ISO-8859-15.
 *   <li>Separator: a tab, or {@code |}, whichever the header uses.
 *   <li>Columns are found by their names in the header (any case): the 18 standard columns, or the
 *       variant where {@code Montant} and {@code Sens} ({@code D}/{@code C}, or {@code +1}/{@code
 *       -1}) replace {@code Debit} and {@code Credit}. The importer needs JournalCode, EcritureNum,
 *       EcritureDate, CompteNum and the amounts; the other columns are not checked.
 *   <li>Dates {@code AAAAMMJJ}; amounts with a comma or a dot as decimal separator, no thousands
 *       separator, an empty amount meaning 0. A field may be surrounded by double quotes.
 * </ul>
 *
 * <p>Every problem is collected with its line number: malformed lines first; then, when all lines
 * are well formed, each entry (same JournalCode and EcritureNum) whose debits and credits differ,
 * and a ledger whose total debit and credit differ, with the difference. Any problem ends in one
 * {@link FecException} listing them; no other exception escapes {@link #parse}.
 */
public final class FecReader {

  /** Largest file read, in bytes. */
  public static final long MAX_BYTES = 1L << 30;

  private static final Charset LATIN_9 = Charset.forName("ISO-8859-15");
  private static final Pattern AMOUNT = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)");
  private static final Pattern DATE = Pattern.compile("\\d{8}");

  private FecReader() {}

  /**
   * Reads a FEC file.
   *
   * @throws FecException when the file cannot be read or is not a valid, balanced ledger
   */
  public static Ledger read(Path file) {
    byte[] data;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new FecException("the file is larger than " + MAX_BYTES + " bytes");
      }
      data = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new FecException("cannot read the file: " + e.getMessage());
    }
    return parse(data);
  }

  /**
   * Parses the bytes of a FEC file.
   *
   * @throws FecException when it is not a valid, balanced ledger
   */
  public static Ledger parse(byte[] data) {
    String encoding;
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(data))
              .toString();
      encoding = "UTF-8";
    } catch (CharacterCodingException e) {
      text = new String(data, LATIN_9);
      encoding = "ISO-8859-15";
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return parse(text, encoding);
  }

  /** Parses decoded text; {@code encoding} is only reported. */
  static Ledger parse(String text, String encoding) {
    String[] rows = text.split("\r\n|\n|\r", -1);
    if (rows.length == 0 || rows[0].isBlank()) {
      throw new FecException(
          "the file is empty: a FEC starts with a header line naming its 18 columns");
    }
    String header = rows[0];
    char sep;
    if (header.indexOf('\t') >= 0) {
      sep = '\t';
    } else if (header.indexOf('|') >= 0) {
      sep = '|';
    } else {
      throw new FecException(
          List.of(
              new FecProblem(
                  1,
                  "expected the FEC header: column names (JournalCode, ..., Debit, Credit) "
                      + "separated by tabs or |, found " + quote(header))));
    }
    List<String> names = split(header, sep);
    if (names.size() > 1 && names.get(names.size() - 1).isEmpty()) {
      names = names.subList(0, names.size() - 1); // a trailing separator
    }
    Columns cols = Columns.of(names);
    List<FecProblem> problems = new ArrayList<>();
    List<FecLine> lines = new ArrayList<>();
    for (int i = 1; i < rows.length; i++) {
      String row = rows[i];
      if (row.isBlank()) {
        continue;
      }
      FecLine line = parseLine(i + 1, split(row, sep), cols, sep, problems);
      if (line != null) {
        lines.add(line);
      }
    }
    if (!problems.isEmpty()) {
      throw new FecException(problems);
    }
    return balanced(lines, encoding, sep, cols.amountAndDirection());
  }

  private static FecLine parseLine(
      int number, List<String> f, Columns cols, char sep, List<FecProblem> problems) {
    if (f.size() == cols.count() + 1 && f.get(f.size() - 1).isEmpty()) {
      f = f.subList(0, cols.count()); // a trailing separator
    }
    if (f.size() != cols.count()) {
      problems.add(
          new FecProblem(
              number,
              "expected " + cols.count() + " fields separated by " + name(sep) + ", found "
                  + f.size()));
      return null;
    }
    int before = problems.size();
    String journal = f.get(cols.journal());
    String entry = f.get(cols.entry());
    if (journal.isEmpty()) {
      problems.add(new FecProblem(number, "JournalCode: expected a journal code, found nothing"));
    }
    if (entry.isEmpty()) {
      problems.add(new FecProblem(number, "EcritureNum: expected an entry number, found nothing"));
    }
    LocalDate date = date(f.get(cols.date()), number, problems);
    String account = f.get(cols.account());
    if (account.isEmpty() || account.charAt(0) < '1' || account.charAt(0) > '9') {
      problems.add(
          new FecProblem(
              number,
              "CompteNum: expected an account number of the chart of accounts (starting with a "
                  + "digit 1 to 9), found " + quote(account)));
    }
    BigDecimal debit;
    BigDecimal credit;
    if (cols.amountAndDirection()) {
      BigDecimal amount = amount(f.get(cols.debit()), "Montant", number, problems);
      String dir = f.get(cols.credit()).toUpperCase(Locale.ROOT);
      boolean isDebit = dir.equals("D") || dir.equals("+1") || dir.equals("1")
          || dir.equals("DEBIT") || dir.equals("DÉBIT");
      boolean isCredit = dir.equals("C") || dir.equals("-1")
          || dir.equals("CREDIT") || dir.equals("CRÉDIT");
      if (!isDebit && !isCredit) {
        problems.add(
            new FecProblem(
                number, "Sens: expected D or C (or +1 or -1), found " + quote(f.get(cols.credit()))));
      }
      debit = isDebit && amount != null ? amount : BigDecimal.ZERO;
      credit = isCredit && amount != null ? amount : BigDecimal.ZERO;
    } else {
      debit = amount(f.get(cols.debit()), "Debit", number, problems);
      credit = amount(f.get(cols.credit()), "Credit", number, problems);
    }
    if (problems.size() > before) {
      return null;
    }
    return new FecLine(
        number,
        journal,
        cols.journalLabel() >= 0 ? f.get(cols.journalLabel()) : "",
        entry,
        date,
        account,
        cols.accountLabel() >= 0 ? f.get(cols.accountLabel()) : "",
        debit,
        credit);
  }

  private static LocalDate date(String s, int number, List<FecProblem> problems) {
    if (DATE.matcher(s).matches()) {
      try {
        return LocalDate.of(
            Integer.parseInt(s.substring(0, 4)),
            Integer.parseInt(s.substring(4, 6)),
            Integer.parseInt(s.substring(6, 8)));
      } catch (DateTimeException e) {
        // reported below
      }
    }
    problems.add(
        new FecProblem(number, "EcritureDate: expected a date AAAAMMJJ, found " + quote(s)));
    return null;
  }

  private static BigDecimal amount(String s, String column, int number, List<FecProblem> problems) {
    if (s.isEmpty()) {
      return BigDecimal.ZERO;
    }
    if (s.length() > 40 || !AMOUNT.matcher(s).matches()) {
      problems.add(
          new FecProblem(
              number,
              column + ": expected an amount such as 1234,56 (no thousands separator), found "
                  + quote(s)));
      return null;
    }
    String plain = s.replace(',', '.');
    if (plain.startsWith("+")) {
      plain = plain.substring(1);
    }
    if (plain.endsWith(".")) {
      plain = plain.substring(0, plain.length() - 1);
    }
    if (plain.startsWith(".") || plain.startsWith("-.")) {
      plain = plain.replace(".", "0.");
    }
    return new BigDecimal(plain);
  }

  /** Checks every entry and the whole ledger balance, exactly. */
  private static Ledger balanced(List<FecLine> lines, String encoding, char sep, boolean variant) {
    Map<String, BigDecimal[]> entries = new LinkedHashMap<>();
    Map<String, FecLine> firstLine = new LinkedHashMap<>();
    BigDecimal debit = BigDecimal.ZERO;
    BigDecimal credit = BigDecimal.ZERO;
    for (FecLine l : lines) {
      String key = l.journal() + '\u0000' + l.entry();
      BigDecimal[] sums = entries.computeIfAbsent(key, k -> new BigDecimal[] {BigDecimal.ZERO,
          BigDecimal.ZERO});
      sums[0] = sums[0].add(l.debit());
      sums[1] = sums[1].add(l.credit());
      firstLine.putIfAbsent(key, l);
      debit = debit.add(l.debit());
      credit = credit.add(l.credit());
    }
    List<FecProblem> problems = new ArrayList<>();
    for (Map.Entry<String, BigDecimal[]> e : entries.entrySet()) {
      BigDecimal[] s = e.getValue();
      if (s[0].compareTo(s[1]) != 0) {
        FecLine l = firstLine.get(e.getKey());
        problems.add(
            new FecProblem(
                l.line(),
                "entry " + quote(l.entry()) + " of journal " + quote(l.journal())
                    + " does not balance: debit " + plain(s[0]) + ", credit " + plain(s[1])
                    + ", difference " + plain(s[0].subtract(s[1]))));
      }
    }
    if (debit.compareTo(credit) != 0) {
      problems.add(
          new FecProblem(
              0,
              "the ledger does not balance: total debit " + plain(debit) + ", total credit "
                  + plain(credit) + ", difference " + plain(debit.subtract(credit))));
    }
    if (!problems.isEmpty()) {
      throw new FecException(problems);
    }
    if (lines.isEmpty()) {
      throw new FecException("the ledger has a header but no lines");
    }
    return new Ledger(lines, encoding, sep, variant, debit, credit);
  }

  /** Splits on the separator, trimming each field and removing surrounding double quotes. */
  static List<String> split(String row, char sep) {
    List<String> out = new ArrayList<>();
    int start = 0;
    while (true) {
      int end = row.indexOf(sep, start);
      String field = end < 0 ? row.substring(start) : row.substring(start, end);
      field = field.strip();
      if (field.length() >= 2 && field.startsWith("\"") && field.endsWith("\"")) {
        field = field.substring(1, field.length() - 1).replace("\"\"", "\"").strip();
      }
      out.add(field);
      if (end < 0) {
        return out;
      }
      start = end + 1;
    }
  }

  /** @return the amount without exponent or trailing zeros beyond the cents */
  static String plain(BigDecimal d) {
    BigDecimal s = d.scale() < 2 ? d.setScale(2) : d;
    return s.toPlainString();
  }

  private static String name(char sep) {
    return sep == '\t' ? "tabs" : "|";
  }

  /** Quotes a field for a message, shortened and without control characters. */
  static String quote(String s) {
    String t = s.length() > 40 ? s.substring(0, 40) + "..." : s;
    StringBuilder b = new StringBuilder("\"");
    t.codePoints()
        .forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? '?' : c));
    return b.append('"').toString();
  }

  /** Where the needed columns are in the header. */
  record Columns(
      int count,
      int journal,
      int journalLabel,
      int entry,
      int date,
      int account,
      int accountLabel,
      int debit,
      int credit,
      boolean amountAndDirection) {

    static Columns of(List<String> names) {
      Map<String, Integer> index = new LinkedHashMap<>();
      for (int i = 0; i < names.size(); i++) {
        index.putIfAbsent(names.get(i).toLowerCase(Locale.ROOT), i);
      }
      boolean variant = !index.containsKey("debit") && index.containsKey("montant");
      List<String> missing = new ArrayList<>();
      String[] required =
          variant
              ? new String[] {"JournalCode", "EcritureNum", "EcritureDate", "CompteNum",
                  "Montant", "Sens"}
              : new String[] {"JournalCode", "EcritureNum", "EcritureDate", "CompteNum", "Debit",
                  "Credit"};
      for (String r : required) {
        if (!index.containsKey(r.toLowerCase(Locale.ROOT))) {
          missing.add(r);
        }
      }
      if (!missing.isEmpty()) {
        throw new FecException(
            List.of(
                new FecProblem(
                    1,
                    "expected the FEC header with the columns JournalCode, EcritureNum, "
                        + "EcritureDate, CompteNum, Debit and Credit (or Montant and Sens); "
                        + "missing: " + String.join(", ", missing))));
      }
      return new Columns(
          names.size(),
          index.get("journalcode"),
          index.getOrDefault("journallib", -1),
          index.get("ecriturenum"),
          index.get("ecrituredate"),
          index.get("comptenum"),
          index.getOrDefault("comptelib", -1),
          index.get(variant ? "montant" : "debit"),
          index.get(variant ? "sens" : "credit"),
          variant);
    }
  }
}
