package org.reprise.sim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.stream.Stream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The quantile estimator against exact order statistics of a stored sample (the reference: the
 * sorted sample, rank ⌈q n⌉), on seeded samples of several shapes, and its merging.
 */
class LogLinearHistogramTest {
  private static final double[] QS = {0.0, 0.01, 0.05, 0.10, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 1.0};
  private static final double ZERO = 1e-6;

  static Stream<Arguments> samples() {
    return Stream.of(
        Arguments.of("IRR-like normal", 1L, (Sampler) (r, g) -> 0.12 + 0.08 * g.sample()),
        Arguments.of(
            "lognormal multiple", 2L, (Sampler) (r, g) -> Math.exp(0.6 + 0.5 * g.sample())),
        Arguments.of(
            "mixture with a total-loss atom",
            3L,
            (Sampler) (r, g) -> r.nextDouble() < 0.2 ? -1.0 : 0.1 + 0.15 * g.sample()),
        Arguments.of("uniform around zero", 4L, (Sampler) (r, g) -> 2e-5 * (r.nextDouble() - 0.5)),
        Arguments.of("amounts in euros", 5L, (Sampler) (r, g) -> 2.5e7 + 1.2e7 * g.sample()),
        Arguments.of(
            "heavy tail", 6L, (Sampler) (r, g) -> Math.pow(10.0, 6.0 * r.nextDouble() - 3.0)));
  }

  interface Sampler {
    double next(UniformRandomProvider r, ZigguratSampler.NormalizedGaussian g);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void quantilesAreWithinTheDocumentedErrorOfTheExactOrderStatistic(
      String name, long seed, Sampler sampler) {
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
    for (int n : new int[] {1, 2, 7, 1000, 100_003}) {
      double[] x = new double[n];
      LogLinearHistogram h = new LogLinearHistogram(ZERO);
      for (int i = 0; i < n; i++) {
        x[i] = sampler.next(rng, g);
        h.accept(x[i]);
      }
      Arrays.sort(x);
      assertThat(h.count()).isEqualTo(n);
      assertThat(h.min()).isEqualTo(x[0]);
      assertThat(h.max()).isEqualTo(x[n - 1]);
      for (double q : QS) {
        double exact = x[(int) Math.max(1, Math.ceil(q * n)) - 1];
        double bound = Math.max(Math.abs(exact) * LogLinearHistogram.RELATIVE_ERROR, ZERO);
        assertThat(Math.abs(h.quantile(q) - exact))
            .as("%s n=%d q=%s exact=%s", name, n, q, exact)
            .isLessThanOrEqualTo(bound);
      }
    }
  }

  @Test
  void theRelativeErrorBoundIsTight() {
    // A value at the bottom of its bin is estimated at the bin's midpoint: relative error
    // (2^e/1024) / 2^e = 2^-10 exactly for the first bin of a power of two.
    LogLinearHistogram k = new LogLinearHistogram(ZERO);
    k.accept(0.5);
    k.accept(1.0);
    k.accept(3.0);
    assertThat(k.quantile(0.5)).isEqualTo(1.0 + 1.0 / 1024.0);
    assertThat((k.quantile(0.5) - 1.0) / 1.0).isEqualTo(LogLinearHistogram.RELATIVE_ERROR);
    // ranks 1 and n are the exact extremes
    assertThat(k.quantile(0.0)).isEqualTo(0.5);
    assertThat(k.quantile(0.3)).isEqualTo(0.5);
    assertThat(k.quantile(1.0)).isEqualTo(3.0);
  }

  @Test
  void mergingIsExactAndOrderIndependent() {
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(9L);
    ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
    LogLinearHistogram whole = new LogLinearHistogram(ZERO);
    LogLinearHistogram[] parts = new LogLinearHistogram[4];
    for (int p = 0; p < parts.length; p++) {
      parts[p] = new LogLinearHistogram(ZERO);
    }
    for (int i = 0; i < 40_000; i++) {
      double v = i % 997 == 0 ? Double.NaN : (i % 4 == 0 ? 1e3 : 1.0) * g.sample();
      whole.accept(v);
      parts[(int) (rng.nextLong() >>> 62)].accept(v);
    }
    LogLinearHistogram forward = new LogLinearHistogram(ZERO);
    LogLinearHistogram backward = new LogLinearHistogram(ZERO);
    for (int p = 0; p < parts.length; p++) {
      forward.combine(parts[p]);
      backward.combine(parts[parts.length - 1 - p]);
    }
    for (LogLinearHistogram m : new LogLinearHistogram[] {forward, backward}) {
      assertThat(m.count()).isEqualTo(whole.count());
      assertThat(m.undefined()).isEqualTo(whole.undefined()).isEqualTo(41);
      assertThat(m.min()).isEqualTo(whole.min());
      assertThat(m.max()).isEqualTo(whole.max());
      for (int i = 0; i <= 1000; i++) {
        assertThat(m.quantile(i / 1000.0)).isEqualTo(whole.quantile(i / 1000.0));
      }
    }
  }

