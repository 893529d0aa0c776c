package org.reprise.cli.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table for terminals: a header row, a rule, then rows and optional rules, columns
 * padded to their widest cell and separated by two spaces. The first column is left-aligned and the
 * others right-aligned unless {@link #align} says otherwise. Trailing spaces are trimmed.
 *
 * <p>Cells are made safe for a terminal ({@link Terminal#safe}): a deal file's names cannot move
 * the cursor or change colours. Width counts code points, which is exact for Latin, Greek and
 * Cyrillic text (not for wide CJK characters or emoji).
 *
 * <pre>{@code
 * String text = TextTable.of("k€", "2026", "2027")
 *     .row("Revenue", "30,600.0", "31,212.0")
 *     .rule()
 *     .row("EBITDA", "5,508.0", "5,618.2")
 *     .render();
 * }</pre>
 */
public final class TextTable {

  /** Horizontal alignment of a column. */
  public enum Align {
    LEFT,
    RIGHT
  }

  private static final String GAP = "  ";
  private static final char RULE = '-';

  private final List<String> header;
  private final Align[] align;
  /** Rows in order; {@code null} marks a rule. */
  private final List<List<String>> rows = new ArrayList<>();

  private TextTable(List<String> header) {
    this.header = header;
    this.align = new Align[header.size()];
    Arrays.fill(align, Align.RIGHT);
    align[0] = Align.LEFT;
  }

  /**
   * @param header the column headers; at least one. An all-blank header row is not printed.
   * @return an empty table
   */
  public static TextTable of(String... header) {
    return of(List.of(header));
  }

  /** @see #of(String...) */
  public static TextTable of(List<String> header) {
    if (header.isEmpty()) {
      throw new IllegalArgumentException("a table needs at least one column");
    }
    List<String> safe = new ArrayList<>();
    for (String h : header) {
      safe.add(Terminal.safe(h));
    }
    return new TextTable(safe);
  }

  /** Sets the alignment of column {@code column} (0 = first). */
  public TextTable align(int column, Align alignment) {
    align[column] = alignment;
    return this;
  }

  /**
   * Adds a row. Missing cells are blank; a {@code null} cell is blank.
   *
   * @throws IllegalArgumentException when there are more cells than columns
   */
  public TextTable row(String... cells) {
    return row(Arrays.asList(cells));
  }

  /** @see #row(String...) */
  public TextTable row(List<String> cells) {
    if (cells.size() > header.size()) {
      throw new IllegalArgumentException(
          "row has " + cells.size() + " cells for " + header.size() + " columns");
    }
    List<String> safe = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      safe.add(i < cells.size() && cells.get(i) != null ? Terminal.safe(cells.get(i)) : "");
    }
    rows.add(safe);
    return this;
  }

  /** Adds a horizontal rule (for a total line). */
  public TextTable rule() {
    rows.add(null);
    return this;
  }

  /** @return the number of rows added, rules excluded */
  public int size() {
    int n = 0;
    for (List<String> row : rows) {
      if (row != null) {
        n++;
      }
    }
    return n;
  }

  /** @return the table, each line ending with a line feed */
  public String render() {
    return render("");
  }

  /**
   * @param indent text put before every line (for example two spaces)
   * @return the table, each line ending with a line feed
   */
  public String render(String indent) {
    int[] width = new int[header.size()];
    measure(header, width);
    for (List<String> row : rows) {
      if (row != null) {
        measure(row, width);
      }
    }
    StringBuilder out = new StringBuilder();
    boolean blankHeader = header.stream().allMatch(String::isBlank);
    if (!blankHeader) {
      line(out, indent, header, width);
      rule(out, indent, width);
    }
    for (List<String> row : rows) {
      if (row == null) {
        rule(out, indent, width);
      } else {
        line(out, indent, row, width);
      }
    }
    return out.toString();
  }

  private static void measure(List<String> cells, int[] width) {
    for (int i = 0; i < cells.size(); i++) {
      width[i] = Math.max(width[i], length(cells.get(i)));
    }
  }

  private void line(StringBuilder out, String indent, List<String> cells, int[] width) {
    StringBuilder line = new StringBuilder(indent);
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(GAP);
      }
      String cell = cells.get(i);
      String pad = " ".repeat(width[i] - length(cell));
      if (align[i] == Align.LEFT) {
        line.append(cell).append(pad);
      } else {
        line.append(pad).append(cell);
      }
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  private static void rule(StringBuilder out, String indent, int[] width) {
    StringBuilder line = new StringBuilder(indent);
    for (int i = 0; i < width.length; i++) {
      if (i > 0) {
        line.append(GAP);
      }
      line.append(String.valueOf(RULE).repeat(width[i]));
    }
    out.append(line).append('\n');
  }

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }
}
