package org.reprise.sim.stats;

import java.util.Arrays;

/**
 * A mergeable histogram with fixed log-linear bins (the layout of HdrHistogram), for streaming
 * quantiles of values of any sign and magnitude in bounded memory.
 *
 * <p><b>Bins.</b> A value x with |x| ≥ {@code zeroThreshold} falls in the bin of |x| (and of its
 * sign) given by the top {@value #SUB_BUCKET_BITS} bits of its mantissa and its binary exponent:
 * each power of two [2^e, 2^(e+1)) is cut into 512 equal bins, so a bin [lo, hi) has {@code hi − lo
 * = 2^e / 512 ≤ lo / 512}. Values with |x| below the threshold are counted in a single zero bin.
 * {@code NaN}s are counted apart ({@link #undefined()}) and never enter the bins. The bin
 * boundaries do not depend on the data, so two histograms merge exactly by adding counts: merging
 * is associative and commutative, whatever the order or the number of threads.
 *
 * <p><b>Quantiles.</b> {@link #quantile(double)} estimates the order statistic of rank {@code k =
 * max(1, ⌈q n⌉)} (1-based) of the n values accepted — the inverse of the empirical distribution
 * function (Hyndman and Fan's definition 1). It returns the midpoint of the bin that holds that
 * order statistic, clamped to [min, max]; ranks 1 and n return the exact minimum and maximum.
 * Hence, with x_(k) the exact order statistic:
 *
 * <pre>
 *   |estimate − x_(k)| ≤ |x_(k)| × 2^−10  (≈ 0.098 %)   when |x_(k)| ≥ zeroThreshold,
 *   |estimate − x_(k)| ≤ zeroThreshold                    otherwise.
 * </pre>
 *
 * <p><b>Memory.</b> Counts are {@code long}s in two dense arrays (one per sign) that cover only the
 * range of bins seen: 512 × 8 B = 4 KiB per power of two spanned, whatever the number of values. An
 * IRR distribution from 10^-6 to 10 in magnitude spans 24 powers of two per sign (at most 192 KiB);
 * most span far fewer.
 *
 * <p>Not thread-safe: one instance per thread, merged with {@link #combine}.
 */
public final class LogLinearHistogram {

  /** Bits of the mantissa that select the bin within a power of two: 512 bins per octave. */
  public static final int SUB_BUCKET_BITS = 9;

  /** Bound on the relative error of a quantile estimate: 2^−10. */
  public static final double RELATIVE_ERROR = 1.0 / (1 << (SUB_BUCKET_BITS + 1));

  private static final int SHIFT = 52 - SUB_BUCKET_BITS;

  private final double zeroThreshold;
  private final Store positive = new Store();
  private final Store negative = new Store();
  private long zeros;
  private long count;
  private long undefined;
  private double min = Double.POSITIVE_INFINITY;
  private double max = Double.NEGATIVE_INFINITY;

  /**
   * @param zeroThreshold magnitude below which values count as zero (the absolute resolution), at
   *     least {@link Double#MIN_NORMAL}
   * @throws IllegalArgumentException if the threshold is not a finite number ≥ MIN_NORMAL
   */
  public LogLinearHistogram(double zeroThreshold) {
    if (!(zeroThreshold >= Double.MIN_NORMAL) || Double.isInfinite(zeroThreshold)) {
      throw new IllegalArgumentException(
          "zeroThreshold: expected a finite number ≥ 2.2e-308, found " + zeroThreshold);
    }
    this.zeroThreshold = zeroThreshold;
  }

  /** A copy of {@code other}. */
  public LogLinearHistogram(LogLinearHistogram other) {
    this(other.zeroThreshold);
    combine(other);
  }

  /**
   * @return the magnitude below which values count as zero
   */
  public double zeroThreshold() {
    return zeroThreshold;
  }

  /** Adds one value; {@code NaN} is counted as undefined, infinities in the extreme bins. */
  public void accept(double x) {
    if (x != x) {
      undefined++;
      return;
    }
    count++;
    if (x < min) {
      min = x;
    }
    if (x > max) {
      max = x;
    }
    double a = Math.abs(x);
    if (a < zeroThreshold) {
      zeros++;
    } else if (x > 0.0) {
      positive.add(index(a), 1L);
    } else {
      negative.add(index(a), 1L);
    }
  }

