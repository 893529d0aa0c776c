package org.reprise.io.result;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a sensitivity grid, the document of {@code reprise grid FILE --json}, documented field by
 * field in docs/risk.md ("JSON output of reprise grid"). Values are decimals (an IRR of 12 % is
 * 0.12, a probability of 5 % is 0.05, a multiple of 2.1× is 2.1); a cell with no value is {@code
 * null} and its reason is listed in {@code failures}.
 *
 * <p>This module does not depend on the simulation module: the caller passes the grid as the
 * plain record {@link Grid}. Stateless and thread-safe.
 */
public final class GridJson {

  /** Version of this layout, written as {@code formatVersion}. */
  public static final int FORMAT_VERSION = 1;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private GridJson() {}

  /**
   * A computed grid.
   *
   * @param dealName the deal's name
   * @param scenario the scenario of the file the grid ran on, or {@code null} for the top-level deal
   * @param metric the metric's name ({@code fund.irr}, {@code default.probability}...)
   * @param unit {@code rate}, {@code x} or {@code probability}
   * @param monteCarlo true when every cell is a simulation
   * @param paths paths per cell (Monte Carlo), else 0
   * @param seed seed of every cell (Monte Carlo)
   * @param xName the x parameter
   * @param x its values
   * @param yName the y parameter
   * @param y its values
   * @param values values[j][i] at (x[i], y[j]); NaN when not computed
   * @param failures failures[j][i]: {@code ""} or why the cell has no value
   * @param cancelled true when interrupted before every cell was computed
   */
  public record Grid(
      String dealName,
      String scenario,
      String metric,
      String unit,
      boolean monteCarlo,
      long paths,
      long seed,
      String xName,
      double[] x,
      String yName,
      double[] y,
      double[][] values,
      String[][] failures,
      boolean cancelled) {}

  /**
   * @return the document, pretty printed, ending with a line feed
   */
  public static String toJson(Grid g) {
    return ResultJson.write(toTree(g));
  }

  /**
   * @return the document as a JSON tree
   */
  public static ObjectNode toTree(Grid g) {
    ObjectNode root = NODES.objectNode();
    root.put("formatVersion", FORMAT_VERSION);
    root.put("deal", g.dealName());
    if (g.scenario() == null) {
      root.putNull("scenario");
    } else {
      root.put("scenario", g.scenario());
    }
    root.put("metric", g.metric());
    root.put("unit", g.unit());
    root.put("monteCarlo", g.monteCarlo());
    if (g.monteCarlo()) {
      root.put("paths", g.paths());
      root.put("seed", g.seed());
    } else {
      root.putNull("paths");
      root.putNull("seed");
    }
    root.put("cancelled", g.cancelled());
    ObjectNode x = root.putObject("x");
    x.put("parameter", g.xName());
    x.set("values", Json.array(g.x()));
    ObjectNode y = root.putObject("y");
    y.put("parameter", g.yName());
    y.set("values", Json.array(g.y()));
    ArrayNode rows = root.putArray("values");
    ArrayNode failures = root.putArray("failures");
    for (int j = 0; j < g.y().length; j++) {
      rows.add(Json.array(g.values()[j]));
      for (int i = 0; i < g.x().length; i++) {
        String reason = g.failures()[j][i];
        if (reason != null && !reason.isEmpty()) {
          ObjectNode f = failures.addObject();
          Json.num(f, "x", g.x()[i]);
          Json.num(f, "y", g.y()[j]);
          f.put("reason", reason);
        }
      }
    }
    return root;
  }
}
