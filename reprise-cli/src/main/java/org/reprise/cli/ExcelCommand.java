package org.reprise.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.reprise.cli.text.Terminal;
import org.reprise.model.Deal;
import org.reprise.report.excel.ExcelModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reprise excel FILE -o model.xlsx}: the deal as a live-formula Excel workbook. */
@Command(
    name = "excel",
    usageHelpAutoWidth = true,
    description = {
      "Write the deal as an Excel workbook (Inputs, Operations, Debt, Tax, Returns, Value added) "
          + "where every computed cell is a live formula referring to the inputs: change an input "
          + "in Excel or LibreOffice and the whole model recomputes.",
      "Deals using a feature the workbook cannot express yet are refused with the list of those "
          + "features (docs/excel-model.md)."
    })
final class ExcelCommand extends DealCommand {

  @Parameters(index = "0", paramLabel = "FILE", description = "The deal file (YAML or JSON).")
  Path file;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      required = true,
      description = "The workbook to write (.xlsx).")
  Path output;

  @Option(
      names = {"-f", "--force"},
      description = "Overwrite the output file if it exists.")
  boolean force;

  @Override
  int execute() throws IOException {
    Deal deal = read(file);
    // the engine must accept the deal before it is written; its run gives the fee write-offs
    ExcelModel.Built built = ExcelModel.build(deal, run(deal));
    checkWritable(output, force);
    try (XSSFWorkbook wb = built.workbook()) {
      writeFile(output, wb::write);
    }
    PrintWriter out = spec.commandLine().getOut();
    String o = Terminal.safe(output.toString());
    out.println("Wrote " + o + ": sheets Inputs, Operations, Debt, Tax, Returns, Value added; "
        + "every computed cell is a formula. Open it in Excel or LibreOffice: it computes on "
        + "opening.");
    out.flush();
    return Main.OK;
  }
}
