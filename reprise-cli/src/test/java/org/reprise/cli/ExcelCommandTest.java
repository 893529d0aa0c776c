package org.reprise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExcelCommandTest {

  @TempDir Path dir;

  static Cli.Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new ExcelCommand());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Cli.Result(code, out.toString(), err.toString());
  }

  @Test
  void writesThePaperLboAsFormulas() throws IOException {
    Path xlsx = dir.resolve("model.xlsx");
    Cli.Result r = run(Cli.PAPER_LBO.toString(), "-o", xlsx.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Wrote " + xlsx + ": sheets Inputs, Operations, Debt, Tax, "
        + "Returns, Value added");
    try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(6);
      assertThat(wb.getSheet("Returns").getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("Exit, waterfall and returns");
      long formulas = 0;
      for (var sheet : wb) {
        for (var row : sheet) {
          for (var cell : row) {
            formulas += cell.getCellType() == CellType.FORMULA ? 1 : 0;
          }
        }
      }
      assertThat(formulas).isGreaterThan(500);
    }
  }

  @Test
  void writesTheSecondaryLboWithItsHoldingAndRevolver() throws IOException {
    Path xlsx = dir.resolve("secondary.xlsx");
    Cli.Result r = run(Cli.SECONDARY_LBO.toString(), "-o", xlsx.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertThat(wb.getSheetName(2)).isEqualTo("Debt");
      assertThat(wb.getSheet("Debt (pass 1)")).isNotNull();
      assertThat(wb.isSheetHidden(wb.getSheetIndex("Debt (pass 1)"))).isTrue();
    }
  }

  /** The dividend recapitalisation's example is written (docs/excel-model.md): its draw rows. */
  @Test
  void writesTheDividendRecapitalisation() throws IOException {
    Path xlsx = dir.resolve("recap.xlsx");
    Cli.Result r = run(Cli.EXAMPLES.resolve("decolletage-recap.yaml").toString(), "-o",
        xlsx.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      boolean drawn = false;
      for (var row : wb.getSheet("Debt")) {
        var a = row.getCell(0);
        drawn |= a != null && a.toString().startsWith("Recap: drawn");
      }
      assertThat(drawn).isTrue();
    }
  }

  @Test
  void writesAWorkerCooperative() throws IOException {
    Path scop = dir.resolve("scop.yaml");
    Files.writeString(scop, Files.readString(Cli.PAPER_LBO)
        .replace("holder: fund", "holder: employees")
        + "\ncooperative:\n  workShare: \"40%\"\n  reserveShare: \"50%\"\n"
        + "  dividendShare: \"10%\"\n");
    Path xlsx = dir.resolve("model.xlsx");
    Cli.Result r = run(scop.toString(), "-o", xlsx.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertThat(wb.getSheet("Inputs").getRow(0).getCell(0).getStringCellValue())
          .startsWith("Inputs");
      boolean workShare = false;
      for (org.apache.poi.ss.usermodel.Row row : wb.getSheet("Tax")) {
        org.apache.poi.ss.usermodel.Cell a = row.getCell(0);
        workShare |= a != null && a.toString().startsWith("Work share = w × net surplus");
      }
      assertThat(workShare).isTrue();
    }
  }

  @Test
  void writesTheLockUpOfAWorkbookOfSeveralPasses() throws IOException {
    // the distributions' lock-up in a workbook of several passes (average-balance interest),
    // once refused: each of the engine's attempts at a year has its own hidden passes
    Path locked = dir.resolve("locked.yaml");
    String plan = Files.readString(Cli.PAPER_LBO);
    String sweep = "  cashSweep: \"100%\"";
    String opening = "  interest: opening";
    assertThat(plan).contains(sweep, opening);
    Files.writeString(locked, plan.replace(sweep, "  cashSweep: 0\n  distributions: \"50%\"")
        .replace(opening, "  interest: average") + "\ncovenants:\n  maxNetLeverage: 4\n");
    Path xlsx = dir.resolve("model.xlsx");
    Cli.Result r = run(locked.toString(), "-o", xlsx.toString());
    assertThat(r.code()).as(r.err()).isZero();
    try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertThat(wb.getSheet("Debt (asked, pass 12)")).isNotNull();
      assertThat(wb.getSheet("Debt (cut 3, pass 12)")).isNotNull();
      assertThat(wb.isSheetHidden(wb.getSheetIndex("Debt (none, pass 1)"))).isTrue();
    }
  }

  @Test
  void badInputIsExitCodeTwo() throws IOException {
    Cli.Result missing = run(dir.resolve("none.yaml").toString(), "-o",
        dir.resolve("m.xlsx").toString());
    assertThat(missing.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(missing.err()).isEqualTo("error: " + dir.resolve("none.yaml") + ": no such file\n");

    Cli.Result noOutput = run(Cli.PAPER_LBO.toString());
    assertThat(noOutput.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(noOutput.err()).contains("Missing required option: '--output=FILE'");

    Path exists = dir.resolve("exists.xlsx");
    Files.writeString(exists, "mine");
    Cli.Result r = run(Cli.PAPER_LBO.toString(), "-o", exists.toString());
    assertThat(r.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(r.err()).isEqualTo(
        "error: " + exists + ": already exists (use --force to overwrite it)\n");
    assertThat(run(Cli.PAPER_LBO.toString(), "-o", exists.toString(), "--force").code()).isZero();
  }
}
