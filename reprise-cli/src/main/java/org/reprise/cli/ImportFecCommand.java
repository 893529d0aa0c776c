package org.reprise.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reprise.cli.text.Terminal;
import org.reprise.io.DealReader;
import org.reprise.model.DealException;
import org.reprise.report.fec.BaseYearAccounts;
import org.reprise.report.fec.DealSkeleton;
import org.reprise.report.fec.FecException;
import org.reprise.report.fec.FecImporter;
import org.reprise.report.fec.FecReader;
import org.reprise.report.fec.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code reprise import-fec LEDGER}: reads a company's FEC ledger and writes the skeleton of a deal
 * file whose base year comes from the books (mapping: docs/fec-import.md).
 */
@Command(
    name = "import-fec",
    usageHelpAutoWidth = true,
    description = {
      "Read a company's ledger in the FEC format (Fichier des Écritures Comptables: tab- or "
          + "|-separated, UTF-8 or ISO-8859-15) and write a deal file whose base-year accounts "
          + "(company.actuals) come from the books, with commented placeholders for the rest.",
      "The mapping of the chart of accounts is in docs/fec-import.md."
    })
final class ImportFecCommand extends DealCommand {

  private static final Pattern SIREN = Pattern.compile("^(\\d{9})FEC\\d{8}.*", Pattern.CASE_INSENSITIVE);

  @Parameters(index = "0", paramLabel = "LEDGER", description = "The FEC file.")
  Path ledger;

  @Option(
      names = "--year",
      paramLabel = "YEAR",
      description =
          "Use only the entries dated in YEAR, which becomes the base year (for a file holding "
              + "several calendar years). Default: every entry; the base year is the year of the "
              + "latest entry.")
  Integer year;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description =
          "The company's name to write. Default: from the SIREN in the file name, or a placeholder.")
  String name;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the deal file to FILE instead of printing it.")
  Path output;

  @Option(
      names = {"-f", "--force"},
      description = "With -o: overwrite FILE if it exists.")
  boolean force;

  @Override
  int execute() throws Exception {
    target(ledger);
    if (Files.notExists(ledger)) {
      throw new InputException(ledger, "no such file");
    }
    if (Files.isDirectory(ledger)) {
      throw new InputException(ledger, "is a directory, not a FEC ledger");
    }
    Ledger l;
    BaseYearAccounts accounts;
    try {
      l = FecReader.read(ledger);
      accounts = FecImporter.importBaseYear(l, year);
    } catch (FecException e) {
      throw new DealException("", e.getMessage());
    }
    String fileName = ledger.getFileName().toString();
    String yaml = DealSkeleton.yaml(accounts, companyName(fileName), fileName);
    DealReader.parse(yaml, output == null ? "deal.yaml" : output.toString()); // a valid deal
    if (!printOrWrite(output, force, yaml)) {
      return Main.OK;
    }
    PrintWriter out = spec.commandLine().getOut();
    String o = Terminal.safe(output.toString());
    out.println(
        "Read " + Terminal.safe(fileName) + ": " + l.lines().size() + " lines, "
            + l.encoding() + ", " + (l.separator() == '\t' ? "tab" : "|") + "-separated"
            + (l.amountAndDirection() ? ", Montant and Sens" : "") + ", balanced (debit = credit"
            + " = " + amount(l.totalDebit()) + ").");
    out.println(
        "Base year " + accounts.year() + " (" + accounts.lines() + " lines, "
            + accounts.firstDate() + " to " + accounts.lastDate() + "): revenue "
            + amount(accounts.revenue()) + ", EBITDA " + amount(accounts.ebitda())
            + ", net working capital " + amount(accounts.netWorkingCapital()) + ", cash "
            + amount(accounts.cash()) + ", financial debt " + amount(accounts.financialDebt())
            + ", book equity " + amount(accounts.bookEquity()) + ".");
    for (String note : accounts.notes()) {
      out.println("Note: " + Terminal.safe(note) + ".");
    }
    out.println(
        "Wrote " + o + ". Replace the values marked PLACEHOLDER (headcount, price, financing, "
            + "exit...), then: reprise run " + o);
    out.flush();
    return Main.OK;
  }

  private String companyName(String fileName) {
    if (name != null && !name.isBlank()) {
      return name.strip();
    }
    Matcher m = SIREN.matcher(fileName);
    return m.matches() ? "Company SIREN " + m.group(1) : "Company of " + fileName;
  }

  /** @return a whole number of euros with commas between thousands: 30,000,000 */
  private static String amount(BigDecimal v) {
    String digits = v.setScale(0, RoundingMode.HALF_EVEN).abs().toPlainString();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        b.append(',');
      }
      b.append(digits.charAt(i));
    }
    return (v.signum() < 0 && b.length() > 0 && !digits.equals("0") ? "-" : "") + b;
  }
}