  /** A batch of values gives the histogram that accepting them one by one gives. */
  @Test
  void acceptAllEqualsAcceptingEachValue() {
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(13L);
    ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
    double[] special = {
      Double.NaN, 0.0, -0.0, 1e-9, -1e-9, -1.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY
    };
    LogLinearHistogram one = new LogLinearHistogram(ZERO);
    LogLinearHistogram batched = new LogLinearHistogram(ZERO);
    double[] batch = new double[300];
    for (int round = 0; round < 200; round++) {
      int n = (int) ((rng.nextLong() >>> 1) % (batch.length + 1));
      for (int j = 0; j < n; j++) {
        long pick = rng.nextLong() >>> 1;
        double v =
            pick % 50 == 0
                ? special[(int) (pick / 50 % special.length)]
                : Math.pow(10.0, 3.0 * g.sample()) * (pick % 3 == 0 ? -1.0 : 1.0);
        batch[j] = v;
        one.accept(v);
      }
      batched.acceptAll(batch, n);
    }
    assertThat(batched.count()).isEqualTo(one.count());
    assertThat(batched.undefined()).isEqualTo(one.undefined()).isPositive();
    assertThat(batched.min()).isEqualTo(one.min());
    assertThat(batched.max()).isEqualTo(one.max());
    assertThat(batched.toString()).isEqualTo(one.toString());
    for (int i = 0; i <= 1000; i++) {
      assertThat(batched.quantile(i / 1000.0)).isEqualTo(one.quantile(i / 1000.0));
    }
  }

  /** Several quantiles in one pass are each the quantile asked alone, by the definition's scan. */
  @Test
  void quantilesInOnePassEqualTheQuantilesOneByOne() {
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(17L);
    ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
    double[] qs = new double[1001];
    for (int i = 0; i < qs.length; i++) {
      qs[i] = i / 1000.0;
    }
    for (int n : new int[] {1, 2, 3, 10, 1000, 20_000}) {
      LogLinearHistogram h = new LogLinearHistogram(ZERO);
      List<Double> sample = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        double v = i % 7 == 0 ? 0.0 : i % 5 == 0 ? -1.0 : 0.1 + 0.3 * g.sample();
        h.accept(v);
        sample.add(v);
      }
      Collections.sort(sample);
      double[] all = h.quantiles(qs);
      for (int i = 0; i < qs.length; i++) {
        int rank = (int) Math.max(1L, (long) Math.ceil(qs[i] * n));
        double exact = sample.get(rank - 1);
        // the single quantile, against the documented bound as in the other tests
        assertThat(all[i]).isEqualTo(h.quantile(qs[i]));
        assertThat(Math.abs(all[i] - exact))
            .isLessThanOrEqualTo(
                Math.max(ZERO, Math.abs(exact) * LogLinearHistogram.RELATIVE_ERROR));
      }
      // the same probability asked twice, and the ones the summaries ask
      assertThat(h.quantiles(0.5, 0.5)).containsExactly(h.quantile(0.5), h.quantile(0.5));
      assertThat(h.quantiles(0.05, 0.25, 0.50, 0.75, 0.95))
          .containsExactly(
              h.quantile(0.05), h.quantile(0.25), h.quantile(0.5), h.quantile(0.75),
              h.quantile(0.95));
    }
    LogLinearHistogram empty = new LogLinearHistogram(ZERO);
    assertThat(empty.quantiles(0.1, 0.9)).containsExactly(Double.NaN, Double.NaN);
    assertThatThrownBy(() -> empty.quantiles(0.9, 0.1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void specialValues() {
    LogLinearHistogram h = new LogLinearHistogram(ZERO);
    assertThat(h.quantile(0.5)).isNaN();
    assertThat(h.min()).isNaN();
    h.accept(Double.NaN);
    assertThat(h.count()).isZero();
    assertThat(h.undefined()).isEqualTo(1);
    assertThat(h.quantile(0.5)).isNaN();
    h.accept(0.0);
    h.accept(-0.0);
    h.accept(1e-9);
    assertThat(h.quantile(0.5)).isEqualTo(0.0);
    h.accept(Double.POSITIVE_INFINITY);
    h.accept(Double.NEGATIVE_INFINITY);
    h.accept(Double.MAX_VALUE);
    assertThat(h.quantile(1.0)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(h.quantile(0.0)).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(h.quantile(5.0 / 6.0) / Double.MAX_VALUE)
        .isBetween(1.0 - LogLinearHistogram.RELATIVE_ERROR, 1.0);
    assertThatThrownBy(() -> h.quantile(1.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> h.quantile(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LogLinearHistogram(0.0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> h.combine(new LogLinearHistogram(1.0)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void memoryDependsOnTheRangeNotOnTheCount() {
    // A million IRR-like values spanning 1e-3..1 use a few thousand bins, however many values.
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(11L);
    LogLinearHistogram h = new LogLinearHistogram(ZERO);
    DoubleSupplier s = () -> Math.pow(10.0, -3.0 * rng.nextDouble());
    for (int i = 0; i < 1_000_000; i++) {
      h.accept(s.getAsDouble());
    }
    String d = h.toString();
    int bins =
        Integer.parseInt(d.substring(d.indexOf("bins=[") + 6, d.indexOf(',', d.indexOf("bins=["))));
    // 10 octaves (+1) of 512 bins; the store grows by doubling, so at most 3 × that
    assertThat(bins).isLessThanOrEqualTo(3 * 11 * 512);
  }
}
