package org.reprise.report.html;

import java.util.List;
import java.util.Locale;

/**
 * Charts as inline SVG, drawn here without any library or script: stacked bars (negative parts
 * stack below the axis) and paired horizontal bars. Every label goes through {@link Html#esc}.
 * Amounts on the axes are in M€, k€ or €, whichever suits the chart.
 */
final class Svg {

  /** Colours that stay distinct in print and for the common colour-vision deficiencies. */
  static final String[] PALETTE = {
    "#1f4e79", "#d9822b", "#5b9b4a", "#8c5aa8", "#c23b3b", "#3a9fb5", "#7f7f7f", "#b8a12c",
    "#d16ba5", "#2c3e50", "#9c6644"
  };

  private static final int WIDTH = 760;

  /**
   * One series of a stacked bar chart.
   *
   * @param name the series' label, in each bar's tooltip (user text allowed: escaped)
   * @param values one value per category
   * @param color fill colour
   * @param legend its label in the legend, which cuts a label of more than 32 characters: a
   *     shorter one for a long name
   */
  record Series(String name, double[] values, String color, String legend) {

    /** A series whose legend is its name. */
    Series(String name, double[] values, String color) {
      this(name, values, color, name);
    }
  }

  private Svg() {}

  /**
   * A stacked bar chart: for each category, positive values stack up from zero and negative ones
   * down.
   *
   * @param title accessible title
   * @param categories x-axis labels
   * @param series the stacked series, bottom first
   * @param fmt number format of the axis (millions)
   */
  static String stackedBars(String title, List<String> categories, List<Series> series, Fmt fmt) {
    int n = categories.size();
    double max = 0;
    double min = 0;
    for (int c = 0; c < n; c++) {
      double up = 0;
      double down = 0;
      for (Series s : series) {
        double v = s.values()[c];
        if (v > 0) {
          up += v;
        } else if (v < 0) {
          down += v;
        }
      }
      max = Math.max(max, up);
      min = Math.min(min, down);
    }
    if (max == min) {
      max = 1;
    }
    double step = niceStep((max - min) / 5.0);
    double top = Math.ceil(max / step) * step;
    double bottom = Math.floor(min / step) * step;
    int legendRows = (series.size() + 2) / 3;
    int left = 64;
    int right = 16;
    int plotTop = 16;
    int plotHeight = 240;
    int height = plotTop + plotHeight + 28 + legendRows * 20 + 8;
    double plotWidth = WIDTH - left - right;
    double extent = Math.max(Math.abs(top), Math.abs(bottom));
    double scale = extent >= 1e6 ? 1e6 : extent >= 1e3 ? 1e3 : 1;
    String unit = scale == 1e6 ? "M€" : scale == 1e3 ? "k€" : "€";
    StringBuilder b = open(title, height);
    // grid and axis labels
    for (double v = bottom; v <= top + step / 2; v += step) {
      double y = plotTop + (top - v) / (top - bottom) * plotHeight;
      b.append(String.format(Locale.ROOT,
          "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" class=\"%s\"/>", left, y,
          WIDTH - right, y, Math.abs(v) < step / 1e6 ? "axis" : "grid"));
      b.append(String.format(Locale.ROOT,
          "<text x=\"%d\" y=\"%.1f\" class=\"tick\" text-anchor=\"end\">%s</text>", left - 6,
          y + 4, Html.esc(fmt.number(v / scale, step >= scale ? 0 : step >= scale / 10 ? 1 : 2))));
    }
    b.append(String.format(Locale.ROOT,
        "<text x=\"4\" y=\"%d\" class=\"tick\">%s</text>", plotTop + 4, unit));
    double slot = plotWidth / Math.max(1, n);
    double bar = Math.min(56, slot * 0.6);
    for (int c = 0; c < n; c++) {
      double x = left + slot * c + (slot - bar) / 2;
      double up = 0;
      double down = 0;
      for (Series s : series) {
        double v = s.values()[c];
        if (v == 0 || Double.isNaN(v)) {
          continue;
        }
        double from = v > 0 ? up : down;
        double to = from + v;
        if (v > 0) {
          up = to;
        } else {
          down = to;
        }
        double y1 = plotTop + (top - Math.max(from, to)) / (top - bottom) * plotHeight;
        double y2 = plotTop + (top - Math.min(from, to)) / (top - bottom) * plotHeight;
        b.append(String.format(Locale.ROOT,
            "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
                + "<title>%s %s: %s</title></rect>",
            x, y1, bar, Math.max(0.5, y2 - y1), s.color(), Html.esc(s.name()),
            Html.esc(categories.get(c)), Html.esc(fmt.amount(v))));
      }
      b.append(String.format(Locale.ROOT,
          "<text x=\"%.1f\" y=\"%d\" class=\"tick\" text-anchor=\"middle\">%s</text>",
          x + bar / 2, plotTop + plotHeight + 18, Html.esc(categories.get(c))));
    }
    legend(b, series.stream().map(Series::legend).toList(),
        series.stream().map(Series::color).toList(), plotTop + plotHeight + 34);
    return b.append("</svg>").toString();
  }

