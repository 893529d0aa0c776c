package org.reprise.sim;

import java.util.Arrays;

/**
 * Renders every number of a simulation result exactly (Double.toString round-trips), for
 * bit-equality checks.
 */
final class Fingerprint {
  private Fingerprint() {}

  /** Everything but the requested count and the cancelled flag. */
  static String of(SimulationResult r) {
    StringBuilder b = new StringBuilder();
    b.append(r.dealName())
        .append('|')
        .append(r.overlay())
        .append('|')
        .append(r.seed())
        .append('|')
        .append(r.paths())
        .append('|')
        .append(r.failedPaths())
        .append('|')
        .append(r.firstFailure())
        .append('|')
        .append(r.years())
        .append('|')
        .append(r.exitYear())
        .append('|')
        .append(r.defaults())
        .append(' ')
        .append(r.exitShortfalls())
        .append(Arrays.toString(r.firstDefaultByYear()))
        .append(Arrays.toString(r.inDefaultByYear()))
        .append('|')
        .append(r.covenantsTested())
        .append(r.breaches())
        .append(Arrays.toString(r.firstBreachByYear()))
        .append(Arrays.toString(r.inBreachByYear()))
        .append('|')
        .append(Double.doubleToRawLongBits(r.headcountAtDefault()))
        .append('|')
        .append(r.parties())
        .append('\n');
    for (int k = 0; k < r.meanFlows().length; k++) {
      for (double f : r.meanFlows()[k]) {
        b.append(Double.doubleToRawLongBits(f)).append(' ');
      }
      b.append('\n');
    }
    for (MetricStatistics m : r.metrics()) {
      b.append(m.name())
          .append(' ')
          .append(m.baseValue())
          .append(' ')
          .append(m.all())
          .append(' ')
          .append(m.performing())
          .append(' ')
          .append(m.defaulted())
          .append('\n');
    }
    return b.toString();
  }
}