  /**
   * Adds {@code values[0]} to {@code values[n − 1]}: the same counts, extremes and bins as {@link
   * #accept} of each in turn. One histogram's values in one loop keep its bins in the cache and its
   * count and extremes in registers (the simulator buffers a batch of paths' values per metric).
   *
   * @param values the values
   * @param n how many of them, from the first
   */
  public void acceptAll(double[] values, int n) {
    long defined = 0;
    long nan = 0;
    long zero = 0;
    double lo = min;
    double hi = max;
    double threshold = zeroThreshold;
    for (int j = 0; j < n; j++) {
      double x = values[j];
      if (x != x) {
        nan++;
        continue;
      }
      defined++;
      lo = x < lo ? x : lo;
      hi = x > hi ? x : hi;
      double a = Math.abs(x);
      if (a < threshold) {
        zero++;
      } else if (x > 0.0) {
        positive.add(index(a), 1L);
      } else {
        negative.add(index(a), 1L);
      }
    }
    count += defined;
    undefined += nan;
    zeros += zero;
    min = lo;
    max = hi;
  }

  /**
   * Adds the counts of {@code other} to this histogram (exact).
   *
   * @throws IllegalArgumentException when the zero thresholds differ
   */
  public void combine(LogLinearHistogram other) {
    if (other.zeroThreshold != zeroThreshold) {
      throw new IllegalArgumentException(
          "cannot merge histograms with zero thresholds "
              + zeroThreshold
              + " and "
              + other.zeroThreshold);
    }
    positive.addAll(other.positive);
    negative.addAll(other.negative);
    zeros += other.zeros;
    count += other.count;
    undefined += other.undefined;
    min = Math.min(min, other.min);
    max = Math.max(max, other.max);
  }

  /**
   * @return the number of (non-NaN) values accepted
   */
  public long count() {
    return count;
  }

  /**
   * @return the number of NaN values accepted (not in the bins)
   */
  public long undefined() {
    return undefined;
  }

  /**
   * @return the smallest value accepted, {@code NaN} when none
   */
  public double min() {
    return count == 0 ? Double.NaN : min;
  }

  /**
   * @return the largest value accepted, {@code NaN} when none
   */
  public double max() {
    return count == 0 ? Double.NaN : max;
  }

  /**
   * Estimates the q-quantile (order statistic of rank max(1, ⌈q n⌉)); see the class comment for the
   * error bound.
   *
   * @param q probability in [0, 1]
   * @return the estimate, {@code NaN} when the histogram is empty
   * @throws IllegalArgumentException if q is outside [0, 1]
   */
  public double quantile(double q) {
    return quantiles(new double[] {q})[0];
  }

  /**
   * Estimates several quantiles in one pass over the bins: the same estimates as {@link
   * #quantile} of each (the same ranks, bins and clamping), without scanning the bins again for
   * each (a run's summary asks for five quantiles of 42 histograms).
   *
   * @param qs probabilities in [0, 1], in non-decreasing order
   * @return the estimates, in the order of {@code qs}; {@code NaN}s when the histogram is empty
   * @throws IllegalArgumentException if a q is outside [0, 1] or the qs decrease
   */
  public double[] quantiles(double... qs) {
    double[] out = new double[qs.length];
    for (int j = 0; j < qs.length; j++) {
      double q = qs[j];
      if (!(q >= 0.0 && q <= 1.0)) {
        throw new IllegalArgumentException("q: expected a probability in [0, 1], found " + q);
      }
      if (j > 0 && q < qs[j - 1]) {
        throw new IllegalArgumentException(
            "qs: expected probabilities in non-decreasing order, found " + Arrays.toString(qs));
      }
    }
    if (count == 0) {
      Arrays.fill(out, Double.NaN);
      return out;
    }
    long seen = negative.total;
    // the ranks increase with q: the negative values are read from the largest magnitude down,
    // the positive ones from the smallest up, each store once, where the last rank left it
    Store.Cursor fromTop = negative.fromTop();
    Store.Cursor fromBottom = positive.fromBottom();
    for (int j = 0; j < qs.length; j++) {
      long rank = Math.max(1L, (long) Math.ceil(qs[j] * count));
      if (rank == 1) {
        out[j] = min;
        continue;
      }
      if (rank >= count) {
        out[j] = max;
        continue;
      }
      double estimate;
      if (rank <= seen) {
        // Negative values: the largest magnitude is the smallest value.
        estimate = -representative(fromTop.binOfRank(rank));
      } else if (rank <= seen + zeros) {
        estimate = 0.0;
      } else {
        estimate = representative(fromBottom.binOfRank(rank - seen - zeros));
      }
      out[j] = Math.min(max, Math.max(min, estimate));
    }
    return out;
  }

