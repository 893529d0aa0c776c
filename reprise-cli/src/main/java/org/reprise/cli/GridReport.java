package org.reprise.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reprise.cli.text.Labels;
import org.reprise.cli.text.Lang;
import org.reprise.cli.text.Numbers;
import org.reprise.cli.text.TextTable;
import org.reprise.io.result.GridJson;
import org.reprise.model.risk.StressScenario;
import org.reprise.sim.grid.GridInput;
import org.reprise.sim.grid.GridParameters;

/**
 * The text report of {@code reprise grid} in one language: a header, the matrix (x across, y
 * down), then the reasons of the empty cells. Labels come from {@link Labels} ({@code grid.*}),
 * numbers from {@link Numbers}. Input and metric names ({@code entry.multiple}, {@code fund.irr})
 * are the command line's and stay as written; so do the engine's reasons for an empty cell.
 *
 * <p>Not thread-safe (its {@link Numbers} is not): make one per report.
 */
final class GridReport {
  /** Most distinct reasons listed under the matrix. */
  private static final int REASONS = 5;

  private final Numbers n;
  private final Labels l;

  /** @param lang the language of the labels and numbers */
  GridReport(Lang lang) {
    this.n = new Numbers(lang);
    this.l = new Labels(lang);
  }

  /** The matrix: x across, y down, then the reasons of the empty cells. */
  String render(GridJson.Grid g, StressScenario overlay, GridInput base) {
    StringBuilder b = new StringBuilder();
    b.append(l.format("grid.title", g.dealName()));
    if (g.scenario() != null) {
      b.append(' ').append(l.format("grid.scenario", g.scenario()));
    }
    b.append('\n').append(l.format("grid.axes", g.metric(), g.xName(), g.yName()));
    if (g.monteCarlo()) {
      b.append(l.format("grid.monteCarlo", n.whole(g.paths()), g.seed()));
    } else {
      b.append(l.get("grid.deterministic"));
    }
    if (overlay != null) {
      b.append(l.format("grid.stress", overlay.name()));
    }
    b.append('\n');
    StressScenario s = overlay;
    if (GridParameters.RECESSION_DEPTH.equals(g.xName())
        || GridParameters.RECESSION_DEPTH.equals(g.yName())) {
      // the depth axis replaces the stress by the scaled "2009", a shock on top of each path's
      // own growth (GridParameters.withDepth): the paths of a cell stay different
      s = GridParameters.withDepth(GridParameters.recessionStress(base), 0.0);
    }
    if (g.monteCarlo() && s != null
        && SimulateCommand.coversHold(s, base.deal().exit().year())) {
      b.append(l.format("grid.coversHold", s.name())).append('\n');
    }
    if (g.cancelled()) {
      b.append(l.get("grid.interrupted")).append('\n');
    }
    b.append('\n');
    List<String> header = new ArrayList<>();
    header.add(g.yName() + " \\ " + g.xName());
    header.addAll(axisValues(g.xName(), g.x()));
    List<String> down = axisValues(g.yName(), g.y());
    TextTable t = TextTable.of(header);
    Map<String, Integer> reasons = new LinkedHashMap<>();
    for (int j = 0; j < g.y().length; j++) {
      List<String> row = new ArrayList<>();
      row.add(down.get(j));
      for (int i = 0; i < g.x().length; i++) {
        double v = g.values()[j][i];
        row.add(g.unit().equals("x") ? n.multiple(v) : n.percent(v));
        String reason = g.failures()[j][i];
        if (reason != null && !reason.isEmpty()) {
          reasons.merge(reason, 1, Integer::sum);
        }
      }
      t.row(row);
    }
    b.append(t.render());
    if (!reasons.isEmpty()) {
      b.append('\n').append(l.get("grid.noValue")).append('\n');
      int shown = 0;
      for (Map.Entry<String, Integer> e : reasons.entrySet()) {
        if (shown++ == REASONS) {
          b.append("  ").append(l.format("grid.otherReasons", reasons.size() - REASONS))
              .append('\n');
          break;
        }
        b.append("  ").append(l.format(e.getValue() == 1 ? "grid.cell" : "grid.cells",
            e.getValue(), e.getKey())).append('\n');
      }
    }
    return b.toString();
  }

  /** Most decimals of a percentage on an axis. */
  private static final int MAX_DECIMALS = 6;

  /**
   * @return the labels of an axis's values ({@link #axisValue}), percentages with as many
   *     decimals as it takes to tell distinct values apart (at least one, at most {@value
   *     #MAX_DECIMALS}): 0, 0.0001, 0.3 → 0.00%, 0.01%, 30.00%
   */
  List<String> axisValues(String name, double[] values) {
    long distinct = Arrays.stream(values).distinct().count();
    List<String> labels = new ArrayList<>();
    for (int d = 1; d <= MAX_DECIMALS; d++) {
      labels.clear();
      for (double v : values) {
        labels.add(axisValue(name, v, d));
      }
      if (labels.stream().distinct().count() == distinct) {
        break;
      }
    }
    return labels;
  }

  /**
   * @return an axis value as the user thinks of it: 7.5×, ×0.8, +1.0%, 30.0%, 2028 (French:
   *     7,5×, ×0,8, +1,0 %, 30,0 %, 2028)
   */
  String axisValue(String name, double v) {
    return axisValue(name, v, 1);
  }

  /** @return {@link #axisValue(String, double)} with {@code decimals} decimals for percentages */
  private String axisValue(String name, double v, int decimals) {
    if (!GridParameters.NAMES.contains(name)) {
      return plain(v); // a key path of the deal file: the number as the file would hold it
    }
    switch (name) {
      case GridParameters.ENTRY_MULTIPLE:
      case GridParameters.EXIT_MULTIPLE:
        return plain(v) + "×";
      case GridParameters.LEVERAGE:
        return "×" + plain(v);
      case GridParameters.EXIT_YEAR:
        return String.valueOf(Math.round(v));
      case GridParameters.DEBT_RATE:
      case GridParameters.GROWTH:
        return (v > 0 ? "+" : "") + n.percent(v, decimals);
      default:
        return n.percent(v, decimals);
    }
  }

  /** @return a value with as many decimals as it has (0.035, 7), for messages */
  static String plainNumber(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  /** A value with as many decimals as it has (6.5, 7), with the language's decimal mark. */
  private String plain(double v) {
    String s = BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    return n.lang() == Lang.FR ? s.replace('.', ',') : s;
  }
}
