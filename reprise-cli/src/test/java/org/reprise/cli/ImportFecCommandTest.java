package org.reprise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reprise.io.DealReader;
import org.reprise.model.BaseYear;
import org.reprise.model.Deal;
import picocli.CommandLine;

class ImportFecCommandTest {

  static final Path SAMPLE = Cli.EXAMPLES.resolve("fec").resolve("decolletage-2025-FEC.txt");

  private static final String HEADER =
      "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\t"
          + "CompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\t"
          + "ValidDate\tMontantdevise\tIdevise\n";

  @TempDir Path dir;

  static Cli.Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new ImportFecCommand());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Cli.Result(code, out.toString(), err.toString());
  }

  @Test
  void writesTheFactorysDealFileFromItsLedger() throws IOException {
    Path deal = dir.resolve("deal.yaml");
    Cli.Result r = run(SAMPLE.toString(), "-o", deal.toString(), "--name", "Décolletage SAS");
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("Read decolletage-2025-FEC.txt: 877 lines, UTF-8, tab-separated, balanced")
        .contains("Base year 2025 (877 lines, 2025-01-01 to 2025-12-31): revenue 30,000,000, "
            + "EBITDA 5,400,000")
        .contains("Wrote " + deal);
    Deal d = DealReader.read(deal);
    BaseYear expected = DealReader.read(Cli.SECONDARY_LBO).company().base();
    BaseYear b = d.company().base();
    assertThat(d.company().name()).isEqualTo("Décolletage SAS");
    assertThat(b.revenue()).isEqualTo(expected.revenue());
    assertThat(b.ebitda()).isEqualTo(expected.ebitda());
    assertThat(b.netWorkingCapital()).isEqualTo(expected.netWorkingCapital());
    assertThat(b.bookEquity()).isEqualTo(expected.bookEquity());
    assertThat(d.participation().baseYearReserve())
        .isEqualTo(DealReader.read(Cli.SECONDARY_LBO).participation().baseYearReserve());
  }

  @Test
  void printsTheDealFileWithoutOutputAndSelectsAYear() {
    Cli.Result r = run(SAMPLE.toString(), "--year", "2025");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("# Deal file written by `reprise import-fec`")
        .contains("reprise: 1").contains("baseYear: 2025");
    Cli.Result none = run(SAMPLE.toString(), "--year", "2019");
    assertThat(none.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(none.err()).isEqualTo("error: " + SAMPLE + ": no entry is dated in 2019: the "
        + "ledger runs from 2025-01-01 to 2025-12-31\n");
  }

  @Test
  void namesTheCompanyAfterTheSirenInTheFileName() throws IOException {
    Path fec = dir.resolve("123456789FEC20251231.txt");
    Files.write(fec, Files.readString(SAMPLE, StandardCharsets.UTF_8)
        .getBytes(Charset.forName("ISO-8859-15")));
    Cli.Result r = run(fec.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("  name: \"Company SIREN 123456789\"");
  }

  @Test
  void reportsMalformedLinesWithTheirNumbers() throws IOException {
    Path fec = dir.resolve("bad.txt");
    Files.writeString(fec, HEADER
        + "VE\tVentes\t1\t20250131\t411000\tClients\t\t\t\t\t\t100,00\t\t\t\t\t\t\n"
        + "VE\tVentes\t1\t2025-01-31\t706000\tVentes\t\t\t\t\t\t\t100,00\t\t\t\t\t\n"
        + "VE\tVentes\t1\n", StandardCharsets.UTF_8);
    Cli.Result r = run(fec.toString(), "-o", dir.resolve("deal.yaml").toString());
    assertThat(r.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(r.err()).isEqualTo("error: " + fec + ": 2 problems in the ledger:\n"
        + "  line 3: EcritureDate: expected a date AAAAMMJJ, found \"2025-01-31\"\n"
        + "  line 4: expected 18 fields separated by tabs, found 3\n");
    assertThat(dir.resolve("deal.yaml")).doesNotExist();
  }

  @Test
  void anUnbalancedLedgerShowsTheDifference() throws IOException {
    Path fec = dir.resolve("unbalanced.txt");
    Files.writeString(fec, (HEADER
        + "VE|Ventes|1|20250131|411000|Clients||||||100,00||||||\n"
        + "VE|Ventes|1|20250131|706000|Ventes|||||||99,50|||||\n").replace('\t', '|'),
        StandardCharsets.UTF_8);
    Cli.Result r = run(fec.toString());
    assertThat(r.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(r.err()).contains("line 2: entry \"1\" of journal \"VE\" does not balance: debit "
        + "100.00, credit 99.50, difference 0.50")
        .contains("the ledger does not balance: total debit 100.00, total credit 99.50, "
            + "difference 0.50")
        .doesNotContain("at org.");
  }

  @Test
  void aMissingLedgerOrAnExistingOutputIsInvalidInput() throws IOException {
    Cli.Result missing = run(dir.resolve("nope.txt").toString());
    assertThat(missing.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(missing.err()).isEqualTo("error: " + dir.resolve("nope.txt") + ": no such file\n");
    Path out = dir.resolve("deal.yaml");
    Files.writeString(out, "mine");
    Cli.Result exists = run(SAMPLE.toString(), "-o", out.toString());
    assertThat(exists.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(exists.err()).isEqualTo(
        "error: " + out + ": already exists (use --force to overwrite it)\n");
    assertThat(Files.readString(out)).isEqualTo("mine");
    assertThat(run(SAMPLE.toString(), "-o", out.toString(), "--force").code()).isZero();
  }
}
