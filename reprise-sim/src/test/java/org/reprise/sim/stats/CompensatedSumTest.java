package org.reprise.sim.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class CompensatedSumTest {

  @Test
  void neumaiersClassicCaseIsExactWhereTheNaiveSumIsNot() {
    // Neumaier (1974): 1 + 1e100 + 1 − 1e100 = 2; naive summation (and Kahan's) gives 0.
    double[] slots = new double[2];
    double naive = 0.0;
    for (double v : new double[] {1.0, 1e100, 1.0, -1e100}) {
      CompensatedSum.add(slots, 0, v);
      naive += v;
    }
    assertThat(CompensatedSum.value(slots, 0)).isEqualTo(2.0);
    assertThat(naive).isEqualTo(0.0);
  }

  @Test
  void compensatedSumMatchesAnExactBigDecimalSumToTheLastBits() {
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(3L);
    double[] slots = new double[2];
    BigDecimal exact = BigDecimal.ZERO;
    for (int i = 0; i < 100_000; i++) {
      double v = (rng.nextDouble() - 0.5) * Math.pow(10.0, rng.nextInt(12)); // mixed magnitudes
      CompensatedSum.add(slots, 0, v);
      exact = exact.add(new BigDecimal(v));
    }
    double reference = exact.doubleValue();
    assertThat(Math.abs(CompensatedSum.value(slots, 0) - reference))
        .isLessThanOrEqualTo(2 * Math.ulp(reference));
  }

  @Test
  void addAllAddsSumsAndCompensations() {
    double[] a = new double[4];
    double[] b = new double[4];
    CompensatedSum.add(a, 0, 1.0);
    CompensatedSum.add(a, 0, 1e-17);
    CompensatedSum.add(b, 0, 1e-17);
    CompensatedSum.add(b, 1, 3.0);
    CompensatedSum.addAll(a, b);
    assertThat(CompensatedSum.value(a, 0)).isEqualTo(1.0 + 2e-17);
    assertThat(CompensatedSum.value(a, 1)).isEqualTo(3.0);
  }

  @Test
  void infinitiesPropagate() {
    double[] a = new double[2];
    CompensatedSum.add(a, 0, 1.0);
    CompensatedSum.add(a, 0, Double.POSITIVE_INFINITY);
    CompensatedSum.add(a, 0, 2.0);
    assertThat(CompensatedSum.value(a, 0)).isEqualTo(Double.POSITIVE_INFINITY);
  }
}