  /** The bin index of a magnitude a ≥ MIN_NORMAL: exponent and top mantissa bits, monotone in a. */
  static int index(double a) {
    return (int) (Double.doubleToRawLongBits(a) >>> SHIFT);
  }

  /**
   * The midpoint of bin {@code index}: its lower bound 2^e (1 + k/512) plus half its width, 2^(e −
   * 10); the bin of infinity maps to +∞.
   */
  static double representative(int index) {
    double lo = Double.longBitsToDouble(((long) index) << SHIFT);
    if (Double.isInfinite(lo)) {
      return Double.POSITIVE_INFINITY;
    }
    return lo + Math.scalb(1.0, Math.getExponent(lo) - SUB_BUCKET_BITS - 1);
  }

  /** Counts over a contiguous, growable range of bin indexes. */
  private static final class Store {
    long[] counts = new long[0];
    int offset;
    long total;
    /**
     * The lowest and the highest bin index counted, when {@code total > 0}: the bins outside hold
     * 0, so merging and quantiles need not read the store's spare room (it grows by doubling).
     */
    int lowest = Integer.MAX_VALUE;
    int highest = Integer.MIN_VALUE;

    /** Adds {@code c ≥ 1} to bin {@code index}. */
    void add(int index, long c) {
      int i = index - offset;
      if (i < 0 || i >= counts.length) {
        ensure(index);
        i = index - offset;
      }
      counts[i] += c;
      total += c;
      lowest = Math.min(lowest, index);
      highest = Math.max(highest, index);
    }

    void addAll(Store other) {
      if (other.total == 0) {
        return;
      }
      ensure(other.lowest);
      ensure(other.highest);
      for (int b = other.lowest; b <= other.highest; b++) {
        counts[b - offset] += other.counts[b - other.offset];
      }
      total += other.total;
      lowest = Math.min(lowest, other.lowest);
      highest = Math.max(highest, other.highest);
    }

    private void ensure(int index) {
      if (counts.length == 0) {
        counts = new long[64];
        offset = index - 32;
        return;
      }
      int lo = offset;
      int hi = offset + counts.length;
      if (index >= lo && index < hi) {
        return;
      }
      int newLo = Math.min(lo, index);
      int newHi = Math.max(hi, index + 1);
      int length = Math.max(newHi - newLo, 2 * counts.length);
      // Grow towards the side that overflowed.
      int start = index < lo ? newHi - length : newLo;
      long[] grown = new long[length];
      System.arraycopy(counts, 0, grown, lo - start, counts.length);
      counts = grown;
      offset = start;
    }

    Cursor fromBottom() {
      return new Cursor(this, total == 0 ? 0 : lowest - offset, 1);
    }

    Cursor fromTop() {
      return new Cursor(this, total == 0 ? counts.length - 1 : highest - offset, -1);
    }

    /**
     * Walks a store's bins in one direction, summing their counts, for ranks asked in increasing
     * order: each bin is read once however many ranks are asked.
     */
    static final class Cursor {
      private final Store store;
      private final int step;
      /** The next bin to add, as an index of {@code counts}. */
      private int next;
      /** The last bin added (an index of {@code counts}) and the count up to it, included. */
      private int last = -1;
      private long cumulative;

      Cursor(Store store, int first, int step) {
        this.store = store;
        this.next = first;
        this.step = step;
      }

      /**
       * @param rank a rank (1-based, from this cursor's end), not below the rank asked before
       * @return the bin index of the value of that rank
       */
      int binOfRank(long rank) {
        long[] counts = store.counts;
        while (cumulative < rank) {
          if (next < 0 || next >= counts.length) {
            throw new IllegalStateException("rank " + rank + " beyond " + store.total);
          }
          cumulative += counts[next];
          last = next;
          next += step;
        }
        return store.offset + last;
      }
    }
  }

  @Override
  public String toString() {
    return "LogLinearHistogram[count="
        + count
        + ", undefined="
        + undefined
        + ", min="
        + min()
        + ", max="
        + max()
        + ", zeros="
        + zeros
        + ", bins="
        + Arrays.toString(new int[] {positive.counts.length, negative.counts.length})
        + "]";
  }
}
