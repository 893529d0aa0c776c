package org.reprise.report.excel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One sheet laid out with the years in columns: A the label, B the unit, C year 0 (the base year,
 * or the closing) and D, E, ... the projected years 1, 2, ...; a single value (a scalar) sits in
 * column C. Rows are named by keys; the cells are written in a second pass ({@link #flush}), so a
 * formula may refer to a row laid out further down, or on another sheet.
 */
final class Grid {

  /** Written instead of an infinite parameter (no cap, no limit): larger than any amount. */
  static final double UNLIMITED = 1e300;

  final String name;
  final XSSFSheet sheet;
  final Styles st;
  final int years;
  private final List<Check> checks;
  private final Map<String, Integer> rows = new LinkedHashMap<>();
  private final List<Runnable> writers = new ArrayList<>();
  private int next;
  /**
   * The column being written, shared by the grids of one workbook: a grid that opens its years
   * from another ({@link #opensFrom}) refers to that grid for every earlier column.
   */
  static final class Cursor {
    int column = -1;
  }

  private Cursor cursor = new Cursor();
  /**
   * The grid whose years before the one being written this grid takes as its own (the lock-up's
   * attempts at a year, methodology §5.5, open from the year before as finally solved), or
   * {@code null}.
   */
  private Grid opening;

  Grid(XSSFWorkbook wb, String name, int years, Styles st, List<Check> checks) {
    this.name = name;
    this.sheet = wb.createSheet(name);
    this.st = st;
    this.years = years;
    this.checks = checks;
    sheet.setColumnWidth(0, 52 * 256);
    sheet.setColumnWidth(1, 12 * 256);
    for (int t = 0; t <= years; t++) {
      sheet.setColumnWidth(2 + t, 14 * 256);
    }
  }

  /** @return the column letters of year t (0 = C) */
  static String col(int t) {
    return CellReference.convertNumToColString(2 + t);
  }

  int row(String key) {
    Integer r = rows.get(key);
    if (r == null) {
      throw new IllegalStateException(name + ": no row " + key);
    }
    return r;
  }

  boolean has(String key) {
    return rows.containsKey(key);
  }

  /**
   * Makes this grid take its years before the one being written from {@code from} (same row
   * keys): a cell of year t refers to {@code from} for every year before t, so that the year is
   * solved again from the state the year before was finally left in.
   */
  void opensFrom(Grid from, Cursor shared) {
    this.opening = from;
    this.cursor = shared;
  }

  /** Shares {@code shared} as the column being written (see {@link #opensFrom}). */
  void share(Cursor shared) {
    this.cursor = shared;
  }

  /** @return true when year t is taken from {@link #opening} (a year before the one written) */
  private boolean opened(int t) {
    return opening != null && t < cursor.column;
  }

  /** @return the cell of row {@code key}, year t, relative ({@code D12}) */
  String ref(String key, int t) {
    if (opened(t)) {
      return opening.x(key, t);
    }
    return col(t) + (row(key) + 1);
  }

  /** @return the scalar of row {@code key}, absolute ({@code $C$12}) */
  String abs(String key) {
    return "$C$" + (row(key) + 1);
  }

  /** @return {@link #ref} from another sheet */
  String x(String key, int t) {
    if (opened(t)) {
      return opening.x(key, t);
    }
    return "'" + name + "'!" + ref(key, t);
  }

  /** @return {@link #abs} from another sheet */
  String xabs(String key) {
    return "'" + name + "'!" + abs(key);
  }

  /** @return the absolute range of row {@code key} from year {@code from} to {@code to} */
  String xrange(String key, int from, int to) {
    int r = row(key) + 1;
    return "'" + name + "'!$" + col(from) + "$" + r + ":$" + col(to) + "$" + r;
  }

  private int add(String key) {
    if (key != null && rows.containsKey(key)) {
      throw new IllegalStateException(name + ": row " + key + " twice");
    }
    int r = next++;
    if (key != null) {
      rows.put(key, r);
    }
    return r;
  }

  private Row rowAt(int r) {
    Row row = sheet.getRow(r);
    return row != null ? row : sheet.createRow(r);
  }

  private void label(int r, String label, String unit, CellStyle style) {
    Cell a = rowAt(r).createCell(0);
    a.setCellValue(label);
    a.setCellStyle(style);
    if (unit != null) {
      rowAt(r).createCell(1).setCellValue(unit);
    }
  }

  void title(String text) {
    label(add(null), text, null, st.title);
  }

  void note(String text) {
    label(add(null), text, null, st.note);
  }

  void blank() {
    add(null);
  }

  void heading(String text) {
    int r = add(null);
    label(r, text, null, st.heading);
    for (int c = 1; c <= 2 + years; c++) {
      rowAt(r).createCell(c).setCellStyle(st.heading);
    }
  }

  /** The row of the calendar years, from the year row of the inputs. */
  void yearHeader(Grid inputs) {
    int r = add("year");
    label(r, "Year", null, st.year);
    writers.add(() -> {
      for (int t = 0; t <= years; t++) {
        Cell c = rowAt(r).createCell(2 + t);
        c.setCellFormula(inputs.x("year", t));
        c.setCellStyle(st.year);
      }
    });
    sheet.createFreezePane(2, r + 1);
  }

  /** The row of the calendar years on the inputs sheet: the base year, then +1 a year. */
  void yearInputs(int baseYear) {
    int r = add("year");
    label(r, "Year", null, st.year);
    Cell base = rowAt(r).createCell(2);
    base.setCellValue(baseYear);
    base.setCellStyle(st.numberInput);
    for (int t = 1; t <= years; t++) {
      Cell c = rowAt(r).createCell(2 + t);
      c.setCellFormula(col(t - 1) + (r + 1) + "+1");
      c.setCellStyle(st.year);
    }
    sheet.createFreezePane(2, r + 1);
  }

  /** An input value in column C. */
  void scalar(String key, String label, String unit, double value, CellStyle style) {
    int r = add(key);
    label(r, label, unit, st.label);
    Cell c = rowAt(r).createCell(2);
    c.setCellValue(Double.isInfinite(value) ? Math.signum(value) * UNLIMITED : value);
    c.setCellStyle(style);
  }

  /** An input text in column C. */
  void text(String key, String label, String value) {
    int r = add(key);
    label(r, label, null, st.label);
    Cell c = rowAt(r).createCell(2);
    c.setCellValue(value);
    c.setCellStyle(st.textInput);
  }

  /** A formula in column C, checked against the engine's value at {@code pointer} (or null). */
  void scalarFormula(String key, String label, String unit, Supplier<String> formula,
      CellStyle style, String pointer) {
    int r = add(key);
    label(r, label, unit, style == st.amountBold ? st.bold : st.label);
    writers.add(() -> {
      Cell c = rowAt(r).createCell(2);
      cursor.column = 0;
      c.setCellFormula(formula.get());
      c.setCellStyle(style);
      if (pointer != null) {
        for (String one : pointer.split("\u0000")) {
          checks.add(new Check(name, "C" + (r + 1), one));
        }
      }
    });
  }

  /**
   * Input values per year.
   *
   * @param byYear index 0 = year 1
   * @param base value of year 0 in column C, or {@code null}
   */
  void values(String key, String label, String unit, double[] byYear, Double base,
      CellStyle style) {
    int r = add(key);
    label(r, label, unit, st.label);
    if (base != null) {
      Cell c = rowAt(r).createCell(2);
      c.setCellValue(base);
      c.setCellStyle(style);
    }
    for (int t = 1; t <= years; t++) {
      Cell c = rowAt(r).createCell(2 + t);
      double v = byYear[t - 1];
      c.setCellValue(Double.isInfinite(v) ? Math.signum(v) * UNLIMITED : v);
      c.setCellStyle(style);
    }
  }

  /**
   * Formulas per year.
   *
   * @param formula the formula of year t = 1..n
   * @param base the formula of column C (year 0), or {@code null}
   * @param pointer the JSON pointer checked for year t, or {@code null}; several are separated by NUL
   *     characters
   */
  void formulas(String key, String label, String unit, IntFunction<String> formula,
      Supplier<String> base, CellStyle style, IntFunction<String> pointer) {
    int r = add(key);
    label(r, label, unit, style == st.amountBold ? st.bold : st.label);
    writers.add(() -> {
      if (base != null) {
        Cell c = rowAt(r).createCell(2);
        cursor.column = 0;
        c.setCellFormula(base.get());
        c.setCellStyle(style);
      }
      for (int t = 1; t <= years; t++) {
        Cell c = rowAt(r).createCell(2 + t);
        cursor.column = t;
        c.setCellFormula(formula.apply(t));
        c.setCellStyle(style);
        String p = pointer == null ? null : pointer.apply(t);
        if (p != null) {
          for (String one : p.split("\u0000")) {
            checks.add(new Check(name, col(t) + (r + 1), one));
          }
        }
      }
    });
  }

  /** Writes every queued cell. */
  void flush() {
    for (Runnable w : writers) {
      w.run();
    }
    writers.clear();
    cursor.column = -1;
  }
}
