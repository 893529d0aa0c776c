package org.reprise.model;

import java.util.Locale;

/**
 * How the error messages ({@link DealException}) write the numbers they compute, so that no message
 * shows Java's raw {@code double} ({@code -1.7668E8}, {@code 0.30000000000000004}) and the French
 * translation (MessagesFr, whose {@code {n}} reads these forms) can rewrite them.
 */
public final class MessageNumbers {

  private MessageNumbers() {}

  /**
   * @return an amount in currency units with two decimals and no grouping, as the engine's sources
   *     and uses messages write them: −176,680,000 → {@code "-176680000.00"}
   */
  public static String amount(double v) {
    if (!Double.isFinite(v)) {
      return special(v);
    }
    String s = String.format(Locale.ROOT, "%.2f", v);
    return s.equals("-0.00") ? "0.00" : s;
  }

  /**
   * @return a number (a multiple, a share, a coefficient) without trailing zeros and with at most
   *     six significant digits: 7.0 → {@code "7"}, 0.30000000000000004 → {@code "0.3"}, 1.5e-7 →
   *     {@code "1.5e-07"}
   */
  public static String number(double v) {
    if (!Double.isFinite(v)) {
      return special(v);
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, "%.6g", v).replaceAll("\\.?0+($|e)", "$1");
  }

  private static String special(double v) {
    return Double.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
  }
}
