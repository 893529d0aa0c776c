package org.reprise.engine;

/**
 * Allocation of rectangular {@code double[rows][columns]} tables.
 *
 * <p>{@code new double[r][c]} with sizes known only at run time compiles to HotSpot's
 * {@code multianewarray}, which the JIT hands to a runtime call: about 150 ns a table, measured on
 * the debt book (ten such tables a run, 1.5 µs of a 12 µs deterministic run). Allocating the rows
 * one by one keeps the allocation inline.
 */
public final class Rows {

  private Rows() {}

  /**
   * @param rows number of rows (≥ 0)
   * @param columns length of each row (≥ 0)
   * @return a new zero-filled table
   */
  public static double[][] zeros(int rows, int columns) {
    double[][] table = new double[rows][];
    for (int r = 0; r < rows; r++) {
      table[r] = new double[columns];
    }
    return table;
  }
}
