package org.reprise.sim.stats;

/**
 * Neumaier's compensated summation (an improved Kahan–Babuška sum) over slots of a {@code
 * double[]}: slot {@code 2i} holds the running sum, slot {@code 2i+1} the compensation. Used for
 * means that must be accurate and, when the additions come in a fixed order, bit-reproducible.
 *
 * <p>Reference: A. Neumaier, "Rundungsfehleranalyse einiger Verfahren zur Summation endlicher
 * Summen", ZAMM 54 (1974) 39–51.
 */
public final class CompensatedSum {

  private CompensatedSum() {}

  /** Adds {@code x} to sum number {@code i} of {@code slots}. */
  public static void add(double[] slots, int i, double x) {
    int s = 2 * i;
    double sum = slots[s];
    double t = sum + x;
    if (!Double.isFinite(t)) {
      slots[s] = t;
      return;
    }
    if (Math.abs(sum) >= Math.abs(x)) {
      slots[s + 1] += (sum - t) + x;
    } else {
      slots[s + 1] += (x - t) + sum;
    }
    slots[s] = t;
  }

  /** Adds every sum of {@code other} into {@code into} (same layout). */
  public static void addAll(double[] into, double[] other) {
    for (int i = 0; i < into.length / 2; i++) {
      add(into, i, other[2 * i]);
      into[2 * i + 1] += other[2 * i + 1];
    }
  }

  /**
   * @return the value of sum number {@code i}: sum + compensation (±∞ or NaN once a term was)
   */
  public static double value(double[] slots, int i) {
    double s = slots[2 * i];
    return Double.isFinite(s) ? s + slots[2 * i + 1] : s;
  }
}
