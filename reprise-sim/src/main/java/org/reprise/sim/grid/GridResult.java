package org.reprise.sim.grid;

/**
 * A metric evaluated over the cartesian product of two axes. {@code value(i, j)} is the metric at x
 * value i and y value j; a cell that could not be computed holds {@code NaN} and says why in {@code
 * failure(i, j)} (the grid never stops on one bad cell).
 *
 * @param xName the x axis's parameter
 * @param x the x values
 * @param yName the y axis's parameter
 * @param y the y values
 * @param values values[j][i] at (x[i], y[j])
 * @param failures failures[j][i]: {@code ""} when computed, otherwise the reason ("not computed:
 *     cancelled" for cells skipped after a cancellation)
 * @param cancelled true when the evaluation was cancelled before every cell was computed
 */
public record GridResult(
    String xName,
    double[] x,
    String yName,
    double[] y,
    double[][] values,
    String[][] failures,
    boolean cancelled) {

  /** Reason recorded for the cells skipped after a cancellation. */
  public static final String NOT_COMPUTED = "not computed: cancelled";

  /**
   * @return the metric at (x[i], y[j])
   */
  public double value(int i, int j) {
    return values[j][i];
  }

  /**
   * @return why the cell (x[i], y[j]) has no value, or {@code ""}
   */
  public String failure(int i, int j) {
    return failures[j][i];
  }
}
