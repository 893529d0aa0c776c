package org.reprise.report.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCalcPr;
import org.reprise.model.Deal;
import org.reprise.model.DealException;
import org.reprise.model.Tranche;

/**
 * The live-formula Excel model of a deal (docs/excel-model.md): sheets Inputs, Operations, Debt,
 * Tax, Returns and Value added, where every computed cell is a formula that refers, in the end,
 * to the Inputs; no computed value is written (the spreadsheet computes them on opening). The
 * workbook has no circular reference: when the year is a fixed point (average-balance interest;
 * a holding, whose add-back on the dividends it receives, the quote-part de frais et charges,
 * depends on the dividend: docs/methodology.md §5.1, §5.2; a SCOP, whose taxable income deducts
 * its work share and investment provision, which depend on its surplus after tax: §5.10), it is
 * solved by twelve passes of the
 * Debt and Tax sheets
 * written out in full (hidden sheets "Debt (pass k)", "Tax (pass k)"), each pass taking the
 * previous pass's closing balances and cash as its guess; the first pass starts from the opening
 * values, as the engine does. Under the distributions' lock-up each of the engine's attempts at a
 * year (the distribution asked, none, cut down to the leverage level: methodology §5.5) is solved
 * by its own twelve passes, which open each year from the year before as finally solved.
 *
 * <p>A deal that uses a feature the workbook cannot express yet is refused with the list of those
 * features ({@link #unsupported}), rather than written with wrong numbers.
 */
public final class ExcelModel {

  /**
   * A workbook and the cells that must equal the engine's results once recalculated.
   *
   * @param workbook the workbook, formulas only
   * @param checks each checked cell with the JSON pointer of its value in {@code reprise run
   *     --json}
   */
  public record Built(XSSFWorkbook workbook, List<Check> checks) {}

  private ExcelModel() {}

  /**
   * @return the features of {@code deal} the workbook cannot express yet, in plain words; empty
   *     when the deal can be written
   */
  public static List<String> unsupported(Deal deal) {
    List<String> out = new ArrayList<>();
    for (Tranche t : deal.financing().debt()) {
      if (t.borrower() == Tranche.Borrower.HOLDING && !deal.structure().hasHolding()) {
        out.add("a tranche borrowed by a holding without one (\"" + t.name() + "\")");
      }
    }
    return out;
  }

  /**
   * @return true when the deal's distributions are under a lock-up that tests more than a
   *     permitted-payment debt service cover (which the workbook writes as a condition of the
   *     distribution, DebtSheet.hasPermittedCover): covenants, a permitted-payment leverage level
   *     or no distribution the year after a breach or a default (methodology §5.5)
   */
  static boolean testedLockUp(Deal deal) {
    org.reprise.model.PaymentConditions c = deal.financing().paymentConditions();
    return deal.financing().distributionShare() > 0.0 && deal.financing().distributionLockUp()
        && !deal.isCooperative() && (hasCovenant(deal.covenants())
            || !Double.isNaN(c.maxNetLeverage()) || c.blockedAfterBreach());
  }

  /** @return true when some year has a covenant (the lock-up can only follow a breach then) */
  private static boolean hasCovenant(org.reprise.model.Covenants c) {
    for (double[] limits :
        new double[][] {c.maxNetLeverage(), c.minInterestCover(), c.minDebtServiceCover()}) {
      for (double v : limits) {
        if (!Double.isNaN(v)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Builds the workbook.
   *
   * @throws DealException when the deal uses a feature the workbook cannot express
   */
  public static Built build(Deal deal) {
    return build(deal, org.reprise.engine.LboEngine.DEFAULT.run(deal));
  }

  /**
   * The same as {@link #build(Deal)} with the engine's run of the deal already made: it gives the
   * years in which an upfront fee is written off (an input of the workbook, methodology §3).
   */
  public static Built build(Deal deal, org.reprise.engine.DealResult result) {
    List<String> missing = unsupported(deal);
    if (!missing.isEmpty()) {
      throw new DealException("", "this deal cannot be written as a live-formula workbook yet: "
          + "it uses " + String.join("; ", missing) + " (see docs/excel-model.md)");
    }
    // the years the engine writes off a fee (a loan repaid early, methodology §3): inputs
    int[] writtenOff = result.debt().stream()
        .mapToInt(org.reprise.engine.TrancheSchedule::feeWrittenOff).toArray();
    XSSFWorkbook wb = new XSSFWorkbook();
    // the ratchet's investor as the engine found it (named, or the largest investor at closing)
    String investor = result.exit().ratchet() == null ? null : result.exit().ratchet().investor();
    Model md = new Model(wb, deal, writtenOff, investor);
    InputsSheet.lay(md);
    OperationsSheet.lay(md);
    Grid previous = null;
    Grid previousTax = null;
    for (Grid[] pass : md.passes) {
      Model view = md.pass(pass[0], pass[1], previous, previousTax);
      DebtSheet.lay(view);
      TaxSheet.lay(view);
      previous = pass[0];
      previousTax = pass[1];
    }
    // the lock-up's attempts at each year (methodology §5.5), each its own passes
    for (int a = 0; a < md.attempts.size(); a++) {
      Grid guess = null;
      Grid guessTax = null;
      for (Grid[] pass : md.attempts.get(a)) {
        Model view = md.attemptPass(a, pass[0], pass[1], guess, guessTax);
        DebtSheet.lay(view);
        TaxSheet.lay(view);
        guess = pass[0];
        guessTax = pass[1];
      }
    }
    Model last = md.pass(md.finalDebt, md.finalTax, previous, previousTax);
    DebtSheet.lay(last);
    TaxSheet.lay(last);
    ReturnsSheet.lay(md);
    ValueAddedSheet.lay(md);
    md.flush();
    wb.setForceFormulaRecalculation(true);
    CTCalcPr calc = wb.getCTWorkbook().isSetCalcPr() ? wb.getCTWorkbook().getCalcPr()
        : wb.getCTWorkbook().addNewCalcPr();
    calc.setFullCalcOnLoad(true);
    calc.setIterate(false); // no circular reference, even with the average-balance interest
    wb.setActiveSheet(0);
    return new Built(wb, List.copyOf(md.checks));
  }

  /**
   * Writes the workbook of {@code deal} to {@code file}.
   *
   * @throws DealException when the deal uses a feature the workbook cannot express
   */
  public static void write(Deal deal, Path file) throws IOException {
    Built b = build(deal);
    try (XSSFWorkbook wb = b.workbook(); OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    }
  }
}