  /**
   * Paired horizontal bars, one pair per row: what each party put in and what it got back.
   *
   * @param title accessible title
   * @param rows row labels (user text: escaped)
   * @param first first bar of each row
   * @param second second bar of each row
   * @param names legend of the two bars
   * @param notes a note at the end of each row (such as the IRR), may be empty
   */
  static String pairedBars(String title, List<String> rows, double[] first, double[] second,
      String[] names, List<String> notes, Fmt fmt) {
    double max = 0;
    for (int i = 0; i < rows.size(); i++) {
      max = Math.max(max, Math.max(first[i], second[i]));
    }
    max = max > 0 ? max : 1;
    int labelWidth = 190;
    int noteWidth = 150;
    int rowHeight = 44;
    int height = 12 + rows.size() * rowHeight + 36;
    double plot = WIDTH - labelWidth - noteWidth - 10;
    StringBuilder b = open(title, height);
    String[] colors = {PALETTE[6], PALETTE[0]};
    for (int i = 0; i < rows.size(); i++) {
      int y = 12 + i * rowHeight;
      String label = rows.get(i);
      if (label.length() > 28) {
        label = label.substring(0, 27) + "…";
      }
      b.append(String.format(Locale.ROOT,
          "<text x=\"%d\" y=\"%d\" class=\"label\" text-anchor=\"end\">%s</text>",
          labelWidth - 8, y + 20, Html.esc(label)));
      double[][] values = {first, second};
      for (int k = 0; k < 2; k++) {
        double w = Math.max(0, values[k][i]) / max * plot;
        int by = y + k * 16;
        b.append(String.format(Locale.ROOT,
            "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"14\" fill=\"%s\">"
                + "<title>%s: %s</title></rect>",
            labelWidth, by, Math.max(0.5, w), colors[k], Html.esc(names[k]),
            Html.esc(fmt.amount(values[k][i]))));
        b.append(String.format(Locale.ROOT,
            "<text x=\"%.1f\" y=\"%d\" class=\"tick\">%s</text>", labelWidth + w + 4, by + 11,
            Html.esc(fmt.amount(values[k][i]))));
      }
      b.append(String.format(Locale.ROOT,
          "<text x=\"%d\" y=\"%d\" class=\"label\" text-anchor=\"end\">%s</text>", WIDTH - 4,
          y + 20, Html.esc(notes.get(i))));
    }
    legend(b, List.of(names), List.of(colors), 12 + rows.size() * rowHeight + 12);
    return b.append("</svg>").toString();
  }

  private static StringBuilder open(String title, int height) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 %d %d\" "
            + "role=\"img\"><title>%s</title>", WIDTH, height, Html.esc(title)));
    return b;
  }

  private static void legend(StringBuilder b, List<String> names, List<String> colors, int y0) {
    for (int i = 0; i < names.size(); i++) {
      int x = 64 + (i % 3) * 230;
      int y = y0 + (i / 3) * 20;
      String name = names.get(i);
      if (name.length() > 32) {
        name = name.substring(0, 31) + "…";
      }
      b.append(String.format(Locale.ROOT,
          "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>"
              + "<text x=\"%d\" y=\"%d\" class=\"label\">%s</text>",
          x, y - 10, colors.get(i), x + 18, y, Html.esc(name)));
    }
  }

  /** @return 1, 2 or 5 times a power of ten, at least {@code raw} */
  static double niceStep(double raw) {
    if (!(raw > 0) || Double.isInfinite(raw)) {
      return 1;
    }
    double p = Math.pow(10, Math.floor(Math.log10(raw)));
    double f = raw / p;
    return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
  }
}
