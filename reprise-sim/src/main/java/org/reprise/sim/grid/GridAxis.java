package org.reprise.sim.grid;

import static org.reprise.model.MessageNumbers.number;

import java.math.BigDecimal;
import java.util.Objects;
import org.reprise.model.DealException;

/**
 * One axis of a sensitivity grid: a named input and the values it takes.
 *
 * @param <T> the input the grid varies (a {@code Deal}, or a deal with its risk model)
 * @param name the input's name for reports, for example {@code entry.multiple}
 * @param values the values, in order; copied
 * @param setter returns the input with this parameter set to a value (must not modify its argument;
 *     must be thread-safe)
 */
public record GridAxis<T>(String name, double[] values, Setter<T> setter) {

  /** Largest number of values an axis may have (a grid is limited to {@link Grid#MAX_POINTS}). */
  public static final int MAX_VALUES = Grid.MAX_POINTS;

  /**
   * Sets one parameter of an input.
   *
   * @param <T> the input type
   */
  @FunctionalInterface
  public interface Setter<T> {
    /**
     * @param input the input (not modified)
     * @param value the parameter's value
     * @return the input with the parameter set
     */
    T apply(T input, double value);
  }

  /** Validates; error paths are {@code grid.<name>}. */
  public GridAxis {
    if (name == null || name.isBlank()) {
      throw new DealException("grid", "expected a parameter name for the axis, found none");
    }
    Objects.requireNonNull(setter, "setter");
    if (values == null || values.length == 0) {
      throw new DealException("grid." + name, "expected at least one value, found none");
    }
    values = values.clone();
    for (double v : values) {
      if (!Double.isFinite(v)) {
        throw new DealException("grid." + name, "expected finite values, found " + number(v));
      }
    }
  }

  /**
   * The values {@code from, from + step, …} up to {@code to} (included when it falls on the step,
   * to within 10^−9 of a step), each the double nearest the exact decimal sum of the shortest
   * decimals of {@code from} and {@code step} (0.5:1.5:0.1 gives 0.6, not 0.6000000000000001).
   *
   * @throws DealException when the bounds are not finite, the step is not positive, {@code to <
   *     from}, or the range has more than {@link #MAX_VALUES} values
   */
  public static <T> GridAxis<T> range(
      String name, double from, double to, double step, Setter<T> setter) {
    String p = "grid." + name;
    if (!Double.isFinite(from) || !Double.isFinite(to) || !Double.isFinite(step)) {
      throw new DealException(
          p, "expected finite bounds and step, found " + number(from) + ":" + number(to) + ":"
              + number(step));
    }
    if (!(step > 0.0)) {
      throw new DealException(p, "expected a positive step, found " + number(step));
    }
    if (to < from) {
      throw new DealException(p, "expected from ≤ to, found " + number(from) + " > " + number(to)
          + ": no points");
    }
    double span = (to - from) / step;
    if (span + 1.0 > MAX_VALUES) {
      // grouped by thousands, as the other limits (10,000,000 paths): review 36, X5
      throw new DealException(p, String.format(java.util.Locale.ROOT,
          "expected at most %,d values, found %,d", MAX_VALUES,
          (long) Math.floor(span + 1.0 + 1e-9)));
    }
    int n = (int) Math.floor(span + 1e-9) + 1;
    double[] v = new double[n];
    // In decimal, from the shortest decimal of each bound: 0.5 + 1 × 0.1 is 0.6, not
    // 0.6000000000000001, as the user wrote the range.
    BigDecimal start = BigDecimal.valueOf(from);
    BigDecimal increment = BigDecimal.valueOf(step);
    for (int i = 0; i < n; i++) {
      v[i] = start.add(increment.multiply(BigDecimal.valueOf(i))).doubleValue();
    }
    return new GridAxis<>(name, v, setter);
  }

  /**
   * @return a copy of the values
   */
  @Override
  public double[] values() {
    return values.clone();
  }

  /**
   * @return the number of values
   */
  public int size() {
    return values.length;
  }

  /**
   * @return value i
   */
  public double value(int i) {
    return values[i];
  }
}
