package org.reprise.io;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Expands a per-year value into one entry per projected year.
 *
 * <p>A per-year value is either a single value, which applies to every projected year, or a list
 * (year 1, year 2, ...). A list shorter than the horizon repeats its last value; entries beyond
 * the horizon are ignored; an empty list is an error.
 */
final class PerYear {

  private PerYear() {}

  /**
   * @param node the value (must be present)
   * @param years the horizon
   * @param scalar reads one entry (and throws a {@code DealException} naming the entry's path)
   * @param expected what one entry should be, for error messages
   * @return an array of length {@code years}
   */
  static double[] of(Node node, int years, ToDoubleFunction<Node> scalar, String expected) {
    List<Node> items = node.itemsOrSelf(expected + " or a list of them (one per year)");
    double[] out = new double[years];
    double last = 0;
    for (int t = 0; t < years; t++) {
      if (t < items.size()) {
        last = scalar.applyAsDouble(items.get(t));
      }
      out[t] = last;
    }
    // Entries beyond the horizon are ignored, but still checked so that a typo never hides there.
    for (int t = years; t < items.size(); t++) {
      scalar.applyAsDouble(items.get(t));
    }
    return out;
  }

  /** @return a per-year rate, or {@code otherwise} every year when absent */
  static double[] rates(Node node, int years, double otherwise) {
    return node.present() ? of(node, years, Node::rate, Rates.RATE_FORMS) : fill(years, otherwise);
  }

  /** @return a per-year rate within [min, max], or {@code otherwise} every year when absent */
  static double[] rates(Node node, int years, double otherwise, double min, double max) {
    return node.present()
        ? of(node, years, n -> n.rate(min, max), Rates.RATE_FORMS)
        : fill(years, otherwise);
  }

  /** @return a per-year amount of zero or more, or {@code otherwise} every year when absent */
  static double[] amounts(Node node, int years, double otherwise) {
    return node.present()
        ? of(node, years, Node::nonNegativeAmount, "an amount in currency units")
        : fill(years, otherwise);
  }

  /** @return an array of {@code years} copies of {@code value} */
  static double[] fill(int years, double value) {
    double[] out = new double[years];
    java.util.Arrays.fill(out, value);
    return out;
  }
}
