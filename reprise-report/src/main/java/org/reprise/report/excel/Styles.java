package org.reprise.report.excel;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Cell styles of the workbook, following the modellers' convention: inputs in blue on a pale
 * yellow background, formulas in black, totals in bold.
 */
final class Styles {
  final CellStyle title;
  final CellStyle heading;
  final CellStyle label;
  final CellStyle bold;
  final CellStyle note;
  final CellStyle year;
  final CellStyle amount;
  final CellStyle amountBold;
  final CellStyle amountInput;
  final CellStyle rate;
  final CellStyle rateInput;
  final CellStyle times;
  final CellStyle number;
  final CellStyle numberInput;
  final CellStyle textInput;

  Styles(XSSFWorkbook wb) {
    Font titleFont = wb.createFont();
    titleFont.setBold(true);
    titleFont.setFontHeightInPoints((short) 14);
    title = wb.createCellStyle();
    title.setFont(titleFont);
    Font boldFont = wb.createFont();
    boldFont.setBold(true);
    heading = wb.createCellStyle();
    heading.setFont(boldFont);
    heading.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    label = wb.createCellStyle();
    bold = wb.createCellStyle();
    bold.setFont(boldFont);
    Font noteFont = wb.createFont();
    noteFont.setItalic(true);
    noteFont.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
    note = wb.createCellStyle();
    note.setFont(noteFont);
    year = wb.createCellStyle();
    year.setFont(boldFont);
    year.setBorderBottom(BorderStyle.THIN);
    short amountFormat = wb.createDataFormat().getFormat("#,##0;-#,##0;0");
    short rateFormat = wb.createDataFormat().getFormat("0.00%");
    short timesFormat = wb.createDataFormat().getFormat("0.00\"x\"");
    short numberFormat = wb.createDataFormat().getFormat("General");
    amount = wb.createCellStyle();
    amount.setDataFormat(amountFormat);
    amountBold = wb.createCellStyle();
    amountBold.setDataFormat(amountFormat);
    amountBold.setFont(boldFont);
    amountBold.setBorderTop(BorderStyle.THIN);
    Font inputFont = wb.createFont();
    inputFont.setColor(IndexedColors.BLUE.getIndex());
    amountInput = input(wb, inputFont, amountFormat);
    rate = wb.createCellStyle();
    rate.setDataFormat(rateFormat);
    rateInput = input(wb, inputFont, rateFormat);
    times = wb.createCellStyle();
    times.setDataFormat(timesFormat);
    number = wb.createCellStyle();
    number.setDataFormat(numberFormat);
    numberInput = input(wb, inputFont, numberFormat);
    textInput = input(wb, inputFont, numberFormat);
  }

  private static CellStyle input(XSSFWorkbook wb, Font font, short format) {
    CellStyle s = wb.createCellStyle();
    s.setFont(font);
    s.setDataFormat(format);
    s.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
    s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    return s;
  }
}
