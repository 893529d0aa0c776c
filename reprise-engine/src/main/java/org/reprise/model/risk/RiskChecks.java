package org.reprise.model.risk;

import static org.reprise.model.MessageNumbers.number;

import java.util.Locale;
import org.reprise.model.DealException;

/**
 * Argument checks of the risk-model records. Each check returns the value it accepted and names the
 * offending key path (relative to the deal file, for example {@code
 * risk.cycle.transition.recession}) in the {@link DealException} it throws.
 */
final class RiskChecks {

  /** Tolerance on sums of probabilities (rows of the transition matrix, initial distribution). */
  static final double SUM_TOLERANCE = 1e-9;

  private RiskChecks() {}

  static double finite(double value, String path) {
    if (!Double.isFinite(value)) {
      throw new DealException(path, "expected a finite number, found " + number(value));
    }
    return value;
  }

  static double probability(double value, String path) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new DealException(path, "expected a probability between 0 and 1, found " + number(value));
    }
    return value;
  }

  static double notNegative(double value, String path) {
    if (!(value >= 0.0) || Double.isInfinite(value)) {
      throw new DealException(path, "expected a finite number ≥ 0, found " + number(value));
    }
    return value;
  }

  /** A personnel flexibility: the share of the revenue shortfall the payroll follows, 0 to 1. */
  static double personnelFlex(double value, String path) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new DealException(
          path, "expected a share of the revenue shortfall between 0 and 1, found " + number(value));
    }
    return value;
  }

  static double growth(double value, String path) {
    if (!(value > -1.0) || Double.isInfinite(value)) {
      throw new DealException(
          path, "expected a growth rate above −100 % (a decimal > −1), found " + number(value));
    }
    return value;
  }

  static String name(String value, String path) {
    if (value == null || value.isBlank()) {
      throw new DealException(
          path, "expected a non-empty name, found " + (value == null ? "none" : "\"\""));
    }
    return value;
  }

  /** Checks that {@code values} is a probability distribution (entries in [0,1], sum 1 ± 1e-9). */
  static double[] distribution(double[] values, String path, String[] labels) {
    double sum = 0.0;
    for (int j = 0; j < values.length; j++) {
      probability(values[j], path + "." + labels[j]);
      sum += values[j];
    }
    if (!(Math.abs(sum - 1.0) <= SUM_TOLERANCE)) {
      throw new DealException(
          path,
          String.format(
              Locale.ROOT,
              "expected probabilities summing to 1 (± %.0e), found a sum of %.12f",
              SUM_TOLERANCE,
              sum));
    }
    return values;
  }
}
