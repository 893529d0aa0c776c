package org.reprise.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CovenantsTest {

  private static final double N = Double.NaN;

  /** A covenant is tested in a year when it has a level that year (NaN: not tested). */
  @Test
  void testedBeforeLooksAtTheFirstYearsOnly() {
    Covenants none = new Covenants(new double[] {N, N, N}, new double[] {N, N, N}, null, false);
    assertThat(none.testedBefore(3)).isFalse();
    Covenants late = new Covenants(new double[] {N, N, 4.0}, new double[3], null, false);
    // minInterestCover of 0 is a level (tested, never broken by a positive cover)
    assertThat(late.testedBefore(1)).isTrue();
    Covenants leverageInYear3 =
        new Covenants(new double[] {N, N, 4.0}, new double[] {N, N, N}, new double[] {N, N, N},
            false);
    assertThat(leverageInYear3.testedBefore(2)).isFalse();
    assertThat(leverageInYear3.testedBefore(3)).isTrue();
    assertThat(leverageInYear3.testedBefore(10)).isTrue();
  }
}
